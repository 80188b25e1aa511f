// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * koffload-log.c - replay the log lines of kernel-answered requests.
 *
 * The offload records a request's log calls (printf, fputs, fwrite to
 * stdout or stderr, syslog, ...) into a BPF ring buffer when the request commits, one batch
 * per request (koffload/abi.h, struct koffload_log_batch). A thread of the
 * runtime polls the ring buffer and calls, for each entry, the split
 * program's replay function for its site (lib/User/LogReplay.cpp), which
 * makes the original call with the program's own FILE *: its buffering
 * and its locks. Lines of kernel-answered requests thus appear when the
 * thread wakes (the kernel wakes it at each record), in the ring buffer's
 * order among themselves, interleaved with userspace's own as it happens.
 * At exit (atexit: a return from main or exit(), not a fatal signal) the
 * thread stops and what is left in the ring buffer is replayed, before
 * stdio flushes.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>

#include <bpf/libbpf.h>

#include "koffload-log.h"
#include "koffload-rt.h"

static const koffload_log_replay *log_sites;
static unsigned int log_nsites;
static struct ring_buffer *log_ring;
static pthread_t log_thread;
static volatile int log_stopping;
/* libbpf's ring buffer has one consumer at a time: the log thread, or a
 * request's catch-up in the program's thread. */
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

static void log_consume(void)
{
	pthread_mutex_lock(&log_lock);
	ring_buffer__consume(log_ring);
	pthread_mutex_unlock(&log_lock);
}

void koffload_rt_log_catch_up(void)
{
	if (log_ring)
		log_consume();
}

void koffload_rt_log_sites(const koffload_log_replay *sites, unsigned int n)
{
	log_sites = sites;
	log_nsites = n;
}

/* One request's batch: its entries, in the order the request made them. */
static int replay_batch(void *ctx, void *data, size_t size)
{
	const struct koffload_log_batch *batch = data;
	const char *entries = (const char *)(batch + 1);
	unsigned int i, off = 0;

	(void)ctx;
	if (size < sizeof(*batch) || batch->bytes > size - sizeof(*batch))
		return 0;
	for (i = 0; i < batch->count; i++) {
		const struct koffload_log_entry *entry =
			(const void *)(entries + off);

		if (batch->bytes - off < sizeof(*entry) ||
		    entry->size < sizeof(*entry) ||
		    entry->size > batch->bytes - off || entry->size % 8)
			break;
		if (entry->site < log_nsites && log_sites[entry->site])
			log_sites[entry->site](entry);
		off += entry->size;
	}
	return 0;
}

static void *log_loop(void *arg)
{
	int efd = ring_buffer__epoll_fd(log_ring);

	(void)arg;
	while (!log_stopping) {
		struct epoll_event ev;
		int n = epoll_wait(efd, &ev, 1, 100);

		if (n < 0 && errno != EINTR)
			break;
		if (n > 0)
			log_consume();
	}
	return NULL;
}

/* At exit: the thread stops, and this one replays what is left. */
static void log_drain(void)
{
	log_stopping = 1;
	pthread_join(log_thread, NULL);
	log_consume();
}

int koffload_log_start(struct bpf_object *obj, char *why, unsigned long len)
{
	sigset_t all, old;
	struct bpf_map *map;
	int err;

	map = bpf_object__find_map_by_name(obj, KOFFLOAD_LOG_MAP);
	if (!map)
		return 0;
	if (!log_sites) {
		snprintf(why, len, "the offload records log lines but the "
			 "program has no replays for them");
		return -ENOENT;
	}
	log_ring = ring_buffer__new(bpf_map__fd(map), replay_batch, NULL,
				    NULL);
	if (!log_ring) {
		err = -errno;
		snprintf(why, len, "cannot read the log ring buffer (%s)",
			 strerror(-err));
		return err;
	}
	/* The program's signals are its own threads' business. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(&log_thread, NULL, log_loop, NULL);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err) {
		snprintf(why, len, "cannot start the log thread (%s)",
			 strerror(err));
		ring_buffer__free(log_ring);
		log_ring = NULL;
		return -err;
	}
	atexit(log_drain);
	return 0;
}
