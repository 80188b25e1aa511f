/*
 * memcached-text - a cache speaking a subset of memcached's text protocol
 * over TCP, with epoll.
 *
 *   get <key>\r\n                  -> VALUE <key> <flags> <bytes>\r\n<data>\r\nEND\r\n
 *                                     or END\r\n
 *   set <key> <flags> <exptime> <bytes>\r\n<data>\r\n
 *                                  -> STORED\r\n
 *   delete <key>\r\n               -> DELETED\r\n or NOT_FOUND\r\n
 *   anything else                  -> ERROR\r\n
 *
 * Written the way small real servers are (docs/tcp-servers.md): one
 * thread, level-triggered epoll, a heap struct conn per connection found
 * through ev.data.ptr, bytes accumulated in the connection's input buffer
 * and cut into lines at "\r\n" (so pipelined requests and requests split
 * over segments are both answered), replies formatted with snprintf into
 * the connection's output buffer and written with a loop that keeps what
 * the socket did not take. README.md has the exact rules.
 *
 * Usage: memcached-text [port]   (default 10211)
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#define _GNU_SOURCE /* accept4, memmem */
#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define MC_PORT 10211
#define MAX_EVENTS 64

#define KEY_MAX 250    /* bytes in a key (memcached's limit) */
#define DATA_MAX 1024  /* bytes in a value */
#define NBUCKETS 4096  /* hash table heads, a power of two */
#define CMD_MAX 2048   /* a command line longer than this closes the connection */
#define MAX_TOKENS 6   /* one more than the longest command has */

/* The longest request is a CMD_MAX line with a DATA_MAX block and its
 * "\r\n"; what is left in the buffer after a pass is always shorter. */
#define IN_MAX 4096
#define OUT_MAX 16384
/* "VALUE <key> <flags> <bytes>\r\n<data>\r\nEND\r\n" at its longest. */
#define REPLY_MAX (6 + KEY_MAX + 1 + 10 + 1 + 4 + 2 + DATA_MAX + 2 + 5)

/*
 * Items are chained from a fixed array of bucket heads and malloc'd one at
 * a time: the table never becomes full (the protocol subset has no reply
 * for "out of memory"), and a set of an existing key overwrites its item in
 * place. Items are all one size, like one memcached slab class. There is
 * no eviction and no expiry: exptime is parsed and ignored.
 */
struct item {
	struct item *next;
	uint32_t flags;
	uint16_t nkey;
	uint16_t nbytes;
	char key[KEY_MAX];
	char data[DATA_MAX];
};

static struct item *buckets[NBUCKETS];

struct conn {
	int fd;
	size_t in_len;           /* bytes in in[] not yet consumed */
	size_t out_off, out_len; /* out[out_off..out_len) still to be written */
	char in[IN_MAX];
	char out[OUT_MAX];
};

static int epfd;

/* FNV-1a over the key's bytes. */
static uint32_t hash_key(const char *key, size_t nkey)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < nkey; i++) {
		h ^= (unsigned char)key[i];
		h *= 16777619u;
	}
	return h;
}

static struct item **item_slot(const char *key, size_t nkey)
{
	struct item **p = &buckets[hash_key(key, nkey) & (NBUCKETS - 1)];

	while (*p && ((*p)->nkey != nkey || memcmp((*p)->key, key, nkey) != 0))
		p = &(*p)->next;
	return p; /* the item's link, or the chain's terminating NULL */
}

/* Returns 0, or -1 when no memory is left for a new item. */
static int item_set(const char *key, size_t nkey, uint32_t flags,
		    const char *data, size_t nbytes)
{
	struct item **p = item_slot(key, nkey);
	struct item *it = *p;

	if (!it) {
		it = malloc(sizeof(*it));
		if (!it)
			return -1;
		it->next = NULL;
		it->nkey = (uint16_t)nkey;
		memcpy(it->key, key, nkey);
		*p = it;
	}
	it->flags = flags;
	it->nbytes = (uint16_t)nbytes;
	memcpy(it->data, data, nbytes);
	return 0;
}

static int item_delete(const char *key, size_t nkey)
{
	struct item **p = item_slot(key, nkey);
	struct item *it = *p;

	if (!it)
		return 0;
	*p = it->next;
	free(it);
	return 1;
}

/* A key: 1..KEY_MAX bytes, no control characters (spaces cannot get here). */
static int key_ok(const char *tok, size_t len)
{
	if (len == 0 || len > KEY_MAX)
		return 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)tok[i];

		if (ch < 0x20 || ch == 0x7f)
			return 0;
	}
	return 1;
}

/* A decimal number: only digits (after one '-' when neg_ok), within
 * [lo, hi]. tok is NUL-terminated by tokenize(); len keeps a NUL inside the
 * word from ending it early. */
static int number(const char *tok, size_t len, int neg_ok, long long lo,
		  long long hi, long long *out)
{
	size_t i = neg_ok && len > 0 && tok[0] == '-' ? 1 : 0;
	long long v;

	if (i == len)
		return 0;
	for (size_t j = i; j < len; j++)
		if (tok[j] < '0' || tok[j] > '9')
			return 0;
	errno = 0;
	v = strtoll(tok, NULL, 10);
	if (errno || v < lo || v > hi)
		return 0;
	*out = v;
	return 1;
}

static int word_is(const char *tok, size_t len, const char *word)
{
	return len == strlen(word) && memcmp(tok, word, len) == 0;
}

/* Split a line (NUL-terminated in place) into words separated by one or
 * more spaces. Returns the number of words, at most MAX_TOKENS. */
static int tokenize(char *line, size_t len, char **tok, size_t *tlen)
{
	int n = 0;
	size_t i = 0;

	while (i < len && n < MAX_TOKENS) {
		size_t start;

		while (i < len && line[i] == ' ')
			i++;
		if (i == len)
			break;
		start = i;
		while (i < len && line[i] != ' ')
			i++;
		tok[n] = line + start;
		tlen[n] = i - start;
		line[i] = '\0'; /* a space, or just past the line */
		n++;
		i++;
	}
	return n;
}

static void reply(struct conn *c, const char *s)
{
	size_t n = strlen(s);

	memcpy(c->out + c->out_len, s, n);
	c->out_len += n;
}

static void reply_value(struct conn *c, const struct item *it)
{
	int n = snprintf(c->out + c->out_len, OUT_MAX - c->out_len,
			 "VALUE %.*s %u %u\r\n", (int)it->nkey, it->key,
			 (unsigned)it->flags, (unsigned)it->nbytes);

	c->out_len += (size_t)n;
	memcpy(c->out + c->out_len, it->data, it->nbytes);
	c->out_len += it->nbytes;
	reply(c, "\r\nEND\r\n");
}

/*
 * Answer the request at the start of buf (len bytes available). Returns the
 * bytes it used, 0 if the request is not complete yet, or -1 if the
 * connection must be closed (a line longer than CMD_MAX).
 */
static long handle_request(struct conn *c, const char *buf, size_t len)
{
	const char *crlf = memmem(buf, len < CMD_MAX + 2 ? len : CMD_MAX + 2, "\r\n", 2);
	char line[CMD_MAX + 1];
	char *tok[MAX_TOKENS];
	size_t tlen[MAX_TOKENS];
	size_t line_len, used;
	int ntok;

	if (!crlf)
		return len >= CMD_MAX + 2 ? -1 : 0;
	line_len = (size_t)(crlf - buf);
	used = line_len + 2;
	/* Words are cut in a copy: the buffer stays intact while a set's data
	 * block has not all arrived. */
	memcpy(line, buf, line_len);
	ntok = tokenize(line, line_len, tok, tlen);

	if (ntok == 2 && word_is(tok[0], tlen[0], "get") && key_ok(tok[1], tlen[1])) {
		struct item *it = *item_slot(tok[1], tlen[1]);

		if (it)
			reply_value(c, it);
		else
			reply(c, "END\r\n");
	} else if (ntok == 2 && word_is(tok[0], tlen[0], "delete") &&
		   key_ok(tok[1], tlen[1])) {
		reply(c, item_delete(tok[1], tlen[1]) ? "DELETED\r\n" : "NOT_FOUND\r\n");
	} else if (ntok == 5 && word_is(tok[0], tlen[0], "set")) {
		long long flags, exptime, nbytes;

		if (!key_ok(tok[1], tlen[1]) ||
		    !number(tok[2], tlen[2], 0, 0, UINT32_MAX, &flags) ||
		    !number(tok[3], tlen[3], 1, INT32_MIN, INT32_MAX, &exptime) ||
		    !number(tok[4], tlen[4], 0, 0, DATA_MAX, &nbytes)) {
			/* No trustworthy length: the next line is a command. */
			reply(c, "ERROR\r\n");
			return (long)used;
		}
		(void)exptime; /* accepted, and ignored: items never expire */
		if (len - used < (size_t)nbytes + 2)
			return 0; /* wait for the rest of the data block */
		if (memcmp(buf + used + nbytes, "\r\n", 2) != 0)
			reply(c, "ERROR\r\n"); /* block not ended by "\r\n" */
		else if (item_set(tok[1], tlen[1], (uint32_t)flags, buf + used,
				  (size_t)nbytes) < 0)
			reply(c, "ERROR\r\n"); /* out of memory */
		else
			reply(c, "STORED\r\n");
		used += (size_t)nbytes + 2;
	} else {
		reply(c, "ERROR\r\n");
	}
	return (long)used;
}

static void conn_close(struct conn *c)
{
	close(c->fd); /* also removes it from the epoll set */
	free(c);
}

/* Wait for input when nothing is owed to the peer, else for room to write:
 * a peer that does not read its replies is not read from. */
static int conn_watch(struct conn *c, int op)
{
	struct epoll_event ev;

	ev.events = c->out_off < c->out_len ? EPOLLOUT : EPOLLIN;
	ev.data.ptr = c;
	return epoll_ctl(epfd, op, c->fd, &ev);
}

/* Write out what is pending. Returns -1 if the connection is dead. */
static int conn_flush(struct conn *c)
{
	while (c->out_off < c->out_len) {
		ssize_t n = write(c->fd, c->out + c->out_off, c->out_len - c->out_off);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				return 0;
			return -1; /* EPIPE, ECONNRESET, ... */
		}
		c->out_off += (size_t)n;
	}
	c->out_off = c->out_len = 0;
	return 0;
}

/* Answer every complete request in the input buffer and write the
 * replies; stops early while the socket will not take them. Returns -1 if
 * the connection must be closed. */
static int conn_process(struct conn *c)
{
	size_t pos = 0;

	for (;;) {
		long used = 0;

		/* Leave room in the output buffer for the longest reply. */
		while (pos < c->in_len && OUT_MAX - c->out_len >= REPLY_MAX) {
			used = handle_request(c, c->in + pos, c->in_len - pos);
			if (used <= 0)
				break;
			pos += (size_t)used;
		}
		if (used < 0) {
			conn_flush(c); /* the replies before it, if the socket takes them */
			return -1;
		}
		if (conn_flush(c) < 0)
			return -1;
		/* Done: the rest is incomplete, or the peer must read first. */
		if (used == 0 || pos == c->in_len || c->out_off < c->out_len)
			break;
	}
	/* Keep the rest at the front for the next read. */
	memmove(c->in, c->in + pos, c->in_len - pos);
	c->in_len -= pos;
	return 0;
}

static void on_readable(struct conn *c)
{
	ssize_t n = read(c->fd, c->in + c->in_len, IN_MAX - c->in_len);

	if (n == 0) {
		conn_close(c); /* peer is done; nothing is owed (see conn_watch) */
		return;
	}
	if (n < 0) {
		if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
			return;
		conn_close(c);
		return;
	}
	c->in_len += (size_t)n;
	if (conn_process(c) < 0) {
		conn_close(c);
		return;
	}
	if (c->out_off < c->out_len && conn_watch(c, EPOLL_CTL_MOD) < 0)
		conn_close(c);
}

static void on_writable(struct conn *c)
{
	if (conn_flush(c) < 0) {
		conn_close(c);
		return;
	}
	if (c->out_off < c->out_len)
		return;
	/* Requests that waited for room in the output buffer. */
	if (conn_process(c) < 0) {
		conn_close(c);
		return;
	}
	if (c->out_off == c->out_len && conn_watch(c, EPOLL_CTL_MOD) < 0)
		conn_close(c);
}

static void on_accept(int lfd)
{
	for (;;) {
		struct conn *c;
		int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);

		if (fd < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			if (errno != EAGAIN && errno != EWOULDBLOCK)
				perror("memcached-text: accept");
			return;
		}
		c = malloc(sizeof(*c));
		if (!c) {
			close(fd);
			continue;
		}
		c->fd = fd;
		c->in_len = 0;
		c->out_off = c->out_len = 0;
		if (conn_watch(c, EPOLL_CTL_ADD) < 0) {
			perror("memcached-text: epoll_ctl");
			conn_close(c);
		}
	}
}

static int parse_port(const char *s, unsigned short *port)
{
	long long v;

	if (!number(s, strlen(s), 0, 1, 65535, &v))
		return -1;
	*port = (unsigned short)v;
	return 0;
}

static int tcp_listen(unsigned short port)
{
	struct sockaddr_in addr;
	int one = 1;
	int fd;

	fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		perror("memcached-text: socket");
		return -1;
	}
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0) {
		perror("memcached-text: setsockopt");
		goto fail;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	addr.sin_port = htons(port);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("memcached-text: bind");
		goto fail;
	}
	if (listen(fd, SOMAXCONN) < 0) {
		perror("memcached-text: listen");
		goto fail;
	}
	return fd;
fail:
	close(fd);
	return -1;
}

int main(int argc, char **argv)
{
	unsigned short port = MC_PORT;
	struct epoll_event ev, events[MAX_EVENTS];
	int lfd;

	if (argc > 2 || (argc == 2 && parse_port(argv[1], &port) < 0)) {
		fprintf(stderr, "usage: %s [port]\n", argv[0]);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN); /* a vanished peer is an EPIPE, not death */

	lfd = tcp_listen(port);
	if (lfd < 0)
		return 1;
	epfd = epoll_create1(EPOLL_CLOEXEC);
	if (epfd < 0) {
		perror("memcached-text: epoll_create1");
		return 1;
	}
	ev.events = EPOLLIN;
	ev.data.ptr = NULL; /* NULL marks the listening socket */
	if (epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &ev) < 0) {
		perror("memcached-text: epoll_ctl");
		return 1;
	}
	fprintf(stderr, "memcached-text: listening on tcp port %u\n", port);

	for (;;) {
		int n = epoll_wait(epfd, events, MAX_EVENTS, -1);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("memcached-text: epoll_wait");
			return 1;
		}
		for (int i = 0; i < n; i++) {
			struct conn *c = events[i].data.ptr;
			uint32_t e = events[i].events;

			if (!c)
				on_accept(lfd);
			else if (e & EPOLLERR)
				conn_close(c);
			else if (c->out_off < c->out_len)
				on_writable(c); /* EPOLLOUT, or HUP */
			else
				on_readable(c); /* EPOLLIN, or HUP */
		}
	}
}
