// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * time-server.c - an RFC 868 time server over UDP, written the way small
 * real ones are, for split-time-server.sh: any datagram gets the time as
 * seconds since 1900, 32 bits big-endian.  Two extensions a monitoring
 * client uses: "us" gets gettimeofday() and "ns" clock_gettime(
 * CLOCK_REALTIME), as 64-bit seconds since 1970 and 32-bit micro- or
 * nanoseconds, big-endian.
 *
 *   time-server [PORT]    (default 10137)
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

/* Seconds from 1900-01-01 to 1970-01-01 (RFC 868). */
#define EPOCH_1900 2208988800UL

static void put32(unsigned char *p, uint32_t v)
{
	v = htonl(v);
	memcpy(p, &v, 4);
}

static void put64(unsigned char *p, uint64_t v)
{
	put32(p, (uint32_t)(v >> 32));
	put32(p + 4, (uint32_t)v);
}

int main(int argc, char **argv)
{
	struct sockaddr_in addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(argc > 1 ? atoi(argv[1]) : 10137);
	if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0)
		return 1;
	for (;;) {
		unsigned char req[512], reply[12];
		struct sockaddr_in peer;
		socklen_t plen = sizeof(peer);
		struct timeval tv;
		struct timespec ts;
		size_t len;
		ssize_t n = recvfrom(fd, req, sizeof(req), 0,
				     (struct sockaddr *)&peer, &plen);

		if (n < 0)
			continue;
		if (n == 2 && req[0] == 'u' && req[1] == 's') {
			gettimeofday(&tv, NULL);
			put64(reply, (uint64_t)tv.tv_sec);
			put32(reply + 8, (uint32_t)tv.tv_usec);
			len = 12;
		} else if (n == 2 && req[0] == 'n' && req[1] == 's') {
			clock_gettime(CLOCK_REALTIME, &ts);
			put64(reply, (uint64_t)ts.tv_sec);
			put32(reply + 8, (uint32_t)ts.tv_nsec);
			len = 12;
		} else {
			put32(reply, (uint32_t)(time(NULL) + EPOCH_1900));
			len = 4;
		}
		sendto(fd, reply, len, 0, (struct sockaddr *)&peer, plen);
	}
}
