/* A UDP service that reads a decimal number (strtoul) and answers with it
 * doubled, as text built with a digit loop. Requests that hold no number
 * are consumed without a reply. */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7100);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[128], out[32], digits[24];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		req[n] = '\0';
		char *end;
		unsigned long v = strtoul(req, &end, 10);
		if (end == req)
			continue; /* no number: consumed, no reply */
		v *= 2;
		int k = 0;
		do {
			digits[k++] = (char)('0' + v % 10);
			v /= 10;
		} while (v != 0 && k < 24);
		int len = 0;
		while (k > 0)
			out[len++] = digits[--k];
		sendto(fd, out, (size_t)len, 0, (struct sockaddr *)&peer, plen);
	}
}
