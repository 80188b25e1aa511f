/* A UDP service that stores a name of run-time length in a table entry
 * and only then parses a number: "<k><name>,<n>" sets entry k's name and
 * number, "?<k>" reads them back. memcpy of a run-time length into the
 * table is one bpf_probe_read_kernel in the offload; atoi past the BPF
 * libc's 64 bytes falls back after it, so the offload must put the old
 * name back. */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct entry {
	char name[16];
	int n;
};

struct entry table[8];

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7330);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[256], out[40];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		struct entry *e;
		size_t nlen;
		char *comma;
		int v, len;

		if (n < 2)
			continue;
		req[n] = '\0';
		if (req[0] == '?') {
			e = &table[req[1] & 7];
		} else {
			e = &table[req[0] & 7];
			comma = strchr(req + 1, ',');
			if (!comma)
				continue;
			nlen = (size_t)(comma - (req + 1));
			if (nlen > 15)
				continue;
			memcpy(e->name, req + 1, nlen);
			e->name[nlen] = '\0';
			e->n = atoi(comma + 1);
		}
		for (len = 0; len < 15 && e->name[len]; len++)
			out[len] = e->name[len];
		out[len++] = ' ';
		v = e->n;
		out[len++] = (char)('0' + (unsigned int)v % 10);
		sendto(fd, out, (size_t)len, 0, (struct sockaddr *)&peer, plen);
	}
}
