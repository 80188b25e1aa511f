/*
 * dns-responder - an authoritative DNS server for one small static zone,
 * over UDP, on an unprivileged port.
 *
 * Usage: dns-responder [port]   (default 10053)
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#include "dns.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

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

static int udp_listen(unsigned short port)
{
	struct sockaddr_in addr;
	int fd;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		perror("dns-responder: socket");
		return -1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	addr.sin_port = htons(port);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("dns-responder: bind");
		close(fd);
		return -1;
	}
	return fd;
}

int main(int argc, char **argv)
{
	unsigned short port = DNS_PORT;
	uint8_t req[DNS_UDP_MAX];
	uint8_t reply[DNS_UDP_MAX];
	int fd;

	if (argc > 2 || (argc == 2 && parse_port(argv[1], &port) < 0)) {
		fprintf(stderr, "usage: %s [port]\n", argv[0]);
		return 2;
	}
	fd = udp_listen(port);
	if (fd < 0)
		return 1;
	fprintf(stderr, "dns-responder: zone %s (%zu names) on udp port %u\n",
		zone_apex(), zone_size(), port);

	for (;;) {
		struct sockaddr_in peer;
		socklen_t peer_len = sizeof(peer);
		ssize_t n;
		size_t reply_len;

		/* Longer messages are truncated to DNS_UDP_MAX; the question
		 * comes first, so that is harmless. */
		n = recvfrom(fd, req, sizeof(req), 0, (struct sockaddr *)&peer,
			     &peer_len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("dns-responder: recvfrom");
			return 1;
		}
		reply_len = dns_handle(req, (size_t)n, reply);
		if (reply_len == 0)
			continue;
		(void)sendto(fd, reply, reply_len, 0, (struct sockaddr *)&peer,
			     peer_len);
	}
}
