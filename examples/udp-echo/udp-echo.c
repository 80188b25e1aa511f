/*
 * udp-echo - echo every UDP datagram back to its sender, unchanged.
 *
 * The classic echo service (RFC 862) on an unprivileged port, with a plain
 * blocking recvfrom/sendto loop.
 *
 * Usage: udp-echo [port]   (default 10007)
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define ECHO_PORT 10007
#define DGRAM_MAX 65536 /* larger than any UDP payload */

static int parse_port(const char *s, unsigned short *port)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *s == '\0' || *end != '\0' || v < 1 || v > 65535)
		return -1;
	*port = (unsigned short)v;
	return 0;
}

int main(int argc, char **argv)
{
	unsigned short port = ECHO_PORT;
	struct sockaddr_in addr;
	char buf[DGRAM_MAX];
	int fd;

	if (argc > 2 || (argc == 2 && parse_port(argv[1], &port) < 0)) {
		fprintf(stderr, "usage: %s [port]\n", argv[0]);
		return 2;
	}

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0) {
		perror("udp-echo: socket");
		return 1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	addr.sin_port = htons(port);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("udp-echo: bind");
		return 1;
	}
	fprintf(stderr, "udp-echo: listening on udp port %u\n", port);

	for (;;) {
		struct sockaddr_in peer;
		socklen_t peer_len = sizeof(peer);
		ssize_t n;

		n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&peer,
			     &peer_len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("udp-echo: recvfrom");
			return 1;
		}
		(void)sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&peer,
			     peer_len);
	}
}
