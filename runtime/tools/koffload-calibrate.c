// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-calibrate - measure on this machine the figures of koffload's
 * benefit model and write them as a cost file (-koffload-costs=FILE).
 *
 *   koffload-calibrate [-o costs.json] [--quick] [--no-socket] [-v]
 *
 * Kernel side (runtime/bpf/calibrate/calibrate.bpf.c, embedded): each
 * figure is the difference between two XDP programs run with
 * BPF_PROG_TEST_RUN, per event.  Userspace side: the same loops in C.
 * The userspace cost of a request: UDP ping-pong between two network
 * namespaces over a veth pair (created here, anonymous: they vanish with
 * the process, however it ends), answered once by a userspace echo server
 * and once by an XDP echo on the server's veth; the difference of the
 * round trips is what a request answered in the kernel saves
 * (calibrate-socket.c).  The sk_skb hook's own cost and a TCP request's:
 * TCP ping-pong over veth answered by a userspace epoll server, by that
 * server behind an sk_skb verdict that passes the request, and by the
 * verdict + sk_msg (calibrate-tcp.c; skipped with one line where sk_skb
 * cannot be attached).  Everything runs pinned to one CPU; each figure
 * is the median of several rounds.  See docs/calibrate.md.
 *
 * A kernel that refuses BPF_F_TEST_XDP_LIVE_FRAMES (some do, by policy:
 * EPERM) gets xdp_context_ns without live frames, and one line says so;
 * KOFFLOAD_CALIBRATE_REFUSE_LIVE_FRAMES=1 simulates that (a test hook).
 *
 * Needs root (CAP_BPF, CAP_NET_ADMIN) and iproute2's `ip`.  Exit 0, or 1
 * with one line on stderr.
 */
#define _GNU_SOURCE
#include "bpf-util.h"
#include "calibrate-defaults.h"
#include "calibrate.h"

#include <arpa/inet.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <getopt.h>
#include <linux/bpf.h>
#include <sched.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

/* The BPF object, embedded at build time (CMake: KCAL_BPF_OBJECT). */
__asm__(".pushsection .rodata\n"
	".balign 8\n"
	"kcal_bpf_start:\n"
	".incbin \"" KCAL_BPF_OBJECT "\"\n"
	"kcal_bpf_end:\n"
	".popsection\n");
extern const char kcal_bpf_start[], kcal_bpf_end[];

/* Keep in step with calibrate.bpf.c. */
#define KCAL_ALU_SHORT 64
#define KCAL_ALU_LONG 1024
#define KCAL_ALU_BODY 32
#define KCAL_ALU_CONTROL 2
#define KCAL_ACCESS_ITERS 256
#define KCAL_TABLE_WORDS 64

static const struct plan full_plan = {
	"full", 15, 1000000, 2000, 20000, 1 << 20, 10000,
};
static const struct plan quick_plan = {
	"quick", 5, 200000, 300, 3000, 1 << 17, 1500,
};

static bool verbose;
static int cpu = -1;
const char *advice;

void die(const char *fmt, ...)
{
	va_list ap;

	fputs("koffload-calibrate: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (advice)
		fprintf(stderr, " (%s)", advice);
	fputc('\n', stderr);
	exit(1);
}

static void note(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}

double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

double median(double *v, int n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int libbpf_print(enum libbpf_print_level level, const char *fmt,
			va_list args)
{
	(void)level;
	/* Quiet unless -v: a failure is reported in one line by the caller. */
	return verbose ? vfprintf(stderr, fmt, args) : 0;
}

/* Pin this thread (and the threads it creates) to the last allowed CPU. */
static void pin(void)
{
	cpu_set_t set;
	int i;

	if (sched_getaffinity(0, sizeof(set), &set))
		die("sched_getaffinity: %s", strerror(errno));
	for (i = CPU_SETSIZE - 1; i >= 0 && !CPU_ISSET(i, &set); i--)
		;
	if (i < 0)
		die("no CPU to run on");
	cpu = i;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set))
		die("sched_setaffinity: %s", strerror(errno));
}

/* ---- kernel side: BPF_PROG_TEST_RUN ------------------------------------ */

static struct bpf_object *obj;

struct bpf_program *prog(const char *name)
{
	struct bpf_program *p = bpf_object__find_program_by_name(obj, name);

	if (!p)
		die("the embedded BPF object has no program %s", name);
	return p;
}

/*
 * Test hook (docs/calibrate.md): with KOFFLOAD_CALIBRATE_REFUSE_LIVE_FRAMES=1
 * every run with live frames fails with EPERM, as on kernels that refuse
 * them by policy, so the fallback is tested on any machine.
 */
static bool live_frames_refused_by_test(void)
{
	const char *v = getenv("KOFFLOAD_CALIBRATE_REFUSE_LIVE_FRAMES");

	return v && *v && strcmp(v, "0");
}

/* Said after a refusal the test hook made. */
static const char *simulated(void)
{
	return live_frames_refused_by_test()
		       ? ", simulated by KOFFLOAD_CALIBRATE_REFUSE_LIVE_FRAMES"
		       : "";
}

/*
 * `repeat` runs of `name` with BPF_PROG_TEST_RUN: 0 and in *ns the average
 * ns per run the kernel reports, or -errno.
 */
static int try_test_run(const char *name, int repeat, bool live, double *ns)
{
	unsigned char pkt[REQUEST_BYTES] = { 0 };
	LIBBPF_OPTS(bpf_test_run_opts, opts, .data_in = pkt,
		    .data_size_in = sizeof(pkt), .repeat = repeat);
	int err;

	if (live) {
		if (live_frames_refused_by_test())
			return -EPERM;
		opts.flags = BPF_F_TEST_XDP_LIVE_FRAMES;
	}
	err = bpf_prog_test_run_opts(bpf_program__fd(prog(name)), &opts);
	if (err)
		return err;
	*ns = opts.duration;
	return 0;
}

static double test_run(const char *name, int repeat, bool live)
{
	double ns;
	int err = try_test_run(name, repeat, live, &ns);

	if (err)
		die("BPF_PROG_TEST_RUN of %s%s: %s", name,
		    live ? " (live frames)" : "", strerror(-err));
	return ns;
}

/* Median over the rounds of (b - a) / per, b and a alternating. */
static double bpf_delta(const struct plan *pl, const char *a, const char *b,
			int repeat, double per)
{
	double d[64];
	int i;

	for (i = 0; i < pl->rounds; i++)
		d[i] = (test_run(b, repeat, false) - test_run(a, repeat, false)) /
		       per;
	return median(d, pl->rounds);
}

static double bpf_single(const struct plan *pl, const char *name, int repeat,
			 bool live)
{
	double d[64];
	int i;

	for (i = 0; i < pl->rounds; i++)
		d[i] = test_run(name, repeat, live);
	return median(d, pl->rounds);
}

static void load_bpf(void)
{
	LIBBPF_OPTS(bpf_object_open_opts, oopts, .object_name = "kcal");
	__u16 port = htons(ECHO_PORT);
	struct kbu_global g = { "kcal_echo_port", &port, sizeof(port), 0 };
	char reason[256];
	int err;

	if (kbu_bpf_available(reason, sizeof(reason)) != KBU_OK)
		die("%s", reason);
	obj = bpf_object__open_mem(kcal_bpf_start, kcal_bpf_end - kcal_bpf_start,
				   &oopts);
	if (!obj)
		die("cannot open the embedded BPF object: %s", strerror(errno));
	err = kbu_set_global(obj, &g);
	if (err)
		die("cannot set kcal_echo_port: %s", strerror(-err));
	err = bpf_object__load(obj);
	if (err)
		die("cannot load the calibration programs: %s%s", strerror(-err),
		    verbose ? "" : " (-v: libbpf's and the verifier's messages)");
}

/* ---- userspace loops ---------------------------------------------------- */

/*
 * The BPF ALU loop's body on x86-64: the same 32 instructions in the same
 * two dependency chains, and 3 of loop control (add, cmp, jb).  Elsewhere
 * the same operations in C (the count is then approximate).
 */
#if defined(__x86_64__)
#define USER_ALU_CONTROL 3
#define XALU4 "add %[b],%[a]\n\txor %[d],%[c]\n\tshl $1,%[a]\n\tadd %[d],%[c]\n\t"
#define XALU8 XALU4 "xor %[b],%[a]\n\tsub %[b],%[c]\n\tshr $3,%[a]\n\tor %[b],%[c]\n\t"
static uint64_t user_alu(long n, uint64_t a, uint64_t b, uint64_t c,
			 uint64_t d)
{
	long i = 0;

	asm volatile("1:\n\t" XALU8 XALU8 XALU8 XALU8
		     "add $1,%[i]\n\t"
		     "cmp %[n],%[i]\n\t"
		     "jb 1b\n\t"
		     : [a] "+r"(a), [c] "+r"(c), [i] "+r"(i)
		     : [b] "r"(b), [d] "r"(d), [n] "r"(n)
		     : "cc");
	return a + c;
}
#else
#define USER_ALU_CONTROL 2
static uint64_t user_alu(long n, uint64_t a, uint64_t b, uint64_t c,
			 uint64_t d)
{
	long i, k;

	for (i = 0; i < n; i++) {
		for (k = 0; k < 4; k++) {
			a += b; c ^= d; a <<= 1; c += d;
			a ^= b; c -= b; a >>= 3; c |= b;
		}
		asm volatile("" : "+r"(a), "+r"(c));
	}
	return a + c;
}
#endif

static volatile uint64_t user_sink;

static double user_alu_ns(long iters)
{
	double t = now_ns();

	user_sink = user_alu(iters, user_sink, 3, 5, 7);
	return now_ns() - t;
}

/* The BPF access loop over `table`: with or without its two accesses. */
static double user_access_ns(volatile uint64_t *table, long iters,
			     bool access)
{
	uint64_t acc = user_sink, off, v;
	double t = now_ns();
	long i;

	for (i = 0; i < iters; i++) {
		off = (acc + i) & (KCAL_TABLE_WORDS - 1);
		asm volatile("" : "+r"(off));
		if (off >= KCAL_TABLE_WORDS)
			break;
		if (access) {
			v = table[off];
			table[off] = v + 1;
		} else {
			v = off + 1;
		}
		acc ^= v;
	}
	t = now_ns() - t;
	user_sink = acc;
	return t;
}

/* The same with one atomic add per iteration (shared words both sides
 * update: lib/User). */
static double user_atomic_ns(uint64_t *table, long iters)
{
	uint64_t acc = user_sink, off;
	double t = now_ns();
	long i;

	for (i = 0; i < iters; i++) {
		off = (acc + i) & (KCAL_TABLE_WORDS - 1);
		asm volatile("" : "+r"(off));
		acc ^= __atomic_fetch_add(&table[off], 1, __ATOMIC_SEQ_CST);
	}
	t = now_ns() - t;
	user_sink = acc;
	return t;
}

/* ---- the cost file ------------------------------------------------------ */

/* kernel.bpf_stats_enabled: every program run then also times itself. */
static bool bpf_stats_on(void)
{
	FILE *f = fopen("/proc/sys/kernel/bpf_stats_enabled", "r");
	int on = 0;

	if (f) {
		if (fscanf(f, "%d", &on) != 1)
			on = 0;
		fclose(f);
	}
	return on;
}

static void machine(char *buf, size_t len)
{
	char line[256], model[128] = "unknown CPU";
	struct utsname u;
	FILE *f = fopen("/proc/cpuinfo", "r");
	char *p;

	while (f && fgets(line, sizeof(line), f)) {
		if (strncmp(line, "model name", 10) || !(p = strchr(line, ':')))
			continue;
		p += 1 + strspn(p + 1, " \t");
		p[strcspn(p, "\n")] = 0;
		snprintf(model, sizeof(model), "%s", p);
		break;
	}
	if (f)
		fclose(f);
	uname(&u);
	snprintf(buf, len, "%s, %ld CPUs, Linux %s %s", model,
		 sysconf(_SC_NPROCESSORS_ONLN), u.release, u.machine);
}

/* A JSON number: about three significant digits, never an exponent. */
static void num(FILE *f, const char *key, double v, bool last)
{
	int digits = v >= 100 || v == (long)v ? 0 : v >= 10 ? 1 : v >= 1 ? 2 : 3;
	char buf[64];
	size_t n;

	if (v > 0 && v < 0.001)
		digits = 6;
	n = snprintf(buf, sizeof(buf), "%.*f", digits, v);
	while (digits && buf[n - 1] == '0') /* 0.050 -> 0.05 */
		buf[--n] = 0;
	/* 0.9996 printed with 3 digits is "1.000": "1", not "1." (no JSON) */
	if (buf[n - 1] == '.')
		buf[--n] = 0;
	fprintf(f, "  \"%s\": %s%s\n", key, buf, last ? "" : ",");
}

struct costs {
	double xdp_context, array_map_access, bpf_insn, socket_delivery,
		user_insn, user_mmap_access, sk_skb_context,
		tcp_socket_delivery;
};

/* tcp_err: 0 (measured) or why the sk_skb figures kept their defaults. */
static void write_costs(FILE *f, const struct plan *pl, bool socket,
			int live_err, const char *tcp_err,
			const struct costs *c)
{
	char host[512], date[32], context[192], kept[320];
	time_t t = time(NULL);

	machine(host, sizeof(host));
	if (live_err)
		snprintf(context, sizeof(context),
			 "XDP_DROP over BPF_PROG_TEST_RUN without live frames, "
			 "per run, a lower bound: live frames refused, %s%s",
			 strerror(-live_err), simulated());
	else
		snprintf(context, sizeof(context),
			 "XDP_DROP over BPF_PROG_TEST_RUN live frames, per "
			 "frame");
	if (tcp_err)
		snprintf(kept, sizeof(kept), "; sk_skb_context_ns and "
			 "tcp_socket_delivery_ns (%s)", tcp_err);
	else
		snprintf(kept, sizeof(kept), "%s", "");
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
	fprintf(f, "{\n");
	fprintf(f,
		"  \"comment\": \"koffload cost file measured by "
		"koffload-calibrate (%s: medians of %d rounds, on CPU %d; "
		"docs/calibrate.md). Measured: xdp_context_ns (%s), "
		"array_map_access_ns "
		"(a global's bound-checked load or store, as generated code "
		"does), bpf_insn_ns (ALU loop), user_insn_ns, "
		"user_mmap_access_ns (the same loops in userspace, on a "
		"mmap'd BPF array), %s%s. Kept at the defaults "
		"(runtime/costs-default.json, not measured): xdp_hook_ns, "
		"tc_*, sk_skb_hook_ns, parse_ns, margin%s%s.%s\",\n",
		pl->name, pl->rounds, cpu, context,
		socket ? "socket_delivery_ns (UDP round trip over veth between "
			 "two network namespaces: userspace echo minus XDP "
			 "echo)"
		       : "not socket_delivery_ns (--no-socket)",
		socket && !tcp_err
			? ", sk_skb_context_ns (TCP round trip over veth: "
			  "userspace epoll server behind an sk_skb verdict "
			  "that passes, minus without sk_skb), "
			  "tcp_socket_delivery_ns (the same minus the round "
			  "trip the verdict + sk_msg answer)"
			: "",
		socket ? "" : ", socket_delivery_ns", kept,
		bpf_stats_on() ? " kernel.bpf_stats_enabled was 1: every "
				 "program run also paid for its run-time "
				 "statistics."
			       : "");
	fprintf(f, "  \"machine\": \"%s\",\n", host);
	fprintf(f, "  \"date\": \"%s\",\n", date);
	num(f, "xdp_hook_ns", KCAL_DEFAULT_XDP_HOOK_NS, false);
	num(f, "xdp_context_ns", c->xdp_context, false);
	num(f, "tc_hook_ns", KCAL_DEFAULT_TC_HOOK_NS, false);
	num(f, "tc_context_ns", KCAL_DEFAULT_TC_CONTEXT_NS, false);
	num(f, "sk_skb_hook_ns", KCAL_DEFAULT_SK_SKB_HOOK_NS, false);
	num(f, "sk_skb_context_ns", c->sk_skb_context, false);
	num(f, "parse_ns", KCAL_DEFAULT_PARSE_NS, false);
	num(f, "array_map_access_ns", c->array_map_access, false);
	num(f, "bpf_insn_ns", c->bpf_insn, false);
	num(f, "socket_delivery_ns", c->socket_delivery, false);
	num(f, "tcp_socket_delivery_ns", c->tcp_socket_delivery, false);
	num(f, "user_insn_ns", c->user_insn, false);
	num(f, "user_mmap_access_ns", c->user_mmap_access, false);
	num(f, "margin", KCAL_DEFAULT_MARGIN, true);
	fprintf(f, "}\n");
}

/* A figure must be a positive number of ns: else the measurement failed. */
static double positive(const char *what, double v)
{
	if (!(v > 0))
		die("%s came out as %.3f ns: the machine is too noisy to "
		    "calibrate now (try again, or without --quick)",
		    what, v);
	return v;
}

/*
 * sk_skb_context_ns and tcp_socket_delivery_ns from the TCP round trips;
 * where sk_skb cannot be attached, one line and *err says why (the
 * defaults stay).
 */
static void measure_tcp_costs(const struct plan *pl, struct costs *c,
			      char *why, size_t why_len, const char **err)
{
	struct tcp_result r = { 0 };

	advice = "--no-socket skips the socket measurements";
	if (measure_tcp(pl, &r, why, why_len)) {
		advice = NULL;
		note("koffload-calibrate: skipped the sk_skb measurement (%s); "
		     "sk_skb_context_ns and tcp_socket_delivery_ns keep their "
		     "defaults\n",
		     why);
		*err = why;
		return;
	}
	advice = NULL;
	*err = NULL;
	c->sk_skb_context =
		positive("sk_skb_context_ns", r.pass_rtt - r.user_rtt);
	c->tcp_socket_delivery = positive("tcp_socket_delivery_ns",
					  r.pass_rtt - r.kernel_rtt);
	note("  sk_skb_context_ns    %8.0f  TCP round trip over veth: sk_skb "
	     "pass %.0f - userspace %.0f\n",
	     c->sk_skb_context, r.pass_rtt, r.user_rtt);
	note("  tcp_socket_delivery_ns %6.0f  TCP round trip: sk_skb pass "
	     "%.0f - sk_skb + sk_msg answer %.0f (%.2f empty reads per kernel "
	     "reply)\n",
	     c->tcp_socket_delivery, r.pass_rtt, r.kernel_rtt, r.eagain);
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: koffload-calibrate [-o FILE] [--quick] [--no-socket] [-v]\n"
		"Measure the benefit model's costs on this machine and write "
		"them as a cost\nfile (koffload -koffload-costs=FILE). Needs "
		"root (BPF, network namespaces).\n"
		"  -o, --output FILE  write the cost file here (default: stdout)\n"
		"  -q, --quick        fewer, shorter rounds (a few seconds)\n"
		"      --no-socket    no network namespaces: socket_delivery_ns, "
		"sk_skb_context_ns\n"
		"                     and tcp_socket_delivery_ns stay the "
		"defaults\n"
		"  -v, --verbose      libbpf's messages\n");
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "quick", no_argument, NULL, 'q' },
		{ "no-socket", no_argument, NULL, 'S' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	const struct plan *pl = &full_plan;
	const char *out = NULL;
	bool socket = true;
	struct costs c = {
		.socket_delivery = KCAL_DEFAULT_SOCKET_DELIVERY_NS,
		.sk_skb_context = KCAL_DEFAULT_SK_SKB_CONTEXT_NS,
		.tcp_socket_delivery = KCAL_DEFAULT_TCP_SOCKET_DELIVERY_NS,
	};
	struct socket_result sr = { 0 };
	char tcp_why[160];
	const char *tcp_err = "--no-socket";
	double pass, probe, d[64], base, acc;
	volatile uint64_t *table;
	size_t table_len;
	int opt, fd, i, live_err;
	FILE *f;

	opterr = 0; /* our own message, as the last line */
	while ((opt = getopt_long(argc, argv, ":o:qvh", longopts, NULL)) !=
	       -1) {
		switch (opt) {
		case 'o':
			out = optarg;
			break;
		case 'q':
			pl = &quick_plan;
			break;
		case 'S':
			socket = false;
			break;
		case 'v':
			verbose = true;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case ':':
			die("%s needs a value (koffload calibrate --help)",
			    argv[optind - 1]);
		default:
			die("unknown option %s (koffload calibrate --help)",
			    argv[optind - 1]);
		}
	}
	if (optind != argc)
		die("unexpected argument '%s': the cost file is -o FILE "
		    "(koffload calibrate --help)",
		    argv[optind]);
	libbpf_set_print(libbpf_print);
	pin();
	load_bpf();
	note("koffload-calibrate: %s, medians of %d rounds, on CPU %d\n",
	     pl->name, pl->rounds, cpu);
	if (bpf_stats_on())
		note("  note: kernel.bpf_stats_enabled=1: each BPF program run "
		     "also pays for its statistics (the XDP figures include "
		     "it)\n");

	/* Kernel side.  Live frames, unless the kernel refuses them (some
	 * do, by policy: EPERM): then XDP_DROP runs on one buffer. */
	pass = bpf_single(pl, "kcal_pass", pl->ctx_repeat, false);
	live_err = try_test_run("kcal_drop", 1, true, &probe);
	if (live_err)
		note("koffload-calibrate: skipped BPF_F_TEST_XDP_LIVE_FRAMES "
		     "(refused: %s%s); xdp_context_ns is XDP_DROP per run "
		     "without live frames instead, a lower bound\n",
		     strerror(-live_err), simulated());
	c.xdp_context = positive("xdp_context_ns",
				 bpf_single(pl, "kcal_drop", pl->ctx_repeat,
					    !live_err));
	if (!live_err)
		note("  xdp_context_ns       %8.2f  XDP_DROP, live frames, per "
		     "frame (XDP_PASS without live frames: %.0f ns per "
		     "run)\n",
		     c.xdp_context, pass);
	else
		note("  xdp_context_ns       %8.2f  XDP_DROP, no live frames, "
		     "per run (XDP_PASS: %.0f ns per run)\n",
		     c.xdp_context, pass);
	c.bpf_insn = positive(
		"bpf_insn_ns",
		bpf_delta(pl, "kcal_alu_short", "kcal_alu_long", pl->alu_repeat,
			  (double)(KCAL_ALU_LONG - KCAL_ALU_SHORT) *
				  (KCAL_ALU_BODY + KCAL_ALU_CONTROL)));
	note("  bpf_insn_ns          %8.3f  ALU loop, per instruction\n",
	     c.bpf_insn);
	c.array_map_access = positive(
		"array_map_access_ns",
		bpf_delta(pl, "kcal_global_base", "kcal_global_access",
			  pl->access_repeat, KCAL_ACCESS_ITERS * 2.0));
	note("  array_map_access_ns  %8.3f  global (.bss map value), "
	     "bound-checked load or store\n",
	     c.array_map_access);
	note("  (array lookup)       %8.3f  bpf_map_lookup_elem, inlined by "
	     "the verifier, + load (not written)\n",
	     bpf_delta(pl, "kcal_lookup_base", "kcal_lookup_access",
		       pl->access_repeat, KCAL_ACCESS_ITERS));

	/* Userspace. */
	for (i = 0; i < pl->rounds; i++)
		d[i] = (user_alu_ns(pl->user_iters) -
			user_alu_ns(pl->user_iters / 16)) /
		       ((pl->user_iters - pl->user_iters / 16) *
			(double)(KCAL_ALU_BODY + USER_ALU_CONTROL));
	c.user_insn = positive("user_insn_ns", median(d, pl->rounds));
	note("  user_insn_ns         %8.3f  the same ALU loop, per "
	     "instruction\n",
	     c.user_insn);

	fd = bpf_map_create(BPF_MAP_TYPE_ARRAY, "kcal_user", 4, 8,
			    KCAL_TABLE_WORDS, &(struct bpf_map_create_opts){
				    .sz = sizeof(struct bpf_map_create_opts),
				    .map_flags = BPF_F_MMAPABLE });
	if (fd < 0)
		die("cannot create a mmapable array map: %s", strerror(errno));
	table_len = sysconf(_SC_PAGESIZE);
	table = mmap(NULL, table_len, PROT_READ | PROT_WRITE, MAP_SHARED, fd,
		     0);
	if (table == MAP_FAILED)
		die("cannot mmap the array map: %s", strerror(errno));
	for (i = 0; i < pl->rounds; i++) {
		base = user_access_ns(table, pl->user_iters, false);
		acc = user_access_ns(table, pl->user_iters, true);
		d[i] = (acc - base) / (pl->user_iters * 2.0);
	}
	c.user_mmap_access =
		positive("user_mmap_access_ns", median(d, pl->rounds));
	note("  user_mmap_access_ns  %8.3f  mmap'd BPF array, load or store\n",
	     c.user_mmap_access);
	for (i = 0; i < pl->rounds; i++) {
		base = user_access_ns(table, pl->user_iters, false);
		acc = user_atomic_ns((uint64_t *)table, pl->user_iters);
		d[i] = (acc - base) / pl->user_iters;
	}
	note("  (atomic add)         %8.3f  mmap'd BPF array, lock add "
	     "(not written)\n",
	     median(d, pl->rounds));
	munmap((void *)table, table_len);
	close(fd);

	/* A request's cost in userspace. */
	if (socket) {
		advice = "--no-socket skips the socket measurement";
		measure_socket(pl, &sr);
		advice = NULL;
		c.socket_delivery = positive("socket_delivery_ns",
					     sr.user_rtt - sr.xdp_rtt);
		note("  socket_delivery_ns   %8.0f  UDP round trip over veth: "
		     "userspace echo %.0f - XDP echo %.0f (server CPU %.0f ns "
		     "per request)\n",
		     c.socket_delivery, sr.user_rtt, sr.xdp_rtt, sr.server_cpu);
		measure_tcp_costs(pl, &c, tcp_why, sizeof(tcp_why), &tcp_err);
	} else {
		note("  socket_delivery_ns   %8.0f  the default (--no-socket)\n",
		     c.socket_delivery);
		note("  sk_skb_context_ns    %8.0f  the default (--no-socket)\n",
		     c.sk_skb_context);
	}
	bpf_object__close(obj);

	advice = "choose another file with -o";
	f = out ? fopen(out, "w") : stdout;
	if (!f)
		die("cannot write %s: %s", out, strerror(errno));
	write_costs(f, pl, socket, live_err, tcp_err, &c);
	if (fflush(f) || (out && fclose(f))) {
		i = errno;
		if (out)
			unlink(out); /* nothing rather than half a file */
		die("cannot write %s: %s", out ? out : "the cost file",
		    strerror(i));
	}
	if (out)
		note("koffload-calibrate: wrote %s\n", out);
	return 0;
}
