// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * share-echo6.c - a UDP echo server on IPv6 for share-iface.sh: the port
 * from argv, bound to the wildcard with SO_REUSEADDR (as many servers do
 * by habit), so its offload's datagrams go through the dispatcher's IPv6
 * path and its per-request socket check.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_in6 addr;
	char buf[512];
	int one = 1, fd;

	if (argc != 2) {
		fprintf(stderr, "usage: %s port\n", argv[0]);
		return 2;
	}
	fd = socket(AF_INET6, SOCK_DGRAM, 0);
	if (fd < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0) {
		perror("share-echo6: socket");
		return 1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin6_family = AF_INET6;
	addr.sin6_addr = in6addr_any;
	addr.sin6_port = htons((unsigned short)atoi(argv[1]));
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("share-echo6: bind");
		return 1;
	}
	fprintf(stderr, "share-echo6: listening on udp port %s\n", argv[1]);
	for (;;) {
		struct sockaddr_in6 peer;
		socklen_t len = sizeof(peer);
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&peer, &len);

		if (n > 0)
			sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&peer,
			       len);
	}
}
