/*
 * chained-kv - a key-value server over UDP with a binary protocol, its
 * table a malloc'd array of bucket heads with chained nodes.
 *
 * A request and its reply are one datagram each: a 12-byte header (below),
 * then the key, then the value. README.md has the exact bytes.
 *
 *   GET key        -> OK, the node's version and value; or NOT_FOUND
 *   SET key value  -> OK and the new version (an existing key's node is
 *                     updated in place; a new key gets a new node)
 *   DEL key        -> OK, or NOT_FOUND
 *
 * Datagrams shorter than a header or with another magic are dropped;
 * anything else malformed gets status BAD.
 *
 * The table is loaded at start-up from a preload file of "key value" lines.
 *
 * Usage: chained-kv [-p port] [-b buckets] [preload-file]
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define CKV_PORT 10500
#define CKV_MAGIC 0xc7

#define KEY_MAX 24
#define VAL_MAX 100

enum { OP_GET = 1, OP_SET = 2, OP_DEL = 3 };
enum { ST_OK = 0, ST_NOT_FOUND = 1, ST_BAD = 2, ST_NO_MEMORY = 3 };

struct ckv_hdr {
	uint8_t magic;
	uint8_t op;
	uint8_t status; /* 0 in a request */
	uint8_t klen;   /* key bytes after the header */
	uint16_t vlen;  /* value bytes after the key */
	uint16_t id;    /* the client's, echoed in the reply */
	uint32_t ver;   /* reply: the node's version */
} __attribute__((packed));

struct node {
	char key[KEY_MAX];
	uint8_t klen;
	uint8_t vlen;
	uint32_t ver; /* 1 when created, +1 per SET */
	char val[VAL_MAX];
	struct node *next;
};

static struct node **buckets;
static unsigned int nbuckets = 1024; /* a power of two */
static unsigned long nkeys;

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

/* ---------------------------------------------------------------- table */

static uint32_t hash(const char *key, size_t len)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < len; i++) {
		h ^= (uint8_t)key[i];
		h *= 16777619u;
	}
	return h;
}

static struct node **bucket_of(const char *key, size_t klen)
{
	return &buckets[hash(key, klen) & (nbuckets - 1)];
}

static struct node *lookup(const char *key, size_t klen)
{
	struct node *n;

	for (n = *bucket_of(key, klen); n != NULL; n = n->next)
		if (n->klen == klen && memcmp(n->key, key, klen) == 0)
			return n;
	return NULL;
}

/* Set key to val: in place if the key is there, else in a new node at the
 * head of its chain. Returns the node, or NULL when out of memory. */
static struct node *store(const char *key, size_t klen, const char *val,
			  size_t vlen)
{
	struct node *n = lookup(key, klen);

	if (n) {
		memcpy(n->val, val, vlen);
		n->vlen = (uint8_t)vlen;
		n->ver++;
		return n;
	}
	n = malloc(sizeof(*n));
	if (!n)
		return NULL;
	memcpy(n->key, key, klen);
	n->klen = (uint8_t)klen;
	memcpy(n->val, val, vlen);
	n->vlen = (uint8_t)vlen;
	n->ver = 1;
	n->next = *bucket_of(key, klen);
	*bucket_of(key, klen) = n;
	nkeys++;
	return n;
}

static int delete(const char *key, size_t klen)
{
	struct node **pp, *n;

	for (pp = bucket_of(key, klen); (n = *pp) != NULL; pp = &n->next) {
		if (n->klen == klen && memcmp(n->key, key, klen) == 0) {
			*pp = n->next;
			free(n);
			nkeys--;
			return 1;
		}
	}
	return 0;
}

/* "key value" lines; blank lines and lines starting with # are skipped. */
static int preload(const char *path)
{
	char line[256];
	FILE *f = fopen(path, "r");
	int lineno = 0;

	if (!f) {
		fprintf(stderr, "chained-kv: %s: %s\n", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		char *key = line, *val;
		size_t klen, vlen;

		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '\0' || line[0] == '#')
			continue;
		val = strchr(line, ' ');
		if (!val) {
			fprintf(stderr, "chained-kv: %s:%d: no value\n", path,
				lineno);
			continue;
		}
		*val++ = '\0';
		klen = strlen(key);
		vlen = strlen(val);
		if (klen == 0 || klen > KEY_MAX || vlen > VAL_MAX) {
			fprintf(stderr, "chained-kv: %s:%d: too long\n", path,
				lineno);
			continue;
		}
		if (!store(key, klen, val, vlen)) {
			fclose(f);
			return -1;
		}
	}
	fclose(f);
	return 0;
}

/* ------------------------------------------------------------- requests */

/* Handle the request in msg (len bytes); the reply is written over it.
 * Returns the reply's length, or 0 to send nothing. */
static size_t handle(uint8_t *msg, size_t len)
{
	struct ckv_hdr *h = (struct ckv_hdr *)msg;
	const char *key = (const char *)msg + sizeof(*h);
	const char *val;
	size_t klen, vlen;
	struct node *n;

	if (len < sizeof(*h) || h->magic != CKV_MAGIC)
		return 0;
	klen = h->klen;
	vlen = ntohs(h->vlen);
	val = key + klen;
	h->ver = 0;
	if (h->status != 0 || klen == 0 || klen > KEY_MAX ||
	    len != sizeof(*h) + klen + vlen ||
	    (h->op != OP_SET && vlen != 0) || vlen > VAL_MAX) {
		h->status = ST_BAD;
		h->vlen = 0;
		return sizeof(*h);
	}

	switch (h->op) {
	case OP_GET:
		n = lookup(key, klen);
		if (!n) {
			h->status = ST_NOT_FOUND;
			return sizeof(*h);
		}
		h->status = ST_OK;
		h->ver = htonl(n->ver);
		h->vlen = htons(n->vlen);
		memcpy(msg + sizeof(*h) + klen, n->val, n->vlen);
		return sizeof(*h) + klen + n->vlen;

	case OP_SET:
		n = store(key, klen, val, vlen);
		h->vlen = 0;
		if (!n) {
			h->status = ST_NO_MEMORY;
			return sizeof(*h);
		}
		h->status = ST_OK;
		h->ver = htonl(n->ver);
		return sizeof(*h) + klen;

	case OP_DEL:
		h->status = delete(key, klen) ? ST_OK : ST_NOT_FOUND;
		return sizeof(*h) + klen;
	}
	h->status = ST_BAD;
	h->vlen = 0;
	return sizeof(*h);
}

int main(int argc, char **argv)
{
	int port = CKV_PORT;
	struct sockaddr_in addr;
	struct sigaction sa;
	int fd, opt;

	while ((opt = getopt(argc, argv, "p:b:")) != -1) {
		switch (opt) {
		case 'p':
			port = atoi(optarg);
			break;
		case 'b':
			nbuckets = (unsigned int)strtoul(optarg, NULL, 0);
			break;
		default:
			fprintf(stderr,
				"usage: %s [-p port] [-b buckets] [preload-file]\n",
				argv[0]);
			return 2;
		}
	}
	if (nbuckets == 0 || (nbuckets & (nbuckets - 1)) != 0) {
		fprintf(stderr, "chained-kv: -b must be a power of two\n");
		return 2;
	}
	buckets = calloc(nbuckets, sizeof(*buckets));
	if (!buckets) {
		perror("chained-kv: calloc");
		return 1;
	}
	if (optind < argc && preload(argv[optind]) < 0)
		return 1;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal; /* no SA_RESTART: recvfrom returns EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0) {
		perror("chained-kv: socket");
		return 1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	addr.sin_port = htons(port);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("chained-kv: bind");
		return 1;
	}
	fprintf(stderr, "chained-kv: %lu keys in %u buckets, udp port %d\n",
		nkeys, nbuckets, port);

	while (!stop) {
		/* One byte more than the longest request: a longer one is cut
		 * and then fails the length check. */
		uint8_t msg[sizeof(struct ckv_hdr) + KEY_MAX + VAL_MAX + 1];
		struct sockaddr_in peer;
		socklen_t peer_len = sizeof(peer);
		ssize_t n;
		size_t reply_len;

		n = recvfrom(fd, msg, sizeof(msg), 0, (struct sockaddr *)&peer,
			     &peer_len);
		if (n < 0) {
			if (errno != EINTR)
				perror("chained-kv: recvfrom");
			continue;
		}
		reply_len = handle(msg, (size_t)n);
		if (reply_len > 0)
			sendto(fd, msg, reply_len, 0, (struct sockaddr *)&peer,
			       peer_len);
	}
	fprintf(stderr, "chained-kv: stopped, %lu keys\n", nkeys);
	return 0;
}
