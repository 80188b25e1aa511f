/* A UDP service that builds its replies with the string copies, as real
 * servers do: "cNAME" gets "hello NAME!" (strcpy, strcat), "pNAME" gets
 * "<NAME>" (a chain of stpcpy), "nNAME" gets NAME in an 8-byte field, zero
 * padded or cut (strncpy), "aNAME" gets "id:" and at most 4 bytes of NAME
 * (strncat), "sNAME" gets NAME's first 8 bytes and its end (stpncpy).
 * Anything else is consumed without a reply. The reply buffer holds 24
 * bytes: a longer "hello NAME!" would overflow it (undefined behaviour in
 * C), and the offload leaves that request to userspace. */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(7321);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		char req[64], out[24], *p;
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		size_t len;
		ssize_t n = recvfrom(fd, req, sizeof(req) - 1, 0,
				     (struct sockaddr *)&peer, &plen);
		if (n <= 0)
			continue;
		req[n] = '\0';
		switch (req[0]) {
		case 'c':
			strcpy(out, "hello ");
			strcat(out, req + 1);
			strcat(out, "!");
			len = strlen(out);
			break;
		case 'p':
			p = stpcpy(out, "<");
			p = stpcpy(p, req + 1);
			p = stpcpy(p, ">");
			len = (size_t)(p - out);
			break;
		case 'n':
			strncpy(out, req + 1, 8);
			len = 8;
			break;
		case 'a':
			strcpy(out, "id:");
			strncat(out, req + 1, 4);
			len = strlen(out);
			break;
		case 's':
			p = stpncpy(out + 1, req + 1, 8);
			out[0] = (char)('0' + (p - out));
			len = 9;
			break;
		default:
			continue;
		}
		sendto(fd, out, len, 0, (struct sockaddr *)&peer, plen);
	}
}
