/* A UDP service with two commands, matched with strncmp: "UP <text>"
 * answers the text upper-cased (toupper), "DIGITS <text>" answers how many
 * digits it holds (isdigit); anything else is consumed without a reply. The
 * text ends where strlen says: at the end of the datagram or at a NUL in
 * it. With glibc's ctype.h, toupper and isdigit read its tables through
 * __ctype_toupper_loc() and __ctype_b_loc(). */
#include <ctype.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

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
		char req[128], out[128];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		req[n] = '\0';
		size_t len = strlen(req), k = 0;
		if (strncmp(req, "UP ", 3) == 0) {
			for (size_t i = 3; i < len; i++)
				out[k++] = (char)toupper((unsigned char)req[i]);
		} else if (strncmp(req, "DIGITS ", 7) == 0) {
			unsigned count = 0;
			for (size_t i = 7; i < len; i++)
				if (isdigit((unsigned char)req[i]))
					count++;
			char d[4];
			unsigned nd = 0;
			do {
				d[nd++] = (char)('0' + count % 10);
				count /= 10;
			} while (count != 0);
			while (nd > 0)
				out[k++] = d[--nd];
		} else {
			continue;
		}
		sendto(fd, out, k, 0, (struct sockaddr *)&peer, plen);
	}
}
