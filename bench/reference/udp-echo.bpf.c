// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * udp-echo.bpf.c - hand-written XDP offload of examples/udp-echo: every
 * datagram to the service port goes back to its sender unchanged.
 *
 * The payload stays where it is: only the headers are rewritten (the frame
 * is trimmed to the datagram when it carried Ethernet padding).  The port
 * is set before loading, like the generated offload's koffload_service.
 */
#include "xdp-udp.h"

/* The service's UDP port, network order; 0: not configured, pass all. */
const volatile __be16 service_port;

SEC("xdp")
int udp_echo(struct xdp_md *ctx)
{
	struct udp_req req;

	if (!service_port || udp_request(ctx, service_port, &req))
		return XDP_PASS;
	/* The original's recvfrom buffer holds 65536 bytes; a reply larger
	 * than one frame is userspace's, as in the generated offload. */
	if (req.len > MAX_PAYLOAD || udp_reply(ctx, req.len))
		return XDP_PASS;
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
