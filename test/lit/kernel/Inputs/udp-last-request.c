/* Remembers the start of the last request as one record (copied with
 * memcpy): a multi-word record written by the fast path. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

struct last {
	char head[16];
} last_request;

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
		char buf[64];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		memcpy(last_request.head, buf, sizeof(last_request.head));
		sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&peer, plen);
	}
}
