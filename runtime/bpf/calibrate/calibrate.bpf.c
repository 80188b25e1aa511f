// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * calibrate.bpf.c - the XDP programs koffload-calibrate times
 *
 * Each figure of the cost file that the kernel side pays is a difference
 * between two of these programs, run with BPF_PROG_TEST_RUN (or attached to
 * a veth for the echo), so that the cost of running a program at all
 * cancels out:
 *
 *   kcal_pass, kcal_drop        an XDP program and nothing else
 *   kcal_alu_short/_long        ALU loops of KCAL_ALU_SHORT/LONG iterations
 *   kcal_global_base/_access    a loop with/without two accesses to a global
 *                               at a variable, bound-checked offset (what
 *                               koffload's generated code does)
 *   kcal_lookup_base/_access    a loop with/without an array-map lookup
 *   kcal_echo                   UDP echo on kcal_echo_port (XDP_TX)
 *
 * The loops' bodies are inline assembly, so their instruction counts are
 * exact (koffload-calibrate divides by them) and the compiler cannot fold
 * them.
 */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

/* Keep in step with koffload-calibrate.c. */
#define KCAL_ALU_SHORT 64
#define KCAL_ALU_LONG 1024
#define KCAL_ALU_BODY 32	/* ALU instructions per iteration */
#define KCAL_ALU_CONTROL 2	/* i += 1; if i < n goto */
#define KCAL_ACCESS_ITERS 256	/* two accesses per iteration */
#define KCAL_TABLE_WORDS 64

char LICENSE[] SEC("license") = "GPL";

/* The echo's UDP port (network order), set before loading. */
volatile const __u16 kcal_echo_port;

/* A global as koffload's generated code uses one: a .bss map value. */
__u64 kcal_table[KCAL_TABLE_WORDS];
__u64 kcal_sink;
volatile __u64 kcal_seed[2];	/* values the verifier cannot know */

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, KCAL_TABLE_WORDS);
	__type(key, __u32);
	__type(value, __u64);
} kcal_array SEC(".maps");

SEC("xdp") int kcal_pass(struct xdp_md *ctx __attribute__((unused)))
{
	return XDP_PASS;
}

SEC("xdp") int kcal_drop(struct xdp_md *ctx __attribute__((unused)))
{
	return XDP_DROP;
}

/* 32 ALU instructions in two independent dependency chains (a, c). */
#define ALU4 "%[a] += %[b]\n\t%[c] ^= %[d]\n\t%[a] <<= 1\n\t%[c] += %[d]\n\t"
#define ALU8 ALU4 "%[a] ^= %[b]\n\t%[c] -= %[b]\n\t%[a] >>= 3\n\t%[c] |= %[b]\n\t"
#define ALU32 ALU8 ALU8 ALU8 ALU8

static __always_inline int alu_loop(struct xdp_md *ctx,
						    const int n)
{
	__u64 a = ctx->rx_queue_index, b = kcal_seed[0], c = kcal_seed[1];
	__u64 d = ctx->ingress_ifindex, i;

	asm volatile("%[i] = 0\n"
		     "l0_%=:\n\t" ALU32
		     "%[i] += 1\n\t"
		     "if %[i] < %[n] goto l0_%=\n\t"
		     : [a] "+r"(a), [c] "+r"(c), [i] "=&r"(i)
		     : [b] "r"(b), [d] "r"(d), [n] "i"(n));
	kcal_sink = a + c;
	return XDP_DROP;
}

SEC("xdp") int kcal_alu_short(struct xdp_md *ctx)
{
	return alu_loop(ctx, KCAL_ALU_SHORT);
}

SEC("xdp") int kcal_alu_long(struct xdp_md *ctx)
{
	return alu_loop(ctx, KCAL_ALU_LONG);
}

/*
 * Per iteration: an offset the verifier cannot predict, its bound check,
 * then (in _access only) a load and a store of kcal_table at that offset.
 * The base loop does the same arithmetic on the offset instead.
 */
static __always_inline int global_loop(struct xdp_md *ctx,
						       const int access)
{
	__u64 acc = ctx->rx_queue_index, off, v;
	int i;

	for (i = 0; i < KCAL_ACCESS_ITERS; i++) {
		off = (acc + i) & (KCAL_TABLE_WORDS - 1);
		/* As generated code: the offset made opaque, then checked. */
		asm volatile("" : "+r"(off));
		if (off >= KCAL_TABLE_WORDS)
			break;
		if (access) {
			v = kcal_table[off];
			kcal_table[off] = v + 1;
		} else {
			v = off + 1;
		}
		acc ^= v;
	}
	kcal_sink = acc;
	return XDP_DROP;
}

SEC("xdp") int kcal_global_base(struct xdp_md *ctx)
{
	return global_loop(ctx, 0);
}

SEC("xdp") int kcal_global_access(struct xdp_md *ctx)
{
	return global_loop(ctx, 1);
}

/* The same with bpf_map_lookup_elem() (inlined by the verifier). */
static __always_inline int lookup_loop(struct xdp_md *ctx,
						       const int access)
{
	__u64 acc = ctx->rx_queue_index, *p;
	__u32 key;
	int i;

	for (i = 0; i < KCAL_ACCESS_ITERS; i++) {
		key = (acc + i) & (KCAL_TABLE_WORDS - 1);
		asm volatile("" : "+r"(key));
		if (access) {
			p = (__u64 *)bpf_map_lookup_elem(&kcal_array, &key);
			if (!p)
				break;
			acc ^= *p;
		} else {
			if (key >= KCAL_TABLE_WORDS)
				break;
			acc ^= key + 1;
		}
	}
	kcal_sink = acc;
	return XDP_DROP;
}

SEC("xdp") int kcal_lookup_base(struct xdp_md *ctx)
{
	return lookup_loop(ctx, 0);
}

SEC("xdp") int kcal_lookup_access(struct xdp_md *ctx)
{
	return lookup_loop(ctx, 1);
}

/*
 * UDP echo: a datagram to kcal_echo_port goes back where it came from.
 * Swapping addresses and ports leaves the checksum's sum unchanged, but a
 * sender on veth leaves it partial: zero it (no checksum, IPv4).
 */
SEC("xdp") int kcal_echo(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	struct udphdr *udp = (void *)(ip + 1);
	unsigned char mac[ETH_ALEN];
	__u32 addr;
	__u16 port;

	if ((void *)(udp + 1) > end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || ip->ihl != 5 ||
	    ip->protocol != IPPROTO_UDP || udp->dest != kcal_echo_port)
		return XDP_PASS;
	__builtin_memcpy(mac, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, mac, ETH_ALEN);
	addr = ip->saddr;
	ip->saddr = ip->daddr;
	ip->daddr = addr;
	port = udp->source;
	udp->source = udp->dest;
	udp->dest = port;
	udp->check = 0;
	return XDP_TX;
}
