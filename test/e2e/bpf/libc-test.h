/* SPDX-License-Identifier: (Apache-2.0 WITH LLVM-exception) OR GPL-2.0-only */
/*
 * libc-test.h - packet layout shared by libc-test.bpf.c (the XDP side) and
 * libc-test.c (the userspace harness that compares with glibc).
 *
 * Request packet:  struct lt_req | A (a_len bytes) | B (b_len bytes)
 *   Packet ops (LT_PKT_*):  struct lt_req | B | A, with A read in place up
 *   to the end of the packet.
 *   strspn/strcspn (LT_STRSPN, LT_STRCSPN): B is the set as the 256-bit
 *   map koffload_strspn takes (32 bytes).
 *   strstr (LT_STRSTR): n is the needle as koffload_strstr's word, c its
 *   length; B is the needle (for the harness).
 *   String copies (LT_STRCPY .. LT_STRNCAT): B is the source.  strcpy,
 *   stpcpy, strncpy, stpncpy write at A + d_off; avail bounds B (and for
 *   strcpy/stpcpy the room at A + d_off too).  strcat/strncat append to
 *   the string at A, which has d_off bytes of room: the program finds its
 *   end with koffload_strlen, launders it through a global as koffload's
 *   generator does, and appends within min(avail, the room left).
 *   strrchr (LT_STRRCHR): strlen of A within min(avail, half the cap),
 *   laundered, then memrchr of the string and its NUL, as the generator
 *   does it.
 * Reply packet:    struct lt_resp | A after the call | B
 *
 * The program copies A and B into per-CPU scratch regions of LT_REGION
 * bytes, calls one koffload_* function on them and writes the result back.
 * One XDP program per operation, named lt_<op>.
 */
#ifndef KOFFLOAD_LIBC_TEST_H
#define KOFFLOAD_LIBC_TEST_H

#include <linux/types.h>

#define LT_REGION 4096
#define LT_HDR 64
#define LT_REQ_MAGIC 0x6b6c6331u	/* "klc1" */
#define LT_RESP_MAGIC 0x6b6c6332u	/* "klc2" */

/* X(enum suffix, program name) */
#define LT_OPS(X)                                                          \
	X(MEMCPY, memcpy) X(MEMMOVE, memmove) X(MEMSET, memset)            \
	X(MEMCMP, memcmp) X(MEMCHR, memchr) X(STRLEN, strlen)              \
	X(STRNLEN, strnlen) X(STRCMP, strcmp) X(STRNCMP, strncmp)          \
	X(STRCHR, strchr) X(STRTOUL, strtoul) X(STRTOL, strtol)            \
	X(ATOI, atoi) X(ISDIGIT, isdigit) X(ISALPHA, isalpha)              \
	X(ISALNUM, isalnum) X(ISSPACE, isspace) X(ISXDIGIT, isxdigit)      \
	X(ISUPPER, isupper) X(ISLOWER, islower) X(TOLOWER, tolower)        \
	X(TOUPPER, toupper) X(ISPRINT, isprint) X(ISGRAPH, isgraph)        \
	X(ISPUNCT, ispunct) X(ISCNTRL, iscntrl) X(ISBLANK, isblank)        \
	X(CTYPE_B, ctype_b) X(CTYPE_TOLOWER, ctype_tolower)                \
	X(CTYPE_TOUPPER, ctype_toupper) X(HTONS, htons) X(NTOHS, ntohs)    \
	X(HTONL, htonl) X(NTOHL, ntohl) X(BCMP, bcmp)                      \
	X(STRCASECMP, strcasecmp) X(STRNCASECMP, strncasecmp)              \
	X(STRTOULL, strtoull) X(STRTOLL, strtoll) X(ATOL, atol)            \
	X(ATOLL, atoll) X(STRSPN, strspn) X(STRCSPN, strcspn)              \
	X(STRSTR, strstr)                                                  \
	X(STRCPY, strcpy) X(STPCPY, stpcpy) X(STRNCPY, strncpy)            \
	X(STPNCPY, stpncpy) X(STRCAT, strcat) X(STRNCAT, strncat)          \
	X(MEMRCHR, memrchr) X(STRRCHR, strrchr)                            \
	X(PKT_MEMCHR, pkt_memchr)                                          \
	X(PKT_MEMCMP, pkt_memcmp) X(PKT_STRLEN, pkt_strlen)                \
	X(PKT_STRNLEN, pkt_strnlen) X(PKT_STRNCMP, pkt_strncmp)            \
	X(PKT_STRCHR, pkt_strchr) X(PKT_STRTOUL, pkt_strtoul)              \
	X(PKT_STRTOL, pkt_strtol)

enum lt_op {
#define LT_ENUM(e, n) LT_##e,
	LT_OPS(LT_ENUM)
#undef LT_ENUM
	LT_NR_OPS
};

/* Functions that are another one under a new name. */
#define LT_IS_ALIAS(op)                                                    \
	((op) == LT_BCMP || (op) == LT_STRTOULL || (op) == LT_STRTOLL ||   \
	 (op) == LT_ATOL || (op) == LT_ATOLL)

struct lt_req {
	__u32 magic;
	__u32 op;
	__s64 c;	/* int argument: the byte, the base, the ctype input */
	__u64 n;	/* size argument (n, maxlen; the htons/htonl input) */
	__u64 avail;	/* readable bytes at A (and B for strcmp/strncmp) */
	__u32 a_len;	/* bytes of A in the packet */
	__u32 b_len;	/* bytes of B in the packet */
	__u32 d_off;	/* memcpy/memmove/memset: destination is A + d_off */
	__u32 s_off;	/* memcpy: source B + s_off; memmove: A + s_off */
	__u8 pad[LT_HDR - 48];
};

struct lt_resp {
	__u32 magic;
	__u32 overflow;	/* status.overflow */
	__s64 ret;	/* integer result */
	__s64 off;	/* pointer result or *endptr, as offset from A; -1 NULL */
	__s32 err;	/* status.err */
	__u32 op;
	__u8 pad[LT_HDR - 32];
};

_Static_assert(sizeof(struct lt_req) == LT_HDR, "lt_req layout");
_Static_assert(sizeof(struct lt_resp) == LT_HDR, "lt_resp layout");

#endif /* KOFFLOAD_LIBC_TEST_H */
