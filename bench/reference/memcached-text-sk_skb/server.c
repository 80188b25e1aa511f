// SPDX-License-Identifier: GPL-2.0
/*
 * server.c - memcached text-protocol server (get/set/delete) over epoll, and
 * the loader of its hand-written sk_skb/sk_msg offload (mc.bpf.c).
 *
 *   server [-u] [-H] [-E] [-p port] [-t seconds]
 *     -u  userspace only: no BPF, the table in plain memory (the baseline)
 *     -H  no hold at join (shows the phantom bytes, docs/tcp-mechanism.md)
 *     -E  wait for EPOLLIN on every socket instead of the verdict's pass
 *         notifications (one useless wake-up per kernel reply)
 *
 * The item table is the BPF array map `items`, mmap'd: userspace writes it on
 * set/delete (seqlock per item) and reads it on get; the kernel reads it on
 * the gets it answers. SIGUSR1 prints the counters as one JSON line; SIGTERM
 * prints them and exits.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/sockios.h>
#include <linux/tcp.h> /* struct tcp_info with tcpi_bytes_acked */
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "mc.h"
#include "mc.skel.h"

#define MAXC 1024
#define BUFSZ 16384 /* > the longest set (line + 1024 + 2) with room for pipelining */

struct cl {
	int fd, slot; /* slot < 0: not joined (userspace serves it all) */
	int idx, armed, todo; /* armed: EPOLLIN registered (see drain) */
	unsigned long long ubytes, base, kseen, rbytes;
	struct flowkey fk;
	size_t have;
	char buf[BUFSZ];
};

static struct cl *cls;
static struct item *items;
static struct conn *conns;
static struct mc *skel;
static int user_only, no_hold, plain_epoll, ep, slot_cl[NSLOT];
static struct ring_buffer *rb;
static int todo[MAXC], ntodo;
static unsigned long long lost_seen;
static volatile sig_atomic_t stop, dump;
static struct {
	long accepted, joined, closed, reads, eagain, requests, gets, sets, deletes, errors,
		ord_waits, ord_timeouts, spilled, rescans;
} st;

/* Keys whose probe window was full (rare): kept here, counted in the home
 * item's spill so the kernel passes their gets. */
struct spill { __u32 home; struct item it; };
static struct spill *spills;
static size_t nspill;

static void on_sig(int s) { if (s == SIGUSR1) dump = 1; else stop = 1; }

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

/* ---- the table (userspace is its only writer) ---- */

static void wr_begin(struct item *e)
{
	__atomic_store_n(&e->seq, e->seq + 1, __ATOMIC_RELAXED);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}

static void wr_end(struct item *e)
{
	__atomic_store_n(&e->seq, e->seq + 1, __ATOMIC_RELEASE);
}

static void keybuf(char kb[KEYBUF], const char *k, __u32 n)
{
	memset(kb, 0, KEYBUF);
	memcpy(kb, k, n);
}

/* The item holding key, or NULL; *freep gets the first reusable slot in the
 * window (or NULL), *spillp the spill entry if the key is there. */
static struct item *lookup(const char *k, __u32 n, __u32 h, struct item **freep, struct spill **spillp)
{
	__u32 home = h & (NITEM - 1), i;
	char kb[KEYBUF];

	keybuf(kb, k, n);
	if (freep) *freep = NULL;
	if (spillp) *spillp = NULL;
	for (i = 0; i < PROBE; i++) {
		struct item *e = &items[(home + i) & (NITEM - 1)];
		if (e->state == IT_USED && e->hash == h && e->klen == n && !memcmp(e->key, kb, KEYBUF))
			return e;
		if (e->state != IT_USED && freep && !*freep)
			*freep = e;
		if (e->state == IT_EMPTY)
			return NULL;
	}
	if (items[home].spill)
		for (size_t j = 0; j < nspill; j++)
			if (spills[j].home == home && spills[j].it.klen == n && !memcmp(spills[j].it.key, k, n)) {
				if (spillp) *spillp = &spills[j];
				return &spills[j].it;
			}
	return NULL;
}

static void put_item(struct item *e, const char *k, __u32 n, __u32 h, __u32 flags, const char *v, __u32 vlen)
{
	wr_begin(e);
	e->state = IT_USED;
	e->hash = h;
	e->klen = n;
	keybuf(e->key, k, n);
	e->flags = flags;
	e->vlen = vlen;
	memcpy(e->val, v, vlen);
	wr_end(e);
}

static void do_set(const char *k, __u32 n, __u32 flags, const char *v, __u32 vlen)
{
	__u32 h = mc_hash(k, n);
	struct item *fr, *e = lookup(k, n, h, &fr, NULL);

	if (!e && fr)
		e = fr;
	if (!e) { /* window full: spill; the kernel sees spill before STORED is sent */
		__u32 home = h & (NITEM - 1);
		spills = realloc(spills, (nspill + 1) * sizeof(*spills));
		if (!spills) abort();
		memset(&spills[nspill], 0, sizeof(*spills));
		spills[nspill].home = home;
		e = &spills[nspill++].it;
		__atomic_fetch_add(&items[home].spill, 1, __ATOMIC_SEQ_CST);
		st.spilled++;
	}
	put_item(e, k, n, h, flags, v, vlen);
}

static int do_delete(const char *k, __u32 n)
{
	__u32 h = mc_hash(k, n);
	struct spill *sp;
	struct item *e = lookup(k, n, h, NULL, &sp);

	if (!e)
		return 0;
	if (sp) {
		__u32 home = sp->home;
		*sp = spills[--nspill];
		__atomic_fetch_sub(&items[home].spill, 1, __ATOMIC_SEQ_CST);
		return 1;
	}
	wr_begin(e);
	e->state = IT_DELETED;
	wr_end(e);
	return 1;
}

/* ---- the protocol ---- */

static int key_ok(const char *k, size_t n)
{
	if (n == 0 || n > KEYMAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)k[i] <= ' ' || k[i] == 0x7f)
			return 0;
	return 1;
}

/* Decimal digits only, at most max. */
static int num(const char *p, size_t n, unsigned long long max, unsigned long long *out)
{
	unsigned long long v = 0;
	if (n == 0 || n > 20)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return 0;
		v = v * 10 + (p[i] - '0');
		if (v > max)
			return 0;
	}
	*out = v;
	return 1;
}

/* Split s[0..n) at single spaces into at most max tokens; -1 if more. */
static int split(const char *s, size_t n, const char **tok, size_t *len, int max)
{
	int nt = 0;
	size_t b = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || s[i] == ' ') {
			if (nt == max)
				return -1;
			tok[nt] = s + b;
			len[nt++] = i - b;
			b = i + 1;
		}
	}
	return nt;
}

#define PUTS(o, s) (memcpy((o), (s), sizeof(s) - 1), sizeof(s) - 1)

/* One request at buf[0..have): its reply into out; returns the bytes it
 * consumed, 0 if it is not complete yet, -1 if the connection is hopeless. */
static long one_request(const char *buf, size_t have, char *out, size_t *olen)
{
	const char *nl = memchr(buf, '\n', have), *tok[6];
	size_t n, len[6], o = 0;
	int nt;

	if (!nl)
		return have >= BUFSZ - 1 ? -1 : 0; /* a line longer than the buffer */
	n = nl - buf + 1;
	if (n < 2 || buf[n - 2] != '\r')
		goto error;
	nt = split(buf, n - 2, tok, len, 6);
	if (nt == 2 && len[0] == 3 && !memcmp(tok[0], "get", 3) && key_ok(tok[1], len[1])) {
		struct item *e = lookup(tok[1], len[1], mc_hash(tok[1], len[1]), NULL, NULL);
		st.gets++;
		if (e) {
			o += PUTS(out, "VALUE ");
			memcpy(out + o, tok[1], len[1]);
			o += len[1];
			o += sprintf(out + o, " %u %u\r\n", e->flags, e->vlen);
			memcpy(out + o, e->val, e->vlen);
			o += e->vlen;
			o += PUTS(out + o, "\r\nEND\r\n");
		} else {
			o += PUTS(out, "END\r\n");
		}
		*olen = o;
		return n;
	}
	if (nt == 5 && len[0] == 3 && !memcmp(tok[0], "set", 3) && key_ok(tok[1], len[1])) {
		unsigned long long flags, exptime, bytes;
		if (!num(tok[2], len[2], 0xffffffffULL, &flags) || !num(tok[3], len[3], 0xffffffffULL, &exptime) ||
		    !num(tok[4], len[4], VALMAX, &bytes))
			goto error;
		if (have < n + bytes + 2)
			return have >= BUFSZ - 1 ? -1 : 0; /* the data block is still coming */
		if (buf[n + bytes] != '\r' || buf[n + bytes + 1] != '\n')
			goto error; /* only the line is consumed; the rest is read as lines */
		do_set(tok[1], len[1], flags, buf + n, bytes); /* exptime is accepted and ignored */
		st.sets++;
		*olen = PUTS(out, "STORED\r\n");
		return n + bytes + 2;
	}
	if (nt == 2 && len[0] == 6 && !memcmp(tok[0], "delete", 6) && key_ok(tok[1], len[1])) {
		st.deletes++;
		*olen = do_delete(tok[1], len[1]) ? PUTS(out, "DELETED\r\n") : PUTS(out, "NOT_FOUND\r\n");
		return n;
	}
error:
	st.errors++;
	*olen = PUTS(out, "ERROR\r\n");
	return n;
}

/* ---- ordering with the kernel's replies ---- */

/* Bytes that entered this socket's send stream: acked + still queued. */
static unsigned long long sent_total(int fd)
{
	struct tcp_info ti;
	socklen_t l = sizeof(ti);
	int outq = 0;

	memset(&ti, 0, sizeof(ti));
	getsockopt(fd, IPPROTO_TCP, TCP_INFO, &ti, &l); /* acked first: an ACK in between only lowers the sum */
	ioctl(fd, SIOCOUTQ, &outq);
	return ti.tcpi_bytes_acked + (unsigned long long)outq;
}

/* Kernel replies to earlier requests must be in the stream before ours. Only
 * when the kernel answered something since the last check is it asked. */
static int wait_kernel(struct cl *c)
{
	unsigned long long k;
	double t0;

	if (c->slot < 0)
		return 0;
	k = __atomic_load_n(&conns[c->slot].kbytes, __ATOMIC_ACQUIRE);
	if (k == c->kseen)
		return 0;
	t0 = now();
	while (sent_total(c->fd) - c->base < c->ubytes + k) {
		if (now() - t0 > 1) {
			st.ord_timeouts++;
			return -1; /* never reorder: give up on the connection */
		}
		st.ord_waits++;
		usleep(5);
	}
	c->kseen = k;
	return 0;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0 && errno == EAGAIN) {
			struct pollfd pf = { fd, POLLOUT, 0 };
			if (poll(&pf, 1, 1000) <= 0)
				return -1;
			continue;
		}
		if (w <= 0)
			return -1;
		p += w;
		n -= w;
	}
	return 0;
}

/* Answer every complete request in c->buf with one write. */
static int serve(struct cl *c)
{
	static char out[BUFSZ * 8];
	size_t off = 0, o = 0;

	for (;;) {
		size_t ol = 0;
		long used = one_request(c->buf + off, c->have - off, out + o, &ol);
		if (used < 0)
			return -1;
		if (used == 0)
			break;
		off += used;
		o += ol;
		st.requests++;
		if (o > sizeof(out) - (VALMAX + 2 * KEYBUF))
			break; /* the rest after this write */
	}
	if (o) {
		if (wait_kernel(c) < 0 || write_all(c->fd, out, o) < 0)
			return -1;
		c->ubytes += o;
	}
	if (c->slot >= 0 && off) /* consumed and answered: the kernel may answer again */
		__atomic_fetch_add(&conns[c->slot].done, off, __ATOMIC_RELEASE);
	memmove(c->buf, c->buf + off, c->have - off);
	c->have -= off;
	return off && c->have ? 1 : 0; /* 1: more may be complete */
}

/* ---- connections ---- */

static void flowkey_of(int fd, struct flowkey *fk)
{
	struct sockaddr_in l, r;
	socklen_t n = sizeof(l);

	getsockname(fd, (void *)&l, &n);
	n = sizeof(r);
	getpeername(fd, (void *)&r, &n);
	fk->rip = r.sin_addr.s_addr;
	fk->lip = l.sin_addr.s_addr;
	fk->rport = (__u32)r.sin_port << 16; /* as the ctx rewrites give them */
	fk->lport = ntohs(l.sin_port);
}

static void join(struct cl *c)
{
	__u64 fd = c->fd;
	__u32 slot;

	c->slot = -1;
	if (user_only)
		return;
	for (slot = 0; slot < NSLOT && slot_cl[slot] >= 0; slot++)
		;
	if (slot == NSLOT)
		return; /* the kernel serves NSLOT connections; this one is userspace's */
	flowkey_of(c->fd, &c->fk);
	memset(&conns[slot], 0, sizeof(conns[slot]));
	/* Bytes that arrived before the join are run through the verdict by
	 * our next read(), inside tcp_bpf_recvmsg_parser, which saved
	 * copied_seq before and writes it back after: a redirect there
	 * (tcp_eat_skb advancing copied_seq) is undone, and those bytes stay
	 * "readable" for ever (poll says EPOLLIN, read says EAGAIN). So the
	 * kernel passes everything until a read leaves nothing queued. */
	conns[slot].hold = !no_hold;
	if (bpf_map_update_elem(bpf_map__fd(skel->maps.slotof), &c->fk, &slot, BPF_ANY))
		return;
	if (bpf_map_update_elem(bpf_map__fd(skel->maps.socks), &slot, &fd, BPF_ANY)) {
		/* e.g. no longer established: stays userspace's */
		bpf_map_delete_elem(bpf_map__fd(skel->maps.slotof), &c->fk);
		return;
	}
	slot_cl[slot] = c->idx;
	c->slot = slot;
	c->base = sent_total(c->fd);
	st.joined++;
}

static void drop(struct cl *c)
{
	epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
	close(c->fd); /* leaves the sockmap */
	if (c->slot >= 0) {
		bpf_map_delete_elem(bpf_map__fd(skel->maps.slotof), &c->fk);
		slot_cl[c->slot] = -1;
	}
	c->fd = -1;
	st.closed++;
}

/* A joined connection (unless -E) is not registered for EPOLLIN: userspace
 * reads it when the verdict says it passed bytes. */
static int quiet(struct cl *c)
{
	return c->slot >= 0 && !plain_epoll;
}

static void set_events(struct cl *c, int in)
{
	struct epoll_event ev = { .events = EPOLLRDHUP | (in ? EPOLLIN : 0), .data.u32 = c->idx };

	epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);
	c->armed = in;
}

/* Read and answer. With EPOLLIN: one read per event (so an EAGAIN is a
 * spurious EPOLLIN). Quiet: read until we have every byte the verdict passed;
 * a pass is notified before the kernel queues its bytes, so if they are not
 * there yet, wait for them with EPOLLIN (their queueing wakes us). */
static void drain(struct cl *c)
{
	for (;;) {
		ssize_t r = read(c->fd, c->buf + c->have, BUFSZ - c->have);
		int more;

		st.reads++;
		if (c->slot >= 0 && conns[c->slot].hold) {
			int inq = -1;
			if (ioctl(c->fd, SIOCINQ, &inq) == 0 && inq == 0)
				__atomic_store_n(&conns[c->slot].hold, 0, __ATOMIC_RELEASE);
		}
		if (r < 0 && (errno == EAGAIN || errno == EINTR)) {
			st.eagain++;
			break;
		}
		if (r <= 0) {
			drop(c);
			return;
		}
		c->have += r;
		c->rbytes += r;
		while ((more = serve(c)) > 0)
			;
		if (more < 0) {
			drop(c);
			return;
		}
		if (!quiet(c) || __atomic_load_n(&conns[c->slot].passed, __ATOMIC_ACQUIRE) <= c->rbytes)
			break;
	}
	if (quiet(c)) {
		int owed = __atomic_load_n(&conns[c->slot].passed, __ATOMIC_ACQUIRE) > c->rbytes;
		if (owed != c->armed)
			set_events(c, owed);
	}
}

static int on_pass(void *ctx, void *data, size_t n)
{
	__u32 slot = *(__u32 *)data;
	int i;

	(void)ctx;
	if (n < sizeof(slot) || slot >= NSLOT || (i = slot_cl[slot]) < 0 || cls[i].todo)
		return 0;
	cls[i].todo = 1;
	todo[ntodo++] = i;
	return 0;
}

/* Pass notifications: read the connections they name. If the ring was full,
 * look at every joined connection. */
static void run_passes(int rescan)
{
	ntodo = 0;
	if (rb)
		ring_buffer__consume(rb);
	if (skel && skel->bss->passes_lost != lost_seen) {
		lost_seen = skel->bss->passes_lost;
		rescan = 1;
	}
	if (rescan) {
		st.rescans++;
		for (int s = 0; s < NSLOT; s++) {
			int i = slot_cl[s];
			if (i >= 0 && !cls[i].todo && conns[s].passed > cls[i].rbytes) {
				cls[i].todo = 1;
				todo[ntodo++] = i;
			}
		}
	}
	for (int k = 0; k < ntodo; k++) {
		struct cl *c = &cls[todo[k]];
		c->todo = 0;
		if (c->fd >= 0)
			drain(c);
	}
}

static void print_stats(void)
{
	unsigned long long k[ST_N] = { 0 };
	int ncpu = libbpf_num_possible_cpus();

	if (skel && ncpu > 0) {
		__u64 v[ncpu];
		for (__u32 i = 0; i < ST_N; i++)
			if (!bpf_map_lookup_elem(bpf_map__fd(skel->maps.stats), &i, v))
				for (int j = 0; j < ncpu; j++)
					k[i] += v[j];
	}
	printf("{\"accepted\":%ld,\"joined\":%ld,\"closed\":%ld,\"reads\":%ld,\"eagain\":%ld,\"requests\":%ld,"
	       "\"gets\":%ld,\"sets\":%ld,\"deletes\":%ld,\"errors\":%ld,\"ord_waits\":%ld,\"ord_timeouts\":%ld,"
	       "\"spilled\":%ld,\"rescans\":%ld,\"k_runs\":%llu,\"k_pass\":%llu,\"k_reply_skbs\":%llu,\"k_gets\":%llu,\"k_hits\":%llu,"
	       "\"k_torn\":%llu,\"k_busy\":%llu,\"msg_rewrite\":%llu,\"msg_cork\":%llu,\"msg_drop\":%llu}\n",
	       st.accepted, st.joined, st.closed, st.reads, st.eagain, st.requests, st.gets, st.sets, st.deletes,
	       st.errors, st.ord_waits, st.ord_timeouts, st.spilled, st.rescans, k[ST_RUNS], k[ST_PASS], k[ST_REPLY],
	       k[ST_GETS], k[ST_HITS], k[ST_TORN], k[ST_BUSY], k[ST_MSG_REWRITE], k[ST_MSG_CORK], k[ST_MSG_DROP]);
	fflush(stdout);
}

static int load_offload(void)
{
	int socks;

	skel = mc__open_and_load();
	if (!skel) {
		fprintf(stderr, "server: loading mc.bpf.o failed\n");
		return -1;
	}
	items = mmap(NULL, (size_t)NITEM * sizeof(struct item), PROT_READ | PROT_WRITE, MAP_SHARED,
		     bpf_map__fd(skel->maps.items), 0);
	conns = mmap(NULL, (size_t)NSLOT * sizeof(struct conn), PROT_READ | PROT_WRITE, MAP_SHARED,
		     bpf_map__fd(skel->maps.conns), 0);
	if (items == MAP_FAILED || conns == MAP_FAILED) {
		perror("server: mmap");
		return -1;
	}
	/* Attached to the map, not links: they go with the map when we exit. */
	socks = bpf_map__fd(skel->maps.socks);
	if (bpf_prog_attach(bpf_program__fd(skel->progs.verdict), socks, BPF_SK_SKB_STREAM_VERDICT, 0) ||
	    bpf_prog_attach(bpf_program__fd(skel->progs.reply_msg), socks, BPF_SK_MSG_VERDICT, 0)) {
		perror("server: attach");
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(MC_PORT) };
	int o, lfd, one = 1, secs = 0;
	double deadline;

	while ((o = getopt(argc, argv, "uHEp:t:")) != -1) {
		switch (o) {
		case 'u': user_only = 1; break;
		case 'H': no_hold = 1; break;
		case 'E': plain_epoll = 1; break;
		case 'p': a.sin_port = htons(atoi(optarg)); break;
		case 't': secs = atoi(optarg); break;
		default:
			fprintf(stderr, "usage: server [-u] [-H] [-E] [-p port] [-t seconds]\n");
			return 2;
		}
	}
	signal(SIGTERM, on_sig);
	signal(SIGINT, on_sig);
	signal(SIGUSR1, on_sig);
	signal(SIGPIPE, SIG_IGN);
	cls = calloc(MAXC, sizeof(*cls));
	if (!cls)
		return 1;
	for (int i = 0; i < MAXC; i++)
		cls[i].fd = -1;
	for (int i = 0; i < NSLOT; i++)
		slot_cl[i] = -1;
	if (user_only) {
		items = calloc(NITEM, sizeof(struct item));
		if (!items)
			return 1;
	} else if (load_offload()) {
		return 1;
	}

	lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(lfd, (void *)&a, sizeof(a)) || listen(lfd, 512)) {
		perror("server: listen");
		return 1;
	}
	ep = epoll_create1(0);
	struct epoll_event ev = { .events = EPOLLIN, .data.u32 = MAXC };
	epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
	if (skel && !plain_epoll) {
		rb = ring_buffer__new(bpf_map__fd(skel->maps.passes), on_pass, NULL, NULL);
		if (!rb) {
			fprintf(stderr, "server: ring buffer: %s\n", strerror(errno));
			return 1;
		}
		ev.events = EPOLLIN;
		ev.data.u32 = MAXC + 1;
		epoll_ctl(ep, EPOLL_CTL_ADD, ring_buffer__epoll_fd(rb), &ev);
	}
	printf("READY %s\n", user_only ? "userspace" : "sk_skb");
	fflush(stdout);

	deadline = secs ? now() + secs : 0;
	while (!stop && (!deadline || now() < deadline)) {
		struct epoll_event evs[64];
		int n = epoll_wait(ep, evs, 64, 100);

		if (dump) {
			dump = 0;
			print_stats();
		}
		for (int i = 0; i < n; i++) {
			if (evs[i].data.u32 == MAXC) {
				int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK), j;
				if (fd < 0)
					continue;
				setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
				for (j = 0; j < MAXC && cls[j].fd >= 0; j++)
					;
				if (j == MAXC) {
					close(fd);
					continue;
				}
				cls[j].fd = fd;
				cls[j].idx = j;
				cls[j].have = cls[j].ubytes = cls[j].kseen = cls[j].rbytes = 0;
				cls[j].todo = 0;
				st.accepted++;
				join(&cls[j]);
				cls[j].armed = !quiet(&cls[j]);
				ev.events = cls[j].armed ? EPOLLIN : EPOLLRDHUP;
				ev.data.u32 = j;
				epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
				/* Bytes that came before the join reach the verdict only
				 * through a read (tcp_bpf_recvmsg_parser): read once now. */
				drain(&cls[j]);
				continue;
			}
			if (evs[i].data.u32 == MAXC + 1)
				continue; /* the ring: consumed below */
			if (cls[evs[i].data.u32].fd >= 0)
				drain(&cls[evs[i].data.u32]);
		}
		/* Every round, and a full look on a quiet 100 ms (a safety net). */
		if (rb)
			run_passes(n == 0);
	}
	print_stats();
	for (int i = 0; i < MAXC; i++)
		if (cls[i].fd >= 0)
			close(cls[i].fd);
	close(lfd);
	ring_buffer__free(rb);
	mc__destroy(skel);
	return 0;
}
