// SPDX-License-Identifier: (Apache-2.0 WITH LLVM-exception) OR GPL-2.0-only
/*
 * libc-format.bpf.c - the pieces of sprintf and snprintf (koffload_libc.h):
 * part of libc.bpf.c, which includes it at its end (one translation unit,
 * one bitcode library).
 *
 * koffload specialises a constant format at compile time into one call per
 * piece; these write the piece.  What shapes them is the verifier:
 *
 *  - A piece that cannot be formatted exactly (a %s with no NUL where it
 *    may be read, a width past the cap) sets KOFFLOAD_FMT_POISON in the
 *    length, which the caller tests once at the end: a status flag would
 *    be a register whose two values the verifier walks apart through the
 *    rest of the format.
 *
 *  - Every byte goes through koffload__fmt_put(), whose compare of the
 *    position with o->lim is the bound the verifier uses for the store
 *    (the caller shows it lim <= the destination's room).
 *
 *  - A digit count and a string length pass through o->launder (a word of
 *    map memory, which the verifier does not track) before anything is
 *    written: otherwise each count would be one exact value per exit of
 *    the loop that found it, and the verifier would walk the rest of the
 *    request once per value, and once per combination across pieces.
 *
 *  - No table lookups for digits: an index turns into a pointer, which
 *    makes the verifier track the value behind it exactly (the same
 *    problem).  Digits are computed as (v / p) % base from the top, with
 *    p = base^(digits - 1).
 */

/*
 * A copy of v the verifier does not link to v.  It links a register copied
 * from another, or copied and a constant added (len + 1), and narrows both
 * at a compare: every "does it fit" test on a position would then split
 * the length into two ranges, doubling the walks of the rest of the
 * format per byte written.  An OR with 0 ends the link (and costs one
 * instruction).  (koffload__hide() is no instruction at all: no help.)
 */
#ifndef koffload__unlink
#define koffload__unlink(v) asm volatile("%0 |= 0" : "+r"(v))
#endif

/*
 * i < n, on an unlinked copy of n: a loop's exits then leave n as it was,
 * not narrowed to a different range at each exit (where the code after
 * the loop would be walked once per exit).
 */
static koffload__inline bool koffload__fmt_below(__u64 i, __u64 n)
{
	koffload__unlink(n);
	return i < n;
}

/*
 * Writes c at o->dst[at] when at is below o->lim; false when it is not.
 * Both sides of the compare are unlinked copies: a compare narrows both
 * registers, and a narrowed lim (or length) would differ from path to
 * path for the rest of the format.
 */
static koffload__inline bool koffload__fmt_put(struct koffload_fmt_out *o,
					       __u64 at, char c)
{
	__u64 lim = o->lim;

	koffload__unlink(at);
	koffload__unlink(lim);
	if (at >= lim)
		return false;
	o->dst[at] = c;
	return true;
}

/* n copies of c (what does not fit is counted, not written). */
static koffload__inline void koffload__fmt_pad(struct koffload_fmt_out *o,
					       char c, __u64 n)
{
	__u64 i;

	for (i = 0; koffload__fmt_below(i, n) && i < KOFFLOAD_FMT_WIDTH_MAX;
	     i++) {
		koffload__hide(i);
		if (!koffload__fmt_put(o, o->len + i, c))
			break;
	}
	o->len += n;
}

/* v through map memory: one unknown value to the verifier. */
static koffload__inline __u64 koffload__fmt_launder(struct koffload_fmt_out *o,
						    __u64 v)
{
	*(volatile __u64 *)o->launder = v;
	return *(volatile __u64 *)o->launder;
}

/*
 * The end of a piece whose length depends on the data: the length so far
 * becomes one unknown value, so that the verifier's paths through the
 * piece (a sign or none, a string padded or not) meet again after it.
 * Without this the next piece is walked once per length, and the pieces
 * after it once per combination: a format of three %d did not verify.
 */
static koffload__inline void koffload__fmt_done(struct koffload_fmt_out *o)
{
	/* The mask keeps the range (a length the verifier thinks may wrap
	 * would never be past lim, and a pad loop would run to its cap). */
	o->len = koffload__fmt_launder(o, o->len) &
		 (2 * KOFFLOAD_FMT_POISON - 1);
}

/*
 * The width and precision of wp: a negative width is '-' and its absolute
 * value; a negative precision is none (-1).  Past the cap the output is
 * poisoned (the caller falls back), and the pad loops' own cap holds.
 */
static koffload__inline void koffload__fmt_wp(struct koffload_fmt_out *o,
					      __u64 wp, __u64 *spec,
					      __u64 *width, long *prec)
{
	long w = (int)(__u32)(wp >> 32), p = (int)(__u32)wp;

	if (w < 0) {
		*spec |= KOFFLOAD_FMT_LEFT;
		w = -w;
	}
	if (w > KOFFLOAD_FMT_WIDTH_MAX || p > KOFFLOAD_FMT_WIDTH_MAX)
		o->len |= KOFFLOAD_FMT_POISON;
	*width = w;
	*prec = p < 0 ? -1 : p;
}

KOFFLOAD_LIBC_API void koffload_fmt_lit(struct koffload_fmt_out *o,
					const char *lit, __u64 n)
{
	__u64 i;

	for (i = 0; i < n && i < KOFFLOAD_LIBC_MAX; i++)
		if (!koffload__fmt_put(o, o->len + i, lit[i]))
			break;
	o->len += n;
}

KOFFLOAD_LIBC_API void koffload_fmt_int(struct koffload_fmt_out *o, __u64 v,
					__u64 spec, __u64 wp)
{
	__u64 base = (spec >> KOFFLOAD_FMT_BASE_SHIFT) & 31;
	__u64 width, nd, p, k, d, zeros, body, pad, pre;
	char sign = 0, c;
	long prec;

	koffload__fmt_wp(o, wp, &spec, &width, &prec);
	if (base != 8 && base != 16)
		base = 10;
	/* A value the verifier knows (one of a constant table's, say) would
	 * decide the digit loops' branches: one walk of the rest per value. */
	v = koffload__fmt_launder(o, v);
	if (spec & KOFFLOAD_FMT_SIGNED) {
		if ((__s64)v < 0) {
			sign = '-';
			v = -v;
		} else if (spec & KOFFLOAD_FMT_PLUS) {
			sign = '+';
		} else if (spec & KOFFLOAD_FMT_SPACE) {
			sign = ' ';
		}
	}
	/* nd digits, p = base^(nd - 1); 22 is octal's most (2^64 - 1). */
	nd = 1;
	p = 1;
	for (k = 1; k < 22; k++) {
		if (v / p < base)
			break;
		p *= base;
		nd++;
	}
	/* (No test of the laundered values: an exit here would be a second
	 * path through the rest of the format.  Masks give the ranges, and a
	 * division by 0 is 0 in BPF.) */
	nd = koffload__fmt_launder(o, nd) & 31; /* a range, by a mask */
	p = koffload__fmt_launder(o, p);
	if (prec == 0 && v == 0)
		nd = 0; /* "%.0d" of 0: no digit */
	zeros = prec > (long)nd ? prec - nd : 0;
	/* '#' with o: the first digit is a 0, adding one if need be. */
	if ((spec & KOFFLOAD_FMT_ALT) && base == 8 && !zeros && (v || !nd))
		zeros = 1;
	pre = sign ? 1 : 0;
	if ((spec & KOFFLOAD_FMT_ALT) && base == 16 && v)
		pre += 2;
	body = pre + zeros + nd;
	pad = width > body ? width - body : 0;
	if (!(spec & KOFFLOAD_FMT_LEFT) && (spec & KOFFLOAD_FMT_ZERO) &&
	    prec < 0) {
		zeros += pad;
		pad = 0;
	}
	if (!(spec & KOFFLOAD_FMT_LEFT))
		koffload__fmt_pad(o, ' ', pad);
	if (sign) {
		koffload__fmt_put(o, o->len, sign);
		o->len++;
	}
	if ((spec & KOFFLOAD_FMT_ALT) && base == 16 && v) {
		koffload__fmt_put(o, o->len, '0');
		koffload__fmt_put(o, o->len + 1,
				  (spec & KOFFLOAD_FMT_UPPER) ? 'X' : 'x');
		o->len += 2;
	}
	koffload__fmt_pad(o, '0', zeros);
	for (k = 0; koffload__fmt_below(k, nd) && k < 22; k++) {
		koffload__hide(k);
		d = (v / p) % base;
		p /= base;
		c = d < 10 ? '0' + d :
		    ((spec & KOFFLOAD_FMT_UPPER) ? 'A' : 'a') + (d - 10);
		if (!koffload__fmt_put(o, o->len + k, c))
			break;
	}
	o->len += nd;
	if (spec & KOFFLOAD_FMT_LEFT)
		koffload__fmt_pad(o, ' ', pad);
	koffload__fmt_done(o);
}

KOFFLOAD_LIBC_API void koffload_fmt_char(struct koffload_fmt_out *o, int c,
					 __u64 spec, __u64 wp)
{
	__u64 width, pad;
	long prec;

	koffload__fmt_wp(o, wp, &spec, &width, &prec);
	pad = width > 1 ? width - 1 : 0;
	if (!(spec & KOFFLOAD_FMT_LEFT))
		koffload__fmt_pad(o, ' ', pad);
	koffload__fmt_put(o, o->len, (char)c);
	o->len++;
	if (spec & KOFFLOAD_FMT_LEFT)
		koffload__fmt_pad(o, ' ', pad);
	koffload__fmt_done(o);
}

/* glibc pads %s and %c with blanks, the '0' flag notwithstanding. */
KOFFLOAD_LIBC_API void koffload_fmt_str(struct koffload_fmt_out *o,
					const char *s, size_t avail,
					__u64 spec, __u64 wp)
{
	struct koffload_libc_status st = {};
	__u64 width, maxlen, n, pad, i;
	long prec;

	koffload__fmt_wp(o, wp, &spec, &width, &prec);
	/* Behind the barrier: with maxlen left as this select, the BPF
	 * build ignored the precision (the same C built natively did not;
	 * found by the kernel differential test, case "%.*s"; the BPF code
	 * looked like LLVM had split i < maxlen wrongly, not analysed
	 * further). */
	maxlen = prec < 0 ? KOFFLOAD_ULONG_MAX : (__u64)prec;
	koffload__hide(maxlen);
	n = koffload__strnlen(s, maxlen, avail, NULL, false, &st);
	if (st.overflow)
		o->len |= KOFFLOAD_FMT_POISON;
	n = koffload__fmt_launder(o, n) & 0xffff; /* > any cap */
	pad = width > n ? width - n : 0;
	if (!(spec & KOFFLOAD_FMT_LEFT))
		koffload__fmt_pad(o, ' ', pad);
	for (i = 0; koffload__fmt_below(i, n) && i < KOFFLOAD_LIBC_MAX; i++) {
		koffload__hide(i);
		if (!koffload__fmt_below(i, avail))
			break;
		if (!koffload__fmt_put(o, o->len + i, s[i]))
			break;
	}
	o->len += n;
	if (spec & KOFFLOAD_FMT_LEFT)
		koffload__fmt_pad(o, ' ', pad);
	koffload__fmt_done(o);
}

KOFFLOAD_LIBC_API void koffload_fmt_end(struct koffload_fmt_out *o)
{
	__u64 at = o->len < o->lim ? o->len : o->lim;

	koffload__hide(at);
	if (at <= o->lim)
		o->dst[at] = 0;
}
