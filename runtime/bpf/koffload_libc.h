/* SPDX-License-Identifier: (Apache-2.0 WITH LLVM-exception) OR GPL-2.0-only */
/*
 * koffload_libc.h - the libc subset koffload can run inside a BPF program
 *
 * When koffload moves a request path into XDP, the libc calls on it that
 * have a bounded BPF equivalent are replaced by the koffload_<name>
 * functions declared here (implemented in libc.bpf.c, which the build
 * compiles to build/lib/koffload-bpf-libc.bc for koffload to link).
 *
 * Contract shared by every function:
 *
 *  - Same results as glibc in the C locale (x86-64), for the cases it
 *    answers.  Deviations are listed at the function.
 *
 *  - Every loop examines at most KOFFLOAD_LIBC_MAX bytes of each operand
 *    (byte indexes 0 .. KOFFLOAD_LIBC_MAX - 1).  When the libc answer
 *    depends on a byte the function may not examine, it sets
 *    st->overflow and its return value is meaningless; the generated
 *    program then falls back to userspace (XDP_PASS, packet unmodified)
 *    instead of giving a wrong answer.  The flag is only ever set, never
 *    cleared, so one status can collect a whole request path.  Functions
 *    with an effect (memcpy, memmove, memset) check first and write
 *    nothing on overflow.
 *
 *  - Functions whose read extent depends on the data (strings, memchr,
 *    strtoul) take `avail`: how many bytes are readable at the pointer
 *    (the rest of the object it points into, or of the received request).
 *    Needing byte `avail` or beyond is an overflow as well: libc would read
 *    memory that is not part of the request, so only userspace can answer.
 *
 *  - The verifier must be able to bound every access.  The functions are
 *    meant to be inlined (the definitions are always_inline), so it sees
 *    the caller's pointer: an `n` or `avail` whose range the verifier
 *    knows to fit the object (a constant, or clamped by the caller) is
 *    enough.  Do not call them as global (non-inlined) BPF functions: the
 *    verifier checks those with generic pointer arguments and refuses.
 *
 *  - The koffload_pkt_* variants read their first operand in place from
 *    packet memory: `end` is the packet end (ctx->data_end) and every byte
 *    read is bounds-checked against it; needing a byte at or past `end` is
 *    an overflow.
 *
 * KOFFLOAD_LIBC_MAX and KOFFLOAD_LIBC_NUM_MAX may be overridden with -D.
 * The open-coded loops cost about 0.33 ns per byte at run time; the cap
 * bounds verification: the verifier walks each loop byte by byte (12 to
 * 250 processed instructions per byte of cap, by function: see
 * runtime/README.md), and keeps every undecided branch of the walk pending,
 * at most 8192 at once ("The sequence of 8193 jumps is too complex"),
 * which allows about 3 per byte at a cap of 2048.  The loops stay under
 * that; generated code around a call shares the budget.  A result that
 * later code branches on, or turns into a pointer, makes the verifier walk
 * that code once per value the result can take.
 */
#ifndef KOFFLOAD_LIBC_H
#define KOFFLOAD_LIBC_H

#include <linux/types.h>
#include <stdbool.h>
#include <stddef.h>

#ifndef KOFFLOAD_LIBC_MAX
#define KOFFLOAD_LIBC_MAX 2048
#endif

/*
 * Number parsing (strtoul, strtol, atoi, ...) examines at most this many
 * bytes: white space, sign, prefix, digits and the byte after them
 * together.  A 64-bit number has at most 20 decimal, 22 octal or 16 hex
 * digits; only full-width base-2 numbers or long runs of blanks or leading
 * zeros need more, and those fall back to userspace.  Each byte of this
 * cap costs the verifier ~550 instructions (several parse states per byte,
 * each with its own exits), ~35k per call.
 */
#ifndef KOFFLOAD_LIBC_NUM_MAX
#define KOFFLOAD_LIBC_NUM_MAX 64
#endif
#if KOFFLOAD_LIBC_NUM_MAX > KOFFLOAD_LIBC_MAX
#error "KOFFLOAD_LIBC_NUM_MAX must not exceed KOFFLOAD_LIBC_MAX"
#endif

/* errno values (Linux) the strto* functions report in st->err. */
#define KOFFLOAD_EINVAL 22
#define KOFFLOAD_ERANGE 34

/*
 * Linkage.  The default gives external always_inline functions and
 * external tables, which is what the bitcode library needs (koffload links
 * it, the always-inliner inlines every call, the tables become .rodata).
 * A BPF C program that includes libc.bpf.c directly defines
 * KOFFLOAD_LIBC_STATIC first: everything is then static, and unused parts
 * vanish.  (<linux/stddef.h>'s __always_inline is plain `inline`.)
 */
#ifdef KOFFLOAD_LIBC_STATIC
#define KOFFLOAD_LIBC_API static inline __attribute__((always_inline))
#define KOFFLOAD_LIBC_DATA static
#else
#define KOFFLOAD_LIBC_API __attribute__((always_inline))
#define KOFFLOAD_LIBC_DATA extern
#endif

/*
 * No function takes more than 5 arguments, so each also compiles as a
 * plain BPF function (build/lib/koffload-bpf-libc.o checks that).
 */

/*
 * Out-parameter of every function that can fail.  Callers keep one per
 * request path, zero-initialized, and test it where the path commits.
 *
 *  overflow  set when the libc answer depends on a byte the function may
 *            not examine (the cap, `avail`, the packet end): fall back to
 *            userspace.  Only ever set, never cleared.
 *  err       what libc would store in errno (EINVAL, ERANGE; only the
 *            strto* and ato* functions set it, as glibc's do); untouched
 *            otherwise.
 */
struct koffload_libc_status {
	bool overflow;
	int err;
};

/*
 * Memory.  memcpy/memmove/memset copy nothing when n > KOFFLOAD_LIBC_MAX.
 * memcmp reads n bytes of both operands as C requires (the caller knows
 * both objects hold them); memchr stops at the first match, so it takes
 * `avail` for the bytes that really are there.
 */
KOFFLOAD_LIBC_API void *koffload_memcpy(void *dst, const void *src, size_t n,
					struct koffload_libc_status *st);
KOFFLOAD_LIBC_API void *koffload_memmove(void *dst, const void *src, size_t n,
					 struct koffload_libc_status *st);
KOFFLOAD_LIBC_API void *koffload_memset(void *s, int c, size_t n,
					struct koffload_libc_status *st);
KOFFLOAD_LIBC_API int koffload_memcmp(const void *a, const void *b, size_t n,
				      struct koffload_libc_status *st);
KOFFLOAD_LIBC_API int koffload_bcmp(const void *a, const void *b, size_t n,
				    struct koffload_libc_status *st);
KOFFLOAD_LIBC_API void *koffload_memchr(const void *s, int c, size_t n,
					size_t avail,
					struct koffload_libc_status *st);

/* memrchr (GNU): all n bytes must be readable (n <= avail). */
KOFFLOAD_LIBC_API void *koffload_memrchr(const void *s, int c, size_t n,
					 size_t avail,
					 struct koffload_libc_status *st);

/*
 * Strings.  strcmp/strncmp read a[i] and b[i] together, so one `avail`
 * bounds both: pass the smaller of what is readable at a and at b.
 */
KOFFLOAD_LIBC_API size_t koffload_strlen(const char *s, size_t avail,
					 struct koffload_libc_status *st);
KOFFLOAD_LIBC_API size_t koffload_strnlen(const char *s, size_t maxlen,
					  size_t avail,
					  struct koffload_libc_status *st);
KOFFLOAD_LIBC_API int koffload_strcmp(const char *a, const char *b,
				      size_t avail,
				      struct koffload_libc_status *st);
KOFFLOAD_LIBC_API int koffload_strncmp(const char *a, const char *b, size_t n,
				       size_t avail,
				       struct koffload_libc_status *st);
KOFFLOAD_LIBC_API char *koffload_strchr(const char *s, int c, size_t avail,
					struct koffload_libc_status *st);
/* strlen, then memrchr of the string and its NUL; verifies at small caps
 * only (libc.bpf.c): call the two with the length laundered between. */
KOFFLOAD_LIBC_API char *koffload_strrchr(const char *s, int c, size_t avail,
					 struct koffload_libc_status *st);
/* Returns tolower(a[i]) - tolower(b[i]) at the first difference, as glibc. */
KOFFLOAD_LIBC_API int koffload_strcasecmp(const char *a, const char *b,
					  size_t avail,
					  struct koffload_libc_status *st);
KOFFLOAD_LIBC_API int koffload_strncasecmp(const char *a, const char *b,
					   size_t n, size_t avail,
					   struct koffload_libc_status *st);

/*
 * strspn(s, accept) and strcspn(s, reject) with the set as a 256-bit map:
 * byte c is in the set when bit (c & 63) of set[c >> 6] is.  koffload
 * builds the map from a literal set; the result is glibc's for the C
 * locale.
 */
KOFFLOAD_LIBC_API size_t koffload_strspn(const char *s, const __u64 *set,
					 size_t avail,
					 struct koffload_libc_status *st);
KOFFLOAD_LIBC_API size_t koffload_strcspn(const char *s, const __u64 *set,
					  size_t avail,
					  struct koffload_libc_status *st);

/*
 * strstr(s, needle) for a needle of at most 8 bytes (none NUL), given as
 * one word, its first byte the most significant, and its length:
 * "ab" is 0x6162, len 2.  koffload builds both from a literal needle.
 */
KOFFLOAD_LIBC_API char *koffload_strstr(const char *s, __u64 needle,
					size_t len, size_t avail,
					struct koffload_libc_status *st);

/*
 * String copies.  Each byte is copied as it is read, so on overflow a
 * prefix of the destination may already be written: koffload lowers
 * these only into memory a fallback discards (the request's locals in
 * per-CPU scratch) or restores (see docs/architecture.md).
 *
 * strcpy/stpcpy: `avail` bounds both the bytes readable at src and the
 * bytes writable at dst (pass the smaller): the copy, NUL included, must
 * fit both, else overflow (glibc would read past src's object or write
 * past dst's: undefined behaviour that only userspace may commit).
 * stpcpy returns dst + strlen(src).
 *
 * strncpy/stpncpy: writes exactly n bytes of dst, as glibc (the bytes of
 * src up to its NUL, then zeros); the caller guarantees dst holds n bytes.
 * `avail` bounds src alone.  n > KOFFLOAD_LIBC_MAX is an overflow before
 * anything is written.  stpncpy returns dst + strnlen(src, n); it is
 * strncpy and strnlen(dst, n) in one, and verifies only at small caps
 * (libc.bpf.c says why): call the two with n laundered between instead.
 *
 * strcat/strncat take the END of the destination string, not its start:
 * `end` = dst + strlen(dst), which the caller finds with koffload_strlen
 * (a separate call, whose result the caller turns into an unknown value:
 * in one function the verifier would walk the append once for every
 * length of dst).  They append src (at most n bytes of it for strncat)
 * and a NUL at end and return end.  `avail` bounds both src and the room
 * left at end.  koffload examines at most KOFFLOAD_LIBC_MAX / 2 bytes of
 * the destination (its string and the append together): strlen's loop and
 * the append's, one after the other, share the verifier's budget of 8192
 * pending branches (2 per byte each).  Deviation: strncat(d, s, n) where s has no NUL among its
 * `avail` readable bytes and n equals that number falls back although
 * glibc reads only n bytes (the closing NUL needs one byte more of the
 * shared bound).
 */
KOFFLOAD_LIBC_API char *koffload_strcpy(char *dst, const char *src,
					size_t avail,
					struct koffload_libc_status *st);
KOFFLOAD_LIBC_API char *koffload_stpcpy(char *dst, const char *src,
					size_t avail,
					struct koffload_libc_status *st);
KOFFLOAD_LIBC_API char *koffload_strncpy(char *dst, const char *src, size_t n,
					 size_t avail,
					 struct koffload_libc_status *st);
KOFFLOAD_LIBC_API char *koffload_stpncpy(char *dst, const char *src, size_t n,
					 size_t avail,
					 struct koffload_libc_status *st);
KOFFLOAD_LIBC_API char *koffload_strcat(char *end, const char *src,
					size_t avail,
					struct koffload_libc_status *st);
KOFFLOAD_LIBC_API char *koffload_strncat(char *end, const char *src, size_t n,
					 size_t avail,
					 struct koffload_libc_status *st);

/* Numbers (glibc's strtoul/strtol/atoi; endptr may be NULL). */
KOFFLOAD_LIBC_API unsigned long koffload_strtoul(const char *s, char **endptr,
						 int base, size_t avail,
						 struct koffload_libc_status *st);
KOFFLOAD_LIBC_API long koffload_strtol(const char *s, char **endptr, int base,
				       size_t avail,
				       struct koffload_libc_status *st);
KOFFLOAD_LIBC_API int koffload_atoi(const char *s, size_t avail,
				    struct koffload_libc_status *st);
/* long long is long on LP64 (x86-64, BPF): the same functions. */
KOFFLOAD_LIBC_API unsigned long long
koffload_strtoull(const char *s, char **endptr, int base, size_t avail,
		  struct koffload_libc_status *st);
KOFFLOAD_LIBC_API long long koffload_strtoll(const char *s, char **endptr,
					     int base, size_t avail,
					     struct koffload_libc_status *st);
KOFFLOAD_LIBC_API long koffload_atol(const char *s, size_t avail,
				     struct koffload_libc_status *st);
KOFFLOAD_LIBC_API long long koffload_atoll(const char *s, size_t avail,
					   struct koffload_libc_status *st);

/*
 * Packet variants: the first operand is read in place, bounds-checked
 * against `end`.  pkt_memcmp/pkt_strncmp read at most n bytes of b, which
 * must be readable (n no larger than b's object; otherwise copy the packet
 * bytes out and use the plain variant).
 */
KOFFLOAD_LIBC_API void *koffload_pkt_memchr(const void *s, int c, size_t n,
					    const void *end,
					    struct koffload_libc_status *st);
KOFFLOAD_LIBC_API int koffload_pkt_memcmp(const void *a, const void *b,
					  size_t n, const void *end,
					  struct koffload_libc_status *st);
KOFFLOAD_LIBC_API size_t koffload_pkt_strlen(const char *s, const void *end,
					     struct koffload_libc_status *st);
KOFFLOAD_LIBC_API size_t koffload_pkt_strnlen(const char *s, size_t maxlen,
					      const void *end,
					      struct koffload_libc_status *st);
KOFFLOAD_LIBC_API int koffload_pkt_strncmp(const char *a, const char *b,
					   size_t n, const void *end,
					   struct koffload_libc_status *st);
KOFFLOAD_LIBC_API char *koffload_pkt_strchr(const char *s, int c,
					    const void *end,
					    struct koffload_libc_status *st);
KOFFLOAD_LIBC_API unsigned long
koffload_pkt_strtoul(const char *s, char **endptr, int base, const void *end,
		     struct koffload_libc_status *st);
KOFFLOAD_LIBC_API long koffload_pkt_strtol(const char *s, char **endptr,
					   int base, const void *end,
					   struct koffload_libc_status *st);

/*
 * Formatted output (sprintf, snprintf).  koffload parses a constant format
 * at compile time (lib/Support/FormatSpec.cpp) and calls one of these per
 * piece, in order, on one struct koffload_fmt_out: no format is parsed
 * here.  Each appends its piece at o->len, writes the bytes that fall
 * below o->lim into o->dst (snprintf's truncation), and adds the piece's
 * whole length to o->len (snprintf's return value).  The caller writes the
 * NUL at min(len, lim) and, for sprintf, falls back when len passes lim.
 *
 *  spec   KOFFLOAD_FMT_* flags | base << KOFFLOAD_FMT_BASE_SHIFT
 *  wp     the width (bits 32..63) and precision (bits 0..31) as ints, as
 *         printf takes them: a negative width means '-' and its absolute
 *         value, a negative precision none.
 *  launder  a word in map memory (the verifier does not track what is
 *         stored there): a digit count or string length passes through it
 *         and becomes one unknown value in its range, so that the
 *         verifier walks the code after it once, not once per length.
 *
 * A piece that cannot be formatted exactly - a %s string with no NUL
 * within `avail` (and the precision), a width or precision beyond
 * KOFFLOAD_FMT_WIDTH_MAX - sets KOFFLOAD_FMT_POISON in o->len: a length
 * over INT_MAX at the end means fall back.
 */
#define KOFFLOAD_FMT_LEFT 0x01	/* '-' */
#define KOFFLOAD_FMT_ZERO 0x02	/* '0' */
#define KOFFLOAD_FMT_PLUS 0x04	/* '+' */
#define KOFFLOAD_FMT_SPACE 0x08	/* ' ' */
#define KOFFLOAD_FMT_ALT 0x10	/* '#' */
#define KOFFLOAD_FMT_SIGNED 0x20	/* d, i: v is a signed value */
#define KOFFLOAD_FMT_UPPER 0x40	/* X */
#define KOFFLOAD_FMT_BASE_SHIFT 8	/* 8, 10 or 16 */
#define KOFFLOAD_FMT_WIDTH_MAX 4096
#define KOFFLOAD_FMT_POISON (1ULL << 40)

struct koffload_fmt_out {
	char *dst;
	__u64 lim;		/* bytes [0, lim) of dst may be written */
	__u64 len;		/* the output so far, written or not */
	__u64 *launder;
};

KOFFLOAD_LIBC_API void koffload_fmt_lit(struct koffload_fmt_out *o,
					const char *lit, __u64 n);
KOFFLOAD_LIBC_API void koffload_fmt_int(struct koffload_fmt_out *o, __u64 v,
					__u64 spec, __u64 wp);
KOFFLOAD_LIBC_API void koffload_fmt_char(struct koffload_fmt_out *o, int c,
					 __u64 spec, __u64 wp);
KOFFLOAD_LIBC_API void koffload_fmt_str(struct koffload_fmt_out *o,
					const char *s, size_t avail,
					__u64 spec, __u64 wp);
/* The NUL at min(len, lim) (snprintf with a size of 0 writes none). */
KOFFLOAD_LIBC_API void koffload_fmt_end(struct koffload_fmt_out *o);

/*
 * Character classes in the C locale.  The is* functions return the value
 * glibc's table gives on x86-64 (e.g. isdigit('7') == 2048), not just
 * "nonzero", so code that uses the number sees the same one.  Arguments
 * outside 0..255 (EOF included) are in no class.  tolower/toupper return
 * c + 256 for -128..-2 (glibc's tables cover a signed char passed
 * unconverted) and anything else outside 0..255 unchanged.
 */
KOFFLOAD_LIBC_API int koffload_isdigit(int c);
KOFFLOAD_LIBC_API int koffload_isalpha(int c);
KOFFLOAD_LIBC_API int koffload_isalnum(int c);
KOFFLOAD_LIBC_API int koffload_isspace(int c);
KOFFLOAD_LIBC_API int koffload_isxdigit(int c);
KOFFLOAD_LIBC_API int koffload_isupper(int c);
KOFFLOAD_LIBC_API int koffload_islower(int c);
KOFFLOAD_LIBC_API int koffload_isprint(int c);
KOFFLOAD_LIBC_API int koffload_isgraph(int c);
KOFFLOAD_LIBC_API int koffload_ispunct(int c);
KOFFLOAD_LIBC_API int koffload_iscntrl(int c);
KOFFLOAD_LIBC_API int koffload_isblank(int c);
KOFFLOAD_LIBC_API int koffload_tolower(int c);
KOFFLOAD_LIBC_API int koffload_toupper(int c);

/*
 * glibc's C-locale tables, indexed by c + 128 for c in -128..255.  With
 * glibc's headers, isdigit(c) expands to (*__ctype_b_loc())[c] & _ISdigit
 * and tolower(c) to a read of (*__ctype_tolower_loc())[c], and LLVM hoists
 * the table pointer out of loops, so compiled servers index these tables
 * rather than call the functions.  Replace each element load
 * `tab[c]` with koffload_ctype_b_at(c) (resp. _tolower_at, _toupper_at).
 * Pointing `tab` at &koffload_ctype_b[128] instead does not verify: the
 * index is then negative for half its range, and the verifier loses the
 * bounds of a negative index scaled by the element size ("unbounded min
 * value"); the _at functions rebias it to 0..383 behind a compiler barrier.
 * Outside -128..255 (where glibc reads out of bounds) they return 0, resp. c.
 */
KOFFLOAD_LIBC_DATA const unsigned short koffload_ctype_b[384];
KOFFLOAD_LIBC_DATA const int koffload_ctype_tolower[384];
KOFFLOAD_LIBC_DATA const int koffload_ctype_toupper[384];
KOFFLOAD_LIBC_API unsigned short koffload_ctype_b_at(long c);
KOFFLOAD_LIBC_API int koffload_ctype_tolower_at(long c);
KOFFLOAD_LIBC_API int koffload_ctype_toupper_at(long c);

/* Byte order (the host of a BPF program is little-endian on x86-64). */
KOFFLOAD_LIBC_API __u16 koffload_htons(__u16 x);
KOFFLOAD_LIBC_API __u16 koffload_ntohs(__u16 x);
KOFFLOAD_LIBC_API __u32 koffload_htonl(__u32 x);
KOFFLOAD_LIBC_API __u32 koffload_ntohl(__u32 x);

/*
 * The TCP hook's fixed parts (hook-tcp.bpf.c; koffload/abi.h "TCP"), which
 * lib/Kernel/SkSkbTCP.cpp calls around a generated request path: the
 * connection's slot when the verdict may answer (NULL: pass), a pass
 * counted, a reply staged in the connection's ticket (0, or -1: fall
 * back), the skb marked and redirected (a verdict), the sk_msg swap (a
 * verdict).
 */
struct __sk_buff;
struct sk_msg_md;
struct koffload_tcp_conn;
KOFFLOAD_LIBC_API struct koffload_tcp_conn *
koffload_tcp_begin(struct __sk_buff *skb, void *slots, void *conns);
KOFFLOAD_LIBC_API int koffload_tcp_pass(struct __sk_buff *skb, void *slots,
					void *conns);
KOFFLOAD_LIBC_API int koffload_tcp_stage(struct koffload_tcp_conn *conn,
					 void *tickets, const void *src,
					 __u64 len);
KOFFLOAD_LIBC_API int koffload_tcp_send(struct __sk_buff *skb,
					struct koffload_tcp_conn *conn,
					void *socks);
KOFFLOAD_LIBC_API int koffload_tcp_msg(struct sk_msg_md *msg, void *storage,
				       void *conns, void *tickets);

#endif /* KOFFLOAD_LIBC_H */
