// SPDX-License-Identifier: GPL-2.0
/*
 * mc.bpf.c - hand-written sk_skb + sk_msg offload of a memcached text-protocol
 * GET (the reference the generated TCP offload is compared with; issue 17).
 *
 * Mechanism (docs/tcp-mechanism.md): a stream verdict without a parser that
 * never changes the skb's length. When the skb is exactly 1..MAXREQ complete
 * "get <key>\r\n" lines and userspace owes this connection nothing
 * (passed == done), it builds the replies from the item table into one of the
 * connection's tickets, overwrites the request's first 5 bytes with MARK and
 * the ticket's number, and redirects the skb to the same socket's egress.
 * The sk_msg program on the same map swaps the marked message for the
 * ticket's reply. Everything else is passed whole to userspace.
 *
 * The item table is written only by userspace (mmap'd, one seqlock per item);
 * a get whose item was being written, or whose key may live outside the
 * probe window, goes to userspace too.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "mc.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, NSLOT);
	__type(key, __u32); /* the server's slot */
	__type(value, __u64);
} socks SEC(".maps");

/* 4-tuple -> slot, written by userspace at join, deleted at close. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, NSLOT);
	__type(key, struct flowkey);
	__type(value, __u32);
} slotof SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(map_flags, BPF_F_MMAPABLE);
	__uint(max_entries, NSLOT);
	__type(key, __u32);
	__type(value, struct conn);
} conns SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(map_flags, BPF_F_MMAPABLE);
	__uint(max_entries, NITEM);
	__type(key, __u32);
	__type(value, struct item);
} items SEC(".maps");

/* TPC tickets per slot: the verdict refuses when TPC are in flight, so a
 * ticket is never reused before sk_msg has consumed it. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, NSLOT * TPC);
	__type(key, __u32);
	__type(value, struct ticket);
} tickets SEC(".maps");

/* Per slot, not per CPU: a verdict run from recvmsg (process context) can be
 * interrupted by one from softirq on the same CPU; runs for one socket are
 * serialized by the socket's lock. */
struct scratch {
	char in[INMAX];
	char key[MAXREQ][KEYBUF];
	__u32 klen[MAXREQ];
	__u32 hash[MAXREQ];
};
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, NSLOT);
	__type(key, __u32);
	__type(value, struct scratch);
} scr SEC(".maps");

/* Slots the verdict passed bytes to: userspace waits on this, not on the
 * sockets' EPOLLIN, because after every verdict run the kernel wakes the
 * socket's readers (sk_psock_verdict_data_ready -> sk_psock_data_ready), also
 * when the run redirected everything: one useless wake-up per kernel reply. */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 * 1024);
} passes SEC(".maps");
__u64 passes_lost; /* notifications the ring had no room for (userspace rescans) */

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, ST_N);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

static __always_inline void bump(__u32 i, __u64 n)
{
	__u64 *v = bpf_map_lookup_elem(&stats, &i);
	if (v)
		*v += n;
}

/* ---- request scanner: one byte per bpf_loop step ---- */
struct pctx {
	struct scratch *s;
	__u32 st, k, h, n, pos;
	int bad;
};

static long parse_byte(__u64 i, void *arg)
{
	struct pctx *p = arg;
	struct scratch *s = p->s;
	unsigned char ch = s->in[i & (INMAX - 1)];
	__u32 r = p->n & (MAXREQ - 1);

	if (p->n >= MAXREQ)
		goto bad; /* more requests than one ticket holds */
	switch (p->st) {
	case 0: if (ch != 'g') goto bad; break;
	case 1: if (ch != 'e') goto bad; break;
	case 2: if (ch != 't') goto bad; break;
	case 3:
		if (ch != ' ')
			goto bad;
		__builtin_memset(s->key[r], 0, KEYBUF);
		p->k = 0;
		p->h = 2166136261u;
		break;
	case 4:
		if (ch == '\r' && p->k > 0)
			break;
		if (ch < 0x21 || ch > 0x7e || p->k >= KEYMAX)
			goto bad; /* userspace judges other bytes and long keys */
		s->key[r][p->k & (KEYBUF - 1)] = ch;
		p->h = (p->h ^ ch) * 16777619u;
		p->k++;
		return 0; /* stay in the key */
	case 5:
		if (ch != '\n')
			goto bad;
		s->klen[r] = p->k;
		s->hash[r] = p->h;
		p->n++;
		p->pos = i + 1;
		p->st = 0;
		return 0;
	}
	p->st++;
	return 0;
bad:
	p->bad = 1;
	return 1;
}

/* ---- one get answered into the ticket ---- */
struct actx {
	struct scratch *s;
	struct ticket *tk;
	__u32 rlen, hits;
	int bad;
};

static __always_inline __u32 seq_of(struct item *e)
{
	/* An atomic fetch is a full barrier on every arch the JIT supports. */
	return __sync_fetch_and_add(&e->seq, 0);
}

static __always_inline int key_eq(const char *a, const char *b)
{
	const __u64 *x = (const void *)a, *y = (const void *)b;
	__u64 d = 0;

#pragma unroll
	for (int i = 0; i < KEYBUF / 8; i++)
		d |= x[i] ^ y[i];
	return d == 0;
}

#define OUT(tk, off) ((tk)->out[(off) & (OUTSZ - 1)])

static __always_inline __u32 put_dec(struct ticket *tk, __u32 off, __u32 v)
{
	__u32 n = 1, t = v;

	while (t >= 10 && n < 10) {
		t /= 10;
		n++;
	}
	for (__u32 i = 0; i < 10; i++) {
		if (i >= n)
			break;
		OUT(tk, off + n - 1 - i) = '0' + v % 10;
		v /= 10;
	}
	return off + n;
}

static long answer_one(__u64 r64, void *arg)
{
	struct actx *a = arg;
	struct scratch *s = a->s;
	struct ticket *tk = a->tk;
	__u32 r = r64 & (MAXREQ - 1), h = s->hash[r], klen = s->klen[r];
	__u32 home = h & (NITEM - 1), off = a->rlen, sq = 0, vlen, i;
	struct item *e = NULL, *hit = NULL;

	for (i = 0; i < PROBE; i++) {
		__u32 idx = (home + i) & (NITEM - 1), st;

		e = bpf_map_lookup_elem(&items, &idx);
		if (!e)
			goto bad;
		sq = seq_of(e);
		if (sq & 1)
			goto torn; /* userspace is writing it */
		st = e->state;
		if (st == IT_USED && e->hash == h && e->klen == klen && key_eq(e->key, s->key[r]))
			hit = e;
		if (seq_of(e) != sq)
			goto torn;
		if (hit || st == IT_EMPTY)
			break; /* found, or past the last slot the key could be in */
	}
	if (!hit) {
		if (i == PROBE) {
			/* Window full: the key may be among userspace's spilled ones. */
			e = bpf_map_lookup_elem(&items, &home);
			if (!e || e->spill)
				goto bad;
		}
		OUT(tk, off) = 'E'; OUT(tk, off + 1) = 'N'; OUT(tk, off + 2) = 'D';
		OUT(tk, off + 3) = '\r'; OUT(tk, off + 4) = '\n';
		a->rlen = off + 5;
		return 0;
	}
	/* VALUE <key> <flags> <bytes>\r\n<data>\r\nEND\r\n */
	vlen = hit->vlen;
	if (vlen > VALMAX || klen > KEYMAX)
		goto bad;
	OUT(tk, off) = 'V'; OUT(tk, off + 1) = 'A'; OUT(tk, off + 2) = 'L';
	OUT(tk, off + 3) = 'U'; OUT(tk, off + 4) = 'E'; OUT(tk, off + 5) = ' ';
	off += 6;
	if (bpf_probe_read_kernel(&tk->out[off & (OUTSZ - 1)], klen, s->key[r]) < 0)
		goto bad;
	off += klen;
	OUT(tk, off) = ' ';
	off = put_dec(tk, off + 1, hit->flags);
	OUT(tk, off) = ' ';
	off = put_dec(tk, off + 1, vlen);
	OUT(tk, off) = '\r'; OUT(tk, off + 1) = '\n';
	off += 2;
	if (bpf_probe_read_kernel(&tk->out[off & (OUTSZ - 1)], vlen, hit->val) < 0)
		goto bad;
	if (seq_of(hit) != sq)
		goto torn; /* the value changed while we copied it */
	off += vlen;
	OUT(tk, off) = '\r'; OUT(tk, off + 1) = '\n'; OUT(tk, off + 2) = 'E';
	OUT(tk, off + 3) = 'N'; OUT(tk, off + 4) = 'D'; OUT(tk, off + 5) = '\r';
	OUT(tk, off + 6) = '\n';
	a->rlen = off + 7;
	a->hits++;
	return 0;
torn:
	bump(ST_TORN, 1);
bad:
	a->bad = 1;
	return 1;
}

SEC("sk_skb/stream_verdict")
int verdict(struct __sk_buff *skb)
{
	struct flowkey fk = { skb->remote_ip4, skb->local_ip4, skb->remote_port, skb->local_port };
	__u32 *sp = bpf_map_lookup_elem(&slotof, &fk), slot, len = skb->len, tidx;
	struct scratch *s;
	struct ticket *tk;
	struct conn *c;
	char hdr[5] = { MARK };

	if (!sp)
		return SK_PASS; /* not joined by the server (cannot happen once in the map) */
	slot = *sp;
	c = bpf_map_lookup_elem(&conns, &slot);
	s = bpf_map_lookup_elem(&scr, &slot);
	if (!c || !s)
		return SK_PASS;
	bump(ST_RUNS, 1);
	/* Userspace holds a partial request or owes a reply, or the connection
	 * is just joining: userspace answers this too. */
	if (c->hold || c->passed != c->done)
		goto pass;
	if (c->inflight >= TPC) {
		bump(ST_BUSY, 1);
		goto pass;
	}
	if (len < 7 || len > MAXREQ * REQMAX)
		goto pass;
	if (bpf_skb_load_bytes(skb, 0, s->in, len) < 0)
		goto pass;

	struct pctx p = { .s = s };
	bpf_loop(len, parse_byte, &p, 0);
	if (p.bad || p.n == 0 || p.pos != len)
		goto pass; /* not only complete gets */

	tidx = slot * TPC + c->tnext % TPC;
	tk = bpf_map_lookup_elem(&tickets, &tidx);
	if (!tk)
		goto pass;
	struct actx a = { .s = s, .tk = tk };
	bpf_loop(p.n, answer_one, &a, 0);
	if (a.bad || a.rlen == 0 || a.rlen >= OUTSZ)
		goto pass;
	tk->len = a.rlen;
	tk->reqlen = len;
	/* Linear, so the backlog sends it with one sendmsg: one sk_msg run. */
	if (bpf_skb_pull_data(skb, len) < 0)
		goto pass;
	__builtin_memcpy(hdr + 1, &tidx, 4);
	if (bpf_skb_store_bytes(skb, 0, hdr, 5, 0) < 0)
		goto pass; /* unchanged */
	c->tnext++;
	__sync_fetch_and_add(&c->inflight, 1);
	__sync_fetch_and_add(&c->kbytes, a.rlen);
	__sync_fetch_and_add(&c->kreplies, p.n);
	bump(ST_REPLY, 1);
	bump(ST_GETS, p.n);
	bump(ST_HITS, a.hits);
	return bpf_sk_redirect_map(skb, &socks, slot, 0);
pass:
	__sync_fetch_and_add(&c->passed, len);
	bump(ST_PASS, 1);
	if (bpf_ringbuf_output(&passes, &slot, sizeof(slot), 0) < 0)
		__sync_fetch_and_add(&passes_lost, 1);
	return SK_PASS;
}

/* Egress: a marked message while this connection has kernel replies in flight
 * is the verdict's; it becomes the ticket's reply. Userspace writes only when
 * none are in flight, so its bytes pass unchanged whatever they start with. */
SEC("sk_msg")
int reply_msg(struct sk_msg_md *msg)
{
	struct flowkey fk = { msg->remote_ip4, msg->local_ip4, msg->remote_port, msg->local_port };
	__u32 *sp = bpf_map_lookup_elem(&slotof, &fk), size = msg->size, slot, t, rlen, i;
	struct ticket *tk;
	struct conn *c;
	void *data, *end;

	if (!sp)
		return SK_PASS;
	slot = *sp;
	c = bpf_map_lookup_elem(&conns, &slot);
	if (!c || c->inflight == 0)
		return SK_PASS; /* userspace's bytes */
	if (size < 5 || bpf_msg_pull_data(msg, 0, 5, 0) < 0)
		goto drop; /* never send a marked request raw */
	data = (void *)(long)msg->data;
	end = (void *)(long)msg->data_end;
	if (data + 5 > end || *(char *)data != MARK)
		goto drop;
	__builtin_memcpy(&t, data + 1, 4);
	if (t / TPC != slot)
		goto drop;
	tk = bpf_map_lookup_elem(&tickets, &t);
	if (!tk)
		goto drop;
	if (size < tk->reqlen) {
		/* Only part of the request: wait for the rest, then run again. */
		bpf_msg_cork_bytes(msg, tk->reqlen);
		bump(ST_MSG_CORK, 1);
		return SK_PASS;
	}
	if (size != tk->reqlen)
		goto drop;
	__sync_fetch_and_sub(&c->inflight, 1);
	rlen = tk->len;
	if (rlen == 0 || rlen >= OUTSZ)
		goto drop;
	if (rlen > size) {
		if (bpf_msg_push_data(msg, size, rlen - size, 0) < 0)
			goto drop;
	} else if (rlen < size) {
		if (bpf_msg_pop_data(msg, rlen, size - rlen, 0) < 0)
			goto drop;
	}
	if (bpf_msg_pull_data(msg, 0, rlen, 0) < 0)
		goto drop;
	data = (void *)(long)msg->data;
	end = (void *)(long)msg->data_end;
	if (data + rlen != end)
		goto drop;
	/* data + rlen == end: bounding each write by end writes exactly rlen bytes. */
	for (i = 0; i < OUTSZ / 8; i++) {
		char *p = data + i * 8;

		if ((void *)(p + 8) > end)
			break;
		*(__u64 *)p = *(__u64 *)&tk->out[i * 8];
	}
	for (i = i * 8; i < OUTSZ; i++) {
		char *p = data + i;

		if ((void *)(p + 1) > end)
			break;
		*p = tk->out[i];
	}
	bump(ST_MSG_REWRITE, 1);
	return SK_PASS;
drop:
	bump(ST_MSG_DROP, 1);
	return SK_DROP;
}

char LICENSE[] SEC("license") = "GPL";
