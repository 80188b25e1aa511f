// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * A token server in the idiom of public UDP servers: each request's header
 * is validated, and a bad one is reported (stderr, syslog, a variadic
 * wrapper) and dropped with `continue`. Only well-formed requests get the
 * reply at the end. A rare statistics request, marked with
 * __builtin_expect, is printed to stdout.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

#define MAGIC 0x4b4f
#define OP_GET 1
#define OP_STATS 7

struct hdr {
	uint16_t magic;
	uint8_t version;
	uint8_t op;
	uint32_t id;
};

static unsigned long served;

static void fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}

int main(void)
{
	struct sockaddr_in addr = { .sin_family = AF_INET,
				    .sin_port = htons(7300) };
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("bind");
		return 1;
	}
	for (;;) {
		char buf[512];
		struct sockaddr_in peer;
		socklen_t len = sizeof(peer);
		struct hdr h;
		ssize_t n = recvfrom(fd, buf, sizeof(buf), 0,
				     (struct sockaddr *)&peer, &len);

		if (n < 0) {
			perror("recvfrom");
			continue;
		}
		if (n < (ssize_t)sizeof(h)) {
			fprintf(stderr, "Short packet\n");
			continue;
		}
		memcpy(&h, buf, sizeof(h));
		if (ntohs(h.magic) != MAGIC) {
			fprintf(stderr, "Bad packet\n");
			continue;
		}
		if (h.version != 2) {
			syslog(LOG_DAEMON | LOG_ERR, "version %d", h.version);
			continue;
		}
		if (__builtin_expect(h.op == OP_STATS, 0)) {
			printf("served %lu\n", served);
			continue;
		}
		if (h.op != OP_GET) {
			fail("unknown op %d\n", h.op);
			continue;
		}
		served++;
		h.op |= 0x80;
		h.id = htonl(ntohl(h.id) + 1);
		memcpy(buf, &h, sizeof(h));
		sendto(fd, buf, sizeof(h), 0, (struct sockaddr *)&peer, len);
	}
}
