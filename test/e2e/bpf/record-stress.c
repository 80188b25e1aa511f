// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * record-stress - the record protocol under contention, both sides at once.
 *
 *   record-stress OBJECT FRAME SECONDS
 *
 * OBJECT is koffload's offload of test/lit/kernel/Inputs/udp-record.c
 * (clients[16] of {requests, bytes}, both updated by every request), FRAME a
 * request for client 3 with a 5-byte payload (raw bytes), its port set in
 * koffload_service. The runtime loads the object (not attached) and shares
 * `clients` as a split program would. Then, for SECONDS:
 *   - one kernel writer per CPU: BPF_PROG_TEST_RUN of FRAME (a fresh copy
 *     each time); XDP_TX means the offload took the record and added one
 *     request of 5 bytes, XDP_PASS that it found the record held and fell
 *     back (nothing written);
 *   - a userspace writer: koffload_rt_request_begin(), client 3 += one
 *     request of 5 bytes, koffload_rt_request_end();
 *   - a userspace reader: inside begin/end, every client's bytes must be 5
 *     times its requests (a torn record would show otherwise).
 * At the end client 3's requests must equal the kernel's XDP_TX count plus
 * the userspace writer's (no lost update), bytes 5 times that, the sequence
 * word even. Prints the counts; exit 0 on success, 1 on a violation, 77
 * when BPF is not permitted.
 *
 *   record-stress --at-write OBJECT FRAME GLOBAL
 *
 * A record only userspace writes (KOFFLOAD_SHARED_USER_WRITES, e.g.
 * kv-cache's table): a userspace request holds its word from its first
 * write (koffload_rt_record_write) to its end, not from its receive, so a
 * request that only reads it lets the offload answer meanwhile (FRAME, a
 * request that reads GLOBAL, is answered: XDP_TX), and one that writes
 * makes it fall back (XDP_PASS). Checked step by step against the
 * kernel's verdicts, and against a record taken at the receive.
 */
#include "koffload-rt.h"

#include <bpf/bpf.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

struct client {
	uint64_t requests;
	uint64_t bytes;
};

static struct client clients[16];
static struct client *clients_slot = clients;
static unsigned char frame[256];
static size_t frame_len;
static int prog_fd;
static atomic_int stop;
static atomic_ulong kernel_tx, kernel_pass, user_writes, torn, reads;

static int read_file(const char *path, void *buf, size_t cap, size_t *len)
{
	FILE *f = fopen(path, "rb");

	if (!f)
		return -errno;
	*len = fread(buf, 1, cap, f);
	fclose(f);
	return 0;
}

static void *kernel_writer(void *arg)
{
	unsigned char out[512];

	(void)arg;
	while (!atomic_load(&stop)) {
		LIBBPF_OPTS(bpf_test_run_opts, o, .data_in = frame,
			    .data_size_in = frame_len, .data_out = out,
			    .data_size_out = sizeof(out), .repeat = 1);

		if (bpf_prog_test_run_opts(prog_fd, &o)) {
			fprintf(stderr, "test run: %s\n", strerror(errno));
			atomic_store(&stop, 1);
			break;
		}
		if (o.retval == 3 /* XDP_TX */)
			atomic_fetch_add(&kernel_tx, 1);
		else if (o.retval == 2 /* XDP_PASS */)
			atomic_fetch_add(&kernel_pass, 1);
	}
	return NULL;
}

static void *user_writer(void *arg)
{
	(void)arg;
	while (!atomic_load(&stop)) {
		koffload_rt_request_begin();
		clients_slot[3].requests++;
		clients_slot[3].bytes += 5;
		koffload_rt_request_end();
		atomic_fetch_add(&user_writes, 1);
	}
	return NULL;
}

static void *user_reader(void *arg)
{
	(void)arg;
	while (!atomic_load(&stop)) {
		int i;

		koffload_rt_request_begin();
		for (i = 0; i < 16; i++)
			if (clients_slot[i].bytes != 5 * clients_slot[i].requests)
				atomic_fetch_add(&torn, 1);
		koffload_rt_request_end();
		atomic_fetch_add(&reads, 1);
	}
	return NULL;
}

/* One run of the offload on FRAME: its XDP action. */
static int run_frame(void)
{
	unsigned char out[2048];
	LIBBPF_OPTS(bpf_test_run_opts, o, .data_in = frame,
		    .data_size_in = frame_len, .data_out = out,
		    .data_size_out = sizeof(out), .repeat = 1);

	if (bpf_prog_test_run_opts(prog_fd, &o))
		return -errno;
	return (int)o.retval;
}

static int at_write(struct koffload_rt *rt, const char *name)
{
	struct koffload_shared shared = { name, NULL, NULL, 0,
					  KOFFLOAD_SHARED_RECORD |
						  KOFFLOAD_SHARED_USER_WRITES };
	void *slot;
	char seq_name[128];
	unsigned int *seq, start;
	size_t size;
	int failures = 0;

#define EXPECT(cond, what)                                                   \
	do {                                                                 \
		if (!(cond)) {                                               \
			printf("FAIL: %s\n", what);                          \
			failures++;                                          \
		}                                                            \
	} while (0)

	if (!koffload_rt_global(rt, name, &size)) {
		printf("FAIL: the offload has no global %s\n", name);
		return 1;
	}
	shared.addr = calloc(1, size);
	shared.size = size;
	slot = shared.addr;
	shared.slot = &slot;
	snprintf(seq_name, sizeof(seq_name), "koffload_seq_%s", name);
	seq = koffload_rt_global(rt, seq_name, NULL);
	if (!seq || koffload_rt_share(rt, &shared, 1)) {
		printf("FAIL: %s is not a record of the offload\n", name);
		return 1;
	}
	start = *seq;
	EXPECT(run_frame() == 3, "no request in userspace: not answered");
	koffload_rt_request_begin();
	EXPECT(*seq == start, "the receive took the word");
	EXPECT(run_frame() == 3,
	       "a userspace request that only reads: the offload fell back");
	koffload_rt_record_write();
	EXPECT(*seq == start + 1, "the first write did not take the word");
	koffload_rt_record_write();
	EXPECT(*seq == start + 1, "a second write took the word again");
	EXPECT(run_frame() == 2,
	       "a userspace request that writes: the offload did not fall back");
	koffload_rt_request_end();
	EXPECT(*seq == start + 2, "the request's end did not release the word");
	EXPECT(run_frame() == 3, "after the request: not answered");
	koffload_rt_request_end();
	EXPECT(*seq == start + 2, "a second end changed the word");

	/* Contrast: taken at the receive, as for a record the offload writes. */
	koffload_rt_unshare(&shared, 1);
	shared.flags = KOFFLOAD_SHARED_RECORD;
	if (koffload_rt_share(rt, &shared, 1))
		return 1;
	koffload_rt_request_begin();
	EXPECT(*seq == start + 3, "a record-protocol receive did not take the word");
	EXPECT(run_frame() == 2, "the word held: the offload did not fall back");
	koffload_rt_request_end();
	EXPECT(*seq == start + 4, "not released");
	koffload_rt_unshare(&shared, 1);
	printf("%s: sequence word %u -> %u\n", failures ? "FAIL" : "PASS", start,
	       *seq);
	return failures ? 1 : 0;
}

int main(int argc, char **argv)
{
	static struct koffload_shared shared[] = {
		{ "clients", clients, (void **)&clients_slot, sizeof(clients),
		  KOFFLOAD_SHARED_RECORD },
	};
	struct koffload_rt_opts opts = { .load_only = 1 };
	static unsigned char object[1 << 20];
	pthread_t threads[16];
	int ncpu = sysconf(_SC_NPROCESSORS_ONLN), nthreads = 0, i, err;
	unsigned int *seq;
	unsigned long want;
	struct koffload_service *service;
	uint16_t port_be;

	int arg = argc == 5 && !strcmp(argv[1], "--at-write") ? 2 : 1;

	if (argc != 4 && arg == 1) {
		fprintf(stderr, "usage: record-stress OBJECT FRAME SECONDS\n"
				"       record-stress --at-write OBJECT FRAME "
				"GLOBAL\n");
		return 1;
	}
	if ((err = read_file(argv[arg], object, sizeof(object),
			     &opts.object_size)) ||
	    (err = read_file(argv[arg + 1], frame, sizeof(frame),
			     &frame_len))) {
		fprintf(stderr, "error: %s\n", strerror(-err));
		return 1;
	}
	opts.object = object;
	struct koffload_rt *rt = koffload_rt_start(&opts);
	if (!rt) {
		printf("SKIP: the offload could not be loaded here\n");
		return 77;
	}
	/* The frame's destination port (IPv4, no options): the service. */
	memcpy(&port_be, frame + 36, 2);
	service = koffload_rt_global(rt, KOFFLOAD_SERVICE_GLOBAL, NULL);
	memcpy(&service->port, &port_be, sizeof(service->port));
	if (arg == 1 && koffload_rt_share(rt, shared, 1))
		return 1;
	prog_fd = koffload_rt_program_fd(rt);
	if (arg == 2)
		return at_write(rt, argv[4]);
	seq = koffload_rt_global(rt, "koffload_seq_clients", NULL);

	if (ncpu < 1 || ncpu > 12)
		ncpu = ncpu < 1 ? 1 : 12;
	for (i = 0; i < ncpu; i++)
		pthread_create(&threads[nthreads++], NULL, kernel_writer, NULL);
	pthread_create(&threads[nthreads++], NULL, user_writer, NULL);
	pthread_create(&threads[nthreads++], NULL, user_reader, NULL);
	sleep(atoi(argv[3]));
	atomic_store(&stop, 1);
	for (i = 0; i < nthreads; i++)
		pthread_join(threads[i], NULL);

	want = atomic_load(&kernel_tx) + atomic_load(&user_writes);
	printf("kernel: %lu answered, %lu fell back (record held); userspace: "
	       "%lu writes, %lu reads, %lu torn; client 3: %lu requests, %lu "
	       "bytes; sequence word %u\n",
	       atomic_load(&kernel_tx), atomic_load(&kernel_pass),
	       atomic_load(&user_writes), atomic_load(&reads),
	       atomic_load(&torn), (unsigned long)clients_slot[3].requests,
	       (unsigned long)clients_slot[3].bytes, *seq);
	if (atomic_load(&torn) || clients_slot[3].requests != want ||
	    clients_slot[3].bytes != 5 * want || (*seq & 1)) {
		printf("FAIL: torn reads or lost updates\n");
		return 1;
	}
	if (!atomic_load(&kernel_tx) || !atomic_load(&user_writes) ||
	    !atomic_load(&kernel_pass)) {
		printf("FAIL: the two sides did not contend (nothing proven)\n");
		return 1;
	}
	koffload_rt_unshare(shared, 1);
	koffload_rt_stop(rt);
	printf("PASS\n");
	return 0;
}
