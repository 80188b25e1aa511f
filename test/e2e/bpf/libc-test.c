// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * libc-test.c - differential test of koffload's BPF libc subset against
 * glibc, in the real kernel.
 *
 *   koffload-libc-test OBJECT [SEED]
 *
 * Loads OBJECT (libc-test.bpf.o: one XDP program per function, layout in
 * libc-test.h) with the verifier log captured, then runs every program with
 * BPF_PROG_TEST_RUN over hand-written edge cases and seeded random inputs,
 * and compares each answer with glibc's, computed here.  Where glibc would
 * need a byte beyond what the BPF function may examine (the cap, `avail`,
 * the packet end), the only correct BPF answer is "overflow"; everywhere
 * else the BPF answer must be glibc's and overflow must not be reported.
 * Exit: 0 all equal, 1 a divergence or error, 77 BPF not permitted.
 */
#define _GNU_SOURCE
#include "bpf-util.h"
#include "libc-test.h"

#include <arpa/inet.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <ctype.h>
#include <errno.h>
#include <linux/bpf.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_REPORTED 20

static const char *op_names[] = {
#define LT_NAME(e, n) #n,
	LT_OPS(LT_NAME)
#undef LT_NAME
};

static int prog_fds[LT_NR_OPS];
static unsigned long cap, num_cap, aliases;
static unsigned long n_cases, n_fail, n_ovf, per_op[LT_NR_OPS];
static unsigned long long run_ns;

/* ---- one case ------------------------------------------------------------ */

struct lt_case {
	enum lt_op op;
	long c;
	unsigned long n, avail;
	unsigned int d_off, s_off;
	const unsigned char *a, *b;
	size_t a_len, b_len;
};

/* What glibc says, and whether the BPF side must report overflow. */
struct lt_expect {
	bool overflow;
	bool check_ret, check_off, check_err, check_a, sign_only, zero_only;
	bool partial;	/* A may be partly written on overflow (copies) */
	long ret, off;
	int err;
	unsigned char *a;	/* A after the call (memcpy/memmove/memset) */
};

static const char *hex_prefix(const unsigned char *p, size_t n)
{
	static char buf[80];
	size_t i, m = n > 24 ? 24 : n;

	for (i = 0; i < m; i++)
		snprintf(buf + 2 * i, 3, "%02x", p[i]);
	if (m < n)
		strcpy(buf + 2 * m, "..");
	if (!n)
		strcpy(buf, "(empty)");
	return buf;
}

static void report(const struct lt_case *k, const char *what, long got,
		   long want)
{
	n_fail++;
	if (n_fail > MAX_REPORTED)
		return;
	fprintf(stderr,
		"FAIL %s: %s: got %ld, want %ld  [c=%ld n=%lu avail=%lu "
		"d_off=%u s_off=%u a_len=%zu a=%s",
		op_names[k->op], what, got, want, k->c, k->n, k->avail,
		k->d_off, k->s_off, k->a_len, hex_prefix(k->a, k->a_len));
	fprintf(stderr, " b_len=%zu b=%s]\n", k->b_len,
		hex_prefix(k->b, k->b_len));
}

static int sign(long v)
{
	return (v > 0) - (v < 0);
}

/* Runs one case in the kernel; returns the response and A after it. */
static int run_bpf(const struct lt_case *k, struct lt_resp *rs,
		   unsigned char *a_out)
{
	static unsigned char in[LT_HDR + 2 * LT_REGION];
	static unsigned char out[LT_HDR + 2 * LT_REGION + 4096];
	struct lt_req rq = {
		.magic = LT_REQ_MAGIC,
		.op = k->op,
		.c = k->c,
		.n = k->n,
		.avail = k->avail,
		.a_len = k->a_len,
		.b_len = k->b_len,
		.d_off = k->d_off,
		.s_off = k->s_off,
	};
	bool pkt = k->op >= LT_PKT_MEMCHR;
	size_t len = LT_HDR + k->a_len + k->b_len;
	LIBBPF_OPTS(bpf_test_run_opts, t, .data_in = in, .data_size_in = len,
		    .data_out = out, .data_size_out = sizeof(out));
	int err;

	memcpy(in, &rq, sizeof(rq));
	if (pkt) {
		memcpy(in + LT_HDR, k->b, k->b_len);
		memcpy(in + LT_HDR + k->b_len, k->a, k->a_len);
	} else {
		memcpy(in + LT_HDR, k->a, k->a_len);
		memcpy(in + LT_HDR + k->a_len, k->b, k->b_len);
	}
	err = bpf_prog_test_run_opts(prog_fds[k->op], &t);
	if (err) {
		fprintf(stderr, "error: BPF_PROG_TEST_RUN lt_%s: %s\n",
			op_names[k->op], strerror(-err));
		return -1;
	}
	run_ns += t.duration;
	if (t.retval != XDP_TX || t.data_size_out != len) {
		fprintf(stderr, "error: lt_%s returned %s, %u bytes (want XDP_TX, %zu)\n",
			op_names[k->op], kbu_xdp_action_name(t.retval),
			t.data_size_out, len);
		return -1;
	}
	memcpy(rs, out, sizeof(*rs));
	if (rs->magic != LT_RESP_MAGIC || rs->op != k->op) {
		fprintf(stderr, "error: lt_%s: bad response\n", op_names[k->op]);
		return -1;
	}
	if (!pkt)
		memcpy(a_out, out + LT_HDR, k->a_len);
	return 0;
}

/* ---- glibc's answers ----------------------------------------------------- */

/*
 * glibc gets A and B in buffers larger than the packet, zero-filled past
 * the given bytes, so every call below stays in bounds.
 */
static unsigned char ga[3 * LT_REGION], gb[3 * LT_REGION];

static unsigned long lim_of(const struct lt_case *k, unsigned long c)
{
	unsigned long l = c;

	if (k->op >= LT_PKT_MEMCHR) {
		/* The packet ends where A ends. */
		if (k->a_len < l)
			l = k->a_len;
	} else if (k->avail < l) {
		l = k->avail;
	}
	return l;
}

/*
 * How many bytes glibc's strto* examined (stdlib/strtol_l.c): white space,
 * sign, s[k+1] after a '0' when the base is 0 or 16, the digits and the
 * byte that ends them.
 */
static unsigned long strto_need(const char *s, const char *end, int base)
{
	unsigned long k = 0;

	if (base < 0 || base == 1 || base > 36)
		return 0;
	while (isspace((unsigned char)s[k]))
		k++;
	if (s[k] == '-' || s[k] == '+')
		k++;
	if ((base == 0 || base == 16) && s[k] == '0' &&
	    toupper((unsigned char)s[k + 1]) == 'X' &&
	    !isxdigit((unsigned char)s[k + 2]))
		return k + 3;	/* bare "0x": endptr is at the x */
	if (end != s)
		return end - s + 1;
	return k + 1;
}

/*
 * The string copies (glibc's answer in ga, B in gb).  What each may
 * examine (koffload_libc.h): strcpy/stpcpy the copy, NUL included, within
 * avail (B's readable bytes and the room at A + d_off); strncpy/stpncpy
 * min(n, strlen + 1) bytes of B within avail, n <= the cap; strcat and
 * strncat the string at A within its room (d_off, at most half the cap),
 * then the append, NUL included, within min(avail, the room left).  Deviation (documented):
 * strncat's closing NUL after n bytes of B needs byte n of that bound too.
 */
static void copy_expect(const struct lt_case *k, struct lt_expect *x)
{
	char *dst = (char *)ga + k->d_off, *src = (char *)gb, *p;
	unsigned long len, room, lim = lim_of(k, cap);

	x->check_a = x->check_off = x->partial = true;
	x->a = malloc(k->a_len + 1);
	memcpy(x->a, k->a, k->a_len);
	switch (k->op) {
	case LT_STRCPY:
	case LT_STPCPY:
		x->overflow = strlen(src) + 1 > lim;
		if (x->overflow)
			return;
		p = k->op == LT_STRCPY ? strcpy(dst, src) : stpcpy(dst, src);
		break;
	case LT_STRNCPY:
	case LT_STPNCPY:
		len = strnlen(src, k->n);
		x->overflow = k->n > cap || (len < k->n ? len + 1 : k->n) > lim;
		if (x->overflow)
			return;
		p = k->op == LT_STRNCPY ? strncpy(dst, src, k->n) :
					  stpncpy(dst, src, k->n);
		break;
	default:	/* strcat, strncat: the string at A, d_off bytes of room */
		dst = (char *)ga;
		len = strlen(dst);
		room = k->d_off < cap / 2 ? k->d_off : cap / 2;
		if (len + 1 > room) {
			x->overflow = true;
			return;
		}
		if (room - len < lim)
			lim = room - len;
		x->overflow = (k->op == LT_STRCAT ? strlen(src) :
						    strnlen(src, k->n)) + 1 > lim;
		if (x->overflow)
			return;
		if (k->op == LT_STRCAT)
			strcat(dst, src);
		else
			strncat(dst, src, k->n);
		p = dst + len;	/* koffload's strcat returns the end it got */
		break;
	}
	x->off = p - (char *)ga;
	memcpy(x->a, ga, k->a_len);
}

static void expect(const struct lt_case *k, struct lt_expect *x)
{
	unsigned long lim, need = 0, i;
	const char *sa = (const char *)ga, *sb = (const char *)gb;
	char *end = NULL;
	void *p;

	memset(ga, 0, sizeof(ga));
	memset(gb, 0, sizeof(gb));
	memcpy(ga, k->a, k->a_len);
	memcpy(gb, k->b, k->b_len);
	memset(x, 0, sizeof(*x));
	x->off = -1;

	switch (k->op) {
	case LT_MEMCPY:
	case LT_MEMMOVE:
	case LT_MEMSET:
		x->check_a = x->check_off = true;
		x->a = malloc(k->a_len + 1);
		memcpy(x->a, k->a, k->a_len);
		x->off = k->d_off;
		if (k->n > cap) {
			x->overflow = true;	/* and A unchanged */
			break;
		}
		if (k->op == LT_MEMCPY)
			memcpy(ga + k->d_off, gb + k->s_off, k->n);
		else if (k->op == LT_MEMMOVE)
			memmove(ga + k->d_off, ga + k->s_off, k->n);
		else
			memset(ga + k->d_off, (int)k->c, k->n);
		memcpy(x->a, ga, k->a_len);
		break;
	case LT_MEMCMP:
	case LT_PKT_MEMCMP:
	case LT_BCMP:
		x->check_ret = true;
		if (k->op == LT_BCMP) {
			x->zero_only = true;	/* only == 0 is specified */
			x->ret = bcmp(ga, gb, k->n);
		} else {
			x->sign_only = true;
			x->ret = memcmp(ga, gb, k->n);
		}
		for (i = 0; i < k->n && ga[i] == gb[i]; i++)
			;
		need = i < k->n ? i + 1 : k->n;
		/* memcmp takes no avail: n bytes are readable by contract. */
		x->overflow = need > (k->op == LT_PKT_MEMCMP ? lim_of(k, cap) : cap);
		break;
	case LT_MEMCHR:
	case LT_PKT_MEMCHR:
		x->check_off = true;
		/* glibc may look at min(n, buffer); the BPF side at most the
		 * limit, which is smaller. */
		p = memchr(ga, (int)k->c, k->n < sizeof(ga) ? k->n : sizeof(ga));
		x->off = p ? (unsigned char *)p - ga : -1;
		need = p ? (unsigned long)x->off + 1 : k->n;
		x->overflow = need > lim_of(k, cap);
		break;
	case LT_STRLEN:
	case LT_PKT_STRLEN:
		x->check_ret = true;
		x->ret = strlen(sa);
		x->overflow = (unsigned long)x->ret + 1 > lim_of(k, cap);
		break;
	case LT_STRNLEN:
	case LT_PKT_STRNLEN:
		x->check_ret = true;
		x->ret = strnlen(sa, k->n);
		need = (unsigned long)x->ret < k->n ? (unsigned long)x->ret + 1 : k->n;
		x->overflow = need > lim_of(k, cap);
		break;
	case LT_STRCMP:
	case LT_STRNCMP:
	case LT_PKT_STRNCMP:
		x->check_ret = x->sign_only = true;
		if (k->op == LT_STRCMP)
			x->ret = strcmp(sa, sb);
		else
			x->ret = strncmp(sa, sb, k->n);
		for (i = 0; ga[i] && ga[i] == gb[i]; i++)
			;
		need = i + 1;
		if (k->op != LT_STRCMP && need > k->n)
			need = k->n;
		lim = lim_of(k, cap);
		x->overflow = need > lim;
		break;
	case LT_STRCASECMP:
	case LT_STRNCASECMP:
		x->check_ret = x->sign_only = true;
		if (k->op == LT_STRCASECMP)
			x->ret = strcasecmp(sa, sb);
		else
			x->ret = strncasecmp(sa, sb, k->n);
		for (i = 0; ga[i] && tolower(ga[i]) == tolower(gb[i]); i++)
			;
		need = i + 1;
		if (k->op == LT_STRNCASECMP && need > k->n)
			need = k->n;
		x->overflow = need > lim_of(k, cap);
		break;
	case LT_STRSPN:
	case LT_STRCSPN: {
		/* B is the set as koffload's 256-bit map (bit c & 7 of byte
		 * c >> 3 on little-endian); glibc gets it as a string. */
		char set[256];
		unsigned long j = 0;

		for (i = 1; i < 256; i++)
			if (gb[i >> 3] >> (i & 7) & 1)
				set[j++] = (char)i;
		set[j] = 0;
		x->check_ret = true;
		x->ret = k->op == LT_STRSPN ? strspn(sa, set) : strcspn(sa, set);
		x->overflow = (unsigned long)x->ret + 1 > lim_of(k, cap);
		break;
	}
	case LT_STRSTR:
		/* B is the needle (k->c bytes; its word is k->n). */
		x->check_off = true;
		gb[k->c] = 0;
		p = strstr(sa, sb);
		x->off = p ? (char *)p - sa : -1;
		need = p ? (unsigned long)x->off + k->c : strlen(sa) + 1;
		if (!k->c)
			need = 0;
		x->overflow = need > lim_of(k, cap);
		break;
	case LT_MEMRCHR:
		/* All n bytes readable: n within avail and the cap. */
		x->check_off = true;
		x->overflow = k->n > lim_of(k, cap);
		p = x->overflow ? NULL : memrchr(ga, (int)k->c, k->n);
		x->off = p ? (unsigned char *)p - ga : -1;
		break;
	case LT_STRRCHR:
		/* The string and its NUL within avail, at most half the cap. */
		x->check_off = true;
		x->overflow = strlen(sa) + 1 > lim_of(k, cap / 2);
		p = strrchr(sa, (int)k->c);
		x->off = p ? (char *)p - sa : -1;
		break;
	case LT_STRCHR:
	case LT_PKT_STRCHR:
		x->check_off = true;
		p = strchr(sa, (int)k->c);
		x->off = p ? (char *)p - sa : -1;
		need = p ? (unsigned long)x->off + 1 : strlen(sa) + 1;
		x->overflow = need > lim_of(k, cap);
		break;
	case LT_STRCPY:
	case LT_STPCPY:
	case LT_STRNCPY:
	case LT_STPNCPY:
	case LT_STRCAT:
	case LT_STRNCAT:
		copy_expect(k, x);
		break;
	case LT_ATOI:
	case LT_ATOL:
	case LT_ATOLL:
		/* glibc: (int)strtol(s, NULL, 10), errno included. */
		x->check_ret = x->check_err = true;
		if (k->op == LT_ATOI)
			x->ret = atoi(sa);
		else if (k->op == LT_ATOL)
			x->ret = atol(sa);
		else
			x->ret = atoll(sa);
		errno = 0;
		strtol(sa, &end, 10);
		x->err = errno;
		x->overflow = strto_need(sa, end, 10) > lim_of(k, num_cap);
		break;
	case LT_STRTOUL:
	case LT_STRTOL:
	case LT_STRTOULL:
	case LT_STRTOLL:
	case LT_PKT_STRTOUL:
	case LT_PKT_STRTOL:
		x->check_ret = x->check_err = x->check_off = true;
		errno = 0;
		if (k->op == LT_STRTOUL || k->op == LT_PKT_STRTOUL)
			x->ret = (long)strtoul(sa, &end, (int)k->c);
		else if (k->op == LT_STRTOULL)
			x->ret = (long)strtoull(sa, &end, (int)k->c);
		else if (k->op == LT_STRTOLL)
			x->ret = strtoll(sa, &end, (int)k->c);
		else
			x->ret = strtol(sa, &end, (int)k->c);
		x->err = errno;
		x->off = end ? end - sa : -1;
		x->overflow = strto_need(sa, end, (int)k->c) > lim_of(k, num_cap);
		break;
	case LT_ISDIGIT:
	case LT_ISALPHA:
	case LT_ISALNUM:
	case LT_ISSPACE:
	case LT_ISXDIGIT:
	case LT_ISUPPER:
	case LT_ISLOWER:
	case LT_TOLOWER:
	case LT_TOUPPER:
	case LT_ISPRINT:
	case LT_ISGRAPH:
	case LT_ISPUNCT:
	case LT_ISCNTRL:
	case LT_ISBLANK: {
		static int (*const fns[])(int) = {
			isdigit, isalpha, isalnum, isspace, isxdigit,
			isupper, islower, tolower, toupper, isprint,
			isgraph, ispunct, iscntrl, isblank,
		};
		x->check_ret = true;
		x->ret = fns[k->op - LT_ISDIGIT]((int)k->c);
		break;
	}
	case LT_CTYPE_B:
		x->check_ret = true;
		x->ret = (*__ctype_b_loc())[k->c];
		break;
	case LT_CTYPE_TOLOWER:
		x->check_ret = true;
		x->ret = (*__ctype_tolower_loc())[k->c];
		break;
	case LT_CTYPE_TOUPPER:
		x->check_ret = true;
		x->ret = (*__ctype_toupper_loc())[k->c];
		break;
	case LT_HTONS:
		x->check_ret = true;
		x->ret = htons((uint16_t)k->n);
		break;
	case LT_NTOHS:
		x->check_ret = true;
		x->ret = ntohs((uint16_t)k->n);
		break;
	case LT_HTONL:
		x->check_ret = true;
		x->ret = htonl((uint32_t)k->n);
		break;
	case LT_NTOHL:
		x->check_ret = true;
		x->ret = ntohl((uint32_t)k->n);
		break;
	default:
		break;
	}
}

static void check(const struct lt_case *k)
{
	static unsigned char a_out[LT_REGION];
	struct lt_expect x;
	struct lt_resp rs;
	size_t i;

	if (!aliases && LT_IS_ALIAS(k->op))
		return;	/* not in this object */
	expect(k, &x);
	n_cases++;
	per_op[k->op]++;
	if (run_bpf(k, &rs, a_out)) {
		n_fail++;
		goto out;
	}
	if (rs.overflow != x.overflow) {
		report(k, "overflow", rs.overflow, x.overflow);
		goto out;
	}
	if (x.overflow) {
		n_ovf++;
		/* No effect on overflow (the copies may leave a prefix). */
		if (x.check_a && !x.partial && memcmp(a_out, k->a, k->a_len))
			report(k, "wrote A despite overflow", 1, 0);
		goto out;
	}
	if (x.check_ret &&
	    (x.sign_only   ? sign(rs.ret) != sign(x.ret) :
	     x.zero_only ? !rs.ret != !x.ret :
			     rs.ret != x.ret))
		report(k, "return value", rs.ret, x.ret);
	else if (x.check_off && rs.off != x.off)
		report(k, "pointer/endptr offset", rs.off, x.off);
	else if (x.check_err && rs.err != x.err)
		report(k, "errno", rs.err, x.err);
	else if (x.check_a) {
		for (i = 0; i < k->a_len && a_out[i] == x.a[i]; i++)
			;
		if (i < k->a_len)
			report(k, "A after the call, at byte", i, -1);
	}
out:
	free(x.a);
}

/* ---- inputs -------------------------------------------------------------- */

static uint64_t rng_state;

static uint64_t rnd(void)
{
	/* splitmix64 */
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static unsigned long rnd_below(unsigned long n)
{
	return n ? rnd() % n : 0;
}

/* A length near an interesting bound: 0, 1, the cap, the region. */
static unsigned long rnd_len(unsigned long max)
{
	unsigned long pts[] = { 0, 1, cap - 1, cap, cap + 1, num_cap, max };
	unsigned long v, r;

	switch (rnd_below(3)) {
	case 0:
		v = pts[rnd_below(sizeof(pts) / sizeof(pts[0]))];
		v += rnd_below(3);
		r = rnd_below(3);
		if (r <= v)
			v -= r;
		break;
	case 1:
		v = rnd_below(64);
		break;
	default:
		v = rnd_below(max + 1);
	}
	return v > max ? max : v;
}

/* Bytes from a small alphabet so that matches and equal prefixes happen. */
static void rnd_bytes(unsigned char *p, size_t n, int kind)
{
	static const char digits[] = "0123456789abcdefABCDEFxX+- \t\n";
	size_t i;

	for (i = 0; i < n; i++) {
		switch (kind) {
		case 0:
			p[i] = rnd();
			break;
		case 1:
			p[i] = "ab\0"[rnd_below(3)];
			break;
		case 2:
			p[i] = "aAbBc"[rnd_below(5)];
			break;
		default:
			p[i] = digits[rnd_below(sizeof(digits) - 1)];
		}
	}
}

/* Convenience: a case on string s (its bytes and the NUL) with avail. */
static void str_case(enum lt_op op, const char *s, long c, unsigned long n,
		     unsigned long avail)
{
	struct lt_case k = {
		.op = op, .c = c, .n = n, .avail = avail,
		.a = (const unsigned char *)s, .a_len = strlen(s) + 1,
	};

	check(&k);
}

static unsigned char A[LT_REGION], B[LT_REGION];

/* strstr's needle: the first len bytes of B, as koffload's word. */
static void set_needle(struct lt_case *k, unsigned long len)
{
	unsigned long i;

	k->c = (long)len;
	k->n = 0;
	for (i = 0; i < len; i++)
		k->n = k->n << 8 | B[i];
	k->b = B;
	k->b_len = len + 1;
	B[len] = 0;
}

static void strstr_case(const char *s, const char *needle,
			unsigned long avail)
{
	struct lt_case k = {
		.op = LT_STRSTR, .avail = avail,
		.a = (const unsigned char *)s, .a_len = strlen(s) + 1,
	};

	memcpy(B, needle, strlen(needle));
	set_needle(&k, strlen(needle));
	check(&k);
}

/* strspn/strcspn of string s and the set, given as its 256-bit map. */
static void span_case(enum lt_op op, const char *s, const char *set,
		      unsigned long avail)
{
	static unsigned char map[32];
	struct lt_case k = {
		.op = op, .avail = avail,
		.a = (const unsigned char *)s, .a_len = strlen(s) + 1,
		.b = map, .b_len = sizeof(map),
	};

	memset(map, 0, sizeof(map));
	for (; *set; set++)
		map[(unsigned char)*set >> 3] |= 1 << ((unsigned char)*set & 7);
	check(&k);
}

/*
 * Packet operands are read in place, so they must lie in the linear part
 * of the test packet (PAGE_SIZE minus XDP headroom and skb_shared_info:
 * about 3.5 KiB); the rest of a larger packet goes into fragments.
 */
#define LT_LINEAR 3400

static bool pkt_fits(const struct lt_case *k)
{
	return LT_HDR + k->a_len + k->b_len <= LT_LINEAR;
}

/*
 * A string copy: A (all of the region) is `dst_init` then 'q's; B is src
 * and its NUL, or its first b_len bytes.
 */
static void copy_case(enum lt_op op, const char *dst_init, const char *src,
		      size_t b_len, unsigned long n, unsigned long avail,
		      unsigned int d_off)
{
	static unsigned char a[LT_REGION], b[LT_REGION];
	struct lt_case k = {
		.op = op, .n = n, .avail = avail, .d_off = d_off,
		.a = a, .a_len = LT_REGION, .b = b, .b_len = b_len,
	};

	memset(a, 'q', sizeof(a));
	memcpy(a, dst_init, strlen(dst_init) + 1);
	memcpy(b, src, b_len);
	check(&k);
}

static void copy_fixed_cases(void)
{
	static char big[LT_REGION];
	enum lt_op o;
	size_t i;

	for (o = LT_STRCPY; o <= LT_STPCPY; o++) {
		copy_case(o, "", "", 1, 0, 1, 0);
		copy_case(o, "", "", 1, 0, 0, 0);		/* no room */
		copy_case(o, "", "hello", 6, 0, 6, 3);		/* exact fit */
		copy_case(o, "", "hello", 6, 0, 5, 3);		/* one short */
		copy_case(o, "", "hello", 5, 0, 5, 0);		/* no NUL */
		copy_case(o, "", "a\xff\x80", 4, 0, 4, 0);
	}
	for (o = LT_STRNCPY; o <= LT_STPNCPY; o++) {
		copy_case(o, "", "OK", 3, 16, 3, 0);		/* zero padding */
		copy_case(o, "", "OK", 3, 2, 3, 5);		/* no NUL written */
		copy_case(o, "", "OK", 3, 3, 3, 5);
		copy_case(o, "", "OK", 3, 0, 3, 5);		/* nothing */
		copy_case(o, "", "", 1, 7, 1, 0);
		copy_case(o, "", "abcd", 4, 4, 4, 0);		/* unterminated */
		copy_case(o, "", "abcd", 4, 5, 4, 0);		/* reads byte 4 */
		copy_case(o, "", "abcd", 4, 3, 2, 0);		/* past avail */
		copy_case(o, "", "x", 2, cap, 2, 0);		/* n at the cap */
		copy_case(o, "", "x", 2, cap + 1, 2, 0);	/* over the cap */
	}
	for (o = LT_STRCAT; o <= LT_STRNCAT; o++) {
		copy_case(o, "", "", 1, 0, 1, 1);
		copy_case(o, "key=", "value", 6, 3, 6, 32);
		copy_case(o, "key=", "value", 6, 5, 6, 32);
		copy_case(o, "key=", "value", 6, 9, 6, 32);
		copy_case(o, "key=", "value", 6, 9, 6, 10);	/* exact room */
		copy_case(o, "key=", "value", 6, 9, 6, 9);	/* one short */
		copy_case(o, "key=", "value", 6, 0, 6, 5);	/* NUL only */
		copy_case(o, "abc", "", 1, 4, 1, 3);		/* no NUL in room */
		copy_case(o, "abc", "", 1, 4, 1, 4);
		/* strncat of an unterminated field of exactly n bytes: glibc
		 * reads n bytes; koffload's bound covers the NUL (overflow). */
		copy_case(o, "id:", "0123", 4, 4, 4, 64);
		copy_case(o, "id:", "0123x", 5, 4, 5, 64);
	}
	/* Lengths around the cap. */
	memset(big, 'x', sizeof(big));
	for (i = cap - 2; i <= cap + 1 && i + 1 < sizeof(big); i++) {
		big[i] = 0;
		for (o = LT_STRCPY; o <= LT_STRNCAT; o++)
			copy_case(o, o >= LT_STRCAT ? "" : "z", big, i + 1, i + 1,
				  i + 1, o >= LT_STRCAT ? LT_REGION - cap : 0);
		big[i] = 'x';
	}
}

static void fixed_cases(void)
{
	static const char *nums[] = {
		"", " ", "0", "1", "-1", "+1", "-", "+", " +-1", "  42abc",
		"\t\n\v\f\r 7", "0x", "0X", "0x1f", "0XfF", "-0x10", "0xg",
		"  0x", "010", "08", "0b101", "z", "Z", "zz", "  -0",
		"18446744073709551615", "18446744073709551616",
		"-18446744073709551615", "-18446744073709551616",
		"99999999999999999999999", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "0xffffffffffffffff",
		"0x10000000000000000", "2147483647", "2147483648",
		"-2147483649", "4294967296", "1_000", "1 2",
		"0000000000000000000000000000000000000000000000000000000001",
		"000000000000000000000000000000000000000000000000000000000000"
		"000000000000000000000000000000000000000000000000000000000000"
		"00000000000000000000000000000000000000000000000000000000001",
		"                                                            "
		"                                                            "
		"          5",
	};
	static const int bases[] = { 0, 10, 16, 8, 2, 36, 1, -1, 37, 7 };
	enum lt_op numops[] = { LT_STRTOUL, LT_STRTOL, LT_PKT_STRTOUL,
				LT_PKT_STRTOL, LT_STRTOULL, LT_STRTOLL };
	struct lt_case k;
	size_t i, j, o;
	int c;

	/* ctype and byte order, every input. */
	for (c = -128; c <= 255; c++)
		for (o = LT_ISDIGIT; o <= LT_CTYPE_TOUPPER; o++) {
			k = (struct lt_case){ .op = o, .c = c };
			check(&k);
		}
	for (i = 0; i < 64; i++) {
		unsigned long v = i < 32 ? 1ul << i : rnd();

		for (o = LT_HTONS; o <= LT_NTOHL; o++) {
			k = (struct lt_case){ .op = o, .n = v };
			check(&k);
		}
	}

	/* Numbers. */
	for (i = 0; i < sizeof(nums) / sizeof(nums[0]); i++) {
		for (j = 0; j < sizeof(bases) / sizeof(bases[0]); j++)
			for (o = 0; o < sizeof(numops) / sizeof(numops[0]); o++)
				str_case(numops[o], nums[i], bases[j], 0,
					 strlen(nums[i]) + 1);
		str_case(LT_ATOI, nums[i], 0, 0, strlen(nums[i]) + 1);
		str_case(LT_ATOL, nums[i], 0, 0, strlen(nums[i]) + 1);
		str_case(LT_ATOLL, nums[i], 0, 0, strlen(nums[i]) + 1);
		/* Without the terminator, and with avail cutting the text. */
		for (j = 0; j <= strlen(nums[i]) && j < 4; j++) {
			str_case(LT_STRTOUL, nums[i], 10, 0, strlen(nums[i]) - j);
			str_case(LT_STRTOL, nums[i], 0, 0, strlen(nums[i]) - j);
		}
	}

	/* Strings: empty, no terminator within avail, lengths at the cap. */
	strstr_case("GET /index.html HTTP/1.0", "HTTP/", 25);
	strstr_case("GET /index.html HTTP/1.0", "HTTP/", 20);	/* past avail */
	strstr_case("aaab", "aab", 5);
	strstr_case("abc", "", 4);
	strstr_case("abc", "abcd", 4);
	strstr_case("abc", "c", 4);
	strstr_case("12345678x", "12345678", 10);
	strstr_case("x12345678", "12345678", 10);
	strstr_case("\xff\xfe", "\xfe", 3);
	span_case(LT_STRSPN, "  \thello world", " \t", 16);
	span_case(LT_STRCSPN, "hello world", " \t\r\n", 12);
	span_case(LT_STRSPN, "", " ", 1);
	span_case(LT_STRCSPN, "", " ", 1);
	span_case(LT_STRSPN, "aaaa", "a", 5);
	span_case(LT_STRSPN, "aaaa", "a", 4);	/* the NUL is not readable */
	span_case(LT_STRCSPN, "abc", "", 4);
	span_case(LT_STRSPN, "\xff\x80x", "\xff\x80", 4);
	span_case(LT_STRCSPN, "xyz\xc3", "\xc3", 5);
	str_case(LT_STRLEN, "", 0, 0, 1);
	str_case(LT_STRLEN, "", 0, 0, 0);
	str_case(LT_STRLEN, "abc", 0, 0, 3);
	str_case(LT_STRLEN, "abc", 0, 0, 4);
	str_case(LT_STRNLEN, "abc", 0, 3, 3);
	str_case(LT_STRNLEN, "abc", 0, 2, 1);
	str_case(LT_STRNLEN, "", 0, 0, 0);
	str_case(LT_STRCHR, "abc", 'c', 0, 4);
	str_case(LT_STRCHR, "abc", 0, 0, 4);
	str_case(LT_STRCHR, "abc", 0, 0, 3);
	str_case(LT_STRCHR, "abc", 'z', 0, 4);
	str_case(LT_STRCHR, "a\xe9", 0xe9, 0, 3);
	str_case(LT_STRCHR, "a\xe9", -23, 0, 3);
	str_case(LT_STRRCHR, "/a/b/c", '/', 0, 7);
	str_case(LT_STRRCHR, "/a/b/c", '/', 0, 6);	/* NUL not readable */
	str_case(LT_STRRCHR, "abc", 'z', 0, 4);
	str_case(LT_STRRCHR, "abc", 0, 0, 4);		/* the NUL itself */
	str_case(LT_STRRCHR, "", 0, 0, 1);
	str_case(LT_STRRCHR, "x\xe9y\xe9", -23, 0, 5);
	str_case(LT_MEMRCHR, "abcabc", 'b', 6, 7);
	str_case(LT_MEMRCHR, "abcabc", 'b', 0, 7);
	str_case(LT_MEMRCHR, "abcabc", 'b', 7, 6);	/* n past avail */
	for (i = 0; i < 7; i++) {
		size_t len = cap - 3 + i;	/* cap-3 .. cap+3 */

		if (len + 1 > LT_REGION)
			continue;
		memset(A, 'x', len);
		A[len] = 0;
		for (o = LT_STRLEN; o <= LT_STRCHR; o++) {
			if (o == LT_STRNLEN || o == LT_STRNCMP) {
				k = (struct lt_case){ .op = o, .n = len,
					.avail = LT_REGION, .a = A,
					.a_len = len + 1, .b = A,
					.b_len = len + 1 };
				check(&k);
				k.n = len + 1;
				check(&k);
				k.n = cap;
				check(&k);
				continue;
			}
			k = (struct lt_case){ .op = o, .c = 'y', .n = len,
				.avail = LT_REGION, .a = A, .a_len = len + 1,
				.b = A, .b_len = len + 1 };
			check(&k);
		}
		for (o = LT_PKT_STRLEN; o <= LT_PKT_STRCHR; o++) {
			k = (struct lt_case){ .op = o, .c = 'y', .n = len,
				.a = A, .a_len = len + 1 };
			if (o == LT_PKT_STRNCMP) {
				k.b = A;
				k.b_len = len + 1;
			}
			if (!pkt_fits(&k))
				continue;
			check(&k);
			k.a_len = len;	/* packet ends before the NUL */
			check(&k);
		}
		/* memchr / memcmp / memcpy / memmove / memset of len bytes. */
		k = (struct lt_case){ .op = LT_MEMCHR, .c = 0, .n = len + 1,
			.avail = LT_REGION, .a = A, .a_len = len + 1 };
		check(&k);
		k.op = LT_PKT_MEMCHR;
		if (pkt_fits(&k))
			check(&k);
		memcpy(B, A, len + 1);
		k = (struct lt_case){ .op = LT_MEMCMP, .n = len, .a = A,
			.a_len = len + 1, .b = B, .b_len = len + 1 };
		check(&k);
		k.op = LT_PKT_MEMCMP;
		if (pkt_fits(&k))
			check(&k);
		B[len - 1] = 'z';
		if (pkt_fits(&k))
			check(&k);
		k.op = LT_MEMCMP;
		check(&k);
		memset(B, 'q', len + 1);
		k = (struct lt_case){ .op = LT_MEMCPY, .n = len, .a = A,
			.a_len = LT_REGION > len + 8 ? len + 8 : len,
			.b = B, .b_len = len };
		check(&k);
		k.op = LT_MEMSET;
		k.c = 0x1ff;
		check(&k);
		k.op = LT_MEMMOVE;
		k.a_len = LT_REGION;
		k.d_off = 5;
		k.s_off = 0;
		check(&k);
		k.d_off = 0;
		k.s_off = 5;
		check(&k);
	}

	/* memmove overlap both ways, small. */
	for (i = 0; i < 16; i++)
		A[i] = 'a' + i;
	for (i = 0; i < 8; i++) {
		k = (struct lt_case){ .op = LT_MEMMOVE, .n = 8, .a = A,
			.a_len = 16, .d_off = i, .s_off = 8 - i };
		check(&k);
		k.n = 0;
		check(&k);
	}

	/* Case-insensitive compares: letters, non-letters next to them. */
	{
		static const char *pairs[][2] = {
			{ "Hello", "hELLO" }, { "abc", "ABD" }, { "[", "a" },
			{ "@", "`" }, { "a", "A\xc1" }, { "", "" },
			{ "Z", "z" }, { "_", "z" }, { "\xe9", "\xc9" },
		};

		for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
			k = (struct lt_case){ .op = LT_STRCASECMP,
				.avail = strlen(pairs[i][0]) + 1,
				.a = (const unsigned char *)pairs[i][0],
				.a_len = strlen(pairs[i][0]) + 1,
				.b = (const unsigned char *)pairs[i][1],
				.b_len = strlen(pairs[i][1]) + 1 };
			if (k.b_len < k.a_len)
				continue;
			check(&k);
			k.op = LT_STRNCASECMP;
			k.n = 2;
			check(&k);
		}
	}

	/* Empty strings; signs (bytes above 0x7f compare as unsigned char). */
	k = (struct lt_case){ .op = LT_STRCMP, .avail = 1,
		.a = (const unsigned char *)"", .a_len = 1,
		.b = (const unsigned char *)"", .b_len = 1 };
	check(&k);
	k.b = (const unsigned char *)"x";
	check(&k);
	k.op = LT_STRNCMP;
	k.n = 1;
	check(&k);
	k.n = 0;
	k.avail = 0;
	check(&k);
	k = (struct lt_case){ .op = LT_STRCMP, .avail = 4,
		.a = (const unsigned char *)"ab\x80", .a_len = 4,
		.b = (const unsigned char *)"ab\x01", .b_len = 4 };
	check(&k);
	k.op = LT_STRNCMP;
	k.n = 2;
	check(&k);
	k.n = 3;
	check(&k);
	k.op = LT_MEMCMP;
	check(&k);
	k.n = 0;
	check(&k);
	k.op = LT_PKT_STRNCMP;
	k.n = 3;
	check(&k);
	k.op = LT_PKT_MEMCMP;
	check(&k);

	copy_fixed_cases();
}

static void random_cases(unsigned long count)
{
	static const enum lt_op ops[] = {
		LT_MEMCPY, LT_MEMMOVE, LT_MEMSET, LT_MEMCMP, LT_MEMCHR,
		LT_STRLEN, LT_STRNLEN, LT_STRCMP, LT_STRNCMP, LT_STRCHR,
		LT_STRTOUL, LT_STRTOL, LT_ATOI, LT_BCMP,
		LT_STRCASECMP, LT_STRNCASECMP, LT_STRTOULL, LT_STRTOLL,
		LT_ATOL, LT_ATOLL, LT_PKT_MEMCHR, LT_PKT_MEMCMP,
		LT_PKT_STRLEN, LT_PKT_STRNLEN, LT_PKT_STRNCMP, LT_PKT_STRCHR,
		LT_PKT_STRTOUL, LT_PKT_STRTOL, LT_STRSPN, LT_STRCSPN,
		LT_STRSTR, LT_STRCPY, LT_STPCPY, LT_STRNCPY, LT_STPNCPY,
		LT_STRCAT, LT_STRNCAT, LT_MEMRCHR, LT_STRRCHR,
	};
	static const int bases[] = { 0, 10, 16, 8, 2, 36 };
	unsigned long r, max;
	struct lt_case k;
	int kind;

	for (r = 0; r < count; r++) {
		memset(&k, 0, sizeof(k));
		k.op = ops[rnd_below(sizeof(ops) / sizeof(ops[0]))];
		k.a = A;
		k.b = B;
		/* Packet ops: A and B share a linear XDP buffer (~3.5 KiB). */
		max = k.op >= LT_PKT_MEMCHR ? (LT_LINEAR - LT_HDR) / 2 : LT_REGION;
		kind = rnd_below(4);
		if (k.op == LT_STRTOUL || k.op == LT_STRTOL || k.op == LT_ATOI ||
		    k.op == LT_PKT_STRTOUL || k.op == LT_PKT_STRTOL ||
		    k.op == LT_STRTOULL || k.op == LT_STRTOLL ||
		    k.op == LT_ATOL || k.op == LT_ATOLL) {
			kind = 3;
			max = rnd_below(2) ? 24 : num_cap + 4;
			k.c = bases[rnd_below(sizeof(bases) / sizeof(bases[0]))];
		} else {
			k.c = rnd_below(4) ? "ab\0xq"[rnd_below(5)] : (long)rnd() % 300;
		}
		k.a_len = rnd_len(max);
		rnd_bytes(A, k.a_len, kind);
		if (rnd_below(2)) {
			/* B mostly equal to A: long common prefixes. */
			k.b_len = k.a_len;
			memcpy(B, A, k.a_len);
			if (k.b_len && rnd_below(2))
				B[rnd_below(k.b_len)] ^= 1 << rnd_below(8);
		} else {
			k.b_len = rnd_len(max);
			rnd_bytes(B, k.b_len, kind);
		}
		k.avail = rnd_below(4) ? k.a_len : rnd_len(k.a_len);
		switch (k.op) {
		case LT_MEMCPY:
		case LT_MEMSET:
		case LT_MEMMOVE:
			k.a_len = LT_REGION;
			k.b_len = LT_REGION;
			rnd_bytes(A, LT_REGION, 0);
			rnd_bytes(B, LT_REGION, 0);
			k.n = rnd_len(cap + 2);
			k.d_off = rnd_below(LT_REGION - cap + 1);
			k.s_off = rnd_below(LT_REGION - cap + 1);
			if (rnd_below(2)) {
				/* Overlapping: src a few bytes either side. */
				long s_off = (long)k.d_off + (long)rnd_below(9) - 4;

				if (s_off >= 0 && s_off <= (long)(LT_REGION - cap))
					k.s_off = s_off;
			}
			break;
		case LT_STRCMP:
		case LT_STRNCMP:
		case LT_STRCASECMP:
		case LT_STRNCASECMP:
			/* avail bounds both: B holds at least A's bytes. */
			if (k.b_len < k.a_len) {
				memset(B + k.b_len, 0, k.a_len - k.b_len);
				k.b_len = k.a_len;
			}
			k.n = rnd_below(4) ? rnd_len(k.a_len + 2) : rnd();
			break;
		case LT_MEMCMP:
		case LT_BCMP:
		case LT_PKT_MEMCMP:
		case LT_PKT_STRNCMP:
			/* n bytes readable in both (C for memcmp; the
			 * contract of the packet variants for B). */
			if (k.b_len < k.a_len) {
				memset(B + k.b_len, 0, k.a_len - k.b_len);
				k.b_len = k.a_len;
			}
			k.n = rnd_len(k.a_len);
			break;
		case LT_MEMRCHR:
			k.n = rnd_below(4) ? rnd_len(k.a_len + 1) : rnd_len(cap + 2);
			break;
		case LT_MEMCHR:
		case LT_STRNLEN:
		case LT_PKT_MEMCHR:
		case LT_PKT_STRNLEN:
			k.n = rnd_below(4) ? rnd_len(k.a_len + 2) : rnd();
			break;
		case LT_STRCPY:
		case LT_STPCPY:
		case LT_STRNCPY:
		case LT_STPNCPY:
		case LT_STRCAT:
		case LT_STRNCAT: {
			/* B the source (avail at most its bytes); A the whole
			 * region, for strcat a string of up to d_off bytes. */
			unsigned long len;

			k.avail = rnd_below(4) ? k.b_len : rnd_len(k.b_len);
			k.n = rnd_below(4) ? rnd_len(k.b_len + 2) : rnd_len(cap + 2);
			k.a_len = LT_REGION;
			rnd_bytes(A, LT_REGION, rnd_below(2) ? 2 : 0);
			k.d_off = rnd_below(4) ? rnd_len(LT_REGION - cap) :
						 rnd_below(LT_REGION - cap + 1);
			if (k.op >= LT_STRCAT) {
				len = rnd_len(k.d_off + 1);
				if (len < LT_REGION)
					A[len] = 0;
			}
			break;
		}
		case LT_STRSTR: {
			/* A needle of 0 to 8 bytes, mostly taken from A. */
			unsigned long m, len = rnd_below(9), at;

			for (m = 0; m < len; m++) {
				at = k.a_len ? rnd_below(k.a_len) : 0;
				B[m] = k.a_len && rnd_below(4) ? A[at] : "ab"[m & 1];
				if (!B[m])
					B[m] = 'a';
			}
			if (k.a_len > len && rnd_below(2))
				memcpy(B, A + rnd_below(k.a_len - len), len);
			for (m = 0; m < len; m++)
				if (!B[m])
					break;
			set_needle(&k, m);
			break;
		}
		case LT_STRSPN:
		case LT_STRCSPN: {
			/* A set of a few bytes, mostly ones A is made of. */
			unsigned long m, left = rnd_below(6);

			memset(B, 0, 32);
			for (; left > 0; left--) {
				m = kind == 0 || !k.a_len ? rnd() % 256
							  : A[rnd_below(k.a_len)];
				B[m >> 3] |= 1 << (m & 7);
			}
			k.b_len = 32;
			break;
		}
		default:
			break;
		}
		if (k.op >= LT_PKT_MEMCHR && k.op != LT_PKT_MEMCMP &&
		    k.op != LT_PKT_STRNCMP)
			k.b_len = 0;
		check(&k);
	}
}

/* ---- main ---------------------------------------------------------------- */

static int read_rodata(struct bpf_object *obj)
{
	struct bpf_map *m;
	const __u32 *v;
	size_t sz;

	bpf_object__for_each_map(m, obj) {
		const char *n = bpf_map__name(m);

		if (strlen(n) >= 7 && !strcmp(n + strlen(n) - 7, ".rodata"))
			break;
	}
	if (!m || !(v = bpf_map__initial_value(m, &sz)) || sz < 12) {
		fprintf(stderr, "error: no .rodata with the caps\n");
		return -1;
	}
	cap = v[0];	/* lt_libc_max */
	num_cap = v[1];	/* lt_num_max */
	aliases = v[2];	/* lt_aliases */
	return 0;
}

int main(int argc, char **argv)
{
	struct kbu_load_opts lo = { .log_level = 1 };
	unsigned long long seed;
	struct bpf_object *obj;
	struct bpf_program *p;
	unsigned long count;
	int ret, i;

	if (argc < 2 || argc > 4) {
		fprintf(stderr, "usage: %s OBJECT [SEED [RANDOM-CASES]]\n",
			argv[0]);
		return KBU_ERROR;
	}
	seed = argc > 2 ? strtoull(argv[2], NULL, 0) : (unsigned long long)time(NULL);
	count = argc > 3 ? strtoul(argv[3], NULL, 0) : 20000;
	rng_state = seed;

	ret = kbu_load(argv[1], &lo, &obj);
	if (ret == KBU_SKIP) {
		fprintf(stderr, "SKIP: the BPF libc test needs BPF in the "
				"running kernel\n");
		return KBU_SKIP;
	}
	if (ret != KBU_OK)
		return KBU_ERROR;
	if (read_rodata(obj)) {
		bpf_object__close(obj);
		return KBU_ERROR;
	}
	printf("object %s: KOFFLOAD_LIBC_MAX %lu, KOFFLOAD_LIBC_NUM_MAX %lu%s\n",
	       argv[1], cap, num_cap,
	       aliases ? "" : " (aliases bcmp, strto{u,}ll, atol{,l} left out)");
	for (i = 0; i < LT_NR_OPS; i++) {
		char name[64];

		snprintf(name, sizeof(name), "lt_%s", op_names[i]);
		p = bpf_object__find_program_by_name(obj, name);
		if (!p || bpf_program__fd(p) < 0) {
			fprintf(stderr, "error: no program %s\n", name);
			bpf_object__close(obj);
			return KBU_ERROR;
		}
		prog_fds[i] = bpf_program__fd(p);
		if (!aliases && LT_IS_ALIAS(i))
			continue;
		printf("loaded: %s (%zu insns, %u processed by the verifier)\n",
		       name, bpf_program__insn_cnt(p), kbu_verified_insns(p));
	}

	printf("seed %llu, %lu random cases (rerun: %s %s %llu %lu)\n", seed,
	       count, argv[0], argv[1], seed, count);
	fixed_cases();
	random_cases(count);

	for (i = 0; i < LT_NR_OPS; i++)
		if (per_op[i])
			printf("  %-13s %6lu cases\n", op_names[i], per_op[i]);
	printf("%lu cases, %lu with overflow reported as expected, %lu "
	       "failures; mean %.0f ns per BPF_PROG_TEST_RUN\n",
	       n_cases, n_ovf, n_fail, n_cases ? (double)run_ns / n_cases : 0.0);
	bpf_object__close(obj);
	return n_fail ? KBU_ERROR : KBU_OK;
}
