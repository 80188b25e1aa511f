/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * koffload-adapt.h - the adaptive runtime's controller: whether the offload
 * pays, from its counters (docs/adaptive.md).
 *
 * A pure state machine, no I/O and no clock: the runtime feeds it, once a
 * tick, what the offload counted since the last tick (requests finished in
 * the kernel, requests passed to userspace) and does what it answers (clear
 * or set the offload's pass-through flag, detach).  The unit tests feed it
 * synthetic counter streams.
 *
 * ω, the fraction of requests the kernel finishes, over a sliding window,
 * against ρ, the offload's cost relative to a request's userspace cost:
 * the offload pays while ω > ρ.
 *
 *   ON     the offload answers; ω < ρ over the window (with at least
 *          min_requests in it), dwell ticks after the last switch: PASS.
 *   PASS   every packet passes (the kernel counts nothing); every
 *          probe_every ticks (and not before dwell ticks after the
 *          switch), a PROBE; after detach_after ticks in PASS, if set:
 *          DETACHED.
 *   PROBE  the offload answers for probe_len ticks (longer, up to the
 *          window, until min_requests came): ω >= ρ + hysteresis: ON;
 *          else back to PASS (a probe is not a switch).
 *   DETACHED  for good (the runtime closes the link).
 */
#ifndef KOFFLOAD_ADAPT_H
#define KOFFLOAD_ADAPT_H

#ifdef __cplusplus
extern "C" {
#endif

/* Also the values koffload-stats reads (koffload_control, bytes 4-7). */
enum koffload_adapt_state {
	KOFFLOAD_ADAPT_FIXED = 0,	/* not adaptive: the offload stays on */
	KOFFLOAD_ADAPT_ON = 1,
	KOFFLOAD_ADAPT_PASS = 2,
	KOFFLOAD_ADAPT_PROBE = 3,
	KOFFLOAD_ADAPT_DETACHED = 4,
};

enum koffload_adapt_action {
	KOFFLOAD_ADAPT_KEEP,	 /* nothing changes */
	KOFFLOAD_ADAPT_SET_ON,	 /* clear the flag: the offload answers */
	KOFFLOAD_ADAPT_SET_PASS, /* set the flag: every packet passes */
	KOFFLOAD_ADAPT_DETACH,	 /* detach the program */
};

#define KOFFLOAD_ADAPT_MAX_WINDOW 1024 /* ticks */

struct koffload_adapt_config {
	unsigned int tick_ms;		/* for the environment's milliseconds */
	unsigned int window;		/* ticks in the sliding window */
	unsigned int dwell;		/* ticks at least from a switch */
	unsigned int probe_every;	/* ticks between probes in PASS */
	unsigned int probe_len;		/* ticks a probe lasts at least */
	unsigned int detach_after;	/* ticks in PASS, then detach; 0 never */
	unsigned long long min_requests; /* fewer in a window decide nothing */
	double rho;
	double hysteresis;		/* ON again at ω >= ρ + hysteresis */
};

/* What the offload counted during one tick (datagrams with a wrong UDP
 * checksum are no requests: in neither). */
struct koffload_adapt_sample {
	unsigned long long kernel;	/* answered or consumed in the kernel */
	unsigned long long fallback;	/* passed to userspace */
};

struct koffload_adapt {
	struct koffload_adapt_config cfg;
	enum koffload_adapt_state state;
	unsigned long long tick;	/* steps so far */
	unsigned long long since;	/* tick of the last switch */
	unsigned long long next_probe;	/* in PASS */
	unsigned long long probe_start;	/* in PROBE */
	unsigned long long switches;	/* ON <-> PASS, both ways */
	double omega;			/* of the last full decision; -1: none */
	unsigned long long decided;	/* the requests it was measured on */
	/* The window: the last n samples, ring[(head + i) % window]. */
	struct koffload_adapt_sample ring[KOFFLOAD_ADAPT_MAX_WINDOW];
	unsigned int head, n;
	unsigned long long kernel, fallback; /* their sums */
};

/* The defaults (docs/adaptive.md), rho unset (negative). */
void koffload_adapt_defaults(struct koffload_adapt_config *cfg);

/*
 * Read the KOFFLOAD_ADAPT_* settings through `get` (getenv, or a test's
 * table) over the defaults.  0, or -1 with the offending variable and why
 * in err.  *on: KOFFLOAD_ADAPT (on, the default, or off).
 */
int koffload_adapt_configure(struct koffload_adapt_config *cfg, int *on,
			     const char *(*get)(const char *name), char *err,
			     unsigned long errlen);

/* Start in ON (the offload was just attached). */
void koffload_adapt_init(struct koffload_adapt *a,
			 const struct koffload_adapt_config *cfg);

/* One tick: what was counted since the last; what to do. */
enum koffload_adapt_action koffload_adapt_step(struct koffload_adapt *a,
					       const struct koffload_adapt_sample *s);

/* ω over the window now, or -1 when it has no request. */
double koffload_adapt_window_omega(const struct koffload_adapt *a);

const char *koffload_adapt_state_name(enum koffload_adapt_state state);

#ifdef __cplusplus
}
#endif

#endif /* KOFFLOAD_ADAPT_H */
