// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * calibrate-tcp.c - koffload-calibrate's sk_skb figures: TCP ping-pong of
 * small requests between two network namespaces over a veth pair (created
 * here, anonymous: they vanish with the process), one connection answered
 * by a userspace epoll server, another one in a sockmap whose sk_skb
 * verdict either passes the request to that server or answers it with the
 * mechanism of docs/tcp-mechanism.md (the verdict keeps the skb's length,
 * marks it and redirects it to the same socket's egress; sk_msg turns it
 * into the reply).  Rounds alternate the three.  See docs/calibrate.md.
 */
#define _GNU_SOURCE
#include "calibrate.h"

#include <arpa/inet.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

/* The BPF object, embedded at build time (CMake: KCAL_TCP_BPF_OBJECT). */
__asm__(".pushsection .rodata\n"
	".balign 8\n"
	"kcal_tcp_bpf_start:\n"
	".incbin \"" KCAL_TCP_BPF_OBJECT "\"\n"
	"kcal_tcp_bpf_end:\n"
	".popsection\n");
extern const char kcal_tcp_bpf_start[], kcal_tcp_bpf_end[];

#define KERNEL_BYTE 'k' /* keep in step with calibrate-tcp.bpf.c */
#define USER_BYTE 'u'

enum mode { USER, PASS, KERNEL };
static const char *const mode_name[] = { "userspace", "sk_skb pass",
					 "sk_skb + sk_msg" };

struct tcp {
	int orig, srv, cli;	/* network namespace fds */
	int plain[2], joined[2]; /* [0] client end, [1] server end */
	int epoll;
	pthread_t server;
	atomic_bool stop;
	atomic_long served, eagain;
	int bss;		/* the object's .bss: kcal_state */
};

/* kcal_state.answered: requests the verdict answered so far. */
static uint64_t answered(struct tcp *t)
{
	uint64_t state[2];
	int zero = 0;

	if (bpf_map_lookup_elem(t->bss, &zero, state))
		die("cannot read the sk_skb programs' counters: %s",
		    strerror(errno));
	return state[1];
}

/* Test hook (docs/calibrate.md): the sockmap refuses the sk_skb programs
 * with EPERM, as it does for a process without CAP_NET_ADMIN. */
static bool refused_by_test(void)
{
	const char *v = getenv("KOFFLOAD_CALIBRATE_REFUSE_SK_SKB");

	return v && *v && strcmp(v, "0");
}

/* The userspace server: level-triggered epoll, read, write the bytes back
 * (an echo, as the UDP one).  An empty read is counted, not an error
 * (docs/tcp-mechanism.md, rule 8). */
static void *serve(void *arg)
{
	struct tcp *t = arg;
	struct epoll_event ev[2];
	char buf[2048];
	ssize_t got;
	int i, n;

	while (!atomic_load(&t->stop)) {
		n = epoll_wait(t->epoll, ev, 2, 100);
		for (i = 0; i < n; i++) {
			got = read(ev[i].data.fd, buf, sizeof(buf));
			if (got < 0 && errno == EAGAIN) {
				atomic_fetch_add(&t->eagain, 1);
				continue;
			}
			if (got <= 0)
				continue;
			/* Counted before the reply can reach the client. */
			atomic_fetch_add(&t->served, 1);
			if (write(ev[i].data.fd, buf, got) != got)
				atomic_fetch_add(&t->served, -1);
		}
	}
	return NULL;
}

static void nodelay(int fd)
{
	int one = 1;

	if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)))
		die("TCP_NODELAY: %s", strerror(errno));
}

/* A connection from the client namespace; fds[1] the server's end. */
static void connect_pair(struct tcp *t, int listener, int fds[2])
{
	struct sockaddr_in sa = { .sin_family = AF_INET,
				  .sin_port = htons(TCP_PORT) };
	struct timeval tv = { 0, 200 * 1000 };

	inet_pton(AF_INET, TCP_SERVER_ADDR, &sa.sin_addr);
	enter_netns(t->cli);
	fds[0] = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fds[0] < 0 ||
	    setsockopt(fds[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) ||
	    connect(fds[0], (struct sockaddr *)&sa, sizeof(sa)))
		die("TCP connection to %s:%d: %s", TCP_SERVER_ADDR, TCP_PORT,
		    strerror(errno));
	enter_netns(t->orig);
	fds[1] = accept4(listener, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
	if (fds[1] < 0)
		die("accept: %s", strerror(errno));
	nodelay(fds[0]);
	nodelay(fds[1]);
}

static int listener(struct tcp *t)
{
	struct sockaddr_in sa = { .sin_family = AF_INET,
				  .sin_port = htons(TCP_PORT) };
	int fd, one = 1;

	inet_pton(AF_INET, TCP_SERVER_ADDR, &sa.sin_addr);
	enter_netns(t->srv);
	fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) ||
	    bind(fd, (struct sockaddr *)&sa, sizeof(sa)) || listen(fd, 4))
		die("TCP listener on %s:%d: %s", TCP_SERVER_ADDR, TCP_PORT,
		    strerror(errno));
	enter_netns(t->orig);
	return fd;
}

/*
 * Load the programs and attach them to the sockmap: 0, or -errno with
 * `why` set (the caller skips the measurement).
 */
static int load(struct bpf_object **objp, int *map_fd, char *why,
		size_t why_len)
{
	LIBBPF_OPTS(bpf_object_open_opts, oopts, .object_name = "kcal_tcp");
	struct bpf_object *obj;
	struct bpf_map *map;
	int err;

	obj = bpf_object__open_mem(kcal_tcp_bpf_start,
				   kcal_tcp_bpf_end - kcal_tcp_bpf_start, &oopts);
	if (!obj)
		die("cannot open the embedded sk_skb object: %s",
		    strerror(errno));
	*objp = obj;
	err = bpf_object__load(obj);
	if (err) {
		snprintf(why, why_len, "cannot load the sk_skb programs: %s",
			 strerror(-err));
		return err;
	}
	map = bpf_object__find_map_by_name(obj, "kcal_socks");
	*map_fd = bpf_map__fd(map);
	err = refused_by_test() ? -EPERM : 0;
	if (!err &&
	    bpf_prog_attach(bpf_program__fd(bpf_object__find_program_by_name(
				    obj, "kcal_verdict")),
			    *map_fd, BPF_SK_SKB_STREAM_VERDICT, 0))
		err = -errno;
	if (!err &&
	    bpf_prog_attach(bpf_program__fd(bpf_object__find_program_by_name(
				    obj, "kcal_reply")),
			    *map_fd, BPF_SK_MSG_VERDICT, 0))
		err = -errno;
	if (err)
		snprintf(why, why_len, "cannot attach sk_skb/sk_msg to a "
			 "sockmap: %s%s", strerror(-err),
			 refused_by_test() ? ", simulated by "
					     "KOFFLOAD_CALIBRATE_REFUSE_SK_SKB"
					   : "");
	return err;
}

/* One round trip on `fd` of a request starting with `first`; false on a
 * timeout (200 ms) or a wrong reply. */
static bool round_trip(int fd, char first)
{
	char req[REQUEST_BYTES], rep[REQUEST_BYTES];
	ssize_t got, have = 0;

	memset(req, first, sizeof(req));
	if (send(fd, req, sizeof(req), 0) != sizeof(req))
		return false;
	while (have < (ssize_t)sizeof(rep)) {
		got = recv(fd, rep + have, sizeof(rep) - have, 0);
		if (got <= 0)
			return false;
		have += got;
	}
	return !memcmp(req, rep, sizeof(req));
}

static int mode_fd(struct tcp *t, enum mode m)
{
	return m == USER ? t->plain[0] : t->joined[0];
}

/* 20 round trips; the kernel run must be answered by the kernel alone,
 * the others by the server. */
static void warm_up(struct tcp *t, enum mode m)
{
	long served = atomic_load(&t->served);
	uint64_t kernel = answered(t);
	int i;

	for (i = 0; i < 20; i++)
		if (!round_trip(mode_fd(t, m),
				m == KERNEL ? KERNEL_BYTE : USER_BYTE))
			die("no reply within 200 ms over TCP (%s)",
			    mode_name[m]);
	if (m == KERNEL && (atomic_load(&t->served) != served ||
			    answered(t) - kernel != 20))
		die("the sk_skb verdict did not answer the requests (the "
		    "server answered %ld, the verdict %llu of 20)",
		    atomic_load(&t->served) - served,
		    (unsigned long long)(answered(t) - kernel));
	if (m != KERNEL && (atomic_load(&t->served) - served != 20 ||
			    answered(t) != kernel))
		die("the userspace server did not answer the requests (%s)",
		    mode_name[m]);
}

/* Median round trip in ns over `count`, or -1 after a timeout. */
static double rtt_round(struct tcp *t, enum mode m, int count)
{
	static double rtt[20000];
	char first = m == KERNEL ? KERNEL_BYTE : USER_BYTE;
	int fd = mode_fd(t, m), i;
	double s;

	if (count > (int)(sizeof(rtt) / sizeof(rtt[0])))
		count = sizeof(rtt) / sizeof(rtt[0]);
	for (i = 0; i < count; i++) {
		s = now_ns();
		if (!round_trip(fd, first))
			return -1;
		rtt[i] = now_ns() - s;
	}
	return median(rtt, count);
}

static void watch(struct tcp *t, int fd)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };

	if (epoll_ctl(t->epoll, EPOLL_CTL_ADD, fd, &ev))
		die("epoll_ctl: %s", strerror(errno));
}

int measure_tcp(const struct plan *pl, struct tcp_result *r, char *why,
		size_t why_len)
{
	double rtt[3][64];
	struct bpf_object *obj = NULL;
	struct tcp t = { 0 };
	long eagain, kernel_requests = 0;
	int map_fd, lfd, rounds = 0, err, i, zero = 0;

	err = load(&obj, &map_fd, why, why_len);
	if (err) {
		bpf_object__close(obj);
		return err;
	}
	t.bss = bpf_map__fd(bpf_object__find_map_by_name(obj, ".bss"));
	veth_netns(&t.orig, &t.srv, &t.cli, TCP_SERVER_ADDR "/24",
		   TCP_CLIENT_ADDR "/24");
	lfd = listener(&t);
	connect_pair(&t, lfd, t.plain);
	connect_pair(&t, lfd, t.joined);
	/* Joined before any data, as a sockops join does. */
	if (bpf_map_update_elem(map_fd, &zero, &t.joined[1], BPF_ANY)) {
		err = -errno;
		snprintf(why, why_len, "cannot add a TCP socket to the sockmap: "
			 "%s", strerror(errno));
		goto out;
	}
	t.epoll = epoll_create1(EPOLL_CLOEXEC);
	if (t.epoll < 0)
		die("epoll_create1: %s", strerror(errno));
	watch(&t, t.plain[1]);
	watch(&t, t.joined[1]);
	err = pthread_create(&t.server, NULL, serve, &t);
	if (err)
		die("pthread_create: %s", strerror(err));
	for (i = 0; i < 3; i++)
		warm_up(&t, i);
	/* Rounds alternate the three, so drift hits them alike. */
	while (rounds < pl->rounds) {
		for (i = 0; i < 3; i++) {
			warm_up(&t, i);
			eagain = atomic_load(&t.eagain);
			rtt[i][rounds] = rtt_round(&t, i, pl->round_trips);
			if (rtt[i][rounds] < 0)
				die("a TCP reply did not come within 200 ms "
				    "(%s)", mode_name[i]);
			if (i == KERNEL) {
				r->eagain += atomic_load(&t.eagain) - eagain;
				kernel_requests += pl->round_trips;
			}
		}
		rounds++;
	}
	atomic_store(&t.stop, true);
	pthread_join(t.server, NULL);
	close(t.epoll);
	r->user_rtt = median(rtt[USER], rounds);
	r->pass_rtt = median(rtt[PASS], rounds);
	r->kernel_rtt = median(rtt[KERNEL], rounds);
	r->eagain /= kernel_requests;
out:
	for (i = 0; i < 2; i++) {
		close(t.plain[i]);
		close(t.joined[i]);
	}
	close(lfd);
	close(t.srv); /* the last references: the namespaces and veth go */
	close(t.cli);
	close(t.orig);
	bpf_object__close(obj);
	return err;
}
