/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * xdp-udp.h - the UDP/IPv4 request prologue and reply epilogue shared by the
 * hand-written reference offloads.
 *
 * The checks are the ones koffload's generated prologue makes
 * (lib/Kernel/XDPGen.cpp, checkIPv4Headers and checkUDPChecksum), so that a
 * benchmark compares equal work: anything that fails one of them is
 * XDP_PASS, untouched.  The reply is what the generated epilogue writes:
 * MACs, addresses and ports swapped, lengths set, TTL 64, TOS 0, the IPv4
 * header checksum recomputed, UDP checksum 0 (none).
 *
 * Written as an expert would: the payload is read in place (no copy into
 * scratch memory), the UDP checksum is summed by bpf_csum_diff straight
 * from the packet in constant-size pieces, and the IPv4 header is summed as
 * five 32-bit words.
 */
#ifndef KOFFLOAD_BENCH_XDP_UDP_H
#define KOFFLOAD_BENCH_XDP_UDP_H

#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define UDP_PAYLOAD_OFF (ETH_HLEN + sizeof(struct iphdr) + sizeof(struct udphdr))
#define MAX_PAYLOAD 1472 /* one Ethernet frame of UDP payload */

/* Folds a sum of 32-bit words to its 16-bit one's complement sum. */
static __always_inline __u64 fold16(__u64 sum)
{
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return (sum & 0xffff) + (sum >> 16);
}

static __always_inline __u64 ipv4_header_sum(const struct iphdr *ip)
{
	const __u32 *w = (const __u32 *)ip;

	return fold16((__u64)w[0] + w[1] + w[2] + w[3] + w[4]);
}

/*
 * The one's complement sum (unfolded) of len bytes of payload at p, len at
 * most MAX_PAYLOAD: whole 512-byte pieces, then the power-of-two pieces of
 * the rest, each one bpf_csum_diff call on packet memory with a constant
 * size; the last 1-3 bytes as a zero-padded word.  Returns -1 when the
 * verifier's view of the packet runs out (cannot happen after the length
 * checks).
 */
#define CSUM_PIECE(n)                                                         \
	if (len & (n)) {                                                      \
		if ((void *)p + (n) > data_end)                               \
			return -1;                                            \
		sum = (__u32)bpf_csum_diff(NULL, 0, (void *)p, (n), sum);     \
		p += (n);                                                     \
	}

static __always_inline __s64 payload_sum(const __u8 *p, void *data_end,
					 __u32 len)
{
	__u32 sum = 0;
	__u64 tail = 0;

	if (len >= 1024) {
		if ((void *)p + 1024 > data_end)
			return -1;
		sum = (__u32)bpf_csum_diff(NULL, 0, (void *)p, 512, sum);
		sum = (__u32)bpf_csum_diff(NULL, 0, (void *)(p + 512), 512,
					   sum);
		p += 1024;
	} else if (len >= 512) {
		if ((void *)p + 512 > data_end)
			return -1;
		sum = (__u32)bpf_csum_diff(NULL, 0, (void *)p, 512, sum);
		p += 512;
	}
	CSUM_PIECE(256)
	CSUM_PIECE(128)
	CSUM_PIECE(64)
	CSUM_PIECE(32)
	CSUM_PIECE(16)
	CSUM_PIECE(8)
	CSUM_PIECE(4)
	if (len & 3) {
		if ((void *)p + 3 > data_end) {
			/* Fewer than 3 bytes left: take them one by one. */
			if ((void *)p + 1 > data_end)
				return -1;
			tail = p[0];
			if ((len & 3) > 1) {
				if ((void *)p + 2 > data_end)
					return -1;
				tail |= (__u64)p[1] << 8;
			}
		} else {
			tail = p[0];
			if ((len & 3) > 1)
				tail |= (__u64)p[1] << 8;
			if ((len & 3) > 2)
				tail |= (__u64)p[2] << 16;
		}
	}
	return (__s64)((__u64)sum + tail);
}

struct udp_req {
	__u32 len; /* UDP payload bytes, 1..MAX_PAYLOAD */
};

/*
 * The prologue: 0 when the frame is a request for us (*req filled in),
 * else -1 (XDP_PASS untouched).  port is the service's UDP port in
 * network order.
 */
static __always_inline int udp_request(struct xdp_md *ctx, __be16 port,
				       struct udp_req *req)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + ETH_HLEN;
	struct udphdr *udp = (void *)(ip + 1);
	__u8 *payload = (void *)(udp + 1);
	__u32 tot_len, udp_len, len;
	__u8 src0, dst0;

	if ((void *)payload > data_end)
		return -1;
	/* struct ethhdr is packed: read the type as one aligned word */
	if (((__u16 *)eth)[6] != bpf_htons(ETH_P_IP))
		return -1;
	if (*(__u8 *)ip != 0x45) /* version 4, no options */
		return -1;
	if (ip->frag_off & bpf_htons(0x3fff)) /* MF or an offset */
		return -1;
	if (ip->protocol != IPPROTO_UDP)
		return -1;
	if (ipv4_header_sum(ip) != 0xffff)
		return -1;
	/* Martian sources; broadcast and multicast destinations. */
	src0 = ((__u8 *)&ip->saddr)[0];
	dst0 = ((__u8 *)&ip->daddr)[0];
	if (src0 == 0 || src0 == 127 || src0 >= 224 || dst0 >= 224 ||
	    ip->daddr == 0xffffffff)
		return -1;
	if (udp->source == 0 || udp->dest != port)
		return -1;
	tot_len = bpf_ntohs(ip->tot_len);
	udp_len = bpf_ntohs(udp->len);
	if (ETH_HLEN + tot_len > (__u64)(data_end - data) ||
	    tot_len != udp_len + sizeof(*ip) || udp_len < sizeof(*udp))
		return -1;
	len = udp_len - sizeof(*udp);
	if (udp->check) {
		__u64 sum;
		__s64 s;

		if (len > MAX_PAYLOAD)
			return -1;
		/*
		 * For the verifier: the payload pointer and length are read
		 * again (volatile: values it has not seen), so that what it
		 * learns about them on each of the sum's paths (the packet
		 * range, bits of the length) stays with these copies, and all
		 * paths out of the sum are one state again.  ihl is 5 here.
		 */
		__u32 ihl = *(volatile __u8 *)ip & 0xf;

		s = payload_sum(data + ETH_HLEN + ihl * 4 + sizeof(*udp),
				data_end,
				bpf_ntohs(*(volatile __be16 *)&udp->len) -
					sizeof(*udp));
		if (s < 0)
			return -1;
		sum = (__u64)s + ip->saddr + ip->daddr +
		      (0x1100 | ((__u64)udp->len << 16)) +
		      ((__u32 *)udp)[0] + ((__u32 *)udp)[1];
		if (fold16(sum) != 0xffff)
			return -1;
	}
	if (len == 0)
		return -1;
	req->len = len;
	return 0;
}

/*
 * The epilogue, first half: resize the frame to a reply of len payload
 * bytes and rewrite the headers.  Returns 0, or -1 if the frame could not
 * be resized (the request then passes: nothing was written yet).
 */
static __always_inline int udp_reply(struct xdp_md *ctx, __u32 len)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	int delta = (int)(UDP_PAYLOAD_OFF + len) - (int)(data_end - data);
	struct iphdr *ip;
	struct udphdr *udp;
	__u32 mac0;
	__u16 mac1;
	__be32 addr;
	__be16 port;

	if (delta && bpf_xdp_adjust_tail(ctx, delta))
		return -1;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	ip = data + ETH_HLEN;
	udp = (void *)(ip + 1);
	if ((void *)(udp + 1) > data_end)
		return -1;
	/* struct ethhdr is packed: swap the MACs as 32- and 16-bit words */
	mac0 = *(__u32 *)data;
	mac1 = *(__u16 *)(data + 4);
	*(__u32 *)data = *(__u32 *)(data + 6);
	*(__u16 *)(data + 4) = *(__u16 *)(data + 10);
	*(__u32 *)(data + 6) = mac0;
	*(__u16 *)(data + 10) = mac1;
	addr = ip->saddr;
	ip->saddr = ip->daddr;
	ip->daddr = addr;
	port = udp->source;
	udp->source = udp->dest;
	udp->dest = port;
	udp->len = bpf_htons(sizeof(*udp) + len);
	udp->check = 0;
	ip->tot_len = bpf_htons(sizeof(*ip) + sizeof(*udp) + len);
	ip->ttl = 64;
	ip->tos = 0;
	ip->check = 0;
	ip->check = (__u16)~ipv4_header_sum(ip);
	return 0;
}

#define barrier() asm volatile("" ::: "memory")

/*
 * The record protocol the generated offload pays for (lib/Kernel/XDPGen.cpp,
 * enterRecords): take the table's sequence word even -> odd (returns the
 * even value it had, or -1: held or contended, fall back), release it +2.
 */
static __always_inline long record_take(__u32 *seq)
{
	__u32 start = *(volatile __u32 *)seq;

	if ((start & 1) ||
	    __sync_val_compare_and_swap(seq, start, start + 1) != start)
		return -1;
	barrier();
	return start;
}

static __always_inline void record_release(__u32 *seq, __u32 start)
{
	barrier();
	*(volatile __u32 *)seq = start + 2;
}

/* Replies that are a constant string. */
#define LIT_REPLY(ctx, s)                                                    \
	({                                                                    \
		int __r = XDP_PASS;                                           \
		if (!udp_reply(ctx, sizeof(s) - 1)) {                         \
			void *__d = (void *)(long)ctx->data;                  \
			void *__e = (void *)(long)ctx->data_end;              \
			if (__d + UDP_PAYLOAD_OFF + sizeof(s) - 1 <= __e) {   \
				__builtin_memcpy(__d + UDP_PAYLOAD_OFF, s,    \
						 sizeof(s) - 1);              \
				__r = XDP_TX;                                 \
			}                                                     \
		}                                                             \
		__r;                                                          \
	})

#endif /* KOFFLOAD_BENCH_XDP_UDP_H */
