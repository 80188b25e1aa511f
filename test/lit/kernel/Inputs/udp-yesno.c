/* Answers "PONG" to a request that starts with "PING" and an error line to
 * anything else: the reply pointer and its length chosen between two string
 * literals, one send. -DSTRLEN: the length is strlen() of the choice. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7621);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char buf[64];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		const char *reply;
		size_t len;
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		if (n >= 4 && memcmp(buf, "PING", 4) == 0) {
			reply = "PONG";
			len = 4;
		} else {
			reply = "ERR unknown command";
			len = 19;
		}
#ifdef STRLEN
		len = strlen(reply);
#endif
		sendto(fd, reply, len, 0, (struct sockaddr *)&peer, plen);
	}
}
