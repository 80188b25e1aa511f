/*
 * rate-limiter - a UDP token-bucket admission service.
 *
 * A front end asks, once per incoming unit of work, whether client <id> may
 * go ahead. Each client has a token bucket holding at most BURST tokens that
 * refills at one token per refill interval; a request takes one token if
 * there is one (ALLOW) and is refused otherwise (DENY).
 *
 *   request: 4 bytes, the client id as an unsigned 32-bit big-endian
 *            integer, 0 <= id < MAX_CLIENTS
 *   reply:   "ALLOW" or "DENY" (ASCII, no terminator); "ERROR" for a
 *            request of the wrong length or an id out of range
 *
 * Usage: rate-limiter [port [refill-interval-ms [burst]]]
 *        (defaults 10090, 100 ms, 10)
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define RL_PORT 10090
#define RL_INTERVAL_MS 100 /* one token per 100 ms: 10 requests/s */
#define RL_BURST 10
#define MAX_CLIENTS 4096
#define REQ_LEN 4

#define NSEC_PER_MSEC 1000000ull

struct bucket {
	uint64_t last_ns; /* time the tokens were last brought up to date */
	uint32_t tokens;
	uint32_t seen; /* 0 until the client's first request */
};

/* One bucket per client id; global so it has one fixed place in memory. */
struct bucket buckets[MAX_CLIENTS];

/* Configuration, set once at startup. */
uint64_t refill_ns = RL_INTERVAL_MS * NSEC_PER_MSEC;
uint32_t burst = RL_BURST;

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Take a token from the client's bucket, refilling it first. */
static int admit(uint32_t id, uint64_t now)
{
	struct bucket *b = &buckets[id];
	uint64_t earned;

	if (!b->seen) {
		b->seen = 1;
		b->tokens = burst;
		b->last_ns = now;
	}

	earned = (now - b->last_ns) / refill_ns;
	if (b->tokens + earned >= burst) {
		b->tokens = burst;
		b->last_ns = now; /* a full bucket earns nothing */
	} else if (earned > 0) {
		b->tokens += (uint32_t)earned;
		b->last_ns += earned * refill_ns; /* keep the partial token */
	}

	if (b->tokens == 0)
		return 0;
	b->tokens--;
	return 1;
}

/* Handle one request; write the reply into out and return its length. */
static size_t handle_request(const uint8_t *req, size_t len, char *out)
{
	uint32_t id;

	if (len != REQ_LEN)
		goto error;
	id = (uint32_t)req[0] << 24 | (uint32_t)req[1] << 16 |
	     (uint32_t)req[2] << 8 | req[3];
	if (id >= MAX_CLIENTS)
		goto error;

	if (admit(id, now_ns())) {
		memcpy(out, "ALLOW", 5);
		return 5;
	}
	memcpy(out, "DENY", 4);
	return 4;
error:
	memcpy(out, "ERROR", 5);
	return 5;
}

static int parse_num(const char *s, unsigned long min, unsigned long max,
		     unsigned long *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || *s == '\0' || *s == '-' || *end != '\0' || v < min ||
	    v > max)
		return -1;
	*out = v;
	return 0;
}

static int udp_listen(unsigned short port)
{
	struct sockaddr_in addr;
	int fd;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		perror("rate-limiter: socket");
		return -1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	addr.sin_port = htons(port);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("rate-limiter: bind");
		close(fd);
		return -1;
	}
	return fd;
}

int main(int argc, char **argv)
{
	unsigned long port = RL_PORT, interval_ms = RL_INTERVAL_MS,
		      burst_arg = RL_BURST;
	struct pollfd pfd;
	int fd;

	if (argc > 4 || (argc > 1 && parse_num(argv[1], 1, 65535, &port)) ||
	    (argc > 2 && parse_num(argv[2], 1, 3600000, &interval_ms)) ||
	    (argc > 3 && parse_num(argv[3], 1, 1000000, &burst_arg))) {
		fprintf(stderr,
			"usage: %s [port [refill-interval-ms [burst]]]\n",
			argv[0]);
		return 2;
	}
	refill_ns = interval_ms * NSEC_PER_MSEC;
	burst = (uint32_t)burst_arg;

	fd = udp_listen((unsigned short)port);
	if (fd < 0)
		return 1;
	fprintf(stderr,
		"rate-limiter: udp port %lu, burst %u, one token per %lu ms, "
		"%d clients\n",
		port, burst, interval_ms, MAX_CLIENTS);

	pfd.fd = fd;
	pfd.events = POLLIN;
	for (;;) {
		uint8_t req[64];
		char reply[8];
		struct sockaddr_in peer;
		socklen_t peer_len = sizeof(peer);
		ssize_t n;
		size_t reply_len;

		if (poll(&pfd, 1, -1) < 0) {
			if (errno == EINTR)
				continue;
			perror("rate-limiter: poll");
			return 1;
		}
		n = recvfrom(fd, req, sizeof(req), 0, (struct sockaddr *)&peer,
			     &peer_len);
		if (n < 0)
			continue; /* EAGAIN or EINTR */
		reply_len = handle_request(req, (size_t)n, reply);
		(void)sendto(fd, reply, reply_len, 0, (struct sockaddr *)&peer,
			     peer_len);
	}
}
