/* A UDP service that finds "HTTP/" in a request (strstr) and answers where
 * it starts ('a' + offset) and the byte after it, read through strstr's
 * result: "GET / HTTP/1.0" gets "g1". A request without it, or with
 * nothing after it, is consumed without a reply. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7320);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[96], out[2];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		req[n] = '\0';
		char *v = strstr(req, "HTTP/");
		if (!v || v - req > 25 || !v[5])
			continue;
		out[0] = (char)('a' + (v - req));
		out[1] = v[5];
		sendto(fd, out, sizeof(out), 0, (struct sockaddr *)&peer, plen);
	}
}
