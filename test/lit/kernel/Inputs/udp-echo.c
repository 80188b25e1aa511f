/* A poll-based UDP echo server: the whole request path can run in XDP. */
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>

#define PORT 9000

static void echo_one(int fd)
{
	char buf[512];
	struct sockaddr_in src;
	socklen_t len = sizeof(src);
	ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&src,
			     &len);

	if (n <= 0)
		return;
	sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&src, len);
}

int main(void)
{
	struct sockaddr_in addr;
	struct pollfd pfd;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	if (fd < 0)
		return 1;
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(PORT);
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	pfd.fd = fd;
	pfd.events = POLLIN;
	for (;;) {
		if (poll(&pfd, 1, -1) < 0)
			continue;
		if (pfd.revents & POLLIN)
			echo_one(fd);
	}
}
