/* A UDP service that measures the first word of a request: strspn skips
 * the blanks before it, strcspn (from where they end, an offset known only
 * at run time) counts its bytes up to the next blank. The two lengths are
 * answered as letters ('a' + length), so "  hello world" gets "cf". */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7310);
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
		size_t lead = strspn(req, " \t");
		size_t word = strcspn(req + lead, " \t\r\n");
		if (lead > 25 || word > 25)
			continue;
		out[0] = (char)('a' + lead);
		out[1] = (char)('a' + word);
		sendto(fd, out, sizeof(out), 0, (struct sockaddr *)&peer, plen);
	}
}
