/* A UDP service with a signed division by a value from the request:
 * "D<a><b>" answers the quotient of two signed bytes, anything else is
 * echoed. The BPF backend (v3) has no signed division, so the division's
 * path stays in userspace and the echo is offloaded. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7340);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[64];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req), 0,
				     (struct sockaddr *)&peer, &plen);

		if (n <= 0)
			continue;
		if (n == 3 && req[0] == 'D' && req[2] != 0) {
			int q = (signed char)req[1] / (signed char)req[2];

			req[0] = (char)q;
			n = 1;
		}
		sendto(fd, req, (size_t)n, 0, (struct sockaddr *)&peer, plen);
	}
}
