/* Answers every request with "PONG", sent from the string literal itself
 * (no local reply buffer), as small status servers do. -DV6: on an IPv6
 * socket, where the reply's UDP checksum is computed from the literal. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
#ifdef V6
	struct sockaddr_in6 addr, peer;
	int fd = socket(AF_INET6, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin6_family = AF_INET6;
	addr.sin6_port = htons(7620);
	addr.sin6_addr = in6addr_any;
#else
	struct sockaddr_in addr, peer;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7620);
#endif
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char buf[64];
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		sendto(fd, "PONG", 4, 0, (struct sockaddr *)&peer, plen);
	}
}
