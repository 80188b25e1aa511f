/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * koffload-dispatch.h - sharing an interface and a port (internal to
 * libkoffload-rt).
 *
 * An interface takes one XDP program, so koffload attaches a dispatcher
 * (runtime/bpf/dispatch/dispatch.bpf.c) that tail-calls the program of the
 * server whose UDP port a datagram is for. kdisp_join() puts a server's
 * program in a free slot of the interface's dispatcher, attaching one if
 * the interface has none; kdisp_claim() routes a port to the slot;
 * kdisp_leave() gives both up. The dispatcher and its maps are found
 * through the kernel (the interface's XDP program, its maps, the bpf_link
 * that attached it), not through files, so they are per interface and per
 * network namespace by construction; servers hold the link by fd, so it
 * goes with the last of them, however they die.
 *
 * kport_others() finds the other sockets bound to a UDP port.
 *
 * Each function that fails says why in `why` (a clause, no "koffload:").
 */
#ifndef KOFFLOAD_DISPATCH_H
#define KOFFLOAD_DISPATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

struct kdisp;

/*
 * Join the dispatcher on `ifindex` with the XDP program `prog_fd`, attaching
 * one (mode "auto": native, else generic; or "native", "generic") if the
 * interface has no XDP program. 0 and *out, *attached ("native",
 * "generic"); or -errno: -EBUSY when a program that is not koffload's holds
 * the interface (named in `why`).
 */
int kdisp_join(int ifindex, const char *iface, const char *mode, int prog_fd,
	       struct kdisp **out, const char **attached, char *why,
	       size_t whylen);

/*
 * Route UDP port `port` (network order) to the server's program. With
 * `sock_fd` >= 0, a socket alone on the port that others may join later,
 * the dispatcher calls the program only for datagrams the kernel would
 * deliver to that socket; it learns the socket from a frame to `addr`
 * (family AF_INET or AF_INET6, an address of the interface the socket
 * receives on). 0, or -EADDRINUSE (another live server's offload has the
 * port, or another socket bound it meanwhile), -errno.
 */
int kdisp_claim(struct kdisp *d, unsigned short port, int family,
		const void *addr, int sock_fd, char *why, size_t whylen);

/* Stop answering and give the slot up (the program stays loaded). */
void kdisp_leave(struct kdisp *d);

/*
 * The other sockets bound to the UDP port of `fd` whose address overlaps
 * its own (this network namespace, IPv4 and IPv6). The count, and the
 * first one described in `who` ("pid 123 (kv-cache), 198.18.0.1:11211").
 */
int kport_others(int fd, char *who, size_t wholen);

/*
 * Say that `fd` was bound where the offloaded socket is (one socket() and
 * bind() site: the same request path serves it, as in a server whose
 * worker threads each bind their own SO_REUSEPORT socket). kport_others()
 * does not count such sockets, and waits a moment for a socket of this
 * process it finds unsaid: its thread may be on its way to say it.
 */
void kport_sibling(int fd);

/*
 * The first process with an open fd that `match` accepts, and its name in
 * `comm` (n bytes); 0 if none. `match` gets the process's /proc/PID/fd
 * (or /proc/PID/fdinfo, with `fdinfo`) directory and an entry's name.
 */
int kproc_holder(bool fdinfo,
		 bool (*match)(int dir, const char *name, const void *arg),
		 const void *arg, char *comm, size_t n);

#endif /* KOFFLOAD_DISPATCH_H */
