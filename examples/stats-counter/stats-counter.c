/*
 * stats-counter - named counters over UDP, like a tiny statsd.
 *
 * One request per datagram, one reply per request (see README.md for the
 * exact byte format):
 *
 *   incr <name>\r\n  -> <value>\r\n   (the counter after the increment)
 *                       FULL\r\n      (new name, no free slot left)
 *   get <name>\r\n   -> <value>\r\n   (0 for a name never incremented)
 *   dump\r\n         -> OK\r\n        (all counters written to the dump file)
 *                       SERVER_ERROR dump\r\n (the file could not be written)
 *   anything else    -> ERROR\r\n
 *
 * The counters live in a fixed table of NCOUNTERS entries in one global
 * array; a name takes the first free entry the first time it is incremented
 * and keeps it. `dump` rewrites the dump file with one "<name> <value>" line
 * per counter in table order, the way a real stats daemon flushes to disk.
 *
 * Usage: stats-counter [dump-file]   (default ./stats-counter.dump)
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define STATS_PORT 10300
#define STATS_DUMP_DEFAULT "stats-counter.dump"

#define NAME_MAX_LEN 15 /* bytes in a name, 1..NAME_MAX_LEN */
#define NCOUNTERS 64

#define REQ_MAX 512   /* receive buffer; the longest valid request is 22 B */
#define REPLY_MAX 32  /* the longest reply is 22 B (20 digits + \r\n) */

struct counter {
	char name[NAME_MAX_LEN + 1]; /* NUL-terminated; "" = free entry */
	uint64_t value;
};

/* The counters. Global so that they have one fixed place in memory. */
struct counter counters[NCOUNTERS];

/* Configuration, set once at startup. */
const char *dump_path = STATS_DUMP_DEFAULT;
int log_dumps = 1; /* log every dump to stderr */

enum stats_cmd { CMD_INCR, CMD_GET, CMD_DUMP };

struct stats_request {
	enum stats_cmd cmd;
	const char *name;
	size_t nlen;
};

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

/* -------------------------------------------------------------- table */

static int name_eq(const struct counter *c, const char *name, size_t nlen)
{
	return memcmp(c->name, name, nlen) == 0 && c->name[nlen] == '\0';
}

static struct counter *counter_find(const char *name, size_t nlen)
{
	for (int i = 0; i < NCOUNTERS; i++) {
		struct counter *c = &counters[i];

		if (c->name[0] != '\0' && name_eq(c, name, nlen))
			return c;
	}
	return NULL;
}

/* The entry for name, taking the first free one for a new name; NULL if
 * the name is new and the table is full. */
static struct counter *counter_get_or_add(const char *name, size_t nlen)
{
	struct counter *free_slot = NULL;

	for (int i = 0; i < NCOUNTERS; i++) {
		struct counter *c = &counters[i];

		if (c->name[0] == '\0') {
			if (!free_slot)
				free_slot = c;
			continue;
		}
		if (name_eq(c, name, nlen))
			return c;
	}
	if (free_slot) {
		memcpy(free_slot->name, name, nlen);
		free_slot->name[nlen] = '\0';
		free_slot->value = 0;
	}
	return free_slot;
}

/* -------------------------------------------------------------- dump */

/* Write every counter in use to dump_path; 0 on success. */
static int dump_counters(void)
{
	FILE *f;
	int n = 0;

	f = fopen(dump_path, "w");
	if (!f) {
		fprintf(stderr, "stats-counter: %s: %s\n", dump_path,
			strerror(errno));
		return -1;
	}
	for (int i = 0; i < NCOUNTERS; i++) {
		if (counters[i].name[0] == '\0')
			continue;
		fprintf(f, "%s %" PRIu64 "\n", counters[i].name,
			counters[i].value);
		n++;
	}
	if (ferror(f) || fclose(f) != 0) {
		fprintf(stderr, "stats-counter: %s: write failed\n",
			dump_path);
		return -1;
	}
	if (log_dumps)
		fprintf(stderr, "stats-counter: dumped %d counters to %s\n", n,
			dump_path);
	return 0;
}

/* ------------------------------------------------------------ parsing */

static int is_name_char(char c)
{
	return c > ' ' && c < 0x7f; /* printable, no space */
}

static int starts_with(const char *buf, size_t len, const char *lit, size_t n)
{
	return len >= n && memcmp(buf, lit, n) == 0;
}

/*
 * Parse the datagram buf[0..len) as exactly one request. Returns 0, or -1
 * if it is not one well-formed request.
 */
static int parse_request(const char *buf, size_t len, struct stats_request *r)
{
	size_t pos;

	if (len == 6 && memcmp(buf, "dump\r\n", 6) == 0) {
		r->cmd = CMD_DUMP;
		r->name = NULL;
		r->nlen = 0;
		return 0;
	}
	if (starts_with(buf, len, "incr ", 5)) {
		r->cmd = CMD_INCR;
		pos = 5;
	} else if (starts_with(buf, len, "get ", 4)) {
		r->cmd = CMD_GET;
		pos = 4;
	} else {
		return -1;
	}

	r->name = buf + pos;
	r->nlen = 0;
	while (pos < len && is_name_char(buf[pos]) &&
	       r->nlen <= NAME_MAX_LEN) {
		pos++;
		r->nlen++;
	}
	if (r->nlen == 0 || r->nlen > NAME_MAX_LEN)
		return -1;
	if (len - pos != 2 || buf[pos] != '\r' || buf[pos + 1] != '\n')
		return -1;
	return 0;
}

/* ----------------------------------------------------------- requests */

#define REPLY_LIT(out, s) (memcpy((out), (s), sizeof(s) - 1), sizeof(s) - 1)

/* "<v>\r\n" in plain decimal. */
static size_t put_value(char *out, uint64_t v)
{
	char tmp[20];
	size_t n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	out[n++] = '\r';
	out[n++] = '\n';
	return n;
}

/* Handle one request datagram; write the reply into out, return its length. */
static size_t handle_request(const char *req, size_t len, char *out)
{
	struct stats_request r;
	struct counter *c;

	if (parse_request(req, len, &r) < 0)
		return REPLY_LIT(out, "ERROR\r\n");

	switch (r.cmd) {
	case CMD_INCR:
		c = counter_get_or_add(r.name, r.nlen);
		if (!c)
			return REPLY_LIT(out, "FULL\r\n");
		c->value++;
		return put_value(out, c->value);

	case CMD_GET:
		c = counter_find(r.name, r.nlen);
		return put_value(out, c ? c->value : 0);

	case CMD_DUMP:
		if (dump_counters() < 0)
			return REPLY_LIT(out, "SERVER_ERROR dump\r\n");
		return REPLY_LIT(out, "OK\r\n");
	}
	return REPLY_LIT(out, "ERROR\r\n");
}

static void serve_one(int fd)
{
	char req[REQ_MAX];
	char reply[REPLY_MAX];
	struct sockaddr_in peer;
	socklen_t peer_len = sizeof(peer);
	ssize_t n;
	size_t reply_len;

	n = recvfrom(fd, req, sizeof(req), 0, (struct sockaddr *)&peer,
		     &peer_len);
	if (n < 0)
		return; /* EAGAIN/EINTR, or an ICMP error for an old reply */

	reply_len = handle_request(req, (size_t)n, reply);
	/* Nothing useful to do if the reply cannot be sent: UDP is lossy. */
	(void)sendto(fd, reply, reply_len, 0, (struct sockaddr *)&peer,
		     peer_len);
}

static int udp_listen(uint16_t port)
{
	struct sockaddr_in addr;
	int one = 1;
	int fd;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		perror("stats-counter: socket");
		return -1;
	}
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0) {
		perror("stats-counter: setsockopt");
		close(fd);
		return -1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	addr.sin_port = htons(port);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("stats-counter: bind");
		close(fd);
		return -1;
	}
	return fd;
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	struct pollfd pfd;
	int fd;

	if (argc > 2) {
		fprintf(stderr, "usage: %s [dump-file]\n", argv[0]);
		return 2;
	}
	if (argc == 2)
		dump_path = argv[1];

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal; /* no SA_RESTART: poll returns EINTR */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	fd = udp_listen(STATS_PORT);
	if (fd < 0)
		return 1;
	fprintf(stderr, "stats-counter: listening on udp port %d, %d counters\n",
		STATS_PORT, NCOUNTERS);

	pfd.fd = fd;
	pfd.events = POLLIN;
	while (!stop_requested) {
		int n = poll(&pfd, 1, -1);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("stats-counter: poll");
			break;
		}
		if (pfd.revents & POLLIN)
			serve_one(fd);
	}

	close(fd);
	fprintf(stderr, "stats-counter: stopped\n");
	return 0;
}
