// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * pass.bpf.c - the baseline: an XDP program that does nothing.  Timed like
 * the others, it is the cost of the measurement itself (test-run set-up,
 * the timer, the call), which xdp-bench subtracts.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pass(struct xdp_md *ctx)
{
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
