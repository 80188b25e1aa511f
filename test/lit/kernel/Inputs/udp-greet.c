/* Greets the client by name: "hi, <request>". A constant-size memcpy and a
 * run-time-size memcpy on the request path. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#define GREETING "hi, "

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7200);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char name[64], out[128];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, name, sizeof(name), 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		memcpy(out, GREETING, sizeof(GREETING) - 1);
		memcpy(out + sizeof(GREETING) - 1, name, (size_t)n);
		sendto(fd, out, sizeof(GREETING) - 1 + (size_t)n, 0,
		       (struct sockaddr *)&peer, plen);
	}
}
