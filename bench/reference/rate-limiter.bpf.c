// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * rate-limiter.bpf.c - hand-written XDP offload of examples/rate-limiter:
 * a 4-byte big-endian client id in, ALLOW or DENY out after a token-bucket
 * update of the client's bucket; ERROR for any other length or an id out of
 * range.
 *
 * The state is the program's own (struct bucket buckets[MAX_CLIENTS],
 * refill_ns, burst: same names and layout), shared with userspace, so that
 * it can be seeded identically in both objects.  The clock is
 * bpf_ktime_get_ns(), CLOCK_MONOTONIC as the original's clock_gettime().
 *
 * Concurrency: the same record protocol as the generated offload
 * (lib/Kernel/XDPGen.cpp, enterRecords/leaveRecords), which any offload of
 * this program needs once userspace and several CPUs update buckets: one
 * sequence word for the table, koffload_seq_buckets in .bss, taken
 * even -> odd by compare-and-exchange (odd or contended: XDP_PASS, untouched)
 * and released by storing start + 2.  Only the requests that touch a bucket
 * take it (ERROR replies are stateless); the generated offload takes it for
 * every request past the UDP checks, which the timed frames do not see.
 *
 * The id is read in place as one 32-bit word; the bucket is read once and
 * written once (the original's field-by-field updates folded into final
 * values); the reply is written straight into the resized frame.
 */
#include "xdp-udp.h"

#define MAX_CLIENTS 4096
#define REQ_LEN 4
#define RECV_MAX 64 /* the original's recvfrom buffer */

struct bucket {
	__u64 last_ns;
	__u32 tokens;
	__u32 seen;
};

/* The program's globals, with its defaults. */
struct bucket buckets[MAX_CLIENTS];
__u64 refill_ns = 100 * 1000000ull;
__u32 burst = 10;

/* The table's sequence word: even when free, odd while a writer holds it. */
__u32 koffload_seq_buckets __attribute__((aligned(8)));

/* The service's UDP port, network order; 0: not configured, pass all. */
const volatile __be16 service_port;

SEC("xdp")
int rate_limiter(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	const __u8 *pl = (void *)(long)ctx->data + UDP_PAYLOAD_OFF;
	struct udp_req req;
	struct bucket *b;
	__u64 now, last, earned, rf;
	__u32 id, tokens, cap, start;
	long taken;
	int allow;

	if (!service_port || udp_request(ctx, service_port, &req))
		return XDP_PASS;
	/* recvfrom truncates to RECV_MAX bytes: a longer request is not 4. */
	if (req.len != REQ_LEN)
		return LIT_REPLY(ctx, "ERROR");
	if ((void *)(pl + REQ_LEN) > data_end)
		return XDP_PASS;
	id = bpf_ntohl(*(const __u32 *)pl);
	if (id >= MAX_CLIENTS)
		return LIT_REPLY(ctx, "ERROR");

	/* Take the table's record: even -> odd, or fall back. */
	taken = record_take(&koffload_seq_buckets);
	if (taken < 0)
		return XDP_PASS;
	start = taken;

	now = bpf_ktime_get_ns();
	b = &buckets[id];
	cap = burst;
	rf = refill_ns;
	if (!b->seen) {
		b->seen = 1;
		tokens = cap;
		last = now;
	} else {
		tokens = b->tokens;
		last = b->last_ns;
	}
	/* refill_ns is at least 1 ms (the original's command line); a BPF
	 * division by zero would give 0 anyway. */
	earned = (now - last) / rf;
	if ((__u64)tokens + earned >= cap) {
		tokens = cap;
		last = now; /* a full bucket earns nothing */
	} else if (earned > 0) {
		tokens += (__u32)earned;
		last += earned * rf; /* keep the partial token */
	}
	allow = tokens != 0;
	b->tokens = tokens - allow;
	b->last_ns = last;

	/* Release: readers see it changed. */
	record_release(&koffload_seq_buckets, start);

	return allow ? LIT_REPLY(ctx, "ALLOW") : LIT_REPLY(ctx, "DENY");
}

char LICENSE[] SEC("license") = "GPL";
