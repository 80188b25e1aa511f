// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * dispatch.bpf.c - the XDP program through which several split servers
 * share one interface (runtime/rt/koffload-dispatch.c attaches it and
 * manages its maps; docs/architecture.md, "Sharing an interface").
 *
 * An interface takes one XDP program. koffload attaches this dispatcher
 * instead of a server's own program; each server on the interface joins a
 * slot and claims its UDP port. A datagram's destination port selects the
 * slot (kdisp_ports), and the dispatcher tail-calls the server's program.
 * Anything else passes to the stack untouched.
 *
 * Each slot is a PROG_ARRAY of its own, held from userspace only by its
 * server's process: when the process dies, however it dies, the kernel
 * empties the array (PROG_ARRAY entries are flushed when the map's last
 * user reference goes), so the tail call fails and the datagram passes to
 * the stack: a dead server's program never answers.
 *
 * A server whose socket lets other sockets bind its port (SO_REUSEPORT,
 * SO_REUSEADDR) claims the port with KOFFLOAD_DISPATCH_GUARD: the dispatcher asks the
 * kernel which socket would receive the datagram (bpf_sk_lookup_udp, the
 * stack's own lookup with its reuseport choice) and tail-calls only when
 * it is the server's own socket; other sockets' datagrams go to their
 * processes. So an offload answers only from the state of the process the
 * kernel would have given the request to.
 *
 * The server's sockets are known by their addresses in the kernel, which
 * the dispatcher learns (KOFFLOAD_DISPATCH_LEARN) from lookups the runtime
 * makes while only they are on the port (frames run through
 * BPF_PROG_TEST_RUN, from many source ports: a server whose worker threads
 * each bind a socket of one SO_REUSEPORT group has up to
 * KOFFLOAD_DISPATCH_SOCKS of them).
 * Not through a SOCKMAP holding the socket: in one, a UDP socket answers
 * ioctl(FIONREAD) with 0 whatever it has queued (measured), which a server
 * that sizes its buffer with it would see. Loading this program needs the
 * rights to turn a pointer into a number (CAP_PERFMON; root).
 */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

/* The slots, the ports' flags and the maps' values. */
#include "koffload/abi.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);	/* the UDP port, network order */
	__type(value, struct kdisp_port);
} kdisp_ports SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, KOFFLOAD_DISPATCH_SLOTS);
	__type(key, __u32);
	__type(value, struct kdisp_owner);
} kdisp_owners SEC(".maps");

#define SLOT(n)							\
	struct {						\
		__uint(type, BPF_MAP_TYPE_PROG_ARRAY);		\
		__uint(max_entries, 1);				\
		__type(key, __u32);				\
		__type(value, __u32);				\
	} kdisp_slot##n SEC(".maps")

SLOT(0); SLOT(1); SLOT(2); SLOT(3); SLOT(4); SLOT(5); SLOT(6); SLOT(7);
SLOT(8); SLOT(9); SLOT(10); SLOT(11); SLOT(12); SLOT(13); SLOT(14); SLOT(15);

/* Is the socket the stack would deliver this datagram to the slot
 * owner's? With KOFFLOAD_DISPATCH_LEARN, it becomes the owner's, and the datagram
 * passes. */
static __always_inline int owns(struct xdp_md *ctx, struct bpf_sock_tuple *t,
				__u32 len, __u32 slot, __u32 flags)
{
	struct kdisp_owner *owner;
	struct bpf_sock *sk;
	__u64 addr;
	int i;

	owner = bpf_map_lookup_elem(&kdisp_owners, &slot);
	if (!owner)
		return 0;
	sk = bpf_sk_lookup_udp(ctx, t, len, BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return 0;
	/* Released, the pointer's copy is a plain number. */
	addr = (__u64)(unsigned long)sk;
	bpf_sk_release(sk);
	/* Each learning lookup may meet another socket of the server's
	 * SO_REUSEPORT group (the stack picks by the datagram's hash): each
	 * new one takes a free place. */
	for (i = 0; i < KOFFLOAD_DISPATCH_SOCKS; i++) {
		if (owner->sock[i] == addr)
			return !(flags & KOFFLOAD_DISPATCH_LEARN);
		if (!owner->sock[i]) {
			if (flags & KOFFLOAD_DISPATCH_LEARN)
				owner->sock[i] = addr;
			return 0;
		}
	}
	return 0;
}

#define CALL(n)							\
	case n:							\
		bpf_tail_call(ctx, &kdisp_slot##n, 0);		\
		break

SEC("xdp")
int koffload_disp(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct bpf_sock_tuple t = {};
	struct kdisp_owner *owner;
	struct kdisp_port *p;
	struct udphdr *udp;
	__u32 len, key, slot;

	if ((void *)(eth + 1) > end)
		return XDP_PASS;
	if (eth->h_proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = (void *)(eth + 1);

		if ((void *)(ip + 1) > end || ip->protocol != IPPROTO_UDP ||
		    ip->ihl < 5)
			return XDP_PASS;
		udp = (void *)ip + ip->ihl * 4;
		if ((void *)(udp + 1) > end)
			return XDP_PASS;
		t.ipv4.saddr = ip->saddr;
		t.ipv4.daddr = ip->daddr;
		t.ipv4.sport = udp->source;
		t.ipv4.dport = udp->dest;
		len = sizeof(t.ipv4);
	} else if (eth->h_proto == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = (void *)(eth + 1);

		if ((void *)(ip6 + 1) > end || ip6->nexthdr != IPPROTO_UDP)
			return XDP_PASS;
		udp = (void *)(ip6 + 1);
		if ((void *)(udp + 1) > end)
			return XDP_PASS;
		__builtin_memcpy(t.ipv6.saddr, &ip6->saddr, 16);
		__builtin_memcpy(t.ipv6.daddr, &ip6->daddr, 16);
		t.ipv6.sport = udp->source;
		t.ipv6.dport = udp->dest;
		len = sizeof(t.ipv6);
	} else {
		return XDP_PASS;
	}
	key = udp->dest;
	p = bpf_map_lookup_elem(&kdisp_ports, &key);
	if (!p)
		return XDP_PASS;
	slot = p->slot;
	if ((p->flags & (KOFFLOAD_DISPATCH_GUARD | KOFFLOAD_DISPATCH_LEARN)) &&
	    !owns(ctx, &t, len, slot, p->flags))
		return XDP_PASS;
	switch (slot) {
	CALL(0); CALL(1); CALL(2); CALL(3); CALL(4); CALL(5); CALL(6); CALL(7);
	CALL(8); CALL(9); CALL(10); CALL(11); CALL(12); CALL(13); CALL(14);
	CALL(15);
	}
	/* The slot is empty: its server has gone. */
	owner = bpf_map_lookup_elem(&kdisp_owners, &slot);
	if (owner)
		__sync_fetch_and_add(&owner->orphaned, 1);
	return XDP_PASS;
}

/*
 * Put in every slot by the server that attaches the dispatcher, just before
 * it lets go of the slots it does not take: their flush (queued then) takes
 * it out again, so a slot that still holds it has a flush to come, and a
 * server waits for it to go before putting its own program there.
 */
SEC("xdp")
int koffload_none(struct xdp_md *ctx)
{
	(void)ctx;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
