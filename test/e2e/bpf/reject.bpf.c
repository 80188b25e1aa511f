// SPDX-License-Identifier: (Apache-2.0 WITH LLVM-exception) OR GPL-2.0-only
/*
 * reject.bpf.c - an XDP program the verifier must refuse (a packet read
 * without a bounds check), for the test that koffload-bpf-run reports a
 * refusal with exit status 2 and the verifier log.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int reject_unchecked(struct xdp_md *ctx)
{
	unsigned char *data = (unsigned char *)(long)ctx->data;

	return data[100] ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
