/* A UDP service that looks the request up in a global table of names
 * (strcmp against each entry, a pointer at a run-time offset into the
 * table) and answers the name's index; unknown names get '?'. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

static const char names[6][8] = {"alpha", "beta", "gamma",
				 "delta", "epsilon", "zeta"};

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7500);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[64], out[1];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		req[n] = '\0';
		out[0] = '?';
		for (unsigned i = 0; i < 6; i++)
			if (strcmp(req, names[i]) == 0) {
				out[0] = (char)('0' + i);
				break;
			}
		sendto(fd, out, 1, 0, (struct sockaddr *)&peer, plen);
	}
}
