// SPDX-License-Identifier: (Apache-2.0 WITH LLVM-exception) OR GPL-2.0-only
/*
 * libc.bpf.c - BPF implementations of the libc subset koffload offloads
 *
 * Compiled at build time with `clang -target bpf -O2 -g -emit-llvm` into
 * build/lib/koffload-bpf-libc.bc; koffload links that bitcode into the
 * offload module, and the always-inliner inlines every call.  A BPF C
 * program may also #include this file after defining KOFFLOAD_LIBC_STATIC
 * (the tests do).  The contract (caps, status, `avail`, packet variants) is
 * in koffload_libc.h.
 *
 * One file (over 800 lines) on purpose: it is one concern, the libc subset,
 * and it must stay one translation unit, because the build turns it into
 * one bitcode library and the tests #include it whole.
 *
 * Notes on the shape of the code:
 *
 *  - Every loop is open-coded and bounded by a compile-time cap
 *    (KOFFLOAD_LIBC_MAX, or KOFFLOAD_LIBC_NUM_MAX for number parsing):
 *    ~0.33 ns per iteration against ~8 ns for bpf_loop.
 *
 *  - koffload__hide() in each loop body hides the induction variable from
 *    LLVM.  Without it, LoopIdiomRecognize turns the byte loops into
 *    llvm.memset/llvm.memcpy with a variable length, which the BPF backend
 *    refuses - here or after koffload links the bitcode and re-optimizes.
 *
 *  - Every byte is read through koffload__readable(): the cap, `avail`, and
 *    for packet operands a compare against the packet end right before the
 *    load (the form the verifier needs to prove a packet access).
 *
 *  - The verifier walks the loops byte by byte, and two things decide
 *    what that costs.  Paths are pruned only when they agree on every
 *    value some later branch or pointer depends on ("precise" values):
 *    data-dependent results (match positions, the parsed number, flags)
 *    are therefore not compared in the loop, and not turned into pointers
 *    until the end.  And undecided branches wait on a stack of at most
 *    8192: at most about 3 undecided branches per byte at a cap of 2048.
 *    Two surprises on this kernel: branch-free masks (x & -(a == b)) do not
 *    help, as the verifier forks its state on an AND/OR whose operand lies
 *    in [-1, 0]; and LLVM turns most arithmetic on sign bits back into
 *    compares and selects, i.e. branches.  strrchr is not a forward scan
 *    for that reason: its "last match so far" pointer made verification
 *    quadratic (exponential with LLVM's two selects per match) in the cap;
 *    it is strlen, then memrchr from the end.
 */
#include "koffload_libc.h"

/* <linux/stddef.h> defines __always_inline as plain inline. */
#define koffload__inline inline __attribute__((always_inline))

#define KOFFLOAD_ULONG_MAX (~0UL)
#define KOFFLOAD_LONG_MAX ((long)(KOFFLOAD_ULONG_MAX >> 1))
#define KOFFLOAD_LONG_MIN (-KOFFLOAD_LONG_MAX - 1)

/* glibc's x86-64 ctype table bits (ctype.h _ISbit() on little endian). */
#define KOFFLOAD_ISUPPER 0x0100
#define KOFFLOAD_ISLOWER 0x0200
#define KOFFLOAD_ISALPHA 0x0400
#define KOFFLOAD_ISDIGIT 0x0800
#define KOFFLOAD_ISXDIGIT 0x1000
#define KOFFLOAD_ISSPACE 0x2000
#define KOFFLOAD_ISALNUM 0x0008
#define KOFFLOAD_ISPRINT 0x4000
#define KOFFLOAD_ISGRAPH 0x8000
#define KOFFLOAD_ISPUNCT 0x0004
#define KOFFLOAD_ISCNTRL 0x0002
#define KOFFLOAD_ISBLANK 0x0001

#ifdef KOFFLOAD_LIBC_STATIC
#define KOFFLOAD__DATA_DEF static
#else
#define KOFFLOAD__DATA_DEF
#endif

/* Opaque to LLVM, free at run time and transparent to the verifier. */
#define koffload__hide(v) asm volatile("" : "+r"(v))

/*
 * May byte i of s be examined?  Not at or past the cap, not at or past
 * avail, and for a packet operand (pkt) not at or past end.  pkt is a
 * constant in every caller, so the packet compare exists only in the
 * packet variants: the verifier does not know that a packet end pointer
 * is non-NULL, so testing `end` at run time would leave it a path without
 * the compare.
 */
static koffload__inline bool koffload__readable(const void *s, size_t i,
					       size_t cap, size_t avail,
					       const void *end, const bool pkt)
{
	if (i >= cap || i >= avail)
		return false;
	if (pkt && (const char *)s + i + 1 > (const char *)end)
		return false;
	return true;
}

/* ---- memory ------------------------------------------------------------ */

KOFFLOAD_LIBC_API void *koffload_memcpy(void *dst, const void *src, size_t n,
					struct koffload_libc_status *st)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	size_t i;

	if (n > KOFFLOAD_LIBC_MAX) {
		st->overflow = true;
		return dst;
	}
	for (i = 0; i < KOFFLOAD_LIBC_MAX && i < n; i++) {
		koffload__hide(i);
		d[i] = s[i];
	}
	return dst;
}

KOFFLOAD_LIBC_API void *koffload_memmove(void *dst, const void *src, size_t n,
					 struct koffload_libc_status *st)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	size_t i, j;

	if (n > KOFFLOAD_LIBC_MAX) {
		st->overflow = true;
		return dst;
	}
	if (d <= s) {
		for (i = 0; i < KOFFLOAD_LIBC_MAX && i < n; i++) {
			koffload__hide(i);
			d[i] = s[i];
		}
	} else {
		/* Backwards: j = n - 1 - i stays below n (the verifier learns
		 * n > i from the loop condition). */
		for (i = 0; i < KOFFLOAD_LIBC_MAX && i < n; i++) {
			koffload__hide(i);
			j = n - 1 - i;
			d[j] = s[j];
		}
	}
	return dst;
}

KOFFLOAD_LIBC_API void *koffload_memset(void *s, int c, size_t n,
					struct koffload_libc_status *st)
{
	unsigned char *d = s;
	size_t i;

	if (n > KOFFLOAD_LIBC_MAX) {
		st->overflow = true;
		return s;
	}
	for (i = 0; i < KOFFLOAD_LIBC_MAX && i < n; i++) {
		koffload__hide(i);
		d[i] = (unsigned char)c;
	}
	return s;
}

/*
 * Returns the difference of the first differing bytes (as unsigned char),
 * as glibc's generic C code does; C specifies only the sign.  n bytes of b
 * are readable (C's requirement); a_end bounds a when it is in the packet.
 */
static koffload__inline int koffload__memcmp(const void *a, const void *b,
					     size_t n, const void *a_end,
					     const bool pkt,
					     struct koffload_libc_status *st)
{
	const unsigned char *x = a, *y = b;
	size_t i;

	for (i = 0; i < n; i++) {
		koffload__hide(i);
		if (!koffload__readable(x, i, KOFFLOAD_LIBC_MAX, n, a_end,
					pkt)) {
			st->overflow = true;
			return 0;
		}
		if (x[i] != y[i])
			return (int)x[i] - (int)y[i];
	}
	return 0;
}

KOFFLOAD_LIBC_API int koffload_memcmp(const void *a, const void *b, size_t n,
				      struct koffload_libc_status *st)
{
	return koffload__memcmp(a, b, n, NULL, false, st);
}

KOFFLOAD_LIBC_API int koffload_pkt_memcmp(const void *a, const void *b,
					  size_t n, const void *end,
					  struct koffload_libc_status *st)
{
	return koffload__memcmp(a, b, n, end, true, st);
}

/* glibc's bcmp is memcmp. */
KOFFLOAD_LIBC_API int koffload_bcmp(const void *a, const void *b, size_t n,
				    struct koffload_libc_status *st)
{
	return koffload__memcmp(a, b, n, NULL, false, st);
}

static koffload__inline void *koffload__memchr(const void *s, int c, size_t n,
					       size_t avail, const void *end,
					       const bool pkt,
					       struct koffload_libc_status *st)
{
	const unsigned char *p = s;
	size_t i;

	for (i = 0; i < n; i++) {
		koffload__hide(i);
		if (!koffload__readable(p, i, KOFFLOAD_LIBC_MAX, avail, end,
					pkt)) {
			st->overflow = true;
			return NULL;
		}
		if (p[i] == (unsigned char)c)
			return (void *)(p + i);
	}
	return NULL;
}

KOFFLOAD_LIBC_API void *koffload_memchr(const void *s, int c, size_t n,
					size_t avail,
					struct koffload_libc_status *st)
{
	return koffload__memchr(s, c, n, avail, NULL, false, st);
}

KOFFLOAD_LIBC_API void *koffload_pkt_memchr(const void *s, int c, size_t n,
					    const void *end,
					    struct koffload_libc_status *st)
{
	return koffload__memchr(s, c, n, KOFFLOAD_LIBC_MAX, end, true, st);
}

/*
 * memrchr (GNU): the last c among the first n bytes, read from the end as
 * glibc does; all n must be readable (n > avail: overflow).  The match
 * leaves from inside the loop (see koffload__stpcpy).
 */
KOFFLOAD_LIBC_API void *koffload_memrchr(const void *s, int c, size_t n,
					 size_t avail,
					 struct koffload_libc_status *st)
{
	const unsigned char *p = s;
	size_t i, j;

	if (n > avail || n > KOFFLOAD_LIBC_MAX) {
		st->overflow = true;
		return NULL;
	}
	for (i = 0; i < KOFFLOAD_LIBC_MAX && i < n; i++) {
		koffload__hide(i);
		/* An index, not p + n - 1 - i: the verifier bounds n - 1 - i
		 * by the loop's test of n, but not a pointer past p + n. */
		j = n - 1 - i;
		koffload__hide(j);
		if (p[j] == (unsigned char)c)
			return (void *)(p + j);
	}
	return NULL;
}

/* ---- strings ----------------------------------------------------------- */

/* strnlen with maxlen = KOFFLOAD_ULONG_MAX is strlen. */
static koffload__inline size_t koffload__strnlen(const char *s, size_t maxlen,
						 size_t avail, const void *end,
						 const bool pkt,
						 struct koffload_libc_status *st)
{
	size_t i;

	for (i = 0; i < maxlen; i++) {
		koffload__hide(i);
		if (!koffload__readable(s, i, KOFFLOAD_LIBC_MAX, avail, end,
					pkt)) {
			st->overflow = true;
			return i;
		}
		if (!s[i])
			return i;
	}
	return maxlen;
}

KOFFLOAD_LIBC_API size_t koffload_strlen(const char *s, size_t avail,
					 struct koffload_libc_status *st)
{
	return koffload__strnlen(s, KOFFLOAD_ULONG_MAX, avail, NULL, false, st);
}

KOFFLOAD_LIBC_API size_t koffload_strnlen(const char *s, size_t maxlen,
					  size_t avail,
					  struct koffload_libc_status *st)
{
	return koffload__strnlen(s, maxlen, avail, NULL, false, st);
}

KOFFLOAD_LIBC_API size_t koffload_pkt_strlen(const char *s, const void *end,
					     struct koffload_libc_status *st)
{
	return koffload__strnlen(s, KOFFLOAD_ULONG_MAX, KOFFLOAD_LIBC_MAX, end,
				 true, st);
}

KOFFLOAD_LIBC_API size_t koffload_pkt_strnlen(const char *s, size_t maxlen,
					      const void *end,
					      struct koffload_libc_status *st)
{
	return koffload__strnlen(s, maxlen, KOFFLOAD_LIBC_MAX, end, true, st);
}

/*
 * strncmp with n = KOFFLOAD_ULONG_MAX is strcmp.  Returns the difference of
 * the first differing bytes (as unsigned char), as glibc's generic C code
 * does; C specifies only the sign.  `avail` bounds a and b (they are read
 * at the same indexes); a_end bounds a when it is in the packet.
 */
static koffload__inline int koffload__strncmp(const char *a, const char *b,
					      size_t n, size_t avail,
					      const void *a_end, const bool pkt,
					      struct koffload_libc_status *st)
{
	const unsigned char *x = (const unsigned char *)a;
	const unsigned char *y = (const unsigned char *)b;
	unsigned char cx, cy;
	size_t i;

	for (i = 0; i < n; i++) {
		koffload__hide(i);
		if (!koffload__readable(x, i, KOFFLOAD_LIBC_MAX, avail, a_end,
					pkt)) {
			st->overflow = true;
			return 0;
		}
		cx = x[i];
		cy = y[i];
		if (cx != cy)
			return (int)cx - (int)cy;
		if (!cx)
			return 0;
	}
	return 0;
}

KOFFLOAD_LIBC_API int koffload_strcmp(const char *a, const char *b,
				      size_t avail,
				      struct koffload_libc_status *st)
{
	return koffload__strncmp(a, b, KOFFLOAD_ULONG_MAX, avail, NULL, false,
				 st);
}

KOFFLOAD_LIBC_API int koffload_strncmp(const char *a, const char *b, size_t n,
				       size_t avail,
				       struct koffload_libc_status *st)
{
	return koffload__strncmp(a, b, n, avail, NULL, false, st);
}

/* b is read only below n, which the caller guarantees is readable. */
KOFFLOAD_LIBC_API int koffload_pkt_strncmp(const char *a, const char *b,
					   size_t n, const void *end,
					   struct koffload_libc_status *st)
{
	return koffload__strncmp(a, b, n, n, end, true, st);
}

static koffload__inline char *koffload__strchr(const char *s, int c,
					       size_t avail, const void *end,
					       const bool pkt,
					       struct koffload_libc_status *st)
{
	size_t i;
	char ch;

	for (i = 0; i < KOFFLOAD_LIBC_MAX; i++) {
		koffload__hide(i);
		if (!koffload__readable(s, i, KOFFLOAD_LIBC_MAX, avail, end,
					pkt))
			break;
		ch = s[i];
		if (ch == (char)c)
			return (char *)(s + i);
		if (!ch)
			return NULL;
	}
	st->overflow = true;
	return NULL;
}

KOFFLOAD_LIBC_API char *koffload_strchr(const char *s, int c, size_t avail,
					struct koffload_libc_status *st)
{
	return koffload__strchr(s, c, avail, NULL, false, st);
}

KOFFLOAD_LIBC_API char *koffload_pkt_strchr(const char *s, int c,
					    const void *end,
					    struct koffload_libc_status *st)
{
	return koffload__strchr(s, c, KOFFLOAD_LIBC_MAX, end, true, st);
}

/*
 * tolower by table lookup, without a branch: a loop with one more
 * undecided branch per byte hits the verifier's limit of 8192 pending
 * branches ("The sequence of 8193 jumps is too complex") at a cap of 2048.
 * (Arithmetic on sign bits does not help: LLVM turns it back into compares
 * and selects, and selects are branches in BPF.)
 */
static koffload__inline int koffload__lower(unsigned char c)
{
	return koffload_ctype_tolower[128 + c];
}

/* strncasecmp with n = KOFFLOAD_ULONG_MAX is strcasecmp. */
static koffload__inline int
koffload__strncasecmp(const char *a, const char *b, size_t n, size_t avail,
		      struct koffload_libc_status *st)
{
	const unsigned char *x = (const unsigned char *)a;
	const unsigned char *y = (const unsigned char *)b;
	int cx, cy;
	size_t i;

	for (i = 0; i < n; i++) {
		koffload__hide(i);
		if (!koffload__readable(x, i, KOFFLOAD_LIBC_MAX, avail, NULL,
					false)) {
			st->overflow = true;
			return 0;
		}
		cx = koffload__lower(x[i]);
		cy = koffload__lower(y[i]);
		if (cx != cy)
			return cx - cy;
		if (!cx)
			return 0;
	}
	return 0;
}

KOFFLOAD_LIBC_API int koffload_strcasecmp(const char *a, const char *b,
					  size_t avail,
					  struct koffload_libc_status *st)
{
	return koffload__strncasecmp(a, b, KOFFLOAD_ULONG_MAX, avail, st);
}

KOFFLOAD_LIBC_API int koffload_strncasecmp(const char *a, const char *b,
					   size_t n, size_t avail,
					   struct koffload_libc_status *st)
{
	return koffload__strncasecmp(a, b, n, avail, st);
}

/*
 * strspn/strcspn with the set as a 256-bit map (bit c & 63 of set[c >> 6]):
 * koffload builds it at compile time from the literal set, so each byte of
 * s costs one table read instead of a walk over the set.  s ends at its
 * NUL for both (strcspn counts NUL as a member of every reject set).
 */
static koffload__inline size_t koffload__span(const char *s, const __u64 *set,
					      const bool in, size_t avail,
					      struct koffload_libc_status *st)
{
	size_t i;
	unsigned char ch;

	for (i = 0; i < KOFFLOAD_LIBC_MAX; i++) {
		koffload__hide(i);
		if (!koffload__readable(s, i, KOFFLOAD_LIBC_MAX, avail, NULL,
					false))
			break;
		ch = s[i];
		if (!ch)
			return i;
		if ((bool)((set[ch >> 6] >> (ch & 63)) & 1) != in)
			return i;
	}
	st->overflow = true;
	return 0;
}

KOFFLOAD_LIBC_API size_t koffload_strspn(const char *s, const __u64 *set,
					 size_t avail,
					 struct koffload_libc_status *st)
{
	return koffload__span(s, set, true, avail, st);
}

KOFFLOAD_LIBC_API size_t koffload_strcspn(const char *s, const __u64 *set,
					  size_t avail,
					  struct koffload_libc_status *st)
{
	return koffload__span(s, set, false, avail, st);
}

/*
 * strstr for a needle of 1 to 8 bytes, given as one word (its bytes in
 * order, the first the most significant) and its length: a rolling window
 * of the last bytes of s is compared with it, one compare per byte.  The
 * window starts as zeros, which no needle byte is, so it cannot match
 * before len bytes are in.  An empty needle (len 0) matches at s.
 */
static koffload__inline char *koffload__strstr8(const char *s, __u64 needle,
						size_t len, size_t avail,
						struct koffload_libc_status *st)
{
	__u64 mask = len >= 8 ? ~0ULL : (1ULL << (len * 8)) - 1;
	__u64 w = 0;
	size_t i;
	unsigned char ch;

	if (!len)
		return (char *)s;
	for (i = 0; i < KOFFLOAD_LIBC_MAX; i++) {
		koffload__hide(i);
		if (!koffload__readable(s, i, KOFFLOAD_LIBC_MAX, avail, NULL,
					false))
			break;
		ch = s[i];
		if (!ch)
			return NULL;
		w = w << 8 | ch;
		if ((w & mask) == needle)
			return (char *)(s + i + 1 - len);
	}
	st->overflow = true;
	return NULL;
}

KOFFLOAD_LIBC_API char *koffload_strstr(const char *s, __u64 needle,
					size_t len, size_t avail,
					struct koffload_libc_status *st)
{
	return koffload__strstr8(s, needle, len, avail, st);
}

/*
 * strrchr: memrchr over the string and its NUL.  In one function this
 * verifies at small caps only (strlen's length, exact per exit, bounds
 * the second loop: see koffload_stpncpy); koffload's generator makes the
 * two calls itself with the length laundered between, and examines at
 * most half the cap.
 */
KOFFLOAD_LIBC_API char *koffload_strrchr(const char *s, int c, size_t avail,
					 struct koffload_libc_status *st)
{
	size_t len = koffload__strnlen(s, KOFFLOAD_ULONG_MAX, avail, NULL,
				       false, st);

	if (st->overflow)
		return NULL;
	return koffload_memrchr(s, c, len + 1, avail, st);
}

/* The string copies: their own file, this translation unit. */
#include "libc-copy.bpf.c"

/* ---- characters -------------------------------------------------------- */

KOFFLOAD_LIBC_API int koffload_isdigit(int c)
{
	return c >= '0' && c <= '9' ? KOFFLOAD_ISDIGIT : 0;
}

KOFFLOAD_LIBC_API int koffload_isupper(int c)
{
	return c >= 'A' && c <= 'Z' ? KOFFLOAD_ISUPPER : 0;
}

KOFFLOAD_LIBC_API int koffload_islower(int c)
{
	return c >= 'a' && c <= 'z' ? KOFFLOAD_ISLOWER : 0;
}

KOFFLOAD_LIBC_API int koffload_isalpha(int c)
{
	return koffload_isupper(c) || koffload_islower(c) ? KOFFLOAD_ISALPHA :
							     0;
}

KOFFLOAD_LIBC_API int koffload_isalnum(int c)
{
	return koffload_isalpha(c) || koffload_isdigit(c) ? KOFFLOAD_ISALNUM :
							     0;
}

KOFFLOAD_LIBC_API int koffload_isxdigit(int c)
{
	return koffload_isdigit(c) || (c >= 'a' && c <= 'f') ||
			       (c >= 'A' && c <= 'F') ?
		       KOFFLOAD_ISXDIGIT :
		       0;
}

/* ' ', \t, \n, \v, \f, \r */
KOFFLOAD_LIBC_API int koffload_isspace(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') ? KOFFLOAD_ISSPACE : 0;
}

KOFFLOAD_LIBC_API int koffload_isprint(int c)
{
	return c >= ' ' && c <= '~' ? KOFFLOAD_ISPRINT : 0;
}

KOFFLOAD_LIBC_API int koffload_isgraph(int c)
{
	return c > ' ' && c <= '~' ? KOFFLOAD_ISGRAPH : 0;
}

KOFFLOAD_LIBC_API int koffload_ispunct(int c)
{
	return koffload_isgraph(c) && !koffload_isalnum(c) ? KOFFLOAD_ISPUNCT :
							      0;
}

KOFFLOAD_LIBC_API int koffload_iscntrl(int c)
{
	return (c >= 0 && c < ' ') || c == 0x7f ? KOFFLOAD_ISCNTRL : 0;
}

KOFFLOAD_LIBC_API int koffload_isblank(int c)
{
	return c == ' ' || c == '\t' ? KOFFLOAD_ISBLANK : 0;
}

/*
 * glibc's tables also cover -128..-2 (a signed char passed unconverted):
 * there tolower/toupper return the unsigned char value, c + 256.  EOF and
 * anything outside -128..255 come back unchanged.
 */
KOFFLOAD_LIBC_API int koffload_tolower(int c)
{
	if (c >= -128 && c < -1)
		return c + 256;
	return koffload_isupper(c) ? c + ('a' - 'A') : c;
}

KOFFLOAD_LIBC_API int koffload_toupper(int c)
{
	if (c >= -128 && c < -1)
		return c + 256;
	return koffload_islower(c) ? c - ('a' - 'A') : c;
}

/* glibc's C-locale tables (see koffload_libc.h); index c + 128. */
#define KOFFLOAD__B(lo, hi) [128 + (lo)... 128 + (hi)]
KOFFLOAD__DATA_DEF const unsigned short koffload_ctype_b[384] = {
	KOFFLOAD__B(0, 8) = 0x0002,		/* cntrl */
	KOFFLOAD__B('\t', '\t') = 0x2003,	/* space cntrl blank */
	KOFFLOAD__B('\n', '\r') = 0x2002,	/* space cntrl */
	KOFFLOAD__B(14, 31) = 0x0002,		/* cntrl */
	KOFFLOAD__B(' ', ' ') = 0x6001,		/* space print blank */
	KOFFLOAD__B('!', '/') = 0xc004,		/* punct print graph */
	KOFFLOAD__B('0', '9') = 0xd808,		/* digit xdigit alnum ... */
	KOFFLOAD__B(':', '@') = 0xc004,
	KOFFLOAD__B('A', 'F') = 0xd508,		/* upper alpha xdigit ... */
	KOFFLOAD__B('G', 'Z') = 0xc508,
	KOFFLOAD__B('[', '`') = 0xc004,
	KOFFLOAD__B('a', 'f') = 0xd608,		/* lower alpha xdigit ... */
	KOFFLOAD__B('g', 'z') = 0xc608,
	KOFFLOAD__B('{', '~') = 0xc004,
	KOFFLOAD__B(0x7f, 0x7f) = 0x0002,
};
#undef KOFFLOAD__B

/* Runs of consecutive values: S<n>(b) is b, b + 1, ..., b + n - 1. */
#define KOFFLOAD__S1(b) (b)
#define KOFFLOAD__S2(b) KOFFLOAD__S1(b), KOFFLOAD__S1((b) + 1)
#define KOFFLOAD__S4(b) KOFFLOAD__S2(b), KOFFLOAD__S2((b) + 2)
#define KOFFLOAD__S8(b) KOFFLOAD__S4(b), KOFFLOAD__S4((b) + 4)
#define KOFFLOAD__S16(b) KOFFLOAD__S8(b), KOFFLOAD__S8((b) + 8)
#define KOFFLOAD__S32(b) KOFFLOAD__S16(b), KOFFLOAD__S16((b) + 16)
#define KOFFLOAD__S64(b) KOFFLOAD__S32(b), KOFFLOAD__S32((b) + 32)
#define KOFFLOAD__S128(b) KOFFLOAD__S64(b), KOFFLOAD__S64((b) + 64)
/* -128..-2 map to 128..254, EOF to itself. */
#define KOFFLOAD__NEG                                                       \
	KOFFLOAD__S64(128), KOFFLOAD__S32(192), KOFFLOAD__S16(224),         \
		KOFFLOAD__S8(240), KOFFLOAD__S4(248), KOFFLOAD__S2(252), 254, -1

KOFFLOAD__DATA_DEF const int koffload_ctype_tolower[384] = {
	KOFFLOAD__NEG,
	KOFFLOAD__S64(0), '@',				/* 0..64 */
	KOFFLOAD__S16('a'), KOFFLOAD__S8('q'), 'y', 'z',	/* A..Z */
	KOFFLOAD__S128('['), KOFFLOAD__S32(219), KOFFLOAD__S4(251), 255,
};

KOFFLOAD__DATA_DEF const int koffload_ctype_toupper[384] = {
	KOFFLOAD__NEG,
	KOFFLOAD__S64(0), KOFFLOAD__S32('@'), '`',	/* 0..96 */
	KOFFLOAD__S16('A'), KOFFLOAD__S8('Q'), 'Y', 'Z',	/* a..z */
	KOFFLOAD__S128('{'), KOFFLOAD__S4(251), 255,
};
#undef KOFFLOAD__NEG

/* The table index for c, 0..383, or 384 when out of range. */
static koffload__inline unsigned long koffload__ctype_index(long c)
{
	unsigned long i = (unsigned long)(c + 128);

	/* Keep LLVM from folding the +128 back into the table address. */
	koffload__hide(i);
	return i < 384 ? i : 384;
}

KOFFLOAD_LIBC_API unsigned short koffload_ctype_b_at(long c)
{
	unsigned long i = koffload__ctype_index(c);

	return i < 384 ? koffload_ctype_b[i] : 0;
}

KOFFLOAD_LIBC_API int koffload_ctype_tolower_at(long c)
{
	unsigned long i = koffload__ctype_index(c);

	return i < 384 ? koffload_ctype_tolower[i] : (int)c;
}

KOFFLOAD_LIBC_API int koffload_ctype_toupper_at(long c)
{
	unsigned long i = koffload__ctype_index(c);

	return i < 384 ? koffload_ctype_toupper[i] : (int)c;
}

/* ---- byte order -------------------------------------------------------- */

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define koffload__be16(x) __builtin_bswap16(x)
#define koffload__be32(x) __builtin_bswap32(x)
#else
#define koffload__be16(x) (x)
#define koffload__be32(x) (x)
#endif

KOFFLOAD_LIBC_API __u16 koffload_htons(__u16 x)
{
	return koffload__be16(x);
}

KOFFLOAD_LIBC_API __u16 koffload_ntohs(__u16 x)
{
	return koffload__be16(x);
}

KOFFLOAD_LIBC_API __u32 koffload_htonl(__u32 x)
{
	return koffload__be32(x);
}

KOFFLOAD_LIBC_API __u32 koffload_ntohl(__u32 x)
{
	return koffload__be32(x);
}

/* The numbers: their own file, this translation unit. */
#include "libc-number.bpf.c"

/* sprintf and snprintf: their own file, this translation unit. */
#include "libc-format.bpf.c"

/* The TCP hook's fixed parts (sk_skb verdict, sk_msg): their own file,
 * this translation unit. */
#include "hook-tcp.bpf.c"
