/* A UDP echo server bound to the address and port given on its command
 * line: neither is a compile-time constant, so the offload learns them at
 * run time (koffload_service). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

int main(int argc, char **argv)
{
	struct sockaddr_in addr;
	char buf[512];
	int fd;

	if (argc != 3)
		return 2;
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0)
		return 1;
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons((unsigned short)atoi(argv[2]));
	if (inet_pton(AF_INET, argv[1], &addr.sin_addr) != 1)
		return 2;
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		struct sockaddr_in src;
		socklen_t len = sizeof(src);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&src, &len);

		if (n > 0)
			sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&src,
			       len);
	}
}
