/* A UDP server that writes every request to a log file before it replies:
 * no reply can be sent without a system call, so nothing is offloaded. */
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>

int main(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(9300) };
	char buf[512];
	FILE *log = fopen("requests.log", "a");

	if (fd < 0 || !log || bind(fd, (struct sockaddr *)&a, sizeof(a)) < 0)
		return 1;
	for (;;) {
		struct sockaddr_in peer;
		socklen_t len = sizeof(peer);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&peer, &len);
		if (n <= 0)
			continue;
		fwrite(buf, 1, (size_t)n, log);
		fflush(log);
		sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&peer, len);
	}
}
