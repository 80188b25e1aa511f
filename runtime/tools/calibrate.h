/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * calibrate.h - what koffload-calibrate.c (the kernel and userspace loops,
 * the cost file) and calibrate-socket.c (a request's cost over veth)
 * share.
 */
#ifndef KOFFLOAD_CALIBRATE_H
#define KOFFLOAD_CALIBRATE_H

#define SERVER_ADDR "198.18.0.1"
#define CLIENT_ADDR "198.18.0.2"
#define ECHO_PORT 40007
#define REQUEST_BYTES 64

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

#endif /* KOFFLOAD_CALIBRATE_H */
