/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mc.h - layout shared by the sk_skb/sk_msg reference (mc.bpf.c) and its
 * server (server.c): the item table, the per-connection counters and the
 * reply tickets. All three are BPF array maps; the first two are mmap'd by
 * the server.
 */
#ifndef MC_H
#define MC_H

#define MC_PORT 10212
#define KEYMAX 250       /* memcached's key limit */
#define KEYBUF 256       /* key bytes stored, zero padded (compared as 32 words) */
#define VALMAX 1024
#define NITEM 8192       /* table slots, a power of two */
#define PROBE 8          /* linear-probe window */
#define NSLOT 256        /* connections the kernel serves (more: userspace only) */
#define TPC 4            /* reply tickets per connection = kernel replies in flight */
#define MAXREQ 4         /* pipelined gets the kernel answers in one skb */
#define REQMAX (4 + KEYMAX + 2)
#define INMAX 2048       /* request bytes the verdict reads; >= MAXREQ * REQMAX */
#define OUTSZ 8192       /* reply bytes; > MAXREQ * longest reply (6+250+1+10+1+4+2+1024+7) */
#define OUTSLACK 1280    /* room past OUTSZ so fixed-size writes at a masked offset fit */
#define MARK 0x01        /* first byte of a request the verdict answered */

enum { IT_EMPTY = 0, IT_USED = 1, IT_DELETED = 2 };

/* One table slot. Userspace is the only writer: it makes seq odd, writes,
 * makes it even again; the kernel trusts what it read only if seq was the
 * same even number before and after. */
struct item {
	__u32 seq;
	__u32 state;
	__u32 hash;      /* FNV-1a of the key */
	__u32 klen;
	__u32 vlen;
	__u32 flags;
	__u32 spill;     /* keys homed here that userspace keeps elsewhere (window full) */
	__u32 pad;
	char key[KEYBUF];
	char val[VALMAX];
};

/* Per joined connection (index: the server's slot). The kernel writes
 * passed/kbytes/kreplies/inflight/tnext, userspace writes done. */
struct conn {
	__u64 passed;    /* bytes the verdict passed to userspace */
	__u64 done;      /* bytes userspace consumed and answered */
	__u64 kbytes;    /* reply bytes the kernel queued on the egress */
	__u64 kreplies;  /* gets the kernel answered */
	__u32 inflight;  /* tickets written by the verdict, not yet used by sk_msg */
	__u32 tnext;     /* next ticket (mod TPC) */
	__u32 hold;      /* userspace: pass everything (set at join, see server.c) */
	__u32 pad0;
	__u64 pad[2];
};

struct ticket {
	__u32 len;       /* reply length */
	__u32 reqlen;    /* the marked request's length (what sk_msg must see) */
	char out[OUTSZ + OUTSLACK];
};

/* What both sk_skb and sk_msg can read of the socket: the 4-tuple as the
 * context rewrites give it (remote_port in network order in the upper 16
 * bits, local_port in host order). */
struct flowkey { __u32 rip, lip, rport, lport; };

enum { ST_RUNS, ST_PASS, ST_REPLY, ST_GETS, ST_HITS, ST_TORN, ST_BUSY,
       ST_MSG_REWRITE, ST_MSG_CORK, ST_MSG_DROP, ST_N };

static inline __u32 mc_hash(const char *k, __u32 n)
{
	__u32 h = 2166136261u;
	for (__u32 i = 0; i < n; i++)
		h = (h ^ (unsigned char)k[i]) * 16777619u;
	return h;
}

#endif
