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

/* ---- string copies ----------------------------------------------------- */

/*
 * stpcpy, and strcat's append: copies src up to its NUL, which must come
 * within `avail` (both src's readable bytes and dst's room).  Returns the
 * NUL's place in dst, from inside the loop: carried out of it, the
 * position would be a different exact value on each path.
 */
static koffload__inline char *koffload__stpcpy(char *dst, const char *src,
					       size_t avail,
					       struct koffload_libc_status *st)
{
	size_t i;
	char ch;

	for (i = 0; i < KOFFLOAD_LIBC_MAX; i++) {
		koffload__hide(i);
		if (!koffload__readable(src, i, KOFFLOAD_LIBC_MAX, avail, NULL,
					false))
			break;
		ch = src[i];
		dst[i] = ch;
		if (!ch)
			return dst + i;
	}
	st->overflow = true;
	return dst;
}

KOFFLOAD_LIBC_API char *koffload_strcpy(char *dst, const char *src,
					size_t avail,
					struct koffload_libc_status *st)
{
	koffload__stpcpy(dst, src, avail, st);
	return dst;
}

KOFFLOAD_LIBC_API char *koffload_stpcpy(char *dst, const char *src,
					size_t avail,
					struct koffload_libc_status *st)
{
	return koffload__stpcpy(dst, src, avail, st);
}

/*
 * strncpy: n bytes of dst, src's up to its NUL, then zeros.  Once the NUL
 * is copied, src is no longer read (glibc does not read past it): `pad`
 * says so.  The verifier keeps two states per byte (copying, padding);
 * padding states that reach the same byte from different NULs are equal
 * and pruned, so the walk stays linear in the cap.
 */
KOFFLOAD_LIBC_API char *koffload_strncpy(char *dst, const char *src, size_t n,
					 size_t avail,
					 struct koffload_libc_status *st)
{
	bool pad = false;
	size_t i;
	char ch;

	if (n > KOFFLOAD_LIBC_MAX) {
		st->overflow = true;
		return dst;
	}
	for (i = 0; i < KOFFLOAD_LIBC_MAX && i < n; i++) {
		koffload__hide(i);
		ch = 0;
		if (!pad) {
			if (!koffload__readable(src, i, KOFFLOAD_LIBC_MAX,
						avail, NULL, false)) {
				st->overflow = true;
				return dst;
			}
			ch = src[i];
			pad = !ch;
		}
		dst[i] = ch;
	}
	return dst;
}

/*
 * stpncpy: strncpy, then the first NUL of the n bytes written (dst + n if
 * none), found by a second walk over dst: its position then leaves from
 * inside that loop (see koffload__stpcpy).  In one function this verifies
 * at small caps only: strncpy's loop leaves with n known exactly (one
 * state per value), and the verifier walks the second loop once for each.
 * koffload's generator therefore makes the two calls itself and passes n
 * through map memory between them, as the tests do.
 */
KOFFLOAD_LIBC_API char *koffload_stpncpy(char *dst, const char *src, size_t n,
					 size_t avail,
					 struct koffload_libc_status *st)
{
	size_t len;

	koffload_strncpy(dst, src, n, avail, st);
	if (st->overflow)
		return dst;
	len = koffload__strnlen(dst, n, n, NULL, false, st);
	return dst + len;
}

KOFFLOAD_LIBC_API char *koffload_strcat(char *end, const char *src,
					size_t avail,
					struct koffload_libc_status *st)
{
	koffload__stpcpy(end, src, avail, st);
	return end;
}

/*
 * strncat's append: at most n bytes of src, up to its NUL, then a NUL.
 * Byte i of src is read only when i < n (glibc reads no further).  One
 * bound, min(n, avail), in the loop's condition: with n and avail tested
 * apart, the loop left three undecided branches per byte, which after
 * strlen's (koffload_strcat's caller) exceed the verifier's 8192 pending
 * at a cap of 2048.  After the loop, i is that bound.
 */
KOFFLOAD_LIBC_API char *koffload_strncat(char *end, const char *src, size_t n,
					 size_t avail,
					 struct koffload_libc_status *st)
{
	size_t lim = n < avail ? n : avail;
	size_t i;
	char ch;

	/* Else LLVM splits i < min(n, avail) into two compares again. */
	koffload__hide(lim);
	for (i = 0; i < KOFFLOAD_LIBC_MAX && i < lim; i++) {
		koffload__hide(i);
		ch = src[i];
		end[i] = ch;
		if (!ch)
			return end;
	}
	/* n bytes copied, the NUL after them must fit; or src's bytes ran
	 * out (avail < n, or the cap) before its NUL. */
	if (i < n || !koffload__readable(end, i, KOFFLOAD_LIBC_MAX, avail,
					 NULL, false)) {
		st->overflow = true;
		return end;
	}
	end[i] = 0;
	return end;
}

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

/* ---- numbers ----------------------------------------------------------- */

/* Value of a digit in bases up to 36; 99 for anything else. */
static koffload__inline unsigned int koffload__digit(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	return 99;
}

enum koffload__num_state {
	KOFFLOAD__NUM_SPACE,	/* leading white space */
	KOFFLOAD__NUM_SIGN,	/* right after the sign */
	KOFFLOAD__NUM_ZERO,	/* right after a leading '0' (base 0 or 16) */
	KOFFLOAD__NUM_HEX,	/* right after "0x" */
	KOFFLOAD__NUM_DIGITS,	/* in the digits */
};

/*
 * glibc's ____strtoul_l_internal (stdlib/strtol_l.c, no grouping) as one
 * bounded loop over the bytes, reading exactly the bytes glibc reads:
 * white space, sign, the "0x" prefix for base 0/16 (s[1] only after a
 * '0'), digits up to and including the first non-digit.  Overflow of the
 * value is computed with glibc's cutoff/cutlim; the signed range check of
 * strtol happens after the loop as in glibc.
 *
 * Deviations: no locale (C locale only); the C23 "0b" prefix of glibc 2.38's
 * __isoc23_strtoul is not recognized (glibc 2.36 here has none); more than
 * KOFFLOAD_LIBC_NUM_MAX bytes of text is an overflow.
 *
 * Verifier cost: besides the byte and the index, the loop branches only on
 * the parse state.  The value is never compared: overflow is found by
 * multiplying in 32-bit halves and collecting the bits carried past 64.
 * The flags that shape the result (sign, any digits, "0x" prefix, range
 * overflow) are all-ones/zero masks used in arithmetic after the loop,
 * hidden from LLVM (which would turn them back into compares and selects,
 * i.e. branches).  A branch whose outcome the verifier can predict makes
 * the values it tests "precise", and states that differ in a precise
 * value are never pruned: comparing the accumulator (small, hence
 * predictable, for the first digits) made every digit count a separate
 * state, and strtoul cost the verifier ~600 instructions per byte of cap.
 */
static koffload__inline unsigned long
koffload__strtoul(const char *s, char **endptr, int base, size_t avail,
		  const void *end, const bool pkt, const bool is_signed,
		  struct koffload_libc_status *st)
{
	enum koffload__num_state ps = KOFFLOAD__NUM_SPACE;
	unsigned long acc = 0, neg = 0, any = 0, prefix = 0, carry = 0;
	unsigned long val, lim, lo, hi, range, borrow;
	unsigned int d, ub;
	unsigned char c;
	size_t i;
	int r32;

	if (base < 0 || base == 1 || base > 36) {
		/* glibc leaves endptr alone here. */
		st->err = KOFFLOAD_EINVAL;
		return 0;
	}

	for (i = 0; i < KOFFLOAD_LIBC_NUM_MAX; i++) {
		koffload__hide(i);
		if (!koffload__readable(s, i, KOFFLOAD_LIBC_NUM_MAX, avail, end,
					pkt))
			break;
		c = s[i];
		if (ps == KOFFLOAD__NUM_SPACE) {
			if (koffload_isspace(c))
				continue;
			ps = KOFFLOAD__NUM_SIGN;
			if (c == '-') {
				neg = KOFFLOAD_ULONG_MAX;
				continue;
			}
			if (c == '+')
				continue;
		}
		if (ps == KOFFLOAD__NUM_SIGN) {
			if (c == '0' && (base == 0 || base == 16)) {
				ps = KOFFLOAD__NUM_ZERO;
				continue;
			}
			if (base == 0)
				base = 10;
		} else if (ps == KOFFLOAD__NUM_ZERO) {
			if ((c | 0x20) == 'x') {
				base = 16;
				prefix = KOFFLOAD_ULONG_MAX;
				ps = KOFFLOAD__NUM_HEX;
				continue;
			}
			/* The '0' was the first digit. */
			if (base == 0)
				base = 8;
			any = KOFFLOAD_ULONG_MAX;
		}
		ps = KOFFLOAD__NUM_DIGITS;
		d = koffload__digit(c);
		ub = base;
		if (d >= ub)
			goto done;
		/* acc = acc * base + d; carry != 0 once it exceeded 64 bits
		 * (acc is garbage then, and the result ULONG_MAX). */
		lo = (acc & 0xffffffff) * ub + d;
		hi = (acc >> 32) * ub + (lo >> 32);
		carry |= hi >> 32;
		acc = hi << 32 | (lo & 0xffffffff);
		any = KOFFLOAD_ULONG_MAX;
	}
	/* The answer depends on a byte we may not examine. */
	st->overflow = true;
	return 0;

done:
	koffload__hide(neg);
	koffload__hide(any);
	koffload__hide(prefix);
	/*
	 * endptr: past the digits; with no digits, at the 'x' of a bare "0x",
	 * else at s.  Without digits acc is 0 and range clear.
	 */
	if (endptr)
		*endptr = (char *)(s + ((i & any) | ((i - 1) & prefix & ~any)));
	/* range = carry ? ~0 : 0 (the top bit of x | -x is x != 0). */
	carry |= 0 - carry;
	koffload__hide(carry);
	range = 0 - (carry >> 63);
	koffload__hide(range);
	/* glibc negates in unsigned arithmetic. */
	val = (acc ^ neg) - neg;
	if (is_signed) {
		/* LONG_MAX, or LONG_MIN's magnitude when negative: the limit
		 * and, as a bit pattern, the value returned past it.  The
		 * borrow out of lim - acc is acc > lim. */
		lim = (unsigned long)KOFFLOAD_LONG_MAX + (neg & 1);
		borrow = (~lim & acc) | (~(lim ^ acc) & (lim - acc));
		koffload__hide(borrow);
		range |= 0 - (borrow >> 63);
		koffload__hide(range);
		val = (val & ~range) | (lim & range);
	} else {
		val |= range;	/* ULONG_MAX */
	}
	r32 = (int)range;
	st->err = (st->err & ~r32) | (KOFFLOAD_ERANGE & r32);
	return val;
}

KOFFLOAD_LIBC_API unsigned long koffload_strtoul(const char *s, char **endptr,
						 int base, size_t avail,
						 struct koffload_libc_status *st)
{
	return koffload__strtoul(s, endptr, base, avail, NULL, false, false,
				 st);
}

KOFFLOAD_LIBC_API long koffload_strtol(const char *s, char **endptr, int base,
				       size_t avail,
				       struct koffload_libc_status *st)
{
	return (long)koffload__strtoul(s, endptr, base, avail, NULL, false,
				       true, st);
}

/*
 * glibc: atoi(s) == (int)strtol(s, NULL, 10).  st->err is set on range
 * overflow as strtol would set errno (glibc's atoi does the same).
 */
KOFFLOAD_LIBC_API int koffload_atoi(const char *s, size_t avail,
				    struct koffload_libc_status *st)
{
	return (int)koffload__strtoul(s, NULL, 10, avail, NULL, false, true,
				      st);
}

KOFFLOAD_LIBC_API unsigned long long
koffload_strtoull(const char *s, char **endptr, int base, size_t avail,
		  struct koffload_libc_status *st)
{
	return koffload__strtoul(s, endptr, base, avail, NULL, false, false,
				 st);
}

KOFFLOAD_LIBC_API long long koffload_strtoll(const char *s, char **endptr,
					     int base, size_t avail,
					     struct koffload_libc_status *st)
{
	return (long)koffload__strtoul(s, endptr, base, avail, NULL, false,
				       true, st);
}

/* glibc: atol(s) == atoll(s) == strtol(s, NULL, 10). */
KOFFLOAD_LIBC_API long koffload_atol(const char *s, size_t avail,
				     struct koffload_libc_status *st)
{
	return (long)koffload__strtoul(s, NULL, 10, avail, NULL, false, true,
				       st);
}

KOFFLOAD_LIBC_API long long koffload_atoll(const char *s, size_t avail,
					   struct koffload_libc_status *st)
{
	return (long)koffload__strtoul(s, NULL, 10, avail, NULL, false, true,
				       st);
}

KOFFLOAD_LIBC_API unsigned long
koffload_pkt_strtoul(const char *s, char **endptr, int base, const void *end,
		     struct koffload_libc_status *st)
{
	return koffload__strtoul(s, endptr, base, KOFFLOAD_LIBC_NUM_MAX, end,
				 true, false, st);
}

KOFFLOAD_LIBC_API long koffload_pkt_strtol(const char *s, char **endptr,
					   int base, const void *end,
					   struct koffload_libc_status *st)
{
	return (long)koffload__strtoul(s, endptr, base, KOFFLOAD_LIBC_NUM_MAX,
				       end, true, true, st);
}

/* sprintf and snprintf: their own file, this translation unit. */
#include "libc-format.bpf.c"
