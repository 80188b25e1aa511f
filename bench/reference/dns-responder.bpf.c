// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * dns-responder.bpf.c - hand-written XDP offload of examples/dns-responder:
 * the authoritative answers for the static zone koffload.test, every reply
 * the original sends (README.md's table), in the kernel.
 *
 * The reply is built in place: the request's header is rewritten, its
 * question stays where it is (the reply echoes it byte for byte), anything
 * after the question is cut off and the 16-byte answer appended.  Messages
 * that get no reply (shorter than a header, or a response) are dropped, as
 * the generated offload drops a request consumed without a reply.
 */
#include "xdp-udp.h"

#define DNS_HDR_LEN 12
#define DNS_UDP_MAX 512 /* the original's receive buffer */
#define DNS_NAME_MAX 255
#define DNS_LABEL_MAX 63
#define DNS_FLAG_QR 0x8000
#define DNS_FLAG_AA 0x0400
#define DNS_FLAG_RD 0x0100
#define DNS_RCODE_FORMERR 1
#define DNS_RCODE_NXDOMAIN 3
#define DNS_RCODE_NOTIMP 4
#define DNS_RCODE_REFUSED 5
#define DNS_TYPE_A 1
#define DNS_CLASS_IN 1
#define DNS_TTL 300

/* The service's UDP port, network order; 0: not configured, pass all. */
const volatile __be16 service_port;

/* The zone, names in wire format (lower case). */
#define ZONE_WIRE_MAX 20
struct zone_record {
	__u8 len; /* wire length, root label included */
	char wire[ZONE_WIRE_MAX];
	__u8 addr[4];
};

#define APEX "\x08koffload\x04test"
static const struct zone_record zone[] = {
	{15, APEX, {198, 18, 10, 1}},
	{19, "\x03www" APEX, {198, 18, 10, 2}},
	{19, "\x03" "api" APEX, {198, 18, 10, 3}},
	{20, "\x04mail" APEX, {198, 18, 10, 4}},
	{19, "\x03ns1" APEX, {198, 18, 10, 53}},
};
#define ZONE_SIZE (sizeof(zone) / sizeof(zone[0]))

/* Case-insensitive (ASCII) equality of the packet's name and a record's. */
static __always_inline int record_equal(const __u8 *name, void *data_end,
					const struct zone_record *r)
{
	int j;

	if ((void *)(name + r->len) > data_end)
		return 0;
#pragma unroll
	for (j = 0; j < ZONE_WIRE_MAX; j++) {
		char lit = r->wire[j];
		__u8 c;

		if (j >= r->len)
			break;
		c = name[j];
		if (lit >= 'a' && lit <= 'z')
			c |= 0x20;
		if (c != (__u8)lit)
			return 0;
	}
	return 1;
}

/* A header-only reply: ID kept, all counts 0. */
static __always_inline int header_only(struct xdp_md *ctx, __u16 flags)
{
	void *data, *data_end;
	__u8 *m;

	if (udp_reply(ctx, DNS_HDR_LEN))
		return XDP_PASS;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	m = data + UDP_PAYLOAD_OFF;
	if ((void *)(m + DNS_HDR_LEN) > data_end)
		return XDP_PASS;
	*(__be16 *)(m + 2) = bpf_htons(flags);
	*(__u32 *)(m + 4) = 0;
	*(__u32 *)(m + 8) = 0;
	return XDP_TX;
}

SEC("xdp")
int dns_responder(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 *m = data + UDP_PAYLOAD_OFF, *name = m + DNS_HDR_LEN, *q;
	__u32 n, avail, pos = 0, prev1 = 0, prev2 = 0, labels = 0;
	__u32 name_len = 0, qlen, rlen;
	__u16 flags, rflags, qtype, qclass;
	const __u8 *addr = NULL;
	struct udp_req req;
	int i, found = -1;

	if (!service_port || udp_request(ctx, service_port, &req))
		return XDP_PASS;
	n = req.len < DNS_UDP_MAX ? req.len : DNS_UDP_MAX;
	if (n < DNS_HDR_LEN)
		return XDP_DROP; /* no reply */
	if ((void *)(m + DNS_HDR_LEN) > data_end)
		return XDP_PASS;
	flags = bpf_ntohs(*(__be16 *)(m + 2));
	if (flags & DNS_FLAG_QR)
		return XDP_DROP; /* a response: no reply */
	rflags = DNS_FLAG_QR | (flags & (0xf << 11)) | (flags & DNS_FLAG_RD);
	if (flags & (0xf << 11))
		return header_only(ctx, rflags | DNS_RCODE_NOTIMP);
	if (*(__be16 *)(m + 4) != bpf_htons(1) || *(__u32 *)(m + 6) != 0)
		return header_only(ctx, rflags | DNS_RCODE_FORMERR);

	/* The question name: labels up to the root, within the message. */
	avail = n - DNS_HDR_LEN;
	for (i = 0; i <= DNS_NAME_MAX / 2; i++) {
		__u8 len;

		q = name + pos;
		if (pos >= avail || (void *)(q + 1) > data_end)
			return header_only(ctx, rflags | DNS_RCODE_FORMERR);
		len = *q;
		if (len > DNS_LABEL_MAX)
			return header_only(ctx, rflags | DNS_RCODE_FORMERR);
		if (len == 0) {
			if (pos + 1 > DNS_NAME_MAX)
				return header_only(ctx,
						   rflags | DNS_RCODE_FORMERR);
			name_len = pos + 1;
			break;
		}
		prev2 = prev1;
		prev1 = pos;
		labels++;
		pos += 1 + len;
		if (pos > DNS_NAME_MAX)
			return header_only(ctx, rflags | DNS_RCODE_FORMERR);
	}
	if (!name_len || avail - name_len < 4)
		return header_only(ctx, rflags | DNS_RCODE_FORMERR);
	qlen = name_len + 4;
	q = name + name_len;
	if ((void *)(q + 4) > data_end)
		return XDP_PASS;
	qtype = bpf_ntohs(*(__be16 *)q);
	qclass = bpf_ntohs(*(__be16 *)(q + 2));

	/* At or below the apex: the last two labels are koffload and test. */
	if (qclass != DNS_CLASS_IN || labels < 2) {
		rflags |= DNS_RCODE_REFUSED;
		goto question;
	}
	q = name + prev2;
	if ((void *)(q + 14) > data_end)
		return XDP_PASS;
	if (q[0] != 8 || (*(__u64 *)(q + 1) | 0x2020202020202020ULL) !=
			     *(const __u64 *)"koffload" ||
	    q[9] != 4 ||
	    (*(__u32 *)(q + 10) | 0x20202020) != *(const __u32 *)"test") {
		rflags |= DNS_RCODE_REFUSED;
		goto question;
	}
#pragma unroll
	for (i = 0; i < ZONE_SIZE; i++) {
		if (name_len == zone[i].len &&
		    record_equal(name, data_end, &zone[i])) {
			found = i;
			addr = zone[i].addr;
			break;
		}
	}
	if (found < 0) {
		rflags |= DNS_FLAG_AA | DNS_RCODE_NXDOMAIN;
		goto question;
	}
	rflags |= DNS_FLAG_AA;
	if (qtype == DNS_TYPE_A) {
		__u32 a = *(const __u32 *)addr;

		/* Header and question, then the answer: a pointer to the
		 * question name, A, IN, TTL, the address. */
		rlen = DNS_HDR_LEN + qlen + 16;
		if (udp_reply(ctx, rlen))
			return XDP_PASS;
		data = (void *)(long)ctx->data;
		data_end = (void *)(long)ctx->data_end;
		m = data + UDP_PAYLOAD_OFF;
		if ((void *)(m + DNS_HDR_LEN) > data_end)
			return XDP_PASS;
		*(__be16 *)(m + 2) = bpf_htons(rflags);
		*(__be16 *)(m + 4) = bpf_htons(1);
		*(__be16 *)(m + 6) = bpf_htons(1);
		*(__u32 *)(m + 8) = 0;
		q = m + DNS_HDR_LEN + qlen;
		if ((void *)(q + 16) > data_end)
			return XDP_PASS;
		*(__be16 *)q = bpf_htons(0xc000 | DNS_HDR_LEN);
		*(__be16 *)(q + 2) = bpf_htons(DNS_TYPE_A);
		*(__be16 *)(q + 4) = bpf_htons(DNS_CLASS_IN);
		*(__be32 *)(q + 6) = bpf_htonl(DNS_TTL);
		*(__be16 *)(q + 10) = bpf_htons(4);
		*(__u32 *)(q + 12) = a;
		return XDP_TX;
	}

question:
	/* Header and the question as received; no records. */
	if (udp_reply(ctx, DNS_HDR_LEN + qlen))
		return XDP_PASS;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	m = data + UDP_PAYLOAD_OFF;
	if ((void *)(m + DNS_HDR_LEN) > data_end)
		return XDP_PASS;
	*(__be16 *)(m + 2) = bpf_htons(rflags);
	*(__be16 *)(m + 4) = bpf_htons(1);
	*(__u16 *)(m + 6) = 0;
	*(__u32 *)(m + 8) = 0;
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
