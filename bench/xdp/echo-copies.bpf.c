// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * echo-copies.bpf.c - an ablation, not a reference: udp-echo's reference
 * (the same prologue and reply) plus, with -DCOPIES, the three payload
 * copies the generated offload makes (two bpf_xdp_load_bytes into scratch
 * memory, one bpf_xdp_store_bytes back).  Timing both against the
 * generated object (xdp-bench, a spec with the three programs) measures
 * how much of the gap the copies are; README.md has the numbers.
 */
#include "../reference/xdp-udp.h"
const volatile __be16 service_port;
/* Not per CPU: the ablation runs on one CPU. */
__u8 scratch[2][1480];
SEC("xdp")
int echo_copies(struct xdp_md *ctx)
{
	struct udp_req req;
	__u32 len;
	if (!service_port || udp_request(ctx, service_port, &req))
		return XDP_PASS;
	len = req.len;
	if (len > MAX_PAYLOAD || len < 1)
		return XDP_PASS;
#ifdef COPIES
	if (bpf_xdp_load_bytes(ctx, UDP_PAYLOAD_OFF, scratch[0], len))
		return XDP_PASS;
	if (bpf_xdp_load_bytes(ctx, UDP_PAYLOAD_OFF, scratch[1], len))
		return XDP_PASS;
#endif
	if (udp_reply(ctx, len))
		return XDP_PASS;
#ifdef COPIES
	if (bpf_xdp_store_bytes(ctx, UDP_PAYLOAD_OFF, scratch[1], len))
		return XDP_PASS;
#endif
	return XDP_TX;
}
char LICENSE[] SEC("license") = "GPL";
