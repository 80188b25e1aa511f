/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * calibrate.h - what koffload-calibrate.c (the kernel and userspace loops,
 * the cost file), calibrate-socket.c (a UDP request's cost over veth) and
 * calibrate-tcp.c (a TCP request's, and sk_skb's own cost) share.
 */
#ifndef KOFFLOAD_CALIBRATE_H
#define KOFFLOAD_CALIBRATE_H

#define SERVER_ADDR "198.18.0.1"
#define CLIENT_ADDR "198.18.0.2"
#define ECHO_PORT 40007
#define REQUEST_BYTES 64
/* The TCP measurement's own namespaces (anonymous too) and port. */
#define TCP_SERVER_ADDR "198.18.99.1"
#define TCP_CLIENT_ADDR "198.18.99.2"
#define TCP_PORT 10299

#include <stddef.h>

struct bpf_program;

/* How long to measure: --quick or not. */
struct plan {
	const char *name;
	int rounds;		/* medians over this many */
	int ctx_repeat;		/* BPF_PROG_TEST_RUN repeats */
	int alu_repeat;
	int access_repeat;
	long user_iters;	/* userspace loop iterations */
	int round_trips;	/* per round and server */
};

/* What to do about a failure of the current phase; die() says it. */
extern const char *advice;

/* "koffload-calibrate: <message> (<advice>)" on stderr, exit 1. */
__attribute__((noreturn, format(printf, 1, 2)))
void die(const char *fmt, ...);
double now_ns(void);
/* Sorts v. */
double median(double *v, int n);
/* The embedded object's program `name` (loaded), or die. */
struct bpf_program *prog(const char *name);

/* Median round trips answered by the userspace echo and by the XDP echo,
 * and the userspace server's CPU time per request, in ns. */
struct socket_result {
	double user_rtt, xdp_rtt, server_cpu;
};

void measure_socket(const struct plan *pl, struct socket_result *r);

/* Two new network namespaces (*srv, *cli: held by these fds only) joined
 * by a veth pair with these addresses (CIDR); *orig is the caller's. */
void veth_netns(int *orig, int *srv, int *cli, const char *srv_addr,
		const char *cli_addr);
void enter_netns(int ns);

/*
 * Median TCP round trips over veth, in ns: answered by a userspace epoll
 * server on a socket without sk_skb (user), on a socket in a sockmap whose
 * verdict passes the request (pass), and by the verdict + sk_msg (kernel);
 * and the server's empty reads (EAGAIN) per kernel-answered request.
 */
struct tcp_result {
	double user_rtt, pass_rtt, kernel_rtt, eagain;
};

/* 0, or -errno and `why` (one phrase) when sk_skb cannot be loaded or
 * attached here: the caller keeps the defaults. Dies on other failures. */
int measure_tcp(const struct plan *pl, struct tcp_result *r, char *why,
		size_t why_len);

#endif /* KOFFLOAD_CALIBRATE_H */
