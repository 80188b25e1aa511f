/* Counts, for every byte of the request, how many later bytes equal it:
 * two nested data-dependent loops, each capped at 1024 trips for the
 * verifier, which then has to walk about a million iterations. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7100);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		unsigned char req[1024];
		char out[1];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req), 0,
				     (struct sockaddr *)&peer, &plen);
		unsigned pairs = 0;

		if (n <= 0)
			continue;
		for (ssize_t i = 0; i < n; i++)
			for (ssize_t j = i + 1; j < n; j++)
				pairs += req[i] == req[j];
		out[0] = (char)pairs;
		sendto(fd, out, 1, 0, (struct sockaddr *)&peer, plen);
	}
}
