// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * rt-share-many.bpf.c - an offload with 40 shared globals (g0..g39, one
 * .bss map), for rt-share-many.c: koffload_rt_share() of more than 32.
 * The program adds g0 .. g39 into `sum`, so each is a real map value the
 * kernel reads.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define G4(n) unsigned long long g##n##0, g##n##1, g##n##2, g##n##3;
#define S4(n) (g##n##0 + g##n##1 + g##n##2 + g##n##3)

G4(0) G4(1) G4(2) G4(3) G4(4) G4(5) G4(6) G4(7) G4(8) G4(9)
unsigned long long sum;

SEC("xdp")
int koffload_xdp(struct xdp_md *ctx)
{
	sum = S4(0) + S4(1) + S4(2) + S4(3) + S4(4) + S4(5) + S4(6) + S4(7) +
	      S4(8) + S4(9);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
