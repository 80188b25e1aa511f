// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * rt-share-many - koffload_rt_share() of N globals of rt-share-many.bpf.o
 * (g00 .. g93, 40 of them), as a split program with N shared globals does.
 *
 *   rt-share-many OBJECT N
 *
 * Each global starts with its own value in the program; after the share
 * every slot must point at the offload's map memory holding that value,
 * and the offload (BPF_PROG_TEST_RUN) must add up exactly those values.
 * Prints PASS or FAIL lines; exit 0, 1 on a failure.
 */
#include "koffload-rt.h"

#include <bpf/bpf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX 40

int main(int argc, char **argv)
{
	static unsigned long long value[MAX];
	static char name[MAX][8];
	static void *slot[MAX];
	struct koffload_shared shared[MAX];
	struct koffload_rt_opts opts = { .load_only = 1 };
	unsigned long long expect = 0, *sum;
	unsigned char frame[64] = { 0 };
	unsigned int i, n, bad = 0;
	struct koffload_rt *rt;
	static char object[1 << 20];
	FILE *f;
	int err;

	if (argc != 3 || (n = atoi(argv[2])) > MAX) {
		fprintf(stderr, "usage: rt-share-many OBJECT N (N <= %d)\n", MAX);
		return 1;
	}
	f = fopen(argv[1], "rb");
	if (!f) {
		fprintf(stderr, "FAIL: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	opts.object = object;
	opts.object_size = fread(object, 1, sizeof(object), f);
	fclose(f);
	rt = koffload_rt_start(&opts);
	if (!rt) {
		printf("FAIL: the runtime did not load %s\n", argv[1]);
		return 1;
	}
	for (i = 0; i < n; i++) {
		snprintf(name[i], sizeof(name[i]), "g%u%u", i / 4, i % 4);
		value[i] = 1000 + i;
		expect += value[i];
		slot[i] = &value[i];
		shared[i] = (struct koffload_shared){ name[i], &value[i],
						      &slot[i], 8, 0 };
	}
	err = koffload_rt_share(rt, shared, n);
	if (err) {
		printf("FAIL: koffload_rt_share of %u globals: %s\n", n,
		       strerror(-err));
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (slot[i] != koffload_rt_global(rt, name[i], NULL) ||
		    *(unsigned long long *)slot[i] != value[i]) {
			printf("FAIL: %s is not the offload's, seeded with "
			       "%llu\n", name[i], value[i]);
			bad++;
		}
	}
	{
		LIBBPF_OPTS(bpf_test_run_opts, run, .data_in = frame,
			    .data_size_in = sizeof(frame), .repeat = 1);

		err = bpf_prog_test_run_opts(koffload_rt_program_fd(rt), &run);
	}
	sum = koffload_rt_global(rt, "sum", NULL);
	if (err || !sum || *sum != expect) {
		printf("FAIL: the offload's sum is %llu, not %llu\n",
		       sum ? *sum : 0, expect);
		bad++;
	}
	koffload_rt_unshare(shared, n);
	koffload_rt_stop(rt);
	if (!bad)
		printf("PASS: %u globals shared, the offload's sum %llu\n", n,
		       expect);
	return bad ? 1 : 0;
}
