// SPDX-License-Identifier: (Apache-2.0 WITH LLVM-exception) OR GPL-2.0-only
/*
 * libc-link.bpf.c - an XDP program that calls the BPF libc the way
 * koffload's output will: through external declarations, linked with
 * build/lib/koffload-bpf-libc.bc (llvm-link), inlined by opt, compiled by
 * llc (see CMakeLists.txt).  A packet "n=<decimal>..." stores the number in
 * `parsed` and is answered XDP_TX; anything else passes.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "koffload_libc.h"

__u64 parsed;

SEC("xdp")
int libc_link(struct xdp_md *ctx)
{
	const char *data = (const char *)(long)ctx->data;
	const void *end = (const void *)(long)ctx->data_end;
	struct koffload_libc_status st = {};
	char *e = NULL;
	unsigned long v;

	if (data + 2 > (const char *)end)
		return XDP_PASS;
	if (koffload_pkt_memcmp(data, "n=", 2, end, &st) || st.overflow)
		return XDP_PASS;
	v = koffload_pkt_strtoul(data + 2, &e, 10, end, &st);
	if (st.overflow || st.err || e == data + 2)
		return XDP_PASS;
	parsed = v;
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
