/* The request buffer is a static array (not generated yet). */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

static char buf[2048];

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(9302);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		struct sockaddr_in peer;
		socklen_t len = sizeof(peer);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer, &len);
		if (n <= 0)
			continue;
		if (buf[0] == '?')
			buf[0] = '!';
		sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&peer, len);
	}
}
