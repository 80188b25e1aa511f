// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * libc-copy.bpf.c - the string copies of koffload's BPF libc: part of libc.bpf.c's
 * translation unit (#included there, in place), not compiled alone.
 */
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
