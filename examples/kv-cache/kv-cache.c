/*
 * kv-cache - a small memcached-style key-value cache over UDP.
 *
 * One request per datagram, one reply per request (see README.md for the
 * exact byte format):
 *
 *   get <key>\r\n                  -> VALUE <key> <len>\r\n<data>\r\nEND\r\n
 *                                     or END\r\n on a miss
 *   set <key> <len>\r\n<data>\r\n  -> STORED\r\n
 *   delete <key>\r\n               -> DELETED\r\n or NOT_FOUND\r\n
 *   anything else                  -> ERROR\r\n
 *
 * The cache is a fixed-size open-addressing hash table of fixed-size entries
 * in one global array. Every change (set, delete) is first appended to a
 * journal file and the journal is replayed at startup, so the cache survives
 * a restart. Gets only read the table.
 *
 * Usage: kv-cache [journal-file]   (default ./kv-cache.log)
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define KV_PORT 11211
#define KV_JOURNAL_DEFAULT "kv-cache.log"

#define KEY_MAX 16     /* bytes in a key, 1..KEY_MAX */
#define VAL_MAX 64     /* bytes in a value, 0..VAL_MAX */
#define NSLOTS 4096    /* table slots, a power of two */
#define MAX_PROBE 32   /* linear-probe window per key */

#define REQ_MAX 2048   /* receive buffer; the longest valid request is 91 B */
#define REPLY_MAX 128  /* the longest reply is 98 B */

enum slot_state { SLOT_EMPTY = 0, SLOT_LIVE = 1, SLOT_DELETED = 2 };

struct kv_entry {
	uint8_t state; /* enum slot_state */
	uint8_t klen;
	uint8_t vlen;
	uint8_t pad;
	char key[KEY_MAX];
	char val[VAL_MAX];
};

/* The cache. Global so that it has one fixed place in memory. */
struct kv_entry kv_table[NSLOTS];

enum kv_cmd { CMD_GET, CMD_SET, CMD_DELETE };

struct kv_request {
	enum kv_cmd cmd;
	const char *key;
	size_t klen;
	const char *data;
	size_t dlen;
};

static volatile sig_atomic_t stop_requested;
static int journal_fd = -1;

static void on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

/* ---------------------------------------------------------------- table */

static uint32_t fnv1a(const char *p, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++) {
		h ^= (uint8_t)p[i];
		h *= 16777619u;
	}
	return h;
}

static struct kv_entry *kv_lookup(const char *key, size_t klen)
{
	uint32_t idx = fnv1a(key, klen) & (NSLOTS - 1);

	for (int i = 0; i < MAX_PROBE; i++) {
		struct kv_entry *e = &kv_table[(idx + i) & (NSLOTS - 1)];

		if (e->state == SLOT_EMPTY)
			return NULL;
		if (e->state == SLOT_LIVE && e->klen == klen &&
		    memcmp(e->key, key, klen) == 0)
			return e;
	}
	return NULL;
}

/* The slot a set of key would write: the live entry for key if there is
 * one, else the first free slot in its probe window, else NULL (full). */
static struct kv_entry *kv_slot_for(const char *key, size_t klen)
{
	uint32_t idx = fnv1a(key, klen) & (NSLOTS - 1);
	struct kv_entry *free_slot = NULL;

	for (int i = 0; i < MAX_PROBE; i++) {
		struct kv_entry *e = &kv_table[(idx + i) & (NSLOTS - 1)];

		if (e->state == SLOT_EMPTY)
			return free_slot ? free_slot : e;
		if (e->state == SLOT_DELETED) {
			if (!free_slot)
				free_slot = e;
			continue;
		}
		if (e->klen == klen && memcmp(e->key, key, klen) == 0)
			return e;
	}
	return free_slot;
}

static void kv_fill(struct kv_entry *e, const struct kv_request *r)
{
	memcpy(e->key, r->key, r->klen);
	memcpy(e->val, r->data, r->dlen);
	e->klen = (uint8_t)r->klen;
	e->vlen = (uint8_t)r->dlen;
	e->state = SLOT_LIVE;
}

static size_t kv_count(void)
{
	size_t n = 0;

	for (size_t i = 0; i < NSLOTS; i++)
		n += kv_table[i].state == SLOT_LIVE;
	return n;
}

/* -------------------------------------------------------------- parsing */

static int is_key_char(char c)
{
	return c > ' ' && c < 0x7f; /* printable, no space */
}

static int expect(const char *buf, size_t len, size_t *pos, const char *lit,
		  size_t n)
{
	if (len - *pos < n || memcmp(buf + *pos, lit, n) != 0)
		return 0;
	*pos += n;
	return 1;
}

/*
 * Parse one request at the start of buf[0..len). Returns the number of bytes
 * it occupies, or -1 if buf does not start with a complete, well-formed
 * request. Tokens are separated by exactly one space; lines end in \r\n.
 */
static long parse_request(const char *buf, size_t len, struct kv_request *r)
{
	size_t pos = 0;

	if (expect(buf, len, &pos, "get ", 4))
		r->cmd = CMD_GET;
	else if (expect(buf, len, &pos, "set ", 4))
		r->cmd = CMD_SET;
	else if (expect(buf, len, &pos, "delete ", 7))
		r->cmd = CMD_DELETE;
	else
		return -1;

	r->key = buf + pos;
	r->klen = 0;
	while (pos < len && is_key_char(buf[pos]) && r->klen <= KEY_MAX) {
		pos++;
		r->klen++;
	}
	if (r->klen == 0 || r->klen > KEY_MAX)
		return -1;

	r->data = NULL;
	r->dlen = 0;
	if (r->cmd == CMD_SET) {
		size_t digits = 0;

		if (!expect(buf, len, &pos, " ", 1))
			return -1;
		while (pos < len && buf[pos] >= '0' && buf[pos] <= '9' &&
		       digits < 3) {
			r->dlen = r->dlen * 10 + (size_t)(buf[pos] - '0');
			pos++;
			digits++;
		}
		if (digits == 0 || r->dlen > VAL_MAX)
			return -1;
		if (!expect(buf, len, &pos, "\r\n", 2))
			return -1;
		if (len - pos < r->dlen)
			return -1;
		r->data = buf + pos;
		pos += r->dlen;
	}
	if (!expect(buf, len, &pos, "\r\n", 2))
		return -1;
	return (long)pos;
}

/* -------------------------------------------------------------- journal */

/* Append one record; all or nothing from the caller's point of view. */
static int journal_append(const char *rec, size_t len)
{
	while (len > 0) {
		ssize_t n = write(journal_fd, rec, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		rec += n;
		len -= (size_t)n;
	}
	return 0;
}

/*
 * Open the journal and replay it into the table. A torn or corrupt tail (a
 * crash in the middle of an append) is cut off so that new records follow
 * the last good one.
 */
static int journal_open(const char *path)
{
	char buf[8192];
	size_t start = 0, have = 0;
	off_t good = 0;
	int eof = 0;
	long records = 0;

	journal_fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (journal_fd < 0) {
		fprintf(stderr, "kv-cache: %s: %s\n", path, strerror(errno));
		return -1;
	}

	for (;;) {
		struct kv_request r;
		long used;

		if (!eof && have - start < REQ_MAX) {
			memmove(buf, buf + start, have - start);
			have -= start;
			start = 0;
			while (!eof && have < sizeof(buf)) {
				ssize_t n = read(journal_fd, buf + have,
						 sizeof(buf) - have);
				if (n < 0) {
					if (errno == EINTR)
						continue;
					fprintf(stderr, "kv-cache: %s: %s\n",
						path, strerror(errno));
					return -1;
				}
				if (n == 0)
					eof = 1;
				have += (size_t)n;
			}
		}
		if (start == have)
			break;

		used = parse_request(buf + start, have - start, &r);
		if (used < 0 || r.cmd == CMD_GET) {
			fprintf(stderr,
				"kv-cache: %s: bad record at offset %lld, "
				"dropping the rest of the journal\n",
				path, (long long)good);
			if (ftruncate(journal_fd, good) < 0) {
				fprintf(stderr, "kv-cache: %s: %s\n", path,
					strerror(errno));
				return -1;
			}
			break;
		}
		if (r.cmd == CMD_SET) {
			struct kv_entry *e = kv_slot_for(r.key, r.klen);

			if (e)
				kv_fill(e, &r);
			else
				fprintf(stderr, "kv-cache: %s: table full at "
					"offset %lld\n", path,
					(long long)good);
		} else {
			struct kv_entry *e = kv_lookup(r.key, r.klen);

			if (e)
				e->state = SLOT_DELETED;
		}
		start += (size_t)used;
		good += used;
		records++;
	}
	fprintf(stderr, "kv-cache: replayed %ld journal records from %s\n",
		records, path);
	return 0;
}

/* ------------------------------------------------------------- requests */

#define REPLY_LIT(out, s) (memcpy((out), (s), sizeof(s) - 1), sizeof(s) - 1)

static size_t put_uint(char *out, unsigned v)
{
	char tmp[10];
	size_t n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	return n;
}

/* Handle one request datagram; write the reply into out, return its length. */
static size_t handle_request(const char *req, size_t len, char *out)
{
	struct kv_request r;
	struct kv_entry *e;
	size_t pos = 0;

	if (parse_request(req, len, &r) != (long)len)
		return REPLY_LIT(out, "ERROR\r\n");

	switch (r.cmd) {
	case CMD_GET:
		e = kv_lookup(r.key, r.klen);
		if (!e)
			return REPLY_LIT(out, "END\r\n");
		pos += REPLY_LIT(out, "VALUE ");
		memcpy(out + pos, e->key, e->klen);
		pos += e->klen;
		out[pos++] = ' ';
		pos += put_uint(out + pos, e->vlen);
		pos += REPLY_LIT(out + pos, "\r\n");
		memcpy(out + pos, e->val, e->vlen);
		pos += e->vlen;
		pos += REPLY_LIT(out + pos, "\r\nEND\r\n");
		return pos;

	case CMD_SET:
		e = kv_slot_for(r.key, r.klen);
		if (!e)
			return REPLY_LIT(out, "SERVER_ERROR table full\r\n");
		if (journal_append(req, len) < 0)
			return REPLY_LIT(out, "SERVER_ERROR journal\r\n");
		kv_fill(e, &r);
		return REPLY_LIT(out, "STORED\r\n");

	case CMD_DELETE:
		e = kv_lookup(r.key, r.klen);
		if (!e)
			return REPLY_LIT(out, "NOT_FOUND\r\n");
		if (journal_append(req, len) < 0)
			return REPLY_LIT(out, "SERVER_ERROR journal\r\n");
		e->state = SLOT_DELETED;
		return REPLY_LIT(out, "DELETED\r\n");
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
		perror("kv-cache: socket");
		return -1;
	}
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0) {
		perror("kv-cache: setsockopt");
		close(fd);
		return -1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	addr.sin_port = htons(port);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("kv-cache: bind");
		close(fd);
		return -1;
	}
	return fd;
}

int main(int argc, char **argv)
{
	const char *journal_path = KV_JOURNAL_DEFAULT;
	struct sigaction sa;
	struct pollfd pfd;
	int fd;

	if (argc > 2) {
		fprintf(stderr, "usage: %s [journal-file]\n", argv[0]);
		return 2;
	}
	if (argc == 2)
		journal_path = argv[1];

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal; /* no SA_RESTART: poll returns EINTR */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	if (journal_open(journal_path) < 0)
		return 1;
	fd = udp_listen(KV_PORT);
	if (fd < 0)
		return 1;
	fprintf(stderr, "kv-cache: listening on udp port %d, %zu entries\n",
		KV_PORT, kv_count());

	pfd.fd = fd;
	pfd.events = POLLIN;
	while (!stop_requested) {
		int n = poll(&pfd, 1, -1);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("kv-cache: poll");
			break;
		}
		if (pfd.revents & POLLIN)
			serve_one(fd);
	}

	close(fd);
	close(journal_fd);
	fprintf(stderr, "kv-cache: stopped\n");
	return 0;
}
