// SPDX-License-Identifier: GPL-2.0
// sk_skb probe for issue 17: a line protocol answered in the kernel.
//   "GET <key>\n"  -> "VALUE <key> <n>\n<n bytes>\nEND\n"   (key starting 'm': "NF\n")
//   anything else  -> SK_PASS to userspace ("PASS x" -> "USER x\n", "ECHO x" -> "x\n")
// Config is in .rodata (set by the loader before load).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define NSLOT 1024 /* per-connection slots, index = cookie % NSLOT (a probe: collisions ignored) */
#define KEYMAX 32
#define VMAX 128   /* longest value the kernel writes */
#define REQMAX (4 + KEYMAX + 1)
#define MAXREQ 4   /* pipelined requests answered in one skb (verdict-only) */
#define OUTSZ 1024 /* reply scratch; a power of two so an index mask bounds every store */
#define PUT(i, ch) (s->out[(i) & (OUTSZ - 1)] = (ch))

/* Shared with userspace through mmap. The kernel writes passed/kbytes/kreplies,
 * userspace writes done/ubytes. Ordering rule: the kernel answers only when
 * passed == done (userspace holds no unanswered or partial bytes). */
struct conn {
	__u64 cookie;
	__u64 passed;   /* bytes the kernel passed to userspace */
	__u64 done;     /* bytes userspace consumed and answered */
	__u64 kbytes;   /* reply bytes the kernel queued on the egress */
	__u64 kreplies; /* requests the kernel answered */
	__u64 pad[3];
};

struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, NSLOT);
	__type(key, __u64); /* socket cookie */
	__type(value, __u64);
} socks SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, NSLOT);
	__type(key, __u32); /* slot */
	__type(value, __u64);
} sockarr SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(map_flags, BPF_F_MMAPABLE);
	__uint(max_entries, NSLOT);
	__type(key, __u32);
	__type(value, struct conn);
} conns SEC(".maps");

enum { ST_RUNS, ST_PASS, ST_REPLY, ST_NOSLOT, ST_ERR, ST_SOCKOPS, ST_N };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, ST_N);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

#define INMAX 256  /* request bytes looked at; power of two (index mask) */
struct scratch {
	char in[INMAX];
	char key[MAXREQ][KEYMAX];
	__u32 klen[MAXREQ];
	__u32 start[MAXREQ]; /* offset of each request line */
	char out[OUTSZ];
};
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct scratch);
} scr SEC(".maps");

/* Mode "msg": the verdict leaves the request's length alone, overwrites its first
 * 5 bytes with MARK + a ticket number and stores the built reply under that ticket;
 * sk_msg on the egress swaps the marked message for the ticket's reply. */
#define MARK 0x01
#define NTICKET 4096
struct ticket { __u32 len; char out[OUTSZ]; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, NTICKET);
	__type(key, __u32);
	__type(value, struct ticket);
} tickets SEC(".maps");
__u32 ticket_next;

/* Kernel replies redirected but not yet rewritten, per connection. The key is what
 * both sk_skb and sk_msg can read (their ctx rewrites read the same sock fields).
 * A marked message counts as the kernel's only while this is > 0: userspace writes
 * only when no kernel reply is in flight (its ordering wait), so a userspace reply
 * that happens to start with MARK is never rewritten. */
struct flowkey { __u32 rip, lip, rport, lport; };
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, NSLOT);
	__type(key, struct flowkey);
	__type(value, __u64);
} inflight SEC(".maps");

const volatile __u32 cfg_vlen = 100;      /* value length n (<= VMAX) */
const volatile __u32 cfg_order = 1;       /* apply the passed == done rule */
const volatile __u32 cfg_redir_flags = 0; /* 0 = egress, BPF_F_INGRESS */
const volatile __u32 cfg_sockmap = 0;     /* redirect through SOCKMAP[slot] instead of SOCKHASH[cookie] */
const volatile __u32 cfg_maxreq = 1;      /* pipelined requests answered per skb */
const volatile __u32 cfg_debug = 0;       /* bpf_printk each decision */
const volatile __u32 cfg_msgreply = 0;    /* 1: verdict marks + redirects unchanged, sk_msg writes the reply */

static __always_inline void bump(__u32 i)
{
	__u64 *v = bpf_map_lookup_elem(&stats, &i);
	if (v)
		__sync_fetch_and_add(v, 1);
}

static __always_inline int keych(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

struct pctx { struct scratch *s; __u32 st, k, n, pos; int first, bad; };

/* One byte of the request scanner (a bpf_loop callback: verified once). */
static long parse_byte(__u64 i, void *arg)
{
	struct pctx *p = arg;
	struct scratch *s = p->s;
	char ch = s->in[i & (INMAX - 1)];

	if (p->n >= MAXREQ || p->n >= cfg_maxreq) {
		p->bad = 1; /* more requests than we answer */
		return 1;
	}
	if (p->st < 4) { /* "<first>ET " */
		char want = p->st == 0 ? p->first : p->st == 1 ? 'E' : p->st == 2 ? 'T' : ' ';
		if (ch != want) {
			p->bad = 1;
			return 1;
		}
		if (p->st == 0)
			s->start[p->n & (MAXREQ - 1)] = i;
		p->st++;
		p->k = 0;
		return 0;
	}
	if (ch == '\n' && p->k > 0) {
		s->klen[p->n & (MAXREQ - 1)] = p->k;
		p->n++;
		p->st = 0;
		p->pos = i + 1;
		return 0;
	}
	if (!keych(ch) || p->k >= KEYMAX - 1) {
		p->bad = 1;
		return 1;
	}
	s->key[p->n & (MAXREQ - 1)][p->k & (KEYMAX - 1)] = ch;
	p->k++;
	return 0;
}

/* Split s->in[0..len) into complete "<first>ET <key>\n" lines covering all of it.
 * Returns the number of requests, or -1 if anything else is there. */
static __always_inline int parse(struct scratch *s, __u32 len, int first)
{
	struct pctx p = { .s = s, .first = first };

	bpf_loop(len, parse_byte, &p, 0);
	if (p.bad || p.n == 0 || p.pos != len)
		return -1; /* not only complete GETs, or an unframed tail */
	return p.n;
}

/* Replies for s->key[0..nreq) into s->out; returns their length (< OUTSZ). */
static __always_inline __u32 build(struct scratch *s, int nreq)
{
	__u32 rlen = 0;

	for (__u32 r = 0; r < MAXREQ; r++) {
		__u32 k = s->klen[r & (MAXREQ - 1)], n = cfg_vlen;

		if (r >= nreq)
			break;
		if (s->key[r & (MAXREQ - 1)][0] == 'm') {
			PUT(rlen, 'N'); PUT(rlen + 1, 'F'); PUT(rlen + 2, '\n');
			rlen += 3;
			continue;
		}
		PUT(rlen, 'V'); PUT(rlen + 1, 'A'); PUT(rlen + 2, 'L');
		PUT(rlen + 3, 'U'); PUT(rlen + 4, 'E'); PUT(rlen + 5, ' ');
		rlen += 6;
		for (__u32 i = 0; i < KEYMAX && i < k; i++)
			PUT(rlen + i, s->key[r & (MAXREQ - 1)][i]);
		rlen += k;
		PUT(rlen++, ' ');
		if (n >= 100) PUT(rlen++, '0' + n / 100);
		if (n >= 10) PUT(rlen++, '0' + (n / 10) % 10);
		PUT(rlen++, '0' + n % 10);
		PUT(rlen++, '\n');
		for (__u32 i = 0; i < VMAX && i < n; i++)
			PUT(rlen + i, 'a' + (i + k) % 26); /* value depends on key length */
		rlen += n;
		PUT(rlen, '\n'); PUT(rlen + 1, 'E'); PUT(rlen + 2, 'N'); PUT(rlen + 3, 'D'); PUT(rlen + 4, '\n');
		rlen += 5;
	}
	return rlen & (OUTSZ - 1); /* < OUTSZ by construction; the mask tells the verifier */
}

/* Stream parser: length of the first line from offset 0 (what BPF can see). */
SEC("sk_skb/stream_parser")
int parser(struct __sk_buff *skb)
{
	char buf[64];
	__u32 n = skb->len;

	if (n > sizeof(buf))
		n = sizeof(buf);
	if (n < 1 || bpf_skb_load_bytes(skb, 0, buf, n) < 0)
		return 0;
	for (__u32 i = 0; i < sizeof(buf) && i < n; i++)
		if (buf[i] == '\n')
			return i + 1;
	return skb->len < sizeof(buf) ? 0 : skb->len; /* need more, or too long: whole skb */
}

SEC("sk_skb/stream_verdict")
int verdict(struct __sk_buff *skb)
{
	__u64 ck = bpf_get_socket_cookie(skb);
	__u32 slot = ck % NSLOT, zero = 0, len = skb->len;
	struct conn *c = bpf_map_lookup_elem(&conns, &slot);
	struct scratch *s = bpf_map_lookup_elem(&scr, &zero);
	__u32 rlen = 0;
	int nreq;

	bump(ST_RUNS);
	if (!c || !s || c->cookie != ck) {
		bump(ST_NOSLOT);
		return SK_PASS; /* not ours (yet): userspace */
	}
	if (cfg_order && c->passed != c->done)
		goto pass;
	if (len < 6 || len > MAXREQ * REQMAX || len >= INMAX)
		goto pass;

	if (bpf_skb_load_bytes(skb, 0, s->in, len & (INMAX - 1)) < 0)
		goto pass;
	nreq = parse(s, len, 'G');
	if (nreq <= 0)
		goto pass; /* not only complete GETs: userspace */
	rlen = build(s, nreq);
	if (rlen == 0)
		goto pass;
	if (cfg_msgreply) {
		/* Keep the length: tcp_eat_skb() advances copied_seq by the skb's length
		 * as it is after this program. */
		__u32 t = __sync_fetch_and_add(&ticket_next, 1) % NTICKET;
		struct ticket *tk = bpf_map_lookup_elem(&tickets, &t);
		char hdr[5] = { MARK };

		struct flowkey fk = { skb->remote_ip4, skb->local_ip4, skb->remote_port, skb->local_port };
		__u64 one = 1, *inf;

		if (!tk || bpf_skb_pull_data(skb, len) < 0) /* linear: one sendmsg, one sk_msg run */
			goto pass;
		inf = bpf_map_lookup_elem(&inflight, &fk);
		if (inf)
			__sync_fetch_and_add(inf, 1);
		else if (bpf_map_update_elem(&inflight, &fk, &one, BPF_NOEXIST) < 0)
			goto pass;
		__builtin_memcpy(tk->out, s->out, OUTSZ);
		tk->len = rlen;
		__builtin_memcpy(hdr + 1, &t, 4);
		if (bpf_skb_store_bytes(skb, 0, hdr, 5, 0) < 0)
			return SK_DROP; /* cannot happen: len >= 6 */
		goto account;
	}

	/* Resize the skb to the reply, then overwrite it. */
	if (bpf_skb_change_tail(skb, rlen, 0) < 0) {
		bump(ST_ERR);
		goto pass;
	}
	if (bpf_skb_store_bytes(skb, 0, s->out, rlen, 0) < 0) {
		bump(ST_ERR);
		return SK_DROP; /* cannot happen after change_tail; never send half a reply */
	}
account:
	__sync_fetch_and_add(&c->kbytes, rlen);
	__sync_fetch_and_add(&c->kreplies, nreq);
	bump(ST_REPLY);
	if (cfg_debug)
		bpf_printk("reply len=%u rlen=%u", len, rlen);
	if (cfg_sockmap)
		return bpf_sk_redirect_map(skb, &sockarr, slot, cfg_redir_flags);
	return bpf_sk_redirect_hash(skb, &socks, &ck, cfg_redir_flags);
pass:
	if (cfg_debug)
		bpf_printk("pass len=%u passed=%llu done=%llu", len, c->passed, c->done);
	__sync_fetch_and_add(&c->passed, len);
	bump(ST_PASS);
	return SK_PASS;
}

/* Egress of a socket in the map: rewrites requests the verdict marked into
 * their replies (mode "msg"); userspace's own writes pass unchanged. */
SEC("sk_msg")
int reply_msg(struct sk_msg_md *msg)
{
	__u32 size = msg->size, rlen, t, i;
	struct ticket *tk;
	void *data, *end;

	if (size < 6 || bpf_msg_pull_data(msg, 0, 5, 0) < 0)
		return SK_PASS;
	data = (void *)(long)msg->data;
	end = (void *)(long)msg->data_end;
	if (data + 5 > end || *(char *)data != MARK)
		return SK_PASS; /* userspace's reply */
	struct flowkey fk = { msg->remote_ip4, msg->local_ip4, msg->remote_port, msg->local_port };
	__u64 *inf = bpf_map_lookup_elem(&inflight, &fk);
	if (!inf || *inf == 0)
		return SK_PASS; /* nothing of the kernel's in flight: userspace's bytes */
	__sync_fetch_and_sub(inf, 1);
	__builtin_memcpy(&t, data + 1, 4);
	tk = bpf_map_lookup_elem(&tickets, &t);
	if (!tk)
		return SK_DROP; /* never send a marked request raw */
	rlen = tk->len & (OUTSZ - 1);
	if (rlen == 0)
		return SK_DROP;
	if (rlen > size) {
		if (bpf_msg_push_data(msg, size, rlen - size, 0) < 0)
			return SK_DROP;
	} else if (rlen < size) {
		if (bpf_msg_pop_data(msg, rlen, size - rlen, 0) < 0)
			return SK_DROP;
	}
	if (bpf_msg_pull_data(msg, 0, rlen, 0) < 0)
		return SK_DROP;
	data = (void *)(long)msg->data;
	end = (void *)(long)msg->data_end;
	for (i = 0; i < OUTSZ; i++) {
		if (i >= rlen || data + i + 1 > end)
			break;
		((char *)data)[i] = tk->out[i];
	}
	if (i != rlen)
		return SK_DROP;
	if (cfg_debug)
		bpf_printk("msg reply size=%u rlen=%u", size, rlen);
	return SK_PASS;
}

/* Joins passively established connections to the map before any data. */
SEC("sockops")
int join(struct bpf_sock_ops *ops)
{
	if (ops->op == BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB) {
		__u64 ck = bpf_get_socket_cookie(ops);
		__u32 slot = ck % NSLOT;
		struct conn *c = bpf_map_lookup_elem(&conns, &slot);

		if (!c)
			return 1;
		c->passed = 0; c->done = 0; c->kbytes = 0; c->kreplies = 0;
		c->cookie = ck;
		bump(ST_SOCKOPS);
		if (cfg_sockmap)
			bpf_sock_map_update(ops, &sockarr, &slot, BPF_ANY);
		else
			bpf_sock_hash_update(ops, &socks, &ck, BPF_ANY);
	}
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
