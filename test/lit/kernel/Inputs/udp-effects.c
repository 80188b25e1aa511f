/* A UDP service whose request path writes shared state first and only
 * then meets run-time limits the offload checks: a data-dependent loop
 * (its trip cap), atoi (the BPF libc's 64-byte cap). The request counter
 * is a word updated atomically, the per-key slots a record (the hit count
 * is checked before it is raised). The reply carries the state, so a
 * write applied twice shows in every later reply. */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct slot {
	unsigned int hits;
	unsigned int last;
};

unsigned long requests;
struct slot slots[16];

static int put_number(char *out, unsigned long v)
{
	char digits[24];
	int k = 0, len = 0;

	do {
		digits[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0 && k < 24);
	while (k > 0)
		out[len++] = digits[--k];
	out[len++] = ' ';
	return len;
}

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7320);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[1500], out[96];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		unsigned long sum = 0;
		struct slot *s;
		ssize_t i;
		int len = 0;

		if (n <= 0)
			continue;
		req[n] = '\0';
		requests++;
		s = &slots[req[0] & 15];
		if (s->hits < 1000)
			s->hits++;
		s->last = (unsigned int)n;
		for (i = 0; i < n && req[i] != '!'; i++)
			sum += (unsigned char)req[i];
		len += put_number(out + len, requests);
		len += put_number(out + len, s->hits);
		len += put_number(out + len, sum);
		len += put_number(out + len, (unsigned long)atoi(req + 1));
		sendto(fd, out, (size_t)len, 0, (struct sockaddr *)&peer, plen);
	}
}
