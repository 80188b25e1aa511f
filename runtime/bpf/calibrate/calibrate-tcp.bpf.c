// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * calibrate-tcp.bpf.c - the sk_skb + sk_msg pair koffload-calibrate times
 * (calibrate-tcp.c), the TCP mechanism of docs/tcp-mechanism.md reduced
 * to an echo:
 *
 *   kcal_verdict   sk_skb stream verdict.  A request starting with
 *                  KCAL_KERNEL_BYTE is answered here: the skb keeps its
 *                  length, its first byte becomes KCAL_MARK, and it goes
 *                  to the same socket's egress.  Anything else is passed
 *                  to userspace (a fallback: the hook ran for nothing).
 *   kcal_reply     sk_msg on the same map.  A marked message, while a
 *                  kernel reply is in flight, gets its first byte back:
 *                  the reply is the request (an echo, as kcal_echo for
 *                  UDP).  Userspace's writes pass unchanged.
 *
 * One connection is in the map (slot 0), with one request in flight at a
 * time (a ping-pong), so a counter stands for the mechanism's tickets.
 * It is in a separate object from calibrate.bpf.c so that a kernel without
 * sockmap support still gets the XDP figures.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define KCAL_KERNEL_BYTE 'k' /* keep in step with calibrate-tcp.c */
#define KCAL_MARK 0x01

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} kcal_socks SEC(".maps");

/* The only global (.bss offset 0; calibrate-tcp.c reads `answered`). */
struct {
	__u64 inflight; /* kernel replies redirected, not yet rewritten */
	__u64 answered; /* requests the verdict answered */
} kcal_state;

SEC("sk_skb/stream_verdict") int kcal_verdict(struct __sk_buff *skb)
{
	char first, mark = KCAL_MARK;

	if (bpf_skb_load_bytes(skb, 0, &first, 1) < 0 ||
	    first != KCAL_KERNEL_BYTE)
		return SK_PASS;
	/* Linear, so that one sendmsg (one sk_msg run) carries it all. */
	if (bpf_skb_pull_data(skb, skb->len) < 0 ||
	    bpf_skb_store_bytes(skb, 0, &mark, 1, 0) < 0)
		return SK_PASS;
	__sync_fetch_and_add(&kcal_state.inflight, 1);
	__sync_fetch_and_add(&kcal_state.answered, 1);
	return bpf_sk_redirect_map(skb, &kcal_socks, 0, 0);
}

SEC("sk_msg") int kcal_reply(struct sk_msg_md *msg)
{
	char *data, *end;

	if (bpf_msg_pull_data(msg, 0, 1, 0) < 0)
		return SK_PASS;
	data = (void *)(long)msg->data;
	end = (void *)(long)msg->data_end;
	if (data + 1 > end || *data != KCAL_MARK || !kcal_state.inflight)
		return SK_PASS; /* userspace's reply */
	__sync_fetch_and_sub(&kcal_state.inflight, 1);
	*data = KCAL_KERNEL_BYTE;
	return SK_PASS;
}
