/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * koffload-clock.h - the wall clock's offset, published for the offload.
 *
 * No BPF helper reads CLOCK_REALTIME: an offload whose requests read the
 * wall clock adds CLOCK_REALTIME - CLOCK_TAI to bpf_ktime_get_tai_ns()
 * (koffload/abi.h, struct koffload_clock).  The runtime measures that
 * difference here, in userspace, publishes it when the offload is loaded,
 * and keeps it current from a thread of its own that measures again every
 * second (an adjtimex() that changes the kernel's TAI offset, a leap
 * second).  Offloads without the global get no thread.
 */
#ifndef KOFFLOAD_CLOCK_H
#define KOFFLOAD_CLOCK_H

#ifdef __cplusplus
extern "C" {
#endif

struct koffload_rt;
struct koffload_clock;
struct koffload_clock_pub;

/*
 * CLOCK_REALTIME - CLOCK_TAI now, in ns, into *offset: 0, or -errno when a
 * clock cannot be read.  The kernel keeps the two a whole number of
 * seconds apart (its TAI offset, 0 until someone sets it), so a
 * measurement within its error of a whole second is that second.
 */
int koffload_clock_measure(long long *offset);

/*
 * If the offload of `rt` reads the wall clock: publish the offset now and
 * start the thread that keeps it current.  NULL when there is nothing to
 * keep (no such global) or it could not start (one line on stderr; the
 * requests that read the wall clock then fall back).
 */
struct koffload_clock_pub *koffload_clock_start(struct koffload_rt *rt);

/* The same for the word at `word` (tests: any memory will do). */
struct koffload_clock_pub *koffload_clock_start_at(struct koffload_clock *word);

/* Stop the thread (before the offload's memory is unmapped). */
void koffload_clock_stop(struct koffload_clock_pub *pub);

#ifdef __cplusplus
}
#endif

#endif /* KOFFLOAD_CLOCK_H */
