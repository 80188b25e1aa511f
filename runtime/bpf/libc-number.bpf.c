// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * libc-number.bpf.c - the numbers (strto*, ato*) of koffload's BPF libc: part of libc.bpf.c's
 * translation unit (#included there, in place), not compiled alone.
 */
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
