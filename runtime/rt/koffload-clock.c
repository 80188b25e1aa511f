// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-clock.c - the wall clock's offset, measured in userspace and
 * published in the offload's memory (koffload-clock.h).
 */
#define _GNU_SOURCE
#include "koffload-clock.h"
#include "koffload-rt.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NS_PER_S 1000000000LL
#define CLOCK_TRIES 8
#define CLOCK_PERIOD_S 1

struct koffload_clock_pub {
	struct koffload_clock *word;	/* in the offload's .data */
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;		/* on CLOCK_MONOTONIC */
	int stop;
};

static long long ns_of(const struct timespec *ts)
{
	return ts->tv_sec * NS_PER_S + ts->tv_nsec;
}

int koffload_clock_measure(long long *offset)
{
	long long best = -1, off = 0, width, whole;
	struct timespec t1, r, t2;
	int i;

	/* REALTIME bracketed by two TAI reads; the tightest bracket wins. */
	for (i = 0; i < CLOCK_TRIES; i++) {
		if (clock_gettime(CLOCK_TAI, &t1) ||
		    clock_gettime(CLOCK_REALTIME, &r) ||
		    clock_gettime(CLOCK_TAI, &t2))
			return -errno;
		width = ns_of(&t2) - ns_of(&t1);
		if (best < 0 || width < best) {
			best = width;
			off = ns_of(&r) - (ns_of(&t1) + width / 2);
		}
	}
	/* The kernel's TAI is its REALTIME plus a whole number of seconds at
	 * every instant (timekeeping's offs_tai = offs_real + tai_offset):
	 * the whole second within the measurement's error is exact. */
	whole = (off >= 0 ? off + NS_PER_S / 2 : off - NS_PER_S / 2) /
		NS_PER_S * NS_PER_S;
	if (llabs(off - whole) <= best / 2 + 1000)
		off = whole;
	*offset = off;
	return 0;
}

/* One measurement, published with one atomic store (the single writer). */
static int publish(struct koffload_clock_pub *pub)
{
	long long off;
	int err = koffload_clock_measure(&off);

	if (!err)
		__atomic_store_n(&pub->word->realtime_minus_tai, off,
				 __ATOMIC_RELEASE);
	return err;
}

static void *clock_loop(void *arg)
{
	struct koffload_clock_pub *pub = arg;
	struct timespec until;

	pthread_mutex_lock(&pub->lock);
	while (!pub->stop) {
		clock_gettime(CLOCK_MONOTONIC, &until);
		until.tv_sec += CLOCK_PERIOD_S;
		while (!pub->stop &&
		       pthread_cond_timedwait(&pub->wake, &pub->lock, &until) !=
			       ETIMEDOUT)
			;
		if (!pub->stop)
			publish(pub);
	}
	pthread_mutex_unlock(&pub->lock);
	return NULL;
}

struct koffload_clock_pub *koffload_clock_start(struct koffload_rt *rt)
{
	struct koffload_clock *word;
	size_t size;

	word = koffload_rt_global(rt, KOFFLOAD_CLOCK_GLOBAL, &size);
	if (!word || size != sizeof(*word))
		return NULL;
	return koffload_clock_start_at(word);
}

struct koffload_clock_pub *koffload_clock_start_at(struct koffload_clock *word)
{
	struct koffload_clock_pub *pub;
	pthread_condattr_t attr;
	sigset_t all, old;
	int err;

	pub = calloc(1, sizeof(*pub));
	if (!pub)
		return NULL;
	pub->word = word;
	err = publish(pub);
	if (err) {
		fprintf(stderr, "koffload: cannot read CLOCK_TAI and "
				"CLOCK_REALTIME (%s): requests that read the "
				"wall clock are served from userspace\n",
			strerror(-err));
		free(pub);
		return NULL;
	}
	pthread_mutex_init(&pub->lock, NULL);
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&pub->wake, &attr);
	pthread_condattr_destroy(&attr);
	/* The program's signals are its main thread's business. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(&pub->thread, NULL, clock_loop, pub);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err) {
		/* The offset stays as measured now: right until the kernel's
		 * TAI offset changes. */
		fprintf(stderr, "koffload: no thread to keep the wall clock's "
				"offset current (%s)\n", strerror(err));
		pthread_cond_destroy(&pub->wake);
		pthread_mutex_destroy(&pub->lock);
		free(pub);
		return NULL;
	}
	return pub;
}

void koffload_clock_stop(struct koffload_clock_pub *pub)
{
	if (!pub)
		return;
	pthread_mutex_lock(&pub->lock);
	pub->stop = 1;
	pthread_cond_signal(&pub->wake);
	pthread_mutex_unlock(&pub->lock);
	pthread_join(pub->thread, NULL);
	pthread_cond_destroy(&pub->wake);
	pthread_mutex_destroy(&pub->lock);
	free(pub);
}
