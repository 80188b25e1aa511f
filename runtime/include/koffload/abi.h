/* SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception */
/*
 * koffload/abi.h - the contract between a generated offload and the code
 * around it: the names and layouts of the globals both sides rely on.
 *
 * One definition, included by every side: the compiler (lib/Kernel/XDPGen.h
 * derives its constants from it, lib/User/SplitUser.cpp emits the table of
 * shared globals), the runtime (runtime/rt, and the dispatcher's BPF C in
 * runtime/bpf/dispatch), the tools (koffload-stats), and the tests, which
 * read the values from this file (test/e2e/koffload_abi.py). Plain C11 and
 * C++17; fixed-width fields, padding spelled out, and every offset checked
 * below, so that a change here that moves a field breaks the build instead
 * of the protocol.
 *
 * The generated object keeps these globals in its global data (`.bss`),
 * which the runtime mmaps; the generator emits them as byte arrays of the
 * sizes below and accesses them at the offsets below.
 */
#ifndef KOFFLOAD_ABI_H
#define KOFFLOAD_ABI_H

#include <linux/types.h>

#ifdef __cplusplus
#include <cstddef>
#define KOFFLOAD_ABI_ASSERT(e, why) static_assert(e, why)
#else
#include <stddef.h>
#define KOFFLOAD_ABI_ASSERT(e, why) _Static_assert(e, why)
#endif

/* The XDP program in a generated object. */
#define KOFFLOAD_PROGRAM_NAME "koffload_xdp"

/* ---- koffload_service: what the runtime tells the offload ---------------
 *
 * What the compiler could not know: the service's port, when the bind's is
 * not a compile-time constant, and the addresses it answers for, unless it
 * is bound to a constant address (a wildcard bind gets only datagrams for
 * the host's own addresses). Addresses and port in network byte order. A
 * packet is the service's when (destination & mask) == addr; an all-zero
 * mask: any destination. The program reads it on every packet, so the
 * runtime may write it before loading or later through the mmap'd map.
 */
#define KOFFLOAD_SERVICE_GLOBAL "koffload_service"

struct koffload_service {
	/* 0: not configured yet, every packet passes (ignored when the
	 * port is a compile-time constant) */
	__be16 port;
	__u8 pad0[2];
	__u32 flags;		/* enum koffload_service_flags */
	__u8 addr[16];		/* IPv4: the first 4 bytes */
	__u8 mask[16];		/* IPv4: the first 4 bytes */
	/* A connected socket (connect()) receives only its peer's datagrams:
	 * a program for a socket the server connects answers only those,
	 * and none while peer_port is 0 (not connected, or not told yet).
	 * The runtime clears peer_port before each connect() and writes the
	 * peer (getpeername) after it, peer_port last. */
	__u8 peer[16];		/* IPv4: the first 4 bytes */
	__be16 peer_port;
	__u8 pad1[6];
};

enum koffload_service_flags {
	/* The interface is a veth, whose peers leave UDP checksums partial
	 * (the field holds the folded pseudo-header sum, not complemented):
	 * the program also takes that form as a right checksum. */
	KOFFLOAD_SERVICE_LAZY_CHECKSUMS = 1,
	/* The program runs as generic XDP, whose XDP_TX sends the request's
	 * own skb, still marked partial: a reply to a partial request then
	 * carries the partial form too. */
	KOFFLOAD_SERVICE_GENERIC_XDP = 2,
	/* The socket's family as bound (getsockname): AF_INET, or AF_INET6.
	 * A program for a socket whose family the compiler left to run time
	 * (socket(v6 ? AF_INET6 : AF_INET, ...)) answers only frames of the
	 * family these say, and nothing before the runtime sets one. */
	KOFFLOAD_SERVICE_BOUND_INET = 4,
	KOFFLOAD_SERVICE_BOUND_INET6 = 8,
	/* AF_INET6 without IPV6_V6ONLY: IPv4 datagrams to the port reach the
	 * socket too, with a v4-mapped source address; an IPv6 program
	 * passes them to userspace. */
	KOFFLOAD_SERVICE_V4_MAPPED = 16,
};

KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_service, port) == 0, "port");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_service, flags) == 4, "flags");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_service, addr) == 8, "addr");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_service, mask) == 24, "mask");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_service, peer) == 40, "peer");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_service, peer_port) == 56,
		    "peer_port");
KOFFLOAD_ABI_ASSERT(sizeof(struct koffload_service) == 64, "service size");

/* ---- koffload_stats: per-CPU counters ------------------------------------
 *
 * __u64 [CPUs][KOFFLOAD_STAT_ROW] (the generator's CPU cap; readers take
 * the number of rows from the global's size and sum them). Of the requests
 * that reached the service (its port and address, headers valid): answered
 * in the kernel (XDP_TX), consumed without a reply (XDP_DROP), fallen back
 * to userspace (XDP_PASS); of the fallbacks, the program's own slow path's
 * and those that found a record held by another writer. Apart: datagrams
 * to the service with a wrong UDP checksum (passed, and no request, so not
 * a fallback). Traffic not the service's is not counted.
 */
#define KOFFLOAD_STATS_GLOBAL "koffload_stats"

enum koffload_stat {
	KOFFLOAD_STAT_ANSWERED = 0,
	KOFFLOAD_STAT_DROPPED = 1,
	KOFFLOAD_STAT_FALLBACK = 2,
	KOFFLOAD_STAT_FALLBACK_PATH = 3, /* of FALLBACK: the slow path */
	KOFFLOAD_STAT_FALLBACK_BUSY = 4, /* of FALLBACK: a record held */
	KOFFLOAD_STAT_BAD_CHECKSUM = 5,	 /* not a request */
	KOFFLOAD_STAT_USED = 6,		 /* counters in use in a row */
	KOFFLOAD_STAT_ROW = 8,		 /* a row: two slots spare */
};

struct koffload_stats_row {
	__u64 count[KOFFLOAD_STAT_ROW];	/* enum koffload_stat */
};

KOFFLOAD_ABI_ASSERT(sizeof(struct koffload_stats_row) == 64, "stats row");

/* ---- koffload_control: the runtime's switch ------------------------------
 *
 * On a cache line of its own, which the kernel only reads: while `pass` is
 * not 0, the program's first instructions pass every packet untouched (an
 * offload that does not pay costs one load per packet; docs/adaptive.md).
 * The rest is the runtime's, for koffload-stats to read from outside.
 */
#define KOFFLOAD_CONTROL_GLOBAL "koffload_control"

struct koffload_control {
	__u32 pass;		/* not 0: pass everything */
	/* the runtime's controller state (enum koffload_adapt_state,
	 * runtime/rt/koffload-adapt.h) */
	__u32 state;
	__u64 switches;		/* on/pass-through switches so far */
	__u32 omega;		/* ω of the last window, in millionths, or
				 * KOFFLOAD_CONTROL_NOT_MEASURED */
	__u32 rho;		/* ρ, in millionths */
	__u8 reserved[40];
};

/* omega before the first window (a #define: C11 enums hold an int). */
#define KOFFLOAD_CONTROL_NOT_MEASURED 0xffffffffu

KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_control, pass) == 0, "pass");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_control, state) == 4, "state");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_control, switches) == 8,
		    "switches");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_control, omega) == 16, "omega");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_control, rho) == 20, "rho");
KOFFLOAD_ABI_ASSERT(sizeof(struct koffload_control) == 64, "control size");

/* ---- koffload_clock: the wall clock's offset -----------------------------
 *
 * No BPF helper reads CLOCK_REALTIME.  An offload whose requests read the
 * wall clock (time, gettimeofday, clock_gettime(CLOCK_REALTIME)) takes
 * bpf_ktime_get_tai_ns() plus CLOCK_REALTIME - CLOCK_TAI, which the
 * runtime measures in userspace and publishes here, when the offload
 * starts and every second after (runtime/rt/koffload-clock.c).  One word,
 * written with one atomic store by one writer, so a reader sees the old
 * offset or the new one.  Until the first publication it holds
 * KOFFLOAD_CLOCK_UNSET, and such requests fall back to userspace.  The
 * generator gives the global that initial value (it lives in `.data`).
 */
#define KOFFLOAD_CLOCK_GLOBAL "koffload_clock"

struct koffload_clock {
	__s64 realtime_minus_tai;	/* ns, or KOFFLOAD_CLOCK_UNSET */
};

#define KOFFLOAD_CLOCK_UNSET (-0x7fffffffffffffffLL - 1)

KOFFLOAD_ABI_ASSERT(sizeof(struct koffload_clock) == 8, "clock size");

/* ---- the record protocol -------------------------------------------------
 *
 * A shared global under the record protocol (a record) has a sequence word
 * in the offload, KOFFLOAD_SEQ_PREFIX followed by the global's name, a
 * __u32: even, free; a writer takes it by compare-and-exchange from even v
 * to v + KOFFLOAD_SEQ_HELD (odd) and releases it by storing
 * v + KOFFLOAD_SEQ_STEP; a reader that finds it odd, or changed at its end,
 * falls back.
 */
#define KOFFLOAD_SEQ_PREFIX "koffload_seq_"

enum koffload_seq {
	KOFFLOAD_SEQ_HELD = 1,	/* the bit a writer sets */
	KOFFLOAD_SEQ_STEP = 2,	/* a write taken and released */
};

/* ---- the split program's table of shared globals -------------------------
 *
 * lib/User/SplitUser.cpp emits an array of these (LLVM type
 * { ptr, ptr, ptr, i64, i32 }) and passes it to koffload_rt_bound(): a
 * global the program shares with its offload; the runtime copies its bytes
 * into the offload's map memory when the offload starts and, when `slot`
 * is not NULL (the program writes it after start-up), points the program's
 * accesses there.
 */
struct koffload_shared {
	const char *name;
	void *addr;
	void **slot;
	unsigned long size;
	unsigned int flags;	/* enum koffload_shared_flags */
};

enum koffload_shared_flags {
	/* Requests handled in userspace take the global's sequence word. */
	KOFFLOAD_SHARED_RECORD = 1,
	/* ...at their first write of it (koffload_rt_record_write), not at the
	 * receive: only userspace writes it, so requests that only read it
	 * need not keep the offload from answering meanwhile. */
	KOFFLOAD_SHARED_USER_WRITES = 2,
};

#if defined(__LP64__) || defined(_LP64)
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_shared, slot) == 16, "slot");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_shared, size) == 24, "size");
KOFFLOAD_ABI_ASSERT(offsetof(struct koffload_shared, flags) == 32, "flags");
KOFFLOAD_ABI_ASSERT(sizeof(struct koffload_shared) == 40, "shared size");
#endif

/* ---- the dispatcher (runtime/bpf/dispatch, runtime/rt/koffload-dispatch.c)
 *
 * Several split servers on one interface: the dispatcher's XDP program maps
 * a UDP port to a slot (kdisp_ports) and tail-calls the slot's program.
 */
#define KOFFLOAD_DISPATCH_PROGRAM "koffload_disp"

enum koffload_dispatch {
	KOFFLOAD_DISPATCH_SLOTS = 16,
	/* A server's sockets on its port: worker threads that each bind
	 * their own (SO_REUSEPORT). */
	KOFFLOAD_DISPATCH_SOCKS = 8,
};

/* kdisp_port.flags */
enum koffload_dispatch_port_flags {
	/* The port may be shared: tail-call only for the datagrams the
	 * kernel would give the server's own socket. */
	KOFFLOAD_DISPATCH_GUARD = 1,
	/* Learn the server's socket from the next lookup. */
	KOFFLOAD_DISPATCH_LEARN = 2,
};

/* kdisp_ports' value (key: the UDP port, network order): its slot. */
struct kdisp_port {
	__u32 slot;
	__u32 flags;		/* enum koffload_dispatch_port_flags */
};

/* kdisp_owners' value: a slot's server. */
struct kdisp_owner {
	__u32 prog_id;		/* the server's program, 0: never taken */
	__u32 pid;		/* the server's process */
	__u64 orphaned;		/* datagrams for the slot once emptied */
	__u64 sock[KOFFLOAD_DISPATCH_SOCKS]; /* the server's sockets (GUARD),
					     * 0: none */
};

KOFFLOAD_ABI_ASSERT(sizeof(struct kdisp_port) == 8, "kdisp_port size");
KOFFLOAD_ABI_ASSERT(offsetof(struct kdisp_owner, orphaned) == 8, "orphaned");
KOFFLOAD_ABI_ASSERT(offsetof(struct kdisp_owner, sock) == 16, "sock");
KOFFLOAD_ABI_ASSERT(sizeof(struct kdisp_owner) == 80, "kdisp_owner size");

/* ---- koffload_log: the requests' log records ------------------------------
 *
 * A BPF ring buffer (KOFFLOAD_LOG_MAP, in `.maps`) the offload writes one
 * record to per kernel-handled request that called a log function
 * (printf, fputs to stdout or stderr, ...: lib/Support/LogRecords.h): a
 * batch of entries, reserved before the request commits, submitted at the
 * commit, discarded when it falls back. The runtime (runtime/rt/
 * koffload-log.c) replays each entry through the split program's replay
 * function for its site, which makes the original call from the entry's
 * fields (their offsets are the compiler's: the replay knows them).
 */
#define KOFFLOAD_LOG_MAP "koffload_log"

struct koffload_log_batch {
	__u32 bytes;		/* of the entries that follow */
	__u32 count;		/* entries */
	/* then the entries */
};

struct koffload_log_entry {
	__u32 site;		/* the replay table's index */
	__u32 size;		/* this entry's bytes, a multiple of 8 */
	/* then the fields */
};

/* The split program's replay of one site: the entry. */
typedef void (*koffload_log_replay)(const struct koffload_log_entry *entry);

KOFFLOAD_ABI_ASSERT(sizeof(struct koffload_log_batch) == 8, "log batch");
KOFFLOAD_ABI_ASSERT(sizeof(struct koffload_log_entry) == 8, "log entry");

/* ---- koffload_heap: the program's heap, shared -----------------------------
 *
 * A split program whose requests read memory through pointers it keeps in
 * shared state (a table calloc'd at start-up, a chain of malloc'd nodes)
 * allocates those objects from one BPF array map with BPF_F_MMAPABLE
 * (KOFFLOAD_HEAP_MAP), which the runtime creates at the program's first
 * such allocation and maps once: runtime/rt/koffload-heap.c.  Each map
 * value is a chunk of KOFFLOAD_HEAP_CHUNK bytes (the most the kernel gives
 * one array value), the chunks lie one after another in the mapping, so an
 * object is at the same address for the program as before.  Pointers keep
 * their userspace values on both sides: the offload translates each
 * address it dereferences, address - koffload_heap_base, into the chunk
 * (address - base) >> KOFFLOAD_HEAP_CHUNK_SHIFT at offset
 * (address - base) & (KOFFLOAD_HEAP_CHUNK - 1), and an access that is not
 * inside one chunk falls back (lib/Kernel/BPFHeapAccesses.cpp).  Until the
 * runtime writes the base (a __u64, KOFFLOAD_HEAP_BASE_GLOBAL, `.bss`),
 * it is 0 and every such request falls back.
 */
#define KOFFLOAD_HEAP_MAP "koffload_heap"
#define KOFFLOAD_HEAP_BASE_GLOBAL "koffload_heap_base"
#define KOFFLOAD_HEAP_CHUNK_SHIFT 22
#define KOFFLOAD_HEAP_CHUNK (1u << KOFFLOAD_HEAP_CHUNK_SHIFT)

/* ---- TCP: the sk_skb offload of a stream server ---------------------------
 *
 * docs/tcp-mechanism.md says why it is built this way.  A TCP offload is
 * two programs on one SOCKHASH (KOFFLOAD_TCP_SOCKS, keyed by socket
 * cookie): the stream verdict KOFFLOAD_TCP_VERDICT_NAME, which runs the
 * request path on each skb of a joined connection and never changes its
 * length (it stages the reply in the connection's ticket ring, marks the
 * skb's first byte KOFFLOAD_TCP_MARK and redirects it to the socket's own
 * egress), and the sk_msg program KOFFLOAD_TCP_MSG_NAME, which swaps each
 * marked message for its ticket's reply.  The runtime joins each socket
 * accepted on the offloaded listening socket (runtime/rt/koffload-tcp.c):
 * a slot of KOFFLOAD_TCP_CONNS (an mmap'd array of struct
 * koffload_tcp_conn), the cookie -> slot entry of KOFFLOAD_TCP_SLOTS, the
 * socket's slot in its KOFFLOAD_TCP_SK storage (sk_msg cannot read a
 * cookie), then the SOCKHASH.
 *
 * Order on a connection: the verdict answers only while passed == done,
 * userspace holding no request bytes it has not answered; userspace waits
 * for queued == sent (the kernel's replies written) before it writes.
 */
#define KOFFLOAD_TCP_VERDICT_NAME "koffload_sk_skb"
#define KOFFLOAD_TCP_MSG_NAME "koffload_sk_msg"
#define KOFFLOAD_TCP_SOCKS "koffload_tcp_socks"
#define KOFFLOAD_TCP_SLOTS "koffload_tcp_slots"
#define KOFFLOAD_TCP_SK "koffload_tcp_sk"
#define KOFFLOAD_TCP_CONNS "koffload_tcp_conns"
#define KOFFLOAD_TCP_TICKETS "koffload_tcp_tickets"
#define KOFFLOAD_TCP_MAX_CONNS 1024	/* joined at once; more: userspace */
#define KOFFLOAD_TCP_IN_FLIGHT 4	/* kernel replies queued per connection */
#define KOFFLOAD_TCP_MARK 0x01

struct koffload_tcp_conn {
	__u64 cookie;	/* the socket's; 0: a free slot (runtime writes) */
	__u64 passed;	/* request bytes the verdict passed to userspace */
	__u64 done;	/* of those, read and answered by userspace */
	__u32 queued;	/* replies the verdict redirected */
	__u32 sent;	/* of those, written by sk_msg */
	__u32 index;	/* this slot's index (runtime writes) */
	/* Not 0 once the runtime saw the connection's receive queue empty
	 * after it joined: until then the verdict passes everything (a
	 * redirect of bytes that came before the join, run by the first read
	 * after it, leaves phantom readable bytes: docs/tcp-mechanism.md). */
	__u32 ready;
	__u32 pad[6];
};

KOFFLOAD_ABI_ASSERT(sizeof(struct koffload_tcp_conn) == 64, "tcp conn");

/* A staged reply: its length, then its bytes (at most the program's
 * largest reply, KOFFLOAD_TCP_REPLY_MAX). */
#define KOFFLOAD_TCP_REPLY_MAX 2048

struct koffload_tcp_ticket {
	__u32 len;
	__u32 pad;
	__u8 data[KOFFLOAD_TCP_REPLY_MAX];
};

#endif /* KOFFLOAD_ABI_H */
