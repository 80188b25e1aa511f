// SPDX-License-Identifier: (Apache-2.0 WITH LLVM-exception) OR GPL-2.0-only
/*
 * libc-test.bpf.c - XDP programs that run one koffload_* libc function on
 * operands taken from the packet and write the result back into it, for
 * the differential test against glibc (libc-test.c).  Layout: libc-test.h.
 *
 * The libc implementations are included, not linked, so each program
 * inlines them the way koffload's generated code will.  Built twice: with
 * the default cap and with a small one (-DKOFFLOAD_LIBC_MAX=64).
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define KOFFLOAD_LIBC_STATIC
#include "libc.bpf.c"
#include "libc-test.h"

struct lt_scratch {
	unsigned char a[LT_REGION];
	unsigned char b[LT_REGION];
	/* strcat's and stpncpy's values pass through here (map memory,
	 * which the verifier does not track), as in koffload's generated
	 * code. */
	__u64 launder;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct lt_scratch);
} lt_scratch SEC(".maps");

/*
 * -DLT_NO_ALIASES leaves out the functions that are another one under a
 * new name (bcmp, strtoull, strtoll, atol, atoll): their programs abort.
 * The default-cap build does, to keep its verification time down.
 */
#ifdef LT_NO_ALIASES
#define LT_ALIASES 0
#else
#define LT_ALIASES 1
#endif

/* Read by the harness from .rodata. */
const volatile __u32 lt_libc_max = KOFFLOAD_LIBC_MAX;
const volatile __u32 lt_num_max = KOFFLOAD_LIBC_NUM_MAX;
const volatile __u32 lt_aliases = LT_ALIASES;

/* Runs so far (.bss), for koffload-bpf-run --dump-map. */
__u64 lt_runs;

/* v through map memory: one unknown value for the verifier. */
#define LT_LAUNDER(sc, v)                                                  \
	({                                                                 \
		*(volatile __u64 *)&(sc)->launder = (v);                   \
		*(volatile __u64 *)&(sc)->launder;                         \
	})

/* A pointer result as an offset from base, -1 for NULL. */
#define LT_OFF(p, base)                                                    \
	((p) ? (__s64)((const char *)(p) - (const char *)(base)) : -1)

static inline __attribute__((always_inline)) int lt_run(struct xdp_md *ctx,
							 const enum lt_op op)
{
	struct koffload_libc_status st = {};
	struct lt_resp rs = {};
	struct lt_req rq;
	struct lt_scratch *sc;
	unsigned char *a, *b;
	const char *pa = NULL;
	void *data, *data_end;
	__u32 zero = 0, a_len, b_len, a_at, b_at, d_off, s_off;
	char *e = NULL;
	const void *p;
	bool pkt;
	long c;

	if (!LT_ALIASES && LT_IS_ALIAS(op))
		return XDP_ABORTED;
	__sync_fetch_and_add(&lt_runs, 1);
	if (bpf_xdp_load_bytes(ctx, 0, &rq, sizeof(rq)) ||
	    rq.magic != LT_REQ_MAGIC || rq.op != op)
		return XDP_ABORTED;
	sc = bpf_map_lookup_elem(&lt_scratch, &zero);
	if (!sc)
		return XDP_ABORTED;
	/*
	 * Checked values are kept in locals: rq's address escapes to the
	 * helpers, so LLVM reloads rq.x after every helper call, and a
	 * reloaded value has lost the bounds the verifier learned.
	 */
	a_len = rq.a_len;
	b_len = rq.b_len;
	d_off = rq.d_off;
	s_off = rq.s_off;
	c = rq.c;
	if (a_len > LT_REGION || b_len > LT_REGION ||
	    d_off > LT_REGION - KOFFLOAD_LIBC_MAX ||
	    s_off > LT_REGION - KOFFLOAD_LIBC_MAX)
		return XDP_ABORTED;
	a = sc->a;
	b = sc->b;

	pkt = op >= LT_PKT_MEMCHR;
	a_at = pkt ? LT_HDR + b_len : LT_HDR;
	b_at = pkt ? LT_HDR : LT_HDR + a_len;
	if (a_len && bpf_xdp_load_bytes(ctx, a_at, a, a_len))
		return XDP_ABORTED;
	if (b_len && bpf_xdp_load_bytes(ctx, b_at, b, b_len))
		return XDP_ABORTED;
	if (pkt) {
		/* A in place: from the packet, up to its end. */
		data = (void *)(long)ctx->data;
		data_end = (void *)(long)ctx->data_end;
		pa = (const char *)data + LT_HDR + b_len;
		if ((const void *)pa > data_end)
			return XDP_ABORTED;
	}

	rs.off = -1;
	switch (op) {
	case LT_MEMCPY:
		p = koffload_memcpy(a + d_off, b + s_off, rq.n, &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_MEMMOVE:
		p = koffload_memmove(a + d_off, a + s_off, rq.n, &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_MEMSET:
		p = koffload_memset(a + d_off, rq.c, rq.n, &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_MEMCMP:
		rs.ret = koffload_memcmp(a, b, rq.n, &st);
		break;
	case LT_MEMCHR:
		p = koffload_memchr(a, rq.c, rq.n, rq.avail, &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_STRLEN:
		rs.ret = koffload_strlen((char *)a, rq.avail, &st);
		break;
	case LT_STRNLEN:
		rs.ret = koffload_strnlen((char *)a, rq.n, rq.avail, &st);
		break;
	case LT_STRCMP:
		rs.ret = koffload_strcmp((char *)a, (char *)b, rq.avail, &st);
		break;
	case LT_STRNCMP:
		rs.ret = koffload_strncmp((char *)a, (char *)b, rq.n, rq.avail,
					  &st);
		break;
	case LT_STRCHR:
		p = koffload_strchr((char *)a, rq.c, rq.avail, &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_STRTOUL:
		rs.ret = koffload_strtoul((char *)a, &e, rq.c, rq.avail, &st);
		rs.off = LT_OFF(e, a);
		break;
	case LT_STRTOL:
		rs.ret = koffload_strtol((char *)a, &e, rq.c, rq.avail, &st);
		rs.off = LT_OFF(e, a);
		break;
	case LT_STRSPN:
		rs.ret = koffload_strspn((char *)a, (const __u64 *)b, rq.avail,
					 &st);
		break;
	case LT_STRCSPN:
		rs.ret = koffload_strcspn((char *)a, (const __u64 *)b, rq.avail,
					  &st);
		break;
	case LT_STRSTR:
		if (c < 0 || c > 8)
			return XDP_ABORTED;
		p = koffload_strstr((char *)a, rq.n, c, rq.avail, &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_STRCPY:
		p = koffload_strcpy((char *)a + d_off, (char *)b, rq.avail,
				    &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_STPCPY:
		p = koffload_stpcpy((char *)a + d_off, (char *)b, rq.avail,
				    &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_STRNCPY:
		p = koffload_strncpy((char *)a + d_off, (char *)b, rq.n,
				     rq.avail, &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_STPNCPY: {
		/* As koffload's generator does it: strncpy, n through map
		 * memory, strnlen of the bytes written (koffload_libc.h). */
		__u64 n = rq.n, len;

		koffload_strncpy((char *)a + d_off, (char *)b, n, rq.avail,
				 &st);
		if (st.overflow)
			break;
		n = LT_LAUNDER(sc, n);
		if (n > KOFFLOAD_LIBC_MAX)
			return XDP_ABORTED;
		len = koffload_strnlen((char *)a + d_off, n, n, &st);
		rs.off = d_off + len;
		break;
	}
	case LT_STRCAT:
	case LT_STRNCAT: {
		/* The string at A has d_off bytes of room, of which half
		 * the cap is examined (koffload_libc.h).  strlen's loop
		 * leaves with the room and the length known exactly: both
		 * pass through map memory, as in koffload's generated code. */
		__u64 room = d_off < KOFFLOAD_LIBC_MAX / 2 ?
				     d_off : KOFFLOAD_LIBC_MAX / 2,
		      len, lim;

		*(volatile __u64 *)&sc->launder = room;
		len = koffload_strlen((char *)a, room, &st);
		if (st.overflow)
			break;
		room = *(volatile __u64 *)&sc->launder;
		len = LT_LAUNDER(sc, len);
		if (room > LT_REGION - KOFFLOAD_LIBC_MAX || len >= room)
			return XDP_ABORTED;
		lim = room - len;
		if (rq.avail < lim)
			lim = rq.avail;
		if (op == LT_STRCAT)
			p = koffload_strcat((char *)a + len, (char *)b, lim,
					    &st);
		else
			p = koffload_strncat((char *)a + len, (char *)b, rq.n,
					     lim, &st);
		rs.off = LT_OFF(p, a);
		break;
	}
	case LT_MEMRCHR:
		p = koffload_memrchr(a, rq.c, rq.n, rq.avail, &st);
		rs.off = LT_OFF(p, a);
		break;
	case LT_STRRCHR: {
		/* As koffload's generator does it (koffload_libc.h). */
		__u64 room = rq.avail < KOFFLOAD_LIBC_MAX / 2 ?
				     rq.avail : KOFFLOAD_LIBC_MAX / 2,
		      len;

		*(volatile __u64 *)&sc->launder = room;
		len = koffload_strlen((char *)a, room, &st);
		if (st.overflow)
			break;
		room = *(volatile __u64 *)&sc->launder;
		len = LT_LAUNDER(sc, len);
		if (room > KOFFLOAD_LIBC_MAX / 2 || len >= room)
			return XDP_ABORTED;
		p = koffload_memrchr(a, rq.c, len + 1, room, &st);
		rs.off = LT_OFF(p, a);
		break;
	}
	case LT_ATOI:
		rs.ret = koffload_atoi((char *)a, rq.avail, &st);
		break;
	case LT_ISDIGIT:
		rs.ret = koffload_isdigit(rq.c);
		break;
	case LT_ISALPHA:
		rs.ret = koffload_isalpha(rq.c);
		break;
	case LT_ISALNUM:
		rs.ret = koffload_isalnum(rq.c);
		break;
	case LT_ISSPACE:
		rs.ret = koffload_isspace(rq.c);
		break;
	case LT_ISXDIGIT:
		rs.ret = koffload_isxdigit(rq.c);
		break;
	case LT_ISUPPER:
		rs.ret = koffload_isupper(rq.c);
		break;
	case LT_ISLOWER:
		rs.ret = koffload_islower(rq.c);
		break;
	case LT_TOLOWER:
		rs.ret = koffload_tolower(rq.c);
		break;
	case LT_TOUPPER:
		rs.ret = koffload_toupper(rq.c);
		break;
	case LT_ISPRINT:
		rs.ret = koffload_isprint(rq.c);
		break;
	case LT_ISGRAPH:
		rs.ret = koffload_isgraph(rq.c);
		break;
	case LT_ISPUNCT:
		rs.ret = koffload_ispunct(rq.c);
		break;
	case LT_ISCNTRL:
		rs.ret = koffload_iscntrl(rq.c);
		break;
	case LT_ISBLANK:
		rs.ret = koffload_isblank(rq.c);
		break;
	case LT_CTYPE_B:
	case LT_CTYPE_TOLOWER:
	case LT_CTYPE_TOUPPER:
		/* What (*__ctype_b_loc())[c] etc. become. */
		if (op == LT_CTYPE_B)
			rs.ret = koffload_ctype_b_at(c);
		else if (op == LT_CTYPE_TOLOWER)
			rs.ret = koffload_ctype_tolower_at(c);
		else
			rs.ret = koffload_ctype_toupper_at(c);
		break;
	case LT_BCMP:
		rs.ret = koffload_bcmp(a, b, rq.n, &st);
		break;
	case LT_STRCASECMP:
		rs.ret = koffload_strcasecmp((char *)a, (char *)b, rq.avail,
					     &st);
		break;
	case LT_STRNCASECMP:
		rs.ret = koffload_strncasecmp((char *)a, (char *)b, rq.n,
					      rq.avail, &st);
		break;
	case LT_STRTOULL:
		rs.ret = koffload_strtoull((char *)a, &e, rq.c, rq.avail, &st);
		rs.off = LT_OFF(e, a);
		break;
	case LT_STRTOLL:
		rs.ret = koffload_strtoll((char *)a, &e, rq.c, rq.avail, &st);
		rs.off = LT_OFF(e, a);
		break;
	case LT_ATOL:
		rs.ret = koffload_atol((char *)a, rq.avail, &st);
		break;
	case LT_ATOLL:
		rs.ret = koffload_atoll((char *)a, rq.avail, &st);
		break;
	case LT_HTONS:
		rs.ret = koffload_htons(rq.n);
		break;
	case LT_NTOHS:
		rs.ret = koffload_ntohs(rq.n);
		break;
	case LT_HTONL:
		rs.ret = koffload_htonl(rq.n);
		break;
	case LT_NTOHL:
		rs.ret = koffload_ntohl(rq.n);
		break;
	case LT_PKT_MEMCHR:
		p = koffload_pkt_memchr(pa, rq.c, rq.n, data_end, &st);
		rs.off = LT_OFF(p, pa);
		break;
	case LT_PKT_MEMCMP:
		rs.ret = koffload_pkt_memcmp(pa, b, rq.n, data_end, &st);
		break;
	case LT_PKT_STRLEN:
		rs.ret = koffload_pkt_strlen(pa, data_end, &st);
		break;
	case LT_PKT_STRNLEN:
		rs.ret = koffload_pkt_strnlen(pa, rq.n, data_end, &st);
		break;
	case LT_PKT_STRNCMP:
		rs.ret = koffload_pkt_strncmp(pa, (char *)b, rq.n, data_end,
					      &st);
		break;
	case LT_PKT_STRCHR:
		p = koffload_pkt_strchr(pa, rq.c, data_end, &st);
		rs.off = LT_OFF(p, pa);
		break;
	case LT_PKT_STRTOUL:
		rs.ret = koffload_pkt_strtoul(pa, &e, rq.c, data_end, &st);
		rs.off = LT_OFF(e, pa);
		break;
	case LT_PKT_STRTOL:
		rs.ret = koffload_pkt_strtol(pa, &e, rq.c, data_end, &st);
		rs.off = LT_OFF(e, pa);
		break;
	default:
		return XDP_ABORTED;
	}

	rs.magic = LT_RESP_MAGIC;
	rs.op = op;
	rs.overflow = st.overflow;
	rs.err = st.err;
	if (bpf_xdp_store_bytes(ctx, 0, &rs, sizeof(rs)))
		return XDP_ABORTED;
	if ((op == LT_MEMCPY || op == LT_MEMMOVE || op == LT_MEMSET ||
	     (op >= LT_STRCPY && op <= LT_STRNCAT)) && a_len &&
	    bpf_xdp_store_bytes(ctx, LT_HDR, a, a_len))
		return XDP_ABORTED;
	return XDP_TX;
}

#define LT_PROG(e, name)                                                   \
	SEC("xdp.frags") int lt_##name(struct xdp_md *ctx)                 \
	{                                                                  \
		return lt_run(ctx, LT_##e);                                \
	}
LT_OPS(LT_PROG)

char LICENSE[] SEC("license") = "GPL";
