/* A UDP server for one client: bound to port 9400, connected to the peer
 * its command line names (address, port), then recv/send: '?' first
 * becomes '!'. -DREAD_WRITE: read/write instead. -DNO_CONNECT: the socket
 * is never connected (send fails with EDESTADDRREQ). -DCONNECT_IN_LOOP:
 * connected only on the first request's path, after the receive. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#ifdef READ_WRITE
#define RECEIVE(fd, b, n) read(fd, b, n)
#define REPLY(fd, b, n) write(fd, b, n)
#else
#define RECEIVE(fd, b, n) recv(fd, b, n, 0)
#define REPLY(fd, b, n) send(fd, b, n, 0)
#endif

int main(int argc, char **argv)
{
	struct sockaddr_in addr, peer;
	char buf[1500];
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	if (argc != 3)
		return 2;
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(9400);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	memset(&peer, 0, sizeof(peer));
	peer.sin_family = AF_INET;
	peer.sin_port = htons((unsigned short)atoi(argv[2]));
	if (inet_pton(AF_INET, argv[1], &peer.sin_addr) != 1)
		return 2;
#if !defined(NO_CONNECT) && !defined(CONNECT_IN_LOOP)
	if (connect(fd, (struct sockaddr *)&peer, sizeof(peer)) < 0)
		return 1;
#endif
	for (;;) {
		ssize_t n = RECEIVE(fd, buf, sizeof(buf));
		if (n <= 0)
			continue;
#ifdef CONNECT_IN_LOOP
		connect(fd, (struct sockaddr *)&peer, sizeof(peer));
#endif
		if (buf[0] == '?')
			buf[0] = '!';
		REPLY(fd, buf, (size_t)n);
	}
}
