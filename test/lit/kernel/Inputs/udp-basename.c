/* A UDP service that answers the last component of a path: strrchr for
 * the last '/', the rest copied into the reply (strcpy). "/a/b/c" gets
 * "c"; a request without a '/' is consumed without a reply. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7400);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[128], out[128];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		req[n] = '\0';
		char *slash = strrchr(req, '/');
		if (!slash)
			continue;
		strcpy(out, slash + 1);
		sendto(fd, out, strlen(out), 0, (struct sockaddr *)&peer, plen);
	}
}
