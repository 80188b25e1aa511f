// Loader + line-protocol server for the sk_skb probe (issue 17).
// Userspace answers whatever the kernel passes, exactly as the kernel would,
// plus "PASS x" -> "USER x\n" and "ECHO x" -> "x\n". Prints counters as one JSON line on exit.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <linux/tcp.h> /* struct tcp_info with tcpi_bytes_acked */
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "probe.skel.h"

#define NSLOT 1024
#define MAXC 64
struct conn { unsigned long long cookie, passed, done, kbytes, kreplies, pad[3]; };

struct cl {
	int fd;
	unsigned long long cookie, ubytes, base;
	char buf[65536];
	size_t have;
};

static struct { const char *mode; int sockops, order, debug, ingress, sockmap, maxreq, vlen, secs, delay_ms, nowait;
		const char *cgroup; } opt = { "verdict", 0, 1, 0, 0, 0, 1, 100, 30, 0, 0, NULL };
static struct { long accepted, closed, ureplies, ubytes_read, zero_reads, eagain_reads, ord_waits, ord_timeouts,
		insert_err, bad_lines; } st;
static volatile sig_atomic_t stop;
static struct conn *shm;

static void on_sig(int s) { (void)s; stop = 1; }

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

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

/* Same reply as the kernel builds (probe.bpf.c). */
static int reply_for(const char *line, size_t n, char *out, size_t cap)
{
	if (n > 4 && !memcmp(line, "GET ", 4)) {
		const char *k = line + 4;
		size_t kl = n - 4, o;
		if (k[0] == 'm')
			return snprintf(out, cap, "NF\n");
		o = snprintf(out, cap, "VALUE %.*s %d\n", (int)kl, k, opt.vlen);
		for (int i = 0; i < opt.vlen && o < cap; i++)
			out[o++] = 'a' + (i + kl) % 26;
		o += snprintf(out + o, cap - o, "\nEND\n");
		return o;
	}
	if (n >= 5 && !memcmp(line, "ECHO ", 5)) /* lets a test make a reply that looks like a kernel mark */
		return snprintf(out, cap, "%.*s\n", (int)(n - 5), line + 5);
	if (n >= 5 && !memcmp(line, "PASS ", 5))
		return snprintf(out, cap, "USER %.*s\n", (int)(n - 5), line + 5);
	st.bad_lines++;
	return snprintf(out, cap, "ERR\n");
}

static int write_all(int fd, const char *p, size_t n)
{
	double t0 = now();
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && (errno == EAGAIN || errno == EINTR) && now() - t0 < 2) { usleep(50); continue; }
		if (w <= 0) return -1;
		p += w; n -= w;
	}
	return 0;
}

static struct probe *skel;

static void drop(int ep, struct cl *c)
{
	/* Forget the connection's in-flight count (its 4-tuple may be reused). */
	if (skel && !strcmp(opt.mode, "msg")) {
		struct sockaddr_in l, r;
		socklen_t n = sizeof(l);
		struct { __u32 rip, lip, rport, lport; } fk;
		getsockname(c->fd, (void *)&l, &n);
		n = sizeof(r);
		getpeername(c->fd, (void *)&r, &n);
		fk.rip = r.sin_addr.s_addr; fk.lip = l.sin_addr.s_addr;
		fk.rport = (__u32)r.sin_port << 16; fk.lport = ntohs(l.sin_port); /* as the ctx rewrite reads them */
		bpf_map_delete_elem(bpf_map__fd(skel->maps.inflight), &fk);
	}
	epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
	close(c->fd); /* closing removes it from the sock maps */
	c->fd = -1;
	st.closed++;
}

/* Answer every complete line; partial lines wait for more bytes. */
static int serve_lines(struct cl *c)
{
	struct conn *k = &shm[c->cookie % NSLOT];
	char out[8192];
	size_t off = 0;

	for (;;) {
		char *nl = memchr(c->buf + off, '\n', c->have - off);
		size_t n;
		int r;
		if (!nl) break;
		n = nl - (c->buf + off);
		r = reply_for(c->buf + off, n, out, sizeof(out));
		if (strcmp(opt.mode, "user") && !opt.nowait) {
			/* Ordering: kernel replies queued before this point must be on the wire first. */
			double t0 = now();
			int waited = 0;
			while (sent_total(c->fd) - c->base < c->ubytes + __atomic_load_n(&k->kbytes, __ATOMIC_ACQUIRE)) {
				if (now() - t0 > 1) { st.ord_timeouts++; break; }
				waited = 1;
				usleep(10);
			}
			st.ord_waits += waited;
		}
		if (opt.debug) fprintf(stderr, "write %d\n", r);
		if (write_all(c->fd, out, r) < 0) return -1;
		c->ubytes += r;
		st.ureplies++;
		off += n + 1;
		/* Consumed and answered: the kernel may answer again once done == passed. */
		__atomic_fetch_add(&k->done, n + 1, __ATOMIC_RELEASE);
	}
	memmove(c->buf, c->buf + off, c->have - off);
	c->have -= off;
	return 0;
}

static int join(struct probe *sk, struct cl *c)
{
	unsigned long long ck;
	socklen_t l = sizeof(ck);
	__u64 fd = c->fd; /* the maps' value_size is 8 */
	__u32 slot;

	if (getsockopt(c->fd, SOL_SOCKET, SO_COOKIE, &ck, &l) < 0) return -1;
	c->cookie = ck;
	slot = ck % NSLOT;
	if (!strcmp(opt.mode, "user") || opt.sockops) return 0; /* sockops joined it already */
	if (opt.delay_ms) usleep(opt.delay_ms * 1000);
	memset(&shm[slot], 0, sizeof(shm[slot]));
	__atomic_store_n(&shm[slot].cookie, ck, __ATOMIC_RELEASE);
	if (opt.sockmap)
		return bpf_map_update_elem(bpf_map__fd(sk->maps.sockarr), &slot, &fd, BPF_ANY);
	return bpf_map_update_elem(bpf_map__fd(sk->maps.socks), &ck, &fd, BPF_ANY);
}

int main(int argc, char **argv)
{
	struct probe *sk = NULL;
	struct cl *cls = calloc(MAXC, sizeof(*cls));
	struct bpf_link *l3 = NULL;
	int o, lfd, ep, cgfd = -1, one = 1;
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(10996) };
	double deadline;

	while ((o = getopt(argc, argv, "m:so:iMp:v:t:d:c:WD")) != -1) {
		switch (o) {
		case 'm': opt.mode = optarg; break;
		case 's': opt.sockops = 1; break;
		case 'o': opt.order = atoi(optarg); break;
		case 'i': opt.ingress = 1; break;
		case 'M': opt.sockmap = 1; break;
		case 'p': opt.maxreq = atoi(optarg); break;
		case 'v': opt.vlen = atoi(optarg); break;
		case 't': opt.secs = atoi(optarg); break;
		case 'd': opt.delay_ms = atoi(optarg); break;
		case 'c': opt.cgroup = optarg; break;
		case 'W': opt.nowait = 1; break;
		case 'D': opt.debug = 1; break;
		default: fprintf(stderr, "bad option\n"); return 2;
		}
	}
	signal(SIGTERM, on_sig);
	signal(SIGINT, on_sig);
	signal(SIGPIPE, SIG_IGN);
	for (int i = 0; i < MAXC; i++) cls[i].fd = -1;

	if (strcmp(opt.mode, "user")) {
		sk = probe__open();
		if (!sk) { perror("open"); return 1; }
		sk->rodata->cfg_vlen = opt.vlen;
		sk->rodata->cfg_order = opt.order;
		sk->rodata->cfg_redir_flags = opt.ingress ? BPF_F_INGRESS : 0;
		sk->rodata->cfg_sockmap = opt.sockmap;
		sk->rodata->cfg_maxreq = opt.maxreq;
		sk->rodata->cfg_debug = opt.debug;
		sk->rodata->cfg_msgreply = !strcmp(opt.mode, "msg");
		bpf_program__set_autoload(sk->progs.parser, !strcmp(opt.mode, "parser"));
		bpf_program__set_autoload(sk->progs.join, opt.sockops);
		bpf_program__set_autoload(sk->progs.reply_msg, !strcmp(opt.mode, "msg"));
		if (probe__load(sk)) { fprintf(stderr, "load failed\n"); return 1; }
		skel = sk;
		shm = mmap(NULL, NSLOT * sizeof(struct conn), PROT_READ | PROT_WRITE, MAP_SHARED,
			   bpf_map__fd(sk->maps.conns), 0);
		if (shm == MAP_FAILED) { perror("mmap"); return 1; }
		struct bpf_map *m = opt.sockmap ? sk->maps.sockarr : sk->maps.socks;
		if (!strcmp(opt.mode, "parser")) {
			/* libbpf 1.4 has no sockmap links: attach to the map (gone with the map). */
			if (bpf_prog_attach(bpf_program__fd(sk->progs.parser), bpf_map__fd(m),
					    BPF_SK_SKB_STREAM_PARSER, 0)) { perror("attach parser"); return 1; }
		}
		if (bpf_prog_attach(bpf_program__fd(sk->progs.verdict), bpf_map__fd(m),
				    BPF_SK_SKB_STREAM_VERDICT, 0)) { perror("attach verdict"); return 1; }
		if (!strcmp(opt.mode, "msg") &&
		    bpf_prog_attach(bpf_program__fd(sk->progs.reply_msg), bpf_map__fd(m), BPF_SK_MSG_VERDICT, 0)) {
			perror("attach sk_msg");
			return 1;
		}
		if (opt.sockops) {
			/* run.sh put us in the cgroup (so the listener is created there) and passes
			 * its directory as an open fd: ip netns exec remounts /sys. */
			cgfd = atoi(opt.cgroup);
			l3 = bpf_program__attach_cgroup(sk->progs.join, cgfd);
			if (!l3) { fprintf(stderr, "attach sockops: %s\n", strerror(errno)); return 3; }
		}
	} else {
		static struct conn dummy[NSLOT];
		shm = dummy;
	}

	lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(lfd, (void *)&a, sizeof(a)) || listen(lfd, 64)) { perror("listen"); return 1; }
	ep = epoll_create1(0);
	struct epoll_event ev = { .events = EPOLLIN, .data.u32 = MAXC };
	epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
	printf("READY\n");
	fflush(stdout);

	deadline = now() + opt.secs;
	while (!stop && now() < deadline) {
		struct epoll_event evs[16];
		int n = epoll_wait(ep, evs, 16, 100);
		for (int i = 0; i < n; i++) {
			if (evs[i].data.u32 == MAXC) {
				int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK);
				int j;
				if (fd < 0) continue;
				for (j = 0; j < MAXC && cls[j].fd >= 0; j++) ;
				if (j == MAXC) { close(fd); continue; }
				cls[j].fd = fd; cls[j].have = 0; cls[j].ubytes = 0;
				st.accepted++;
				if (join(sk, &cls[j]) < 0) st.insert_err++;
				cls[j].base = sent_total(fd);
				ev.events = EPOLLIN | EPOLLRDHUP; ev.data.u32 = j;
				epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
				continue;
			}
			struct cl *c = &cls[evs[i].data.u32];
			if (c->fd < 0) continue;
			for (;;) {
				ssize_t r = read(c->fd, c->buf + c->have, sizeof(c->buf) - c->have);
				if (r > 0) {
					if (opt.debug) fprintf(stderr, "read %zd: %.*s|\n", r, (int)r, c->buf + c->have);
					c->have += r; st.ubytes_read += r;
					if (serve_lines(c) < 0) { drop(ep, c); break; }
					continue;
				}
				if (r < 0 && errno == EAGAIN) { st.eagain_reads++; break; }
				if (r == 0) {
					/* read()==0 must mean EOF: check the TCP state before believing it. */
					struct tcp_info ti; socklen_t l = sizeof(ti);
					getsockopt(c->fd, IPPROTO_TCP, TCP_INFO, &ti, &l);
					if (ti.tcpi_state == 1 /* TCP_ESTABLISHED */) { st.zero_reads++; break; }
				}
				drop(ep, c);
				break;
			}
		}
	}
	long krep = 0, kpass = 0, kruns = 0, kerr = 0, knoslot = 0, ksockops = 0;
	if (sk) {
		__u64 v; __u32 i;
		i = 0; bpf_map_lookup_elem(bpf_map__fd(sk->maps.stats), &i, &v); kruns = v;
		i = 1; bpf_map_lookup_elem(bpf_map__fd(sk->maps.stats), &i, &v); kpass = v;
		i = 2; bpf_map_lookup_elem(bpf_map__fd(sk->maps.stats), &i, &v); krep = v;
		i = 3; bpf_map_lookup_elem(bpf_map__fd(sk->maps.stats), &i, &v); knoslot = v;
		i = 4; bpf_map_lookup_elem(bpf_map__fd(sk->maps.stats), &i, &v); kerr = v;
		i = 5; bpf_map_lookup_elem(bpf_map__fd(sk->maps.stats), &i, &v); ksockops = v;
	}
	printf("{\"accepted\":%ld,\"closed\":%ld,\"ureplies\":%ld,\"uread\":%ld,\"zero_reads\":%ld,"
	       "\"eagain\":%ld,\"ord_waits\":%ld,\"ord_timeouts\":%ld,\"insert_err\":%ld,\"bad_lines\":%ld,"
	       "\"k_runs\":%ld,\"k_pass\":%ld,\"k_reply_skbs\":%ld,\"k_noslot\":%ld,\"k_err\":%ld,\"k_sockops\":%ld}\n",
	       st.accepted, st.closed, st.ureplies, st.ubytes_read, st.zero_reads, st.eagain_reads, st.ord_waits,
	       st.ord_timeouts, st.insert_err, st.bad_lines, kruns, kpass, krep, knoslot, kerr, ksockops);
	fflush(stdout);
	for (int i = 0; i < MAXC; i++) if (cls[i].fd >= 0) close(cls[i].fd);
	close(lfd);
	bpf_link__destroy(l3);
	if (cgfd >= 0) close(cgfd);
	probe__destroy(sk);
	return 0;
}
