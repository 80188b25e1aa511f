/* A UDP service whose request path calls strncmp, strlen and atoi, the
 * calls the BPF libc lowers with a status check after each: "LEN <text>"
 * answers the text's length, "DBL <n>" twice n, anything else is consumed
 * without a reply. Built through clang, which discards local value names:
 * the generator must not look values up by name. */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static int put_number(char *out, long v)
{
	char digits[24];
	unsigned long mag = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
	int k = 0, len = 0;

	do {
		digits[k++] = (char)('0' + mag % 10);
		mag /= 10;
	} while (mag != 0 && k < 24);
	if (v < 0)
		out[len++] = '-';
	while (k > 0)
		out[len++] = digits[--k];
	return len;
}

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7310);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[128], out[32];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		long v;

		if (n <= 0)
			continue;
		req[n] = '\0';
		if (strncmp(req, "LEN ", 4) == 0)
			v = (long)strlen(req + 4);
		else if (strncmp(req, "DBL ", 4) == 0)
			v = 2L * atoi(req + 4);
		else
			continue;
		sendto(fd, out, (size_t)put_number(out, v), 0,
		       (struct sockaddr *)&peer, plen);
	}
}
