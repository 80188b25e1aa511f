/*
 * text-kv - a key-value server with a memcached-like text protocol over UDP.
 *
 * One command line per datagram, one reply per datagram (README.md has the
 * exact bytes):
 *
 *   get <key>                 -> VALUE <key> <bytes>\r\n<data>\r\nEND\r\n
 *                                or END\r\n
 *   set <key> <data>          -> STORED\r\n
 *   delete <key>              -> DELETED\r\n or NOT_FOUND\r\n
 *   stats                     -> STAT <name> <value>\r\n ... END\r\n
 *   version                   -> VERSION <version>\r\n
 *
 * The line's first words are looked up in a table of commands; the
 * command's handler parses the rest and formats the reply with snprintf.
 * Every request is logged on stdout, one line each. The items live in a
 * fixed-size open-addressing hash table in static memory.
 *
 * Usage: text-kv [port]   (default 10400)
 *
 * SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define TKV_VERSION "1.0.3"
#define TKV_PORT 10400

#define KEY_MAX 32      /* bytes in a key */
#define DATA_MAX 64     /* bytes in a value */
#define NITEMS 512      /* hash table slots, a power of two */
#define MAX_PROBE 8     /* slots tried from a key's hash */
#define REQ_MAX 512     /* receive buffer, a NUL after the datagram */
#define REPLY_MAX 256   /* the longest reply is 113 bytes */

struct item {
	unsigned char nkey;    /* bytes in key */
	unsigned char nbytes;  /* bytes in data */
	unsigned char used;    /* a live item */
	unsigned char freed;   /* deleted: probing goes on past it */
	char key[KEY_MAX + 1]; /* NUL-terminated */
	char data[DATA_MAX];
};

static struct item items[NITEMS];

/* The counters stats shows; global, as memcached's are. */
struct stats {
	unsigned long cmd_get;
	unsigned long get_hits;
	unsigned long get_misses;
	unsigned long cmd_set;
	unsigned long cmd_delete;
	unsigned long curr_items;
} stats;

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

/* ---------------------------------------------------------------- items */

static unsigned int hash_key(const char *key, size_t nkey)
{
	unsigned int h = 5381;

	for (size_t i = 0; i < nkey; i++)
		h = h * 33 + (unsigned char)key[i];
	return h;
}

static struct item *item_get(const char *key, size_t nkey)
{
	unsigned int h = hash_key(key, nkey);

	for (int i = 0; i < MAX_PROBE; i++) {
		struct item *it = &items[(h + i) & (NITEMS - 1)];

		if (!it->used && !it->freed)
			return NULL;
		if (it->used && it->nkey == nkey &&
		    memcmp(it->key, key, nkey) == 0)
			return it;
	}
	return NULL;
}

/* The item for key, or a free slot for it, or NULL when its probe window is
 * full of other keys. */
static struct item *item_slot(const char *key, size_t nkey)
{
	unsigned int h = hash_key(key, nkey);
	struct item *spare = NULL;

	for (int i = 0; i < MAX_PROBE; i++) {
		struct item *it = &items[(h + i) & (NITEMS - 1)];

		if (it->used) {
			if (it->nkey == nkey && memcmp(it->key, key, nkey) == 0)
				return it;
			continue;
		}
		if (!spare)
			spare = it;
		if (!it->freed)
			break;
	}
	return spare;
}

/* ------------------------------------------------------------- commands */

/* A handler gets the rest of the command line after the command's name
 * (its arguments, words separated by single spaces) and writes its reply
 * into buf (size bytes); it returns the reply's length. */
typedef int (*handler_fn)(char *args, char *buf, size_t size);

/* Cut the first word off *args: returns it, *args then points past the
 * space after it (or at the end of the line). */
static char *next_word(char **args)
{
	char *word = *args;
	char *space = strchr(word, ' ');

	if (space) {
		*space = '\0';
		*args = space + 1;
	} else {
		*args = word + strlen(word);
	}
	return word;
}

static int bad_format(char *buf, size_t size)
{
	return snprintf(buf, size, "CLIENT_ERROR bad command line format\r\n");
}

static int cmd_get(char *args, char *buf, size_t size)
{
	char *key = next_word(&args);
	size_t nkey = strlen(key);
	struct item *it;
	int n;

	if (nkey == 0 || *args != '\0')
		return bad_format(buf, size);
	if (nkey > KEY_MAX)
		return snprintf(buf, size, "CLIENT_ERROR key too long\r\n");
	stats.cmd_get++;
	it = item_get(key, nkey);
	if (!it) {
		stats.get_misses++;
		return snprintf(buf, size, "END\r\n");
	}
	stats.get_hits++;
	n = snprintf(buf, size, "VALUE %s %u\r\n", it->key, it->nbytes);
	memcpy(buf + n, it->data, it->nbytes);
	n += it->nbytes;
	n += snprintf(buf + n, size - n, "\r\nEND\r\n");
	return n;
}

static int cmd_set(char *args, char *buf, size_t size)
{
	char *key = next_word(&args);
	char *data = args; /* the rest of the line, spaces and all */
	size_t nkey = strlen(key);
	size_t nbytes = strlen(data);
	struct item *it;

	if (nkey == 0)
		return bad_format(buf, size);
	stats.cmd_set++;
	if (nkey > KEY_MAX)
		return snprintf(buf, size, "CLIENT_ERROR key too long\r\n");
	if (nbytes > DATA_MAX)
		return snprintf(buf, size,
				"SERVER_ERROR object too large for cache\r\n");
	it = item_slot(key, nkey);
	if (!it)
		return snprintf(buf, size, "SERVER_ERROR out of memory\r\n");
	if (!it->used) {
		strcpy(it->key, key);
		it->nkey = (unsigned char)nkey;
		it->used = 1;
		it->freed = 0;
		stats.curr_items++;
	}
	memcpy(it->data, data, nbytes);
	it->nbytes = (unsigned char)nbytes;
	return snprintf(buf, size, "STORED\r\n");
}

static int cmd_delete(char *args, char *buf, size_t size)
{
	char *key = next_word(&args);
	size_t nkey = strlen(key);
	struct item *it;

	if (nkey == 0 || *args != '\0')
		return bad_format(buf, size);
	if (nkey > KEY_MAX)
		return snprintf(buf, size, "CLIENT_ERROR key too long\r\n");
	stats.cmd_delete++;
	it = item_get(key, nkey);
	if (!it)
		return snprintf(buf, size, "NOT_FOUND\r\n");
	it->used = 0;
	it->freed = 1;
	stats.curr_items--;
	return snprintf(buf, size, "DELETED\r\n");
}

static int cmd_stats(char *args, char *buf, size_t size)
{
	int n = 0;

	if (*args != '\0')
		return bad_format(buf, size);
	n += snprintf(buf + n, size - n, "STAT cmd_get %lu\r\n", stats.cmd_get);
	n += snprintf(buf + n, size - n, "STAT get_hits %lu\r\n", stats.get_hits);
	n += snprintf(buf + n, size - n, "STAT get_misses %lu\r\n",
		      stats.get_misses);
	n += snprintf(buf + n, size - n, "STAT cmd_set %lu\r\n", stats.cmd_set);
	n += snprintf(buf + n, size - n, "STAT cmd_delete %lu\r\n",
		      stats.cmd_delete);
	n += snprintf(buf + n, size - n, "STAT curr_items %lu\r\n",
		      stats.curr_items);
	n += snprintf(buf + n, size - n, "END\r\n");
	return n;
}

static int cmd_version(char *args, char *buf, size_t size)
{
	if (*args != '\0')
		return bad_format(buf, size);
	return snprintf(buf, size, "VERSION %s\r\n", TKV_VERSION);
}

/* The commands, each with the words that start its line: a command that
 * takes arguments has a space at the end of its name. */
static const struct command {
	const char *name;
	handler_fn handler;
} commands[] = {
	{ "get ", cmd_get },
	{ "set ", cmd_set },
	{ "delete ", cmd_delete },
	{ "stats", cmd_stats },
	{ "version", cmd_version },
	{ NULL, NULL },
};

/* line: one command line, NUL-terminated, without its line end. */
static int process_command(char *line, char *buf, size_t size)
{
	const struct command *c;

	for (c = commands; c->name; c++) {
		size_t len = strlen(c->name);

		if (strncmp(line, c->name, len) == 0)
			return c->handler(line + len, buf, size);
	}
	return snprintf(buf, size, "ERROR unknown command\r\n");
}

int main(int argc, char **argv)
{
	int port = argc > 1 ? atoi(argv[1]) : TKV_PORT;
	struct sockaddr_in addr;
	struct sigaction sa;
	int fd;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal; /* no SA_RESTART: recvfrom returns EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	setvbuf(stdout, NULL, _IOLBF, 0);

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0) {
		perror("socket");
		return 1;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	addr.sin_port = htons(port);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("bind");
		return 1;
	}
	fprintf(stderr, "text-kv %s: listening on udp port %d\n", TKV_VERSION,
		port);

	while (!stop) {
		char req[REQ_MAX];
		char reply[REPLY_MAX];
		struct sockaddr_in peer;
		socklen_t peer_len = sizeof(peer);
		ssize_t n;
		int len;

		n = recvfrom(fd, req, sizeof(req) - 1, 0,
			     (struct sockaddr *)&peer, &peer_len);
		if (n < 0) {
			if (errno != EINTR)
				perror("recvfrom");
			continue;
		}
		req[n] = '\0';
		req[strcspn(req, "\r\n")] = '\0';

		len = process_command(req, reply, sizeof(reply));
		if (len >= (int)sizeof(reply))
			len = sizeof(reply) - 1;
		printf("%s:%d %s -> %d\n", inet_ntoa(peer.sin_addr),
		       ntohs(peer.sin_port), req, len);
		sendto(fd, reply, len, 0, (struct sockaddr *)&peer, peer_len);
	}
	fprintf(stderr, "text-kv: stopped\n");
	return 0;
}
