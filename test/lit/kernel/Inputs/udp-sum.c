/* A UDP service that adds two numbers written "<a>,<b>": strtol reads a,
 * strchr finds the comma from where a ended, atoi reads b after it (both
 * at offsets known only at run time). The sum is answered as text; a
 * request without a number, a comma, or anything after the comma is
 * consumed without a reply. */
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
	addr.sin_port = htons(7300);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[96], out[32], digits[24];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		req[n] = '\0';
		char *end;
		long a = strtol(req, &end, 10);
		if (end == req)
			continue;
		char *comma = strchr(end, ',');
		if (!comma || comma[1] == '\0')
			continue;
		long sum = a + atoi(comma + 1);
		unsigned long mag = sum < 0 ? 0UL - (unsigned long)sum :
					      (unsigned long)sum;
		int k = 0, len = 0;
		do {
			digits[k++] = (char)('0' + mag % 10);
			mag /= 10;
		} while (mag != 0 && k < 24);
		if (sum < 0)
			out[len++] = '-';
		while (k > 0)
			out[len++] = digits[--k];
		sendto(fd, out, (size_t)len, 0, (struct sockaddr *)&peer, plen);
	}
}
