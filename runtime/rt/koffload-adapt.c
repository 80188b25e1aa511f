// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-adapt.c - the adaptive runtime's controller (see
 * koffload-adapt.h): a state machine over counter samples, no I/O.
 */
#include "koffload-adapt.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void koffload_adapt_defaults(struct koffload_adapt_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->tick_ms = 100;
	cfg->window = 10;	/* 1 s */
	cfg->dwell = 20;	/* 2 s */
	cfg->probe_every = 10;	/* 1 s */
	cfg->probe_len = 2;	/* 200 ms */
	cfg->detach_after = 0;
	cfg->min_requests = 100;
	cfg->rho = -1;
	cfg->hysteresis = 0.02;
}

static int parse_ulong(const char *s, unsigned long long max,
		       unsigned long long *out)
{
	char *end;

	errno = 0;
	if (!*s || *s == '-')
		return -1;
	*out = strtoull(s, &end, 10);
	return errno || *end || *out > max ? -1 : 0;
}

static int parse_fraction(const char *s, double *out)
{
	char *end;

	errno = 0;
	*out = strtod(s, &end);
	return !*s || errno || *end || !(*out >= 0 && *out <= 1e6) ? -1 : 0;
}

int koffload_adapt_configure(struct koffload_adapt_config *cfg, int *on,
			     const char *(*get)(const char *name), char *err,
			     unsigned long errlen)
{
	static const struct {
		const char *name;
		size_t field; /* offset of an unsigned int, in ticks */
		int zero_ok;
	} times[] = {
		{ "KOFFLOAD_ADAPT_WINDOW_MS",
		  offsetof(struct koffload_adapt_config, window), 0 },
		{ "KOFFLOAD_ADAPT_DWELL_MS",
		  offsetof(struct koffload_adapt_config, dwell), 1 },
		{ "KOFFLOAD_ADAPT_PROBE_EVERY_MS",
		  offsetof(struct koffload_adapt_config, probe_every), 0 },
		{ "KOFFLOAD_ADAPT_PROBE_MS",
		  offsetof(struct koffload_adapt_config, probe_len), 0 },
		{ "KOFFLOAD_ADAPT_DETACH_MS",
		  offsetof(struct koffload_adapt_config, detach_after), 1 },
	};
	unsigned long long v;
	const char *s;
	double d;
	size_t i;

	*on = 1;
	s = get("KOFFLOAD_ADAPT");
	if (s && *s) {
		if (!strcmp(s, "off") || !strcmp(s, "0"))
			*on = 0;
		else if (strcmp(s, "on") && strcmp(s, "1")) {
			snprintf(err, errlen, "KOFFLOAD_ADAPT=%s is not on or off",
				 s);
			return -1;
		}
	}
	s = get("KOFFLOAD_ADAPT_TICK_MS");
	if (s && *s) {
		if (parse_ulong(s, 60000, &v) || !v) {
			snprintf(err, errlen, "KOFFLOAD_ADAPT_TICK_MS=%s is not "
				 "1 to 60000", s);
			return -1;
		}
		cfg->tick_ms = v;
	}
	for (i = 0; i < sizeof(times) / sizeof(times[0]); i++) {
		unsigned int *field =
			(unsigned int *)((char *)cfg + times[i].field);

		s = get(times[i].name);
		if (!s || !*s)
			continue;
		if (parse_ulong(s, 86400000ull, &v) || (!v && !times[i].zero_ok)) {
			snprintf(err, errlen, "%s=%s is not a number of "
				 "milliseconds%s", times[i].name, s,
				 times[i].zero_ok ? "" : " above 0");
			return -1;
		}
		/* Whole ticks, rounded up: a nonzero time is at least one. */
		*field = (v + cfg->tick_ms - 1) / cfg->tick_ms;
	}
	if (cfg->window > KOFFLOAD_ADAPT_MAX_WINDOW) {
		snprintf(err, errlen, "KOFFLOAD_ADAPT_WINDOW_MS: the window is "
			 "over %d ticks of %u ms", KOFFLOAD_ADAPT_MAX_WINDOW,
			 cfg->tick_ms);
		return -1;
	}
	s = get("KOFFLOAD_ADAPT_MIN_REQUESTS");
	if (s && *s) {
		if (parse_ulong(s, ~0ull, &v)) {
			snprintf(err, errlen, "KOFFLOAD_ADAPT_MIN_REQUESTS=%s is "
				 "not a count", s);
			return -1;
		}
		cfg->min_requests = v;
	}
	s = get("KOFFLOAD_ADAPT_RHO");
	if (s && *s) {
		if (parse_fraction(s, &d)) {
			snprintf(err, errlen, "KOFFLOAD_ADAPT_RHO=%s is not a "
				 "non-negative number", s);
			return -1;
		}
		cfg->rho = d;
	}
	s = get("KOFFLOAD_ADAPT_HYSTERESIS");
	if (s && *s) {
		if (parse_fraction(s, &d) || d > 1) {
			snprintf(err, errlen, "KOFFLOAD_ADAPT_HYSTERESIS=%s is not "
				 "0 to 1", s);
			return -1;
		}
		cfg->hysteresis = d;
	}
	return 0;
}

static void window_clear(struct koffload_adapt *a)
{
	a->head = 0;
	a->n = 0;
	a->kernel = 0;
	a->fallback = 0;
}

static void window_push(struct koffload_adapt *a,
			const struct koffload_adapt_sample *s)
{
	unsigned int w = a->cfg.window;

	if (a->n == w) {
		a->kernel -= a->ring[a->head].kernel;
		a->fallback -= a->ring[a->head].fallback;
		a->ring[a->head] = *s;
		a->head = (a->head + 1) % w;
	} else {
		a->ring[(a->head + a->n) % w] = *s;
		a->n++;
	}
	a->kernel += s->kernel;
	a->fallback += s->fallback;
}

double koffload_adapt_window_omega(const struct koffload_adapt *a)
{
	unsigned long long all = a->kernel + a->fallback;

	return all ? (double)a->kernel / all : -1;
}

void koffload_adapt_init(struct koffload_adapt *a,
			 const struct koffload_adapt_config *cfg)
{
	memset(a, 0, sizeof(*a));
	a->cfg = *cfg;
	if (a->cfg.window < 1)
		a->cfg.window = 1;
	if (a->cfg.window > KOFFLOAD_ADAPT_MAX_WINDOW)
		a->cfg.window = KOFFLOAD_ADAPT_MAX_WINDOW;
	if (a->cfg.probe_len < 1)
		a->cfg.probe_len = 1;
	if (a->cfg.probe_every < 1)
		a->cfg.probe_every = 1;
	a->state = KOFFLOAD_ADAPT_ON;
	a->omega = -1;
}

static void enter_pass(struct koffload_adapt *a)
{
	unsigned long long after_dwell = a->since + a->cfg.dwell;

	a->state = KOFFLOAD_ADAPT_PASS;
	a->next_probe = a->tick + a->cfg.probe_every;
	if (a->next_probe < after_dwell)
		a->next_probe = after_dwell;
	window_clear(a);
}

enum koffload_adapt_action koffload_adapt_step(struct koffload_adapt *a,
					       const struct koffload_adapt_sample *s)
{
	const struct koffload_adapt_config *c = &a->cfg;
	unsigned long long all;

	a->tick++;
	switch (a->state) {
	case KOFFLOAD_ADAPT_ON:
		window_push(a, s);
		all = a->kernel + a->fallback;
		if (all < c->min_requests || !all)
			return KOFFLOAD_ADAPT_KEEP;
		a->omega = (double)a->kernel / all;
		a->decided = all;
		if (a->tick - a->since < c->dwell || !(a->omega < c->rho))
			return KOFFLOAD_ADAPT_KEEP;
		a->switches++;
		a->since = a->tick;
		enter_pass(a);
		return KOFFLOAD_ADAPT_SET_PASS;
	case KOFFLOAD_ADAPT_PASS:
		/* The flag is set: nothing to count (a request the kernel
		 * was finishing when it was set, at most). */
		if (c->detach_after && a->tick - a->since >= c->detach_after) {
			a->state = KOFFLOAD_ADAPT_DETACHED;
			return KOFFLOAD_ADAPT_DETACH;
		}
		if (a->tick < a->next_probe)
			return KOFFLOAD_ADAPT_KEEP;
		a->state = KOFFLOAD_ADAPT_PROBE;
		a->probe_start = a->tick;
		window_clear(a);
		return KOFFLOAD_ADAPT_SET_ON;
	case KOFFLOAD_ADAPT_PROBE:
		/* The runtime cleared the flag right after the step that
		 * began the probe: every sample since is the offload's. */
		window_push(a, s);
		all = a->kernel + a->fallback;
		if (a->tick - a->probe_start < c->probe_len)
			return KOFFLOAD_ADAPT_KEEP;
		if (all >= c->min_requests && all) {
			a->omega = (double)a->kernel / all;
			a->decided = all;
			if (a->omega >= c->rho + c->hysteresis) {
				a->state = KOFFLOAD_ADAPT_ON;
				a->switches++;
				a->since = a->tick;
				return KOFFLOAD_ADAPT_KEEP; /* it is on */
			}
		} else if (a->n < c->window) {
			return KOFFLOAD_ADAPT_KEEP; /* too few yet */
		}
		/* Not paying, or too few requests for a whole window. */
		enter_pass(a);
		return KOFFLOAD_ADAPT_SET_PASS;
	case KOFFLOAD_ADAPT_DETACHED:
	case KOFFLOAD_ADAPT_FIXED:
		break;
	}
	return KOFFLOAD_ADAPT_KEEP;
}

const char *koffload_adapt_state_name(enum koffload_adapt_state state)
{
	switch (state) {
	case KOFFLOAD_ADAPT_FIXED:
		return "on";
	case KOFFLOAD_ADAPT_ON:
		return "on";
	case KOFFLOAD_ADAPT_PASS:
		return "pass-through";
	case KOFFLOAD_ADAPT_PROBE:
		return "probing";
	case KOFFLOAD_ADAPT_DETACHED:
		return "detached";
	}
	return "unknown";
}
