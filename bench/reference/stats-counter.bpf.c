// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * stats-counter.bpf.c - hand-written XDP offload of examples/stats-counter:
 * "incr <name>\r\n" -> the counter after the increment (a new name takes
 * the first free entry; FULL when there is none), "get <name>\r\n" -> the
 * counter (0 for a name in no entry), anything malformed -> ERROR, all
 * answered here, as the generated offload answers them.  "dump\r\n" writes
 * a file: XDP_PASS, untouched (userspace answers it).
 *
 * The table is the program's own (struct counter counters[NCOUNTERS], same
 * name and layout), shared with userspace, so that it can be seeded
 * identically in both objects.  The port is the program's compile-time
 * constant, 10300.
 *
 * Concurrency: the same record protocol as the generated offload
 * (lib/Kernel/XDPGen.cpp, enterRecords/leaveRecords): one sequence word for
 * the table, koffload_seq_counters in .bss, taken even -> odd by
 * compare-and-exchange (odd or contended: XDP_PASS, untouched) and released
 * by storing start + 2.  Only well-formed incr and get requests take it
 * (ERROR replies and dump do not look at the table); the generated offload
 * takes it for every request past the UDP checks.  A get takes it as a
 * writer too, as the generated offload does (counters is one global that
 * the offload writes; the protocol has no per-request reader mode there).
 *
 * The request is parsed in place in the packet: the name's length is known
 * from the datagram's (n - prefix - 2), its bytes are checked and gathered
 * into two 64-bit registers, and each entry is compared as two masked
 * 64-bit words over name + NUL (the original's memcmp and name[nlen] ==
 * '\0' in one).  The reply's digits are written straight into the resized
 * frame, last digit first.
 */
#include "xdp-udp.h"

#define STATS_PORT 10300
#define NAME_MAX_LEN 15
#define NCOUNTERS 64
#define REQ_MAX 512	/* the original's recvfrom buffer */
#define REQ_LONGEST 22	/* "incr " + 15 + "\r\n" */
#define DIGITS_MAX 20	/* 2^64 - 1 */

struct counter {
	char name[NAME_MAX_LEN + 1]; /* NUL-terminated; "" = free entry */
	__u64 value;
};

/* The program's table; entries are 24 bytes, 8-aligned. */
struct counter counters[NCOUNTERS] __attribute__((aligned(8)));

/* The table's sequence word: even when free, odd while a writer holds it. */
__u32 koffload_seq_counters __attribute__((aligned(8)));

typedef __u64 __attribute__((may_alias)) u64_a;
typedef __u32 __attribute__((may_alias)) u32_a;

/* Byte pos of the payload, or -1 when pos is at or past its end n. */
static __always_inline int pl_byte(const __u8 *pl, void *data_end, __u32 n,
				   __u32 pos)
{
	const __u8 *p;

	if (pos >= REQ_LONGEST) /* a bound the verifier can see; n is less */
		return -1;
	p = pl + pos;
	if (pos >= n || (void *)(p + 1) > data_end)
		return -1;
	return *p;
}


/* "<v>\r\n" in plain decimal, as put_value() writes it. */
static __always_inline int value_reply(struct xdp_md *ctx, __u64 v)
{
	void *data, *data_end;
	__u8 *pl, *q;
	__u64 p = 10;
	__u32 nd = 1;
	int i;

	for (i = 1; i < DIGITS_MAX; i++) {
		if (v < p)
			break;
		nd++;
		p *= 10;
	}
	if (udp_reply(ctx, nd + 2))
		return XDP_PASS;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	pl = data + UDP_PAYLOAD_OFF;
	for (i = 0; i < DIGITS_MAX; i++) {
		if (i >= nd)
			break;
		q = pl + (nd - 1 - i);
		if ((void *)(q + 1) > data_end)
			return XDP_PASS;
		*q = '0' + v % 10;
		v /= 10;
	}
	q = pl + nd;
	if ((void *)(q + 2) > data_end)
		return XDP_PASS;
	q[0] = '\r';
	q[1] = '\n';
	return XDP_TX;
}

SEC("xdp")
int stats_counter(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	const __u8 *pl = (void *)(long)ctx->data + UDP_PAYLOAD_OFF;
	int hit = -1, free_i = -1, full = 0;
	struct udp_req req;
	__u64 w0 = 0, w1 = 0, m0, m1, v = 0;
	__u32 n, pos, nlen, cmd4, start;
	long taken;
	int incr, i, c;

	if (udp_request(ctx, bpf_htons(STATS_PORT), &req))
		return XDP_PASS;
	n = req.len < REQ_MAX ? req.len : REQ_MAX; /* recvfrom truncates */
	/* The shortest request is "dump\r\n", the longest an incr of 15. */
	if (n < 6 || n > REQ_LONGEST)
		return LIT_REPLY(ctx, "ERROR\r\n");
	if ((void *)(pl + 6) > data_end)
		return XDP_PASS;
	cmd4 = *(const u32_a *)pl;
	if (n == 6 && cmd4 == bpf_htonl(0x64756d70) /* "dump" */ &&
	    pl[4] == '\r' && pl[5] == '\n')
		return XDP_PASS; /* file I/O: userspace's */
	if (cmd4 == bpf_htonl(0x696e6372) /* "incr" */ && pl[4] == ' ') {
		incr = 1;
		pos = 5;
	} else if (cmd4 == bpf_htonl(0x67657420) /* "get " */) {
		incr = 0;
		pos = 4;
	} else {
		return LIT_REPLY(ctx, "ERROR\r\n");
	}
	/* parse_request: the name runs to the "\r\n" that ends the datagram;
	 * 1..15 name characters (0x21..0x7e). */
	nlen = n - pos - 2;
	if (nlen - 1 > NAME_MAX_LEN - 1 ||
	    pl_byte(pl, data_end, n, n - 2) != '\r' ||
	    pl_byte(pl, data_end, n, n - 1) != '\n')
		return LIT_REPLY(ctx, "ERROR\r\n");
	for (i = 0; i < NAME_MAX_LEN; i++) {
		if (i >= nlen)
			break;
		c = pl_byte(pl, data_end, n, pos + i);
		if (c < 0x21 || c > 0x7e)
			return LIT_REPLY(ctx, "ERROR\r\n");
		if (i < 8)
			w0 |= (__u64)c << (8 * i);
		else
			w1 |= (__u64)c << (8 * (i - 8));
	}
	/* Masks over name + NUL: nlen + 1 bytes, 2..16. */
	m0 = nlen >= 7 ? ~0ULL : (1ULL << (8 * (nlen + 1))) - 1;
	m1 = nlen < 8 ? 0 : nlen == 15 ? ~0ULL :
	     (1ULL << (8 * (nlen - 7))) - 1;

	/* Take the table's record: even -> odd, or fall back. */
	taken = record_take(&koffload_seq_counters);
	if (taken < 0)
		return XDP_PASS;
	start = taken;

	/* counter_find: the first entry whose name is this one (a free entry,
	 * name[0] == 0, never matches: the name's first byte is not 0). */
	for (i = 0; i < NCOUNTERS; i++) {
		const struct counter *e = &counters[i];

		if ((*(const u64_a *)e->name & m0) == w0 &&
		    (*(const u64_a *)(e->name + 8) & m1) == w1) {
			hit = i;
			break;
		}
	}
	/* counter_get_or_add, a new name: the first free entry.  A second
	 * scan, only on this path (tracking it in the first would make the
	 * verifier walk every (entry, free entry) pair). */
	if (hit < 0 && incr)
		for (i = 0; i < NCOUNTERS; i++)
			if (!counters[i].name[0]) {
				free_i = i;
				break;
			}
	if (hit >= 0 && hit < NCOUNTERS) {
		struct counter *e = &counters[hit];

		v = incr ? ++e->value : e->value;
	} else if (!incr) {
		v = 0;
	} else if (free_i >= 0 && free_i < NCOUNTERS) {
		/* memcpy(name, nlen), name[nlen] = 0, value 0, then ++ */
		struct counter *e = &counters[free_i];
		u64_a *nw = (u64_a *)e->name;

		nw[0] = (nw[0] & ~m0) | w0;
		nw[1] = (nw[1] & ~m1) | w1;
		v = e->value = 1;
	} else {
		full = 1;
	}

	/* Release: readers see it changed. */
	record_release(&koffload_seq_counters, start);

	if (full)
		return LIT_REPLY(ctx, "FULL\r\n");
	return value_reply(ctx, v);
}

char LICENSE[] SEC("license") = "GPL";
