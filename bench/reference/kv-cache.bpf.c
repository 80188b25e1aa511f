// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * kv-cache.bpf.c - hand-written XDP offload of examples/kv-cache.
 *
 * The table is the program's own (struct kv_entry kv_table[NSLOTS], same
 * name and layout), shared with userspace.  Answered here, as the
 * generated offload answers them: GET (hit or miss), a malformed request
 * (ERROR), DELETE of a missing key (NOT_FOUND) and SET into a full probe
 * window (SERVER_ERROR table full).  A well-formed SET, and a DELETE of a
 * present key, write the journal: XDP_PASS, untouched.
 *
 * The request is parsed in place in the packet; the key is gathered into
 * two registers while its FNV-1a hash is computed and compared with an
 * entry's key as two masked 64-bit words; the reply is written straight
 * into the resized frame, value included, 8 bytes at a time.
 */
#include "xdp-udp.h"

#define KV_PORT 11211
#define KEY_MAX 16
#define VAL_MAX 64
#define NSLOTS 4096
#define MAX_PROBE 32
#define REQ_MAX 2048
#define REQ_LONGEST 91 /* parse_request never takes more */

enum slot_state { SLOT_EMPTY = 0, SLOT_LIVE = 1, SLOT_DELETED = 2 };

struct kv_entry {
	__u8 state;
	__u8 klen;
	__u8 vlen;
	__u8 pad;
	char key[KEY_MAX];
	char val[VAL_MAX];
};

/* The program's table; entries are 84 bytes, so key and val are 4-aligned. */
struct kv_entry kv_table[NSLOTS] __attribute__((aligned(8)));

typedef __u64 __attribute__((may_alias)) u64_a;

/*
 * The key's length is a constant on each of the 17 paths out of the
 * unrolled key loop; the verifier would walk the lookup and the reply once
 * for each (over its million instructions).  Passed through this CPU's
 * slot of a map, it comes back as a range: one walk.
 */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} launder SEC(".maps");

static __always_inline int opaque_len(__u32 *len)
{
	__u32 zero = 0;
	__u32 *slot = bpf_map_lookup_elem(&launder, &zero);

	if (!slot)
		return -1;
	*(volatile __u32 *)slot = *len;
	*len = *(volatile __u32 *)slot;
	if (*len - 1 > KEY_MAX - 1)
		return -1;
	return 0;
}

enum { CMD_GET, CMD_SET, CMD_DELETE };

struct key {
	__u64 w0, w1; /* the key's bytes, zero beyond klen */
	__u32 len;    /* 1..KEY_MAX */
	__u32 hash;   /* fnv1a(key) */
};

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

/*
 * The key at pl[off..]: is_key_char bytes, at most KEY_MAX + 1 looked at,
 * as parse_request does.  Returns the position after it, or -1.
 */
static __always_inline int parse_key(const __u8 *pl, void *data_end, __u32 n,
				     __u32 off, struct key *k)
{
	__u32 h = 2166136261u;
	__u64 w0 = 0, w1 = 0;
	int i;

#pragma unroll
	for (i = 0; i <= KEY_MAX; i++) {
		int c = pl_byte(pl, data_end, n, off + i);

		if (c <= ' ' || c >= 0x7f)
			break;
		if (i == KEY_MAX)
			return -1; /* 17 key characters */
		h = (h ^ (__u32)c) * 16777619u;
		if (i < 8)
			w0 |= (__u64)c << (8 * i);
		else
			w1 |= (__u64)c << (8 * (i - 8));
	}
	if (i == 0)
		return -1;
	k->w0 = w0;
	k->w1 = w1;
	k->len = i;
	k->hash = h;
	return off + i;
}

static __always_inline int key_equal(const struct kv_entry *e,
				     const struct key *k)
{
	__u64 m0 = k->len >= 8 ? ~0ULL : (1ULL << (8 * k->len)) - 1;
	__u64 m1 = k->len >= 16 ? ~0ULL :
		   k->len <= 8	? 0 :
				  (1ULL << (8 * (k->len - 8))) - 1;

	return (*(const u64_a *)e->key & m0) == k->w0 &&
	       (*(const u64_a *)(e->key + 8) & m1) == k->w1;
}

/* kv_lookup: the live entry for the key, or NULL. */
static __always_inline struct kv_entry *lookup(const struct key *k)
{
	__u32 idx = k->hash;
	int i;

	for (i = 0; i < MAX_PROBE; i++) {
		struct kv_entry *e = &kv_table[(idx + i) & (NSLOTS - 1)];

		if (e->state == SLOT_EMPTY)
			return NULL;
		if (e->state == SLOT_LIVE && e->klen == k->len &&
		    key_equal(e, k))
			return e;
	}
	return NULL;
}

/* kv_slot_for found a slot (1) or the window is full (0). */
static __always_inline int has_slot(const struct key *k)
{
	__u32 idx = k->hash;
	int free_slot = 0;
	int i;

	for (i = 0; i < MAX_PROBE; i++) {
		struct kv_entry *e = &kv_table[(idx + i) & (NSLOTS - 1)];

		if (e->state == SLOT_EMPTY)
			return 1;
		if (e->state == SLOT_DELETED) {
			free_slot = 1;
			continue;
		}
		if (e->klen == k->len && key_equal(e, k))
			return 1;
	}
	return free_slot;
}

/* Is "\r\n" at pl[pos], ending the payload exactly? */
static __always_inline int crlf_ends(const __u8 *pl, void *data_end, __u32 n,
				     __u32 pos)
{
	return pos + 2 == n && pl_byte(pl, data_end, n, pos) == '\r' &&
	       pl_byte(pl, data_end, n, pos + 1) == '\n';
}


/* VALUE <key> <vlen>\r\n<val>\r\nEND\r\n */
static __always_inline int value_reply(struct xdp_md *ctx,
				       const struct kv_entry *e,
				       const struct key *k)
{
	__u32 klen = k->len, vlen = e->vlen;
	__u32 nd = vlen >= 10 ? 2 : 1;
	__u32 vs = 6 + klen + 1 + nd + 2; /* where the value starts */
	__u32 rlen = vs + vlen + 7;
	const u64_a *val = (const u64_a *)e->val;
	void *data, *data_end;
	__u8 *pl, *q;
	int i;

	if (vlen > VAL_MAX)
		return XDP_PASS; /* not a table the program writes */
	if (udp_reply(ctx, rlen))
		return XDP_PASS;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	pl = data + UDP_PAYLOAD_OFF;
	/* The shortest reply is 18 bytes; each write below may run up to 7
	 * bytes past its field, into a field written after it. */
	if ((void *)(pl + 18) > data_end)
		return XDP_PASS;
	__builtin_memcpy(pl, "VALUE ", 6);
#pragma unroll
	for (i = 0; i < 2; i++) {
		q = pl + 6 + 8 * i;
		if (8 * i >= klen)
			break;
		if ((void *)(q + 8) > data_end)
			return XDP_PASS;
		*(u64_a *)q = i ? k->w1 : k->w0;
	}
	q = pl + 6 + klen;
	if ((void *)(q + 5) > data_end)
		return XDP_PASS;
	q[0] = ' ';
	if (nd == 2) {
		q[1] = '0' + vlen / 10;
		q[2] = '0' + vlen % 10;
	} else {
		q[1] = '0' + vlen;
	}
	q[nd + 1] = '\r';
	q[nd + 2] = '\n';
#pragma unroll
	for (i = 0; i < VAL_MAX / 8; i++) {
		q = pl + vs + 8 * i;
		if (8 * i >= vlen)
			break;
		if ((void *)(q + 8) > data_end)
			return XDP_PASS;
		*(u64_a *)q = val[i];
	}
	q = pl + vs + vlen;
	if ((void *)(q + 7) > data_end)
		return XDP_PASS;
	__builtin_memcpy(q, "\r\nEND\r\n", 7);
	return XDP_TX;
}

SEC("xdp")
int kv_cache(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	const __u8 *pl = (void *)(long)ctx->data + UDP_PAYLOAD_OFF;
	struct udp_req req;
	struct kv_entry *e;
	struct key k;
	__u32 n, pos;
	int cmd, end;

	if (udp_request(ctx, bpf_htons(KV_PORT), &req))
		return XDP_PASS;
	n = req.len < REQ_MAX ? req.len : REQ_MAX; /* recvfrom truncates */
	if (n > REQ_LONGEST || n < 4 || (void *)(pl + 4) > data_end)
		return LIT_REPLY(ctx, "ERROR\r\n");

	if (pl[0] == 'g' && pl[1] == 'e' && pl[2] == 't' && pl[3] == ' ') {
		cmd = CMD_GET;
		pos = 4;
	} else if (pl[0] == 's' && pl[1] == 'e' && pl[2] == 't' &&
		   pl[3] == ' ') {
		cmd = CMD_SET;
		pos = 4;
	} else if (pl[0] == 'd' && pl[1] == 'e' && pl[2] == 'l' &&
		   pl[3] == 'e' && pl_byte(pl, data_end, n, 4) == 't' &&
		   pl_byte(pl, data_end, n, 5) == 'e' &&
		   pl_byte(pl, data_end, n, 6) == ' ') {
		cmd = CMD_DELETE;
		pos = 7;
	} else {
		return LIT_REPLY(ctx, "ERROR\r\n");
	}
	end = parse_key(pl, data_end, n, pos, &k);
	if (end < 0)
		return LIT_REPLY(ctx, "ERROR\r\n");
	if (opaque_len(&k.len))
		return XDP_PASS;
	pos += k.len;

	if (cmd == CMD_SET) {
		__u32 dlen = 0, digits = 0;
		int c, i;

		if (pl_byte(pl, data_end, n, pos) != ' ')
			return LIT_REPLY(ctx, "ERROR\r\n");
		pos++;
#pragma unroll
		for (i = 0; i < 3; i++) {
			c = pl_byte(pl, data_end, n, pos);
			if (c < '0' || c > '9')
				break;
			dlen = dlen * 10 + (c - '0');
			pos++;
			digits++;
		}
		if (digits == 0 || dlen > VAL_MAX ||
		    pl_byte(pl, data_end, n, pos) != '\r' ||
		    pl_byte(pl, data_end, n, pos + 1) != '\n')
			return LIT_REPLY(ctx, "ERROR\r\n");
		pos += 2 + dlen;
		if (!crlf_ends(pl, data_end, n, pos))
			return LIT_REPLY(ctx, "ERROR\r\n");
		if (!has_slot(&k))
			return LIT_REPLY(ctx, "SERVER_ERROR table full\r\n");
		return XDP_PASS; /* the journal is userspace's */
	}
	if (!crlf_ends(pl, data_end, n, pos))
		return LIT_REPLY(ctx, "ERROR\r\n");
	e = lookup(&k);
	if (cmd == CMD_DELETE)
		return e ? XDP_PASS : LIT_REPLY(ctx, "NOT_FOUND\r\n");
	if (!e)
		return LIT_REPLY(ctx, "END\r\n");
	return value_reply(ctx, e, &k);
}

char LICENSE[] SEC("license") = "GPL";
