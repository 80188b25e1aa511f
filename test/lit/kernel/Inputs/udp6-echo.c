/* A UDP echo server on an IPv6 socket (in6addr_any, port 9600). */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in6 addr;
	int fd = socket(AF_INET6, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin6_family = AF_INET6;
	addr.sin6_port = htons(9600);
	addr.sin6_addr = in6addr_any;
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char buf[600];
		struct sockaddr_in6 peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&peer, plen);
	}
}
