// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-tcp.c - the runtime of a TCP split (koffload-rt.h, "TCP";
 * the mechanism: docs/tcp-mechanism.md, koffload/abi.h "TCP").
 *
 * The offload's two programs are attached to its SOCKHASH when the
 * listening socket is bound.  Each connection accepted on it joins: a slot
 * of the mmap'd connection array, its cookie -> slot entry, its slot in the
 * socket's storage (for sk_msg), then the SOCKHASH; a read with MSG_PEEK
 * runs the verdict on bytes that arrived before (tcp_bpf_recvmsg_parser
 * does so for a non-empty receive queue), which passes everything until
 * the runtime has seen nothing queued below it (`ready`).  Connections accepted before the
 * offload started, or when every slot is taken, stay in userspace.
 *
 * Order on a connection: the verdict answers only while the connection's
 * `passed` (bytes it gave userspace) equals `done` (bytes userspace read
 * and answered): userspace adds what each request's read returned and,
 * once a reply's write wrote it all and the request is over (the thread
 * reads that connection again, or goes back to its wait), declares it
 * done.  A request that
 * userspace reads and does not answer that way keeps the connection in
 * userspace from then on.  Before userspace writes a reply, it waits for
 * the kernel's replies still queued on the socket (queued == sent), so a
 * later reply never overtakes an earlier one.
 */
#include "koffload-rt.h"
#include "koffload-tcp.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#ifndef SO_COOKIE
#define SO_COOKIE 57
#endif

/* Longest wait for the kernel's queued replies before a write: a reply
 * that long unwritten means the connection is gone. */
#define WAIT_LIMIT_NS (5ull * 1000 * 1000 * 1000)

static struct {
	int listener;		/* the offloaded socket; -1: no TCP offload */
	int socks, slots, storage;
	struct koffload_tcp_conn *conns;
	size_t conns_len;
	unsigned long long consumed[KOFFLOAD_TCP_MAX_CONNS];
	int *slot_of;		/* by descriptor: slot + 1, 0 none */
	int nfds;
	pthread_mutex_t lock;
} tcp = { .listener = -1, .lock = PTHREAD_MUTEX_INITIALIZER };

static int map_fd(struct bpf_object *obj, const char *name)
{
	struct bpf_map *map = bpf_object__find_map_by_name(obj, name);

	return map ? bpf_map__fd(map) : -1;
}

static int prog_fd(struct bpf_object *obj, const char *name)
{
	struct bpf_program *prog = bpf_object__find_program_by_name(obj, name);

	return prog ? bpf_program__fd(prog) : -1;
}

int koffload_tcp_is_offload(struct bpf_object *obj)
{
	return bpf_object__find_program_by_name(obj,
						KOFFLOAD_TCP_VERDICT_NAME) != NULL;
}

int koffload_tcp_attach(struct bpf_object *obj, int listener, char *why,
			size_t len)
{
	int verdict = prog_fd(obj, KOFFLOAD_TCP_VERDICT_NAME);
	int msg = prog_fd(obj, KOFFLOAD_TCP_MSG_NAME);
	int conns = map_fd(obj, KOFFLOAD_TCP_CONNS);
	size_t page = sysconf(_SC_PAGESIZE);
	void *addr;

	tcp.socks = map_fd(obj, KOFFLOAD_TCP_SOCKS);
	tcp.slots = map_fd(obj, KOFFLOAD_TCP_SLOTS);
	tcp.storage = map_fd(obj, KOFFLOAD_TCP_SK);
	if (verdict < 0 || msg < 0 || conns < 0 || tcp.socks < 0 ||
	    tcp.slots < 0 || tcp.storage < 0) {
		snprintf(why, len, "the offload lacks a program or map of the "
				   "TCP hook");
		return -ENOENT;
	}
	tcp.conns_len = (sizeof(struct koffload_tcp_conn) *
				 KOFFLOAD_TCP_MAX_CONNS + page - 1) / page * page;
	addr = mmap(NULL, tcp.conns_len, PROT_READ | PROT_WRITE, MAP_SHARED,
		    conns, 0);
	if (addr == MAP_FAILED) {
		snprintf(why, len, "cannot map the connection slots (%s)",
			 strerror(errno));
		return -errno;
	}
	/* The programs stay attached while the map lives: until the process
	 * exits, however it exits. */
	if (bpf_prog_attach(verdict, tcp.socks, BPF_SK_SKB_STREAM_VERDICT, 0) ||
	    bpf_prog_attach(msg, tcp.socks, BPF_SK_MSG_VERDICT, 0)) {
		int err = -errno;

		snprintf(why, len, "the kernel refused the sk_skb/sk_msg "
				   "attachment (%s)", strerror(errno));
		munmap(addr, tcp.conns_len);
		return err;
	}
	tcp.conns = addr;
	__atomic_store_n(&tcp.listener, listener, __ATOMIC_RELEASE);
	return 0;
}

/* The descriptor's slot, or -1. */
static int slot_of(int fd)
{
	if (fd < 0 || fd >= tcp.nfds || !tcp.slot_of)
		return -1;
	return __atomic_load_n(&tcp.slot_of[fd], __ATOMIC_ACQUIRE) - 1;
}

static int grow_fds(int fd)
{
	int n = tcp.nfds ? tcp.nfds : 1024, *more;

	while (n <= fd)
		n *= 2;
	if (n == tcp.nfds)
		return 0;
	/* Readers see the old table or the new one; the old stays
	 * allocated (a descriptor table grows a few times at most). */
	more = calloc(n, sizeof(*more));
	if (!more)
		return -ENOMEM;
	if (tcp.slot_of)
		memcpy(more, tcp.slot_of, tcp.nfds * sizeof(*more));
	__atomic_store_n(&tcp.slot_of, more, __ATOMIC_RELEASE);
	__atomic_store_n(&tcp.nfds, n, __ATOMIC_RELEASE);
	return 0;
}

/* Under tcp.lock. */
static void leave_locked(int fd, int s)
{
	struct koffload_tcp_conn *c = &tcp.conns[s];
	__u64 cookie = c->cookie;

	bpf_map_delete_elem(tcp.socks, &cookie);
	bpf_map_delete_elem(tcp.slots, &cookie);
	__atomic_store_n(&c->cookie, 0, __ATOMIC_RELEASE);
	__atomic_store_n(&tcp.slot_of[fd], 0, __ATOMIC_RELEASE);
}

/* Ready once nothing is queued on the socket below the offload: from then
 * on every skb reaches the verdict as it arrives. */
static void settle(struct koffload_tcp_conn *c, int fd)
{
	int queued = 1;

	if (!ioctl(fd, FIONREAD, &queued) && queued == 0)
		__atomic_store_n(&c->ready, 1, __ATOMIC_RELEASE);
}

void koffload_rt_tcp_accepted(int listener, int fd)
{
	socklen_t len = sizeof(__u64);
	struct koffload_tcp_conn *c;
	__u64 cookie, value = fd;
	char peek;
	int s, old;

	if (fd < 0 ||
	    listener != __atomic_load_n(&tcp.listener, __ATOMIC_ACQUIRE))
		return;
	if (getsockopt(fd, SOL_SOCKET, SO_COOKIE, &cookie, &len) || !cookie)
		return;
	pthread_mutex_lock(&tcp.lock);
	if (grow_fds(fd))
		goto out;
	old = slot_of(fd);
	if (old >= 0)
		leave_locked(fd, old); /* closed without our close() */
	for (s = 0; s < KOFFLOAD_TCP_MAX_CONNS; s++)
		if (!tcp.conns[s].cookie)
			break;
	if (s == KOFFLOAD_TCP_MAX_CONNS)
		goto out; /* every slot taken: this one stays in userspace */
	c = &tcp.conns[s];
	c->passed = c->done = 0;
	c->queued = c->sent = 0;
	c->index = s;
	c->ready = 0;
	tcp.consumed[s] = 0;
	__atomic_store_n(&c->cookie, cookie, __ATOMIC_RELEASE);
	if (bpf_map_update_elem(tcp.slots, &cookie, &s, BPF_ANY) ||
	    bpf_map_update_elem(tcp.storage, &fd, &s, BPF_ANY) ||
	    bpf_map_update_elem(tcp.socks, &cookie, &value, BPF_NOEXIST)) {
		/* Not established any more (closed by the peer already), or
		 * no memory: userspace serves it. */
		bpf_map_delete_elem(tcp.slots, &cookie);
		__atomic_store_n(&c->cookie, 0, __ATOMIC_RELEASE);
		goto out;
	}
	__atomic_store_n(&tcp.slot_of[fd], s + 1, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&tcp.lock);
	/* Bytes that came before the join go through the verdict now, which
	 * passes them: the connection is not ready yet. */
	recv(fd, &peek, 1, MSG_PEEK | MSG_DONTWAIT);
	settle(c, fd);
	return;
out:
	pthread_mutex_unlock(&tcp.lock);
}

void koffload_rt_tcp_received(int fd, long long n)
{
	int s = slot_of(fd);

	if (s < 0)
		return;
	if (n > 0)
		tcp.consumed[s] += (unsigned long long)n;
	if (!tcp.conns[s].ready)
		settle(&tcp.conns[s], fd);
}

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

void koffload_rt_tcp_replying(int fd)
{
	int s = slot_of(fd);
	struct koffload_tcp_conn *c;
	unsigned long long start = 0;
	unsigned int spins = 0;

	if (s < 0)
		return;
	c = &tcp.conns[s];
	while (__atomic_load_n(&c->queued, __ATOMIC_ACQUIRE) !=
	       __atomic_load_n(&c->sent, __ATOMIC_ACQUIRE)) {
		struct pollfd p = { .fd = fd, .events = POLLOUT };

		if (++spins < 64) {
			sched_yield();
			continue;
		}
		if (!start)
			start = now_ns();
		/* A connection that failed or hung up writes nothing more. */
		if (poll(&p, 1, 1) > 0 && (p.revents & (POLLERR | POLLHUP)))
			return;
		if (now_ns() - start > WAIT_LIMIT_NS) {
			fprintf(stderr, "koffload: a kernel reply on descriptor "
					"%d was not written in 5 s: writing "
					"userspace's\n", fd);
			return;
		}
	}
}

/* Replies written whole, not yet declared done: this thread's, published
 * when it reads the connection again or goes back to its wait (a request
 * may write its reply in several calls). */
static __thread struct {
	int slot[KOFFLOAD_TCP_MAX_CONNS];
	unsigned long long upto[KOFFLOAD_TCP_MAX_CONNS];
	int n;
} *pending;

static void publish(int i)
{
	int s = pending->slot[i];

	__atomic_store_n(&tcp.conns[s].done, pending->upto[i],
			 __ATOMIC_RELEASE);
	pending->n--;
	pending->slot[i] = pending->slot[pending->n];
	pending->upto[i] = pending->upto[pending->n];
}

void koffload_rt_tcp_replied(int fd, long long written, long long length)
{
	int s = slot_of(fd), i;

	/* All of the reply out: every byte read so far is answered, once the
	 * request is over. */
	if (s < 0 || written != length || written < 0)
		return;
	if (!pending && !(pending = calloc(1, sizeof(*pending))))
		return;
	for (i = 0; i < pending->n; i++)
		if (pending->slot[i] == s)
			break;
	if (i == pending->n) {
		if (pending->n == KOFFLOAD_TCP_MAX_CONNS)
			return;
		pending->slot[pending->n++] = s;
	}
	pending->upto[i] = tcp.consumed[s];
}

void koffload_rt_tcp_reading(int fd)
{
	int s = slot_of(fd), i;

	if (s < 0 || !pending)
		return;
	for (i = 0; i < pending->n; i++)
		if (pending->slot[i] == s) {
			publish(i);
			return;
		}
}

void koffload_rt_tcp_idle(void)
{
	while (pending && pending->n)
		publish(pending->n - 1);
}

void koffload_rt_tcp_closing(int fd)
{
	int s;

	if (__atomic_load_n(&tcp.listener, __ATOMIC_ACQUIRE) < 0)
		return;
	pthread_mutex_lock(&tcp.lock);
	s = slot_of(fd);
	if (s >= 0) {
		koffload_rt_tcp_reading(fd); /* its pending entry goes */
		leave_locked(fd, s);
	}
	pthread_mutex_unlock(&tcp.lock);
}
