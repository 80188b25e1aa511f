/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * koffload-rt.h - the runtime that runs a generated offload next to the
 * server it was split from.
 *
 * koffload_rt_start() opens the generated BPF object from memory, loads it
 * (the running kernel's verifier decides), and puts its XDP program in a
 * slot of the interface's koffload dispatcher (koffload-dispatch.h), which
 * the first server there attaches through a bpf_link that every server
 * holds: a server's program leaves the interface when its process dies,
 * however it dies, and the dispatcher with the last one.
 * On a veth it first tells the offload that peers leave UDP checksums
 * partial (koffload/abi.h, KOFFLOAD_SERVICE_LAZY_CHECKSUMS). Whatever goes
 * wrong (no BPF privileges, an old kernel, a verifier rejection, no such
 * interface, KOFFLOAD_MODE=off) is said in one line on stderr and the
 * caller goes on serving from userspace: the server is complete without
 * its offload.
 *
 * koffload_rt_set_service() tells the offload what the compiler could not
 * know (koffload/abi.h, struct koffload_service): the bound port and the
 * address it answers for. koffload_rt_global() gives the address of a
 * global variable of the offload in its mmap'd map memory, shared with the
 * kernel.
 *
 * Environment: KOFFLOAD_IFACE (the interface, when the caller names none),
 * KOFFLOAD_MODE=native|generic|off (default: native, else generic); for
 * split programs KOFFLOAD_ADAPT=on|off and the KOFFLOAD_ADAPT_* settings
 * of the adaptive runtime (docs/adaptive.md).
 */
#ifndef KOFFLOAD_RT_H
#define KOFFLOAD_RT_H

#include <stddef.h>
#include <sys/socket.h>

#include "koffload/abi.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bpf_map;
struct bpf_object;
struct koffload_rt;

struct koffload_rt_opts {
	const void *object;	/* the generated .bpf.o, in memory */
	size_t object_size;
	const char *iface;	/* NULL: $KOFFLOAD_IFACE */
	const char *mode;	/* NULL: $KOFFLOAD_MODE */
	int load_only;		/* load, do not attach (tests, tools) */
};

/*
 * Load and attach the offload.  NULL when it does not run (the reason is on
 * stderr, once): serve from userspace.
 */
struct koffload_rt *koffload_rt_start(const struct koffload_rt_opts *opts);

/*
 * The service's bound address (a sockaddr_in or sockaddr_in6, as given to
 * bind()): its port, and its address; for a wildcard address, the
 * interface's own address (a wildcard-bound socket gets only datagrams for
 * the host's addresses).  Then the dispatcher routes the port to the
 * offload.  0, or -errno (-EADDRINUSE: another server's offload has the
 * port).
 */
int koffload_rt_set_service(struct koffload_rt *rt,
			    const struct sockaddr *addr, socklen_t len);

/* A global variable of the offload, in the memory it shares with the
 * kernel; NULL if it has none of that name. */
void *koffload_rt_global(struct koffload_rt *rt, const char *name,
			 size_t *size);

/* The XDP program the offload attached ("native" or "generic"). */
const char *koffload_rt_mode(const struct koffload_rt *rt);

/* Detach and unload. */
void koffload_rt_stop(struct koffload_rt *rt);

/*
 * What a split program calls (lib/User/SplitUser.cpp emits the calls).
 *
 * The table of the globals a split program shares with its offload,
 * struct koffload_shared, and its flags are part of the contract with the
 * compiler: koffload/abi.h.
 */

/*
 * After bind() of the offloaded socket: load and attach the embedded
 * object (once), seed and redirect the shared globals, and tell the
 * offload the bound address (getsockname).  Any failure: one line on
 * stderr, nothing changed, the program serves alone.
 */
void koffload_rt_bound(int fd, const void *object, unsigned long size,
		       const struct koffload_shared *shared, unsigned int n);

/*
 * Around each connect() of the offloaded socket: before it, the offload
 * stops answering (its peer forgotten); after it, the offload answers the
 * peer getpeername() names, if any (struct koffload_service, peer).  A
 * connected UDP socket receives only its peer's datagrams.  Nothing when
 * fd is not the offloaded socket or no offload runs.
 */
void koffload_rt_connecting(int fd);
void koffload_rt_connected(int fd);
/* The split program's runtime when fd is its offloaded socket, else NULL. */
struct koffload_rt *koffload_rt_split_of(int fd);

/*
 * For a handler entry point whose socket a framework creates and binds
 * (-koffload-handler-socket): koffload_rt_bound() on the handler's fd at
 * its first request, and never again, whether it attached or not.
 */
void koffload_rt_handler_bound(int fd, const void *object, unsigned long size,
			       const struct koffload_shared *shared,
			       unsigned int n);

/*
 * The part of koffload_rt_bound() after loading: check every shared global
 * is in the offload with the program's size, copy the program's values
 * into the offload's memory, point the slots there, and register the
 * record globals' sequence words.  0, or -ENOENT or -ENOMEM (nothing
 * changed).
 * koffload_rt_unshare() points the slots back, with the values.
 */
int koffload_rt_share(struct koffload_rt *rt,
		      const struct koffload_shared *shared, unsigned int n);
void koffload_rt_unshare(const struct koffload_shared *shared, unsigned int n);

/* The offload's XDP program (BPF_PROG_TEST_RUN in tests). */
int koffload_rt_program_fd(const struct koffload_rt *rt);

/*
 * TCP (runtime/rt/koffload-tcp.c): for a split whose offload is an sk_skb
 * verdict, koffload_rt_bound() on the listening socket attaches it; then
 * the program calls, each a no-op for a descriptor that is not a joined
 * connection:
 *   koffload_rt_tcp_accepted(listener, fd)   after accept()/accept4()
 *   koffload_rt_tcp_reading(fd)              before a request's read
 *   koffload_rt_tcp_received(fd, n)          after it
 *   koffload_rt_tcp_replying(fd)             before a reply's write: waits
 *                                            for the kernel's replies
 *   koffload_rt_tcp_replied(fd, n, length)   after it
 *   koffload_rt_tcp_closing(fd)              before close()
 *   koffload_rt_tcp_idle()                   before the event loop waits
 */
void koffload_rt_tcp_accepted(int listener, int fd);
void koffload_rt_tcp_reading(int fd);
void koffload_rt_tcp_received(int fd, long long n);
void koffload_rt_tcp_replying(int fd);
void koffload_rt_tcp_replied(int fd, long long written, long long length);
void koffload_rt_tcp_closing(int fd);
void koffload_rt_tcp_idle(void);

/*
 * Before koffload_rt_bound(): the plan's ρ, the offload's cost relative to a
 * request's userspace cost (lib/Plan/CostModel.h), which the adaptive
 * runtime compares the measured ω with (docs/adaptive.md).
 */
void koffload_rt_set_rho(double rho);

/*
 * Before koffload_rt_bound(): the replay of each log site of the offload
 * (lib/User/LogReplay.cpp), by site id; the runtime calls them with the
 * entries the offload records (koffload/abi.h, runtime/rt/koffload-log.c).
 */
void koffload_rt_log_sites(const koffload_log_replay *sites, unsigned int n);

/*
 * After each receive userspace handles: replay what the offload recorded
 * before it, so a request served in userspace logs after the requests the
 * kernel answered before it, as the original would (a stream's lines in
 * request order for a client that waits for each reply).
 */
void koffload_rt_log_catch_up(void);

/* Around each request handled in userspace: take and release the record
 * globals' sequence words (even -> odd -> +2); per thread. */
void koffload_rt_request_begin(void);
void koffload_rt_request_end(void);
/* Before each write of a KOFFLOAD_SHARED_USER_WRITES global: take its
 * sequence word, if this thread does not hold it yet. */
void koffload_rt_record_write(void);

/*
 * The shared heap (koffload-heap.c): the split program's allocation calls
 * become these (lib/User/SplitUser.cpp).  _try returns NULL when the
 * region is full (the caller then uses its own allocator: operator new);
 * the others fall back to the C library's heap themselves.
 */
void *koffload_rt_heap_try(size_t n);
void *koffload_rt_heap_malloc(size_t n);
void *koffload_rt_heap_calloc(size_t n, size_t size);
void *koffload_rt_heap_realloc(void *p, size_t n);
char *koffload_rt_heap_strdup(const char *s);
char *koffload_rt_heap_strndup(const char *s, size_t max);
/* operator new: from the shared heap, else operator new itself (C++). */
void *koffload_rt_heap_new(size_t n);

/*
 * The data section, offset and size of the global variable `name` in BTF.
 * 0, or -ENOENT.
 */
struct btf;
int koffload_btf_find_var(const struct btf *btf, const char *name,
			  const char **section, unsigned int *offset,
			  unsigned int *size);

/*
 * The map, offset and size of a global variable of an opened object,
 * through its BTF.  0, or -ENOENT / -EINVAL (no BTF).
 */
int koffload_find_global(struct bpf_object *obj, const char *name,
			 struct bpf_map **map, unsigned int *offset,
			 unsigned int *size);

#ifdef __cplusplus
}
#endif

#endif /* KOFFLOAD_RT_H */
