// SPDX-License-Identifier: (Apache-2.0 WITH LLVM-exception) OR GPL-2.0-only
/*
 * hook-tcp.bpf.c - the TCP hook's fixed parts, around a generated request
 * path (lib/Kernel/SkSkbTCP.cpp calls them; part of the libc bitcode's
 * translation unit, libc.bpf.c, and inlined like it).
 *
 * The mechanism and why (docs/tcp-mechanism.md, koffload/abi.h "TCP"): the
 * stream verdict runs the request path on an skb of a joined connection
 * and never changes its length; a reply is staged in the connection's
 * ticket ring, the skb's first byte marked, the skb redirected to the
 * socket's own egress, where the sk_msg program swaps the marked message
 * for the staged reply.  The maps are the generated program's (given as
 * arguments, so that after inlining each access names its map).
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#include "koffload/abi.h"

/* The connection's slot when the offload may answer this skb: a joined
 * socket (its cookie in the slot) the runtime has seen settle (ready),
 * userspace holding no bytes it has not
 * answered (passed == done), room in the ticket ring.  NULL: pass it. */
KOFFLOAD_LIBC_API struct koffload_tcp_conn *
koffload_tcp_begin(struct __sk_buff *skb, void *slots, void *conns)
{
	__u64 cookie = bpf_get_socket_cookie(skb);
	struct koffload_tcp_conn *conn;
	__u32 *slot;

	slot = bpf_map_lookup_elem(slots, &cookie);
	if (!slot)
		return NULL;
	conn = bpf_map_lookup_elem(conns, slot);
	if (!conn || conn->cookie != cookie || !conn->ready)
		return NULL;
	/* Plain loads (BPF has no acquire load in LLVM 19): userspace
	 * writes done with a release store, and x86 keeps loads in order. */
	if (*(volatile __u64 *)&conn->passed != *(volatile __u64 *)&conn->done)
		return NULL;
	if (conn->queued - conn->sent >= KOFFLOAD_TCP_IN_FLIGHT)
		return NULL;
	return conn;
}

/* An skb userspace reads: counted in `passed` of its connection (if it is
 * one), so the verdict answers nothing more until userspace has answered
 * it.  Returns SK_PASS. */
KOFFLOAD_LIBC_API int koffload_tcp_pass(struct __sk_buff *skb, void *slots,
					void *conns)
{
	__u64 cookie = bpf_get_socket_cookie(skb);
	struct koffload_tcp_conn *conn;
	__u32 *slot;

	slot = bpf_map_lookup_elem(slots, &cookie);
	if (slot) {
		conn = bpf_map_lookup_elem(conns, slot);
		if (conn && conn->cookie == cookie)
			__sync_fetch_and_add(&conn->passed, skb->len);
	}
	return SK_PASS;
}

/* The reply's len bytes at src into the connection's next ticket.  0, or
 * -1: nothing changed that matters, fall back. */
KOFFLOAD_LIBC_API int koffload_tcp_stage(struct koffload_tcp_conn *conn,
					 void *tickets, const void *src,
					 __u64 len)
{
	__u32 at = conn->index * KOFFLOAD_TCP_IN_FLIGHT +
		   conn->queued % KOFFLOAD_TCP_IN_FLIGHT;
	struct koffload_tcp_ticket *t;

	if (len == 0 || len > KOFFLOAD_TCP_REPLY_MAX)
		return -1;
	t = bpf_map_lookup_elem(tickets, &at);
	if (!t)
		return -1;
	if (bpf_probe_read_kernel(t->data, (__u32)len, src))
		return -1;
	t->len = len;
	return 0;
}

/* After the commit: the skb marked (its length unchanged: the stream's
 * accounting counts it as received) and redirected to the socket's egress.
 * Cannot fall back any more; SK_DROP when the socket left the map (it is
 * closing). */
KOFFLOAD_LIBC_API int koffload_tcp_send(struct __sk_buff *skb,
					struct koffload_tcp_conn *conn,
					void *socks)
{
	__u8 *data = (__u8 *)(long)skb->data;
	__u8 *end = (__u8 *)(long)skb->data_end;
	__u64 cookie = conn->cookie;

	if (data + 1 > end)
		return SK_DROP;
	*data = KOFFLOAD_TCP_MARK;
	__sync_fetch_and_add(&conn->queued, 1);
	return bpf_sk_redirect_hash(skb, socks, &cookie, 0);
}

/* sk_msg: a marked message while the connection has kernel replies not yet
 * written is the next one; it becomes its ticket's reply.  Anything else
 * is userspace's and goes out as written (userspace writes only when
 * queued == sent, runtime/rt/koffload-tcp.c). */
KOFFLOAD_LIBC_API int koffload_tcp_msg(struct sk_msg_md *msg, void *storage,
				       void *conns, void *tickets)
{
	struct koffload_tcp_ticket *t;
	struct koffload_tcp_conn *conn;
	__u32 size = msg->size, len, at, i, k;
	struct bpf_sock *sk = msg->sk;
	__u32 *slot;
	__u8 *data, *end;

	if (!sk)
		return SK_PASS;
	slot = bpf_sk_storage_get(storage, sk, 0, 0);
	if (!slot)
		return SK_PASS;
	conn = bpf_map_lookup_elem(conns, slot);
	if (!conn || conn->queued == conn->sent || size == 0)
		return SK_PASS;
	if (bpf_msg_pull_data(msg, 0, 1, 0))
		return SK_DROP; /* never send a marked request raw */
	data = (__u8 *)(long)msg->data;
	end = (__u8 *)(long)msg->data_end;
	if (data + 1 > end || *data != KOFFLOAD_TCP_MARK)
		return SK_PASS;
	at = conn->index * KOFFLOAD_TCP_IN_FLIGHT +
	     conn->sent % KOFFLOAD_TCP_IN_FLIGHT;
	__sync_fetch_and_add(&conn->sent, 1);
	t = bpf_map_lookup_elem(tickets, &at);
	if (!t)
		return SK_DROP;
	len = t->len;
	if (len == 0 || len > KOFFLOAD_TCP_REPLY_MAX)
		return SK_DROP;
	if (len > size) {
		if (bpf_msg_push_data(msg, size, len - size, 0))
			return SK_DROP;
	} else if (len < size) {
		if (bpf_msg_pop_data(msg, len, size - len, 0))
			return SK_DROP;
	}
	if (bpf_msg_pull_data(msg, 0, len, 0))
		return SK_DROP;
	data = (__u8 *)(long)msg->data;
	end = (__u8 *)(long)msg->data_end;
	/* Word by word, then the last bytes: the verifier walks each. */
	for (i = 0; i < KOFFLOAD_TCP_REPLY_MAX / 8; i++) {
		if (i * 8 + 8 > len || data + i * 8 + 8 > end)
			break;
		*(__u64 *)(data + i * 8) = *(__u64 *)(t->data + i * 8);
	}
	for (k = 0, i *= 8; k < 8; k++, i++) {
		if (i >= len || i >= KOFFLOAD_TCP_REPLY_MAX || data + i + 1 > end)
			break;
		data[i] = t->data[i];
	}
	return i == len ? SK_PASS : SK_DROP;
}
