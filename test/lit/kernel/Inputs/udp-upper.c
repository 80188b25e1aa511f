/* A UDP service that answers with the request upper-cased, built in its own
 * reply buffer, and drops requests that start with '#' (comments). */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7000);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[256], out[256];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req), 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		if (req[0] == '#')
			continue; /* consumed, no reply */
		for (ssize_t i = 0; i < n; i++)
			out[i] = (req[i] >= 'a' && req[i] <= 'z') ?
					 (char)(req[i] - 'a' + 'A') :
					 req[i];
		sendto(fd, out, (size_t)n, 0, (struct sockaddr *)&peer, plen);
	}
}
