// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-load - a closed-loop UDP load client for the example servers.
 *
 * Keeps --inflight requests outstanding, each slot on its own connected
 * socket (so a reply belongs to the slot's one outstanding request even
 * when the protocol carries no request id, as rate-limiter's does not),
 * checks every reply against what the original server answers, and
 * records the client-side latency of each.  A request with no reply after
 * --timeout-ms is counted as a timeout and its slot gets a fresh socket (a
 * late reply then goes to a closed port instead of being taken for the
 * next request's).
 *
 * Output: one summary line on stdout (key=value, see --help), and with
 * --timeline one CSV line per 1-s window.  Run --help for the options.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_INFLIGHT 4096
#define MAX_PHASES 64
#define MAX_PAYLOAD 1472	/* one Ethernet frame */
#define BIN_NS 100		/* latency histogram resolution */

/* kv-cache's table, as examples/kv-cache/kv-cache.c lays it out. */
#define KV_NSLOTS 4096
#define KV_ENTRY 84
#define KV_VLEN 32

enum workload { W_KV, W_ECHO, W_DNS, W_RATE };

struct phase {
	double secs;
	double fast_pct;
};

struct slot {
	int fd;
	bool busy;
	bool fast;
	uint64_t sent_ns;
	uint32_t key;		/* kv: key index; dns: query id */
	size_t len;
	unsigned char req[MAX_PAYLOAD];
};

/* Latency histogram: BIN_NS bins up to the timeout. */
struct hist {
	uint32_t *bins;
	size_t nbins;
	uint64_t count, fast, sum_ns;
};

static struct {
	struct sockaddr_in server;
	int inflight, cpu, keys, size;
	bool miss;		/* kv: the fast path's GETs miss */
	enum workload workload;
	double warmup;
	uint64_t timeout_ns;
	struct phase phases[MAX_PHASES];
	int nphases;
	const char *timeline;
	uint64_t seed;
} cfg = {
	.inflight = 8,
	.cpu = -1,
	.keys = 1000,
	.size = 64,
	.workload = W_KV,
	.timeout_ns = 100 * 1000000ull,
	.phases = { { 5, 100 } },
	.nphases = 1,
	.seed = 42,
};

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static void usage(FILE *f)
{
	fprintf(f,
"usage: koffload-load --server ADDR:PORT [options]\n"
"\n"
"Closed-loop UDP load for the example servers (bench/README.md).\n"
"\n"
"  --server ADDR:PORT   the server (IPv4)\n"
"  --workload W         kv (kv-cache, default), echo (udp-echo), dns\n"
"                       (dns-responder: www.koffload.test A), rate\n"
"                       (rate-limiter: client ids 0..4095)\n"
"  --fast PCT           kv: percent of requests that are GET hits (the\n"
"                       offload's fast path); the others are SETs of the\n"
"                       same keys and values (userspace's); default 100\n"
"  --fast-kind K        kv: the fast path's GETs hit (hit, default) or\n"
"                       miss (miss: get miss:<n>, answered END)\n"
"  --keys N             kv: keys key:0 .. key:N-1 (default 1000); they\n"
"                       must be in the cache (--kv-journal, --kv-table)\n"
"  --size BYTES         echo: payload size, 1..1472 (default 64)\n"
"  --inflight N         requests kept outstanding (default 8, max 4096)\n"
"  --duration SECONDS   measured time (default 5)\n"
"  --schedule S:PCT,... phases of S seconds at PCT%% fast path (kv), e.g.\n"
"                       10:95,10:5,10:95; replaces --duration and --fast\n"
"  --warmup SECONDS     load before the measured time, not counted (0)\n"
"  --cpu N              pin this process to CPU N\n"
"  --timeout-ms MS      a request unanswered this long is lost and its\n"
"                       slot reused with a new socket (default 100)\n"
"  --timeline FILE      one CSV line per 1-s window, header first:\n"
"                       t,requests_per_s,p50_us,p99_us,fast_pct\n"
"                       (t: window end in s; fast_pct: of the window's\n"
"                       answered requests, the percentage that were fast)\n"
"  --seed N             request mix's random seed (default 42)\n"
"  --kv-journal FILE    write a kv-cache journal holding the keys, exit\n"
"  --kv-table FILE      write kv-cache's kv_table image holding the keys\n"
"                       (for a hand-written offload's table), exit\n"
"\n"
"Summary on stdout, one line:\n"
"  requests=N rps=R p50_us=X p99_us=Y mean_us=M timeouts=T bad=B\n"
"  fast_pct=F inflight=I duration_s=D\n"
"requests: answered correctly in the measured time; bad: answered, but not\n"
"what the original server answers (not counted in requests). Exit status\n"
"0, 1 on errors, 2 on a usage error.\n");
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

/* xorshift64*: the request mix, reproducible from --seed. */
static uint64_t rng_state;

static uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ull;
}

/* ------------------------------------------------------------ kv-cache */

static size_t kv_key(char *out, uint32_t i)
{
	return (size_t)sprintf(out, "key:%u", i);
}

/* KV_VLEN bytes, different for every key. */
static void kv_value(char *out, uint32_t i)
{
	char tmp[KV_VLEN + 1];

	snprintf(tmp, sizeof(tmp), "value-%026u", i);
	memcpy(out, tmp, KV_VLEN);
}

static uint32_t fnv1a(const char *p, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++) {
		h ^= (uint8_t)p[i];
		h *= 16777619u;
	}
	return h;
}

static int write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(data, 1, len, f) != len || fclose(f)) {
		fprintf(stderr, "koffload-load: %s: %s\n", path,
			strerror(errno));
		return 1;
	}
	return 0;
}

/* The journal kv-cache replays at start-up: one set per key. */
static int kv_write_journal(const char *path)
{
	size_t cap = (size_t)cfg.keys * 64, len = 0;
	char *buf = malloc(cap), key[32], val[KV_VLEN];
	int rc;

	if (!buf)
		return 1;
	for (int i = 0; i < cfg.keys; i++) {
		size_t kl = kv_key(key, i);

		kv_value(val, i);
		len += sprintf(buf + len, "set %.*s %d\r\n%.*s\r\n", (int)kl,
			       key, KV_VLEN, KV_VLEN, val);
	}
	rc = write_file(path, buf, len);
	free(buf);
	return rc;
}

/* kv_table as the journal's replay leaves it (linear probing from
 * fnv1a(key) mod 4096; the keys are distinct, so no probe meets its own). */
static int kv_write_table(const char *path)
{
	unsigned char *t = calloc(KV_NSLOTS, KV_ENTRY);
	char key[32];
	int rc;

	if (!t)
		return 1;
	for (int i = 0; i < cfg.keys; i++) {
		size_t kl = kv_key(key, i);
		uint32_t s = fnv1a(key, kl) & (KV_NSLOTS - 1);
		int probe = 0;

		while (t[s * KV_ENTRY] && probe++ < 32)
			s = (s + 1) & (KV_NSLOTS - 1);
		if (probe > 32 || t[s * KV_ENTRY]) {
			fprintf(stderr, "koffload-load: key %s does not fit "
					"its probe window\n", key);
			free(t);
			return 1;
		}
		unsigned char *e = t + s * KV_ENTRY;
		e[0] = 1; /* SLOT_LIVE */
		e[1] = (unsigned char)kl;
		e[2] = KV_VLEN;
		memcpy(e + 4, key, kl);
		kv_value((char *)e + 20, i);
	}
	rc = write_file(path, t, (size_t)KV_NSLOTS * KV_ENTRY);
	free(t);
	return rc;
}

/* ------------------------------------------------------------ requests */

static const unsigned char dns_qname[] = "\3www\10koffload\4test";

static void make_request(struct slot *s, double fast_pct, uint64_t seq)
{
	char key[32];
	size_t kl, n;

	s->fast = true;
	switch (cfg.workload) {
	case W_KV:
		s->key = (uint32_t)(rng() % (uint64_t)cfg.keys);
		s->fast = (double)(rng() % 1000000) < fast_pct * 10000.0;
		kl = kv_key(key, s->key);
		if (s->fast && cfg.miss) {
			s->len = (size_t)sprintf((char *)s->req,
						 "get miss:%u\r\n", s->key);
		} else if (s->fast) {
			s->len = (size_t)sprintf((char *)s->req,
						 "get %.*s\r\n", (int)kl, key);
		} else {
			n = (size_t)sprintf((char *)s->req, "set %.*s %d\r\n",
					    (int)kl, key, KV_VLEN);
			kv_value((char *)s->req + n, s->key);
			memcpy(s->req + n + KV_VLEN, "\r\n", 2);
			s->len = n + KV_VLEN + 2;
		}
		break;
	case W_ECHO:
		/* The sequence number first, a fixed pattern after it. */
		s->len = (size_t)cfg.size;
		for (size_t i = 0; i < s->len; i++)
			s->req[i] = (unsigned char)('a' + i % 26);
		memcpy(s->req, &seq, s->len < 8 ? s->len : 8);
		break;
	case W_DNS:
		s->key = (uint32_t)(seq & 0xffff);
		s->req[0] = (unsigned char)(s->key >> 8);
		s->req[1] = (unsigned char)s->key;
		/* RD; QDCOUNT 1; AN, NS, AR 0. */
		memcpy(s->req + 2, "\1\0\0\1\0\0\0\0\0\0", 10);
		memcpy(s->req + 12, dns_qname, sizeof(dns_qname));
		n = 12 + sizeof(dns_qname);
		memcpy(s->req + n, "\0\1\0\1", 4); /* A, IN */
		s->len = n + 4;
		break;
	case W_RATE:
		s->key = (uint32_t)(rng() % 4096);
		s->req[0] = 0;
		s->req[1] = 0;
		s->req[2] = (unsigned char)(s->key >> 8);
		s->req[3] = (unsigned char)s->key;
		s->len = 4;
		break;
	}
}

/* Is this what the original server answers to the slot's request? */
static bool reply_ok(const struct slot *s, const unsigned char *r, size_t n)
{
	char want[160], key[32], val[KV_VLEN];
	size_t kl, wl;

	switch (cfg.workload) {
	case W_KV:
		if (!s->fast)
			return n == 8 && !memcmp(r, "STORED\r\n", 8);
		if (cfg.miss)
			return n == 5 && !memcmp(r, "END\r\n", 5);
		kl = kv_key(key, s->key);
		kv_value(val, s->key);
		wl = (size_t)sprintf(want, "VALUE %.*s %d\r\n%.*s\r\nEND\r\n",
				     (int)kl, key, KV_VLEN, KV_VLEN, val);
		return n == wl && !memcmp(r, want, wl);
	case W_ECHO:
		return n == s->len && !memcmp(r, s->req, n);
	case W_DNS:
		/* Same id, QR|AA|RD, NOERROR, one answer: the question and
		 * a 16-byte A record appended. */
		return n == s->len + 16 && r[0] == s->req[0] &&
		       r[1] == s->req[1] && r[2] == 0x85 && r[3] == 0 &&
		       r[6] == 0 && r[7] == 1 &&
		       !memcmp(r + 12, s->req + 12, s->len - 12);
	case W_RATE:
		return (n == 5 && !memcmp(r, "ALLOW", 5)) ||
		       (n == 4 && !memcmp(r, "DENY", 4));
	}
	return false;
}

/* ----------------------------------------------------------- histogram */

static int hist_init(struct hist *h)
{
	h->nbins = cfg.timeout_ns / BIN_NS + 1;
	h->bins = calloc(h->nbins, sizeof(*h->bins));
	h->count = h->fast = h->sum_ns = 0;
	return h->bins ? 0 : -1;
}

static void hist_reset(struct hist *h)
{
	memset(h->bins, 0, h->nbins * sizeof(*h->bins));
	h->count = h->fast = h->sum_ns = 0;
}

static void hist_add(struct hist *h, uint64_t ns, bool fast)
{
	size_t b = ns / BIN_NS;

	h->bins[b < h->nbins ? b : h->nbins - 1]++;
	h->count++;
	h->fast += fast;
	h->sum_ns += ns;
}

/* The p-th percentile in µs (a bin's midpoint); 0 when empty. */
static double hist_pct(const struct hist *h, double p)
{
	uint64_t want, seen = 0;

	if (!h->count)
		return 0;
	want = (uint64_t)(p / 100.0 * (double)h->count + 0.999999);
	if (want < 1)
		want = 1;
	for (size_t b = 0; b < h->nbins; b++) {
		seen += h->bins[b];
		if (seen >= want)
			return ((double)b + 0.5) * BIN_NS / 1000.0;
	}
	return (double)h->nbins * BIN_NS / 1000.0;
}

/* --------------------------------------------------------------- setup */

static int parse_server(const char *s)
{
	char host[64];
	const char *colon = strrchr(s, ':');
	char *end;
	long port;

	if (!colon || (size_t)(colon - s) >= sizeof(host))
		return -1;
	memcpy(host, s, colon - s);
	host[colon - s] = 0;
	port = strtol(colon + 1, &end, 10);
	if (*end || port < 1 || port > 65535)
		return -1;
	cfg.server.sin_family = AF_INET;
	cfg.server.sin_port = htons((uint16_t)port);
	return inet_pton(AF_INET, host, &cfg.server.sin_addr) == 1 ? 0 : -1;
}

static int parse_schedule(const char *s)
{
	char *end;

	cfg.nphases = 0;
	while (*s) {
		if (cfg.nphases == MAX_PHASES)
			return -1;
		struct phase *p = &cfg.phases[cfg.nphases++];

		p->secs = strtod(s, &end);
		if (end == s || *end != ':' || p->secs <= 0)
			return -1;
		s = end + 1;
		p->fast_pct = strtod(s, &end);
		if (end == s || p->fast_pct < 0 || p->fast_pct > 100)
			return -1;
		s = end;
		if (*s == ',')
			s++;
		else if (*s)
			return -1;
	}
	return cfg.nphases ? 0 : -1;
}

/* A fresh connected, non-blocking socket for slot i, in the epoll set. */
static int slot_open(int ep, struct slot *slots, int i)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.u32 = (uint32_t)i };
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);

	if (fd < 0 ||
	    connect(fd, (struct sockaddr *)&cfg.server, sizeof(cfg.server)) ||
	    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev)) {
		perror("koffload-load: socket");
		if (fd >= 0)
			close(fd);
		return -1;
	}
	slots[i].fd = fd;
	slots[i].busy = false;
	return 0;
}

/* ------------------------------------------------------------ the loop */

struct run {
	int ep;
	struct slot *slots;
	struct hist total, window;
	uint64_t seq, timeouts, bad, sent;
	uint64_t start_ns, measure_ns, end_ns, window_end_ns;
	FILE *timeline;
};

static double fast_pct_at(const struct run *r, uint64_t t)
{
	double at = t < r->measure_ns ? 0 : (double)(t - r->measure_ns) / 1e9;

	for (int i = 0; i < cfg.nphases; i++) {
		if (at < cfg.phases[i].secs)
			return cfg.phases[i].fast_pct;
		at -= cfg.phases[i].secs;
	}
	return cfg.phases[cfg.nphases - 1].fast_pct;
}

static void send_next(struct run *r, int i, uint64_t t)
{
	struct slot *s = &r->slots[i];

	make_request(s, fast_pct_at(r, t), r->seq++);
	s->sent_ns = now_ns();
	s->busy = true;
	r->sent++;
	/* A failed send (ENOBUFS, say) is a request lost: it times out. */
	(void)send(s->fd, s->req, s->len, 0);
}

static void flush_windows(struct run *r, uint64_t t)
{
	while (t >= r->window_end_ns && r->window_end_ns <= r->end_ns) {
		if (r->timeline) {
			const struct hist *w = &r->window;

			fprintf(r->timeline, "%.0f,%llu,%.1f,%.1f,%.1f\n",
				(double)(r->window_end_ns - r->measure_ns) /
					1e9,
				(unsigned long long)w->count,
				hist_pct(w, 50), hist_pct(w, 99),
				w->count ? 100.0 * w->fast / w->count : 0);
		}
		hist_reset(&r->window);
		r->window_end_ns += 1000000000ull;
	}
}

static int run_load(struct run *r)
{
	struct epoll_event evs[256];
	unsigned char buf[2048];
	uint64_t t, next_scan;

	r->start_ns = now_ns();
	r->measure_ns = r->start_ns + (uint64_t)(cfg.warmup * 1e9);
	double secs = 0;
	for (int i = 0; i < cfg.nphases; i++)
		secs += cfg.phases[i].secs;
	r->end_ns = r->measure_ns + (uint64_t)(secs * 1e9);
	r->window_end_ns = r->measure_ns + 1000000000ull;
	next_scan = r->start_ns + 5000000;
	for (int i = 0; i < cfg.inflight; i++)
		send_next(r, i, r->start_ns);

	while (!interrupted) {
		t = now_ns();
		if (t >= r->end_ns)
			break;
		int wait_ms = (int)((r->end_ns - t) / 1000000) + 1;
		int n = epoll_wait(r->ep, evs, 256, wait_ms < 5 ? wait_ms : 5);

		if (n < 0 && errno != EINTR) {
			perror("koffload-load: epoll_wait");
			return 1;
		}
		for (int e = 0; e < n; e++) {
			int i = (int)evs[e].data.u32;
			struct slot *s = &r->slots[i];
			ssize_t got;

			/* Until the socket is empty: with the server's answer in
			 * the kernel on this CPU, the reply to the request
			 * send_next() just sent is often here already (one recv
			 * per event instead left it for the next epoll round:
			 * p50 5 -> 43 us for udp-echo's XDP offload). */
			while ((got = recv(s->fd, buf, sizeof(buf), 0)) >= 0) {
				if (!s->busy)
					continue; /* a duplicate: ignored */
				t = now_ns();
				s->busy = false;
				if (t >= r->measure_ns && t < r->end_ns) {
					if (!reply_ok(s, buf, (size_t)got)) {
						r->bad++;
					} else {
						flush_windows(r, t);
						hist_add(&r->total,
							 t - s->sent_ns,
							 s->fast);
						hist_add(&r->window,
							 t - s->sent_ns,
							 s->fast);
					}
				}
				if (t < r->end_ns)
					send_next(r, i, t);
			}
			/* ECONNREFUSED (no server yet): the slot times out. */
		}
		t = now_ns();
		if (t >= next_scan) {
			next_scan = t + 5000000;
			for (int i = 0; i < cfg.inflight; i++) {
				struct slot *s = &r->slots[i];

				if (!s->busy || t - s->sent_ns < cfg.timeout_ns)
					continue;
				if (t >= r->measure_ns)
					r->timeouts++;
				close(s->fd);
				if (slot_open(r->ep, r->slots, i))
					return 1;
				send_next(r, i, t);
			}
		}
		flush_windows(r, t);
	}
	flush_windows(r, r->end_ns);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "server", required_argument, NULL, 's' },
		{ "workload", required_argument, NULL, 'w' },
		{ "fast", required_argument, NULL, 'f' },
		{ "keys", required_argument, NULL, 'k' },
		{ "fast-kind", required_argument, NULL, 'F' },
		{ "size", required_argument, NULL, 'z' },
		{ "inflight", required_argument, NULL, 'n' },
		{ "duration", required_argument, NULL, 'd' },
		{ "schedule", required_argument, NULL, 'S' },
		{ "warmup", required_argument, NULL, 'W' },
		{ "cpu", required_argument, NULL, 'c' },
		{ "timeout-ms", required_argument, NULL, 'T' },
		{ "timeline", required_argument, NULL, 't' },
		{ "seed", required_argument, NULL, 'r' },
		{ "kv-journal", required_argument, NULL, 'J' },
		{ "kv-table", required_argument, NULL, 'K' },
		{ "help", no_argument, NULL, 'h' },
		{},
	};
	const char *journal = NULL, *table = NULL;
	bool have_server = false, have_schedule = false;
	double duration = 5, fast = 100;
	struct run r = { 0 };
	int opt, rc;

	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 's':
			if (parse_server(optarg))
				goto bad_usage;
			have_server = true;
			break;
		case 'w':
			if (!strcmp(optarg, "kv"))
				cfg.workload = W_KV;
			else if (!strcmp(optarg, "echo"))
				cfg.workload = W_ECHO;
			else if (!strcmp(optarg, "dns"))
				cfg.workload = W_DNS;
			else if (!strcmp(optarg, "rate"))
				cfg.workload = W_RATE;
			else
				goto bad_usage;
			break;
		case 'f':
			fast = atof(optarg);
			if (fast < 0 || fast > 100)
				goto bad_usage;
			break;
		case 'k':
			cfg.keys = atoi(optarg);
			if (cfg.keys < 1 || cfg.keys > KV_NSLOTS / 2)
				goto bad_usage;
			break;
		case 'F':
			if (strcmp(optarg, "hit") && strcmp(optarg, "miss"))
				goto bad_usage;
			cfg.miss = !strcmp(optarg, "miss");
			break;
		case 'z':
			cfg.size = atoi(optarg);
			if (cfg.size < 1 || cfg.size > MAX_PAYLOAD)
				goto bad_usage;
			break;
		case 'n':
			cfg.inflight = atoi(optarg);
			if (cfg.inflight < 1 || cfg.inflight > MAX_INFLIGHT)
				goto bad_usage;
			break;
		case 'd':
			duration = atof(optarg);
			if (duration <= 0)
				goto bad_usage;
			break;
		case 'S':
			if (parse_schedule(optarg))
				goto bad_usage;
			have_schedule = true;
			break;
		case 'W':
			cfg.warmup = atof(optarg);
			if (cfg.warmup < 0)
				goto bad_usage;
			break;
		case 'c':
			cfg.cpu = atoi(optarg);
			break;
		case 'T':
			cfg.timeout_ns = (uint64_t)(atof(optarg) * 1e6);
			if (cfg.timeout_ns < 1000000 ||
			    cfg.timeout_ns > 10000000000ull)
				goto bad_usage;
			break;
		case 't':
			cfg.timeline = optarg;
			break;
		case 'r':
			cfg.seed = strtoull(optarg, NULL, 0);
			break;
		case 'J':
			journal = optarg;
			break;
		case 'K':
			table = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			goto bad_usage;
		}
	}
	if (optind != argc)
		goto bad_usage;
	if (journal || table)
		return (journal && kv_write_journal(journal)) ||
		       (table && kv_write_table(table));
	if (!have_server)
		goto bad_usage;
	if (!have_schedule) {
		cfg.phases[0].secs = duration;
		cfg.phases[0].fast_pct = fast;
	}
	rng_state = cfg.seed ? cfg.seed : 1;

	if (cfg.cpu >= 0) {
		cpu_set_t set;

		CPU_ZERO(&set);
		CPU_SET(cfg.cpu, &set);
		if (sched_setaffinity(0, sizeof(set), &set)) {
			perror("koffload-load: --cpu");
			return 1;
		}
	}
	/* One descriptor per slot, plus a few. */
	struct rlimit nofile = { MAX_INFLIGHT + 64, MAX_INFLIGHT + 64 };
	if (cfg.inflight > 900)
		setrlimit(RLIMIT_NOFILE, &nofile);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);

	r.ep = epoll_create1(EPOLL_CLOEXEC);
	r.slots = calloc(cfg.inflight, sizeof(*r.slots));
	if (r.ep < 0 || !r.slots || hist_init(&r.total) ||
	    hist_init(&r.window)) {
		perror("koffload-load");
		return 1;
	}
	for (int i = 0; i < cfg.inflight; i++)
		if (slot_open(r.ep, r.slots, i))
			return 1;
	if (cfg.timeline) {
		r.timeline = fopen(cfg.timeline, "w");
		if (!r.timeline) {
			perror(cfg.timeline);
			return 1;
		}
		fprintf(r.timeline, "t,requests_per_s,p50_us,p99_us,fast_pct\n");
	}
	rc = run_load(&r);
	if (r.timeline && fclose(r.timeline)) {
		perror(cfg.timeline);
		rc = 1;
	}
	double secs = (double)(r.end_ns - r.measure_ns) / 1e9;
	if (interrupted) {
		uint64_t t = now_ns();

		secs = t > r.measure_ns ? (double)(t - r.measure_ns) / 1e9 : 0;
	}
	printf("requests=%llu rps=%.0f p50_us=%.1f p99_us=%.1f mean_us=%.1f "
	       "timeouts=%llu bad=%llu fast_pct=%.1f inflight=%d "
	       "duration_s=%.2f\n",
	       (unsigned long long)r.total.count,
	       secs > 0 ? (double)r.total.count / secs : 0,
	       hist_pct(&r.total, 50), hist_pct(&r.total, 99),
	       r.total.count ? (double)r.total.sum_ns / r.total.count / 1e3
			     : 0,
	       (unsigned long long)r.timeouts, (unsigned long long)r.bad,
	       r.total.count ? 100.0 * r.total.fast / r.total.count : 0,
	       cfg.inflight, secs);
	return rc;

bad_usage:
	usage(stderr);
	return 2;
}
