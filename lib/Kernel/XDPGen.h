//===- XDPGen.h - Generate the XDP offload of a candidate ------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Turns a planned UDP candidate into a BPF module with one XDP program,
// `koffload_xdp`: it parses Ethernet/IPv4/UDP, lets through everything that
// is not addressed to the server's port (XDP_PASS, untouched), copies the
// payload into per-CPU scratch memory where the request path expects its
// receive buffer, runs the request path cloned from the working copy, and
// ends it the way the original would: a reply rewrites the packet in place
// and returns XDP_TX, a request consumed without a reply is XDP_DROP, and
// every fallback exit returns XDP_PASS with the packet unmodified (the
// reply is built only at the end, from a snapshot taken at the send).
//
// What it does not generate yet is refused with a reason, and the program
// stays userspace-only: IPv6, several receive sites, stores to shared state
// on the fast path, libc calls outside the bounded subset (memcmp, memcpy,
// memset, and what the BPF libc implements: BPFLibc.h), values computed
// before the receive.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_XDPGEN_H
#define KOFFLOAD_KERNEL_XDPGEN_H

#include "llvm/Support/Error.h"
#include <memory>
#include <string>

namespace llvm {
class Module;
} // namespace llvm

namespace koffload {

struct OffloadSpec;

/// Limits of the generated program.
struct XDPLimits {
  unsigned MaxCPUs = 128;      ///< per-CPU scratch slots; more CPUs pass
  unsigned MaxReply = 1472;    ///< one Ethernet frame of UDP payload
  unsigned LoopCap = 1024;     ///< trip cap of loops SCEV cannot bound
  /// Which of those loops run on the kernel's open-coded iterator
  /// (bpf_iter_num): the verifier then checks one trip instead of every
  /// trip, for a few nanoseconds per trip (a kfunc call and the laundered
  /// values).
  enum class Iterate {
    None,      ///< trip counters only
    LongLoops, ///< loops SCEV cannot bound to ShortLoop trips
    AllLoops,
  } Iterators = Iterate::None;
  /// Loops of at most this many trips (by SCEV) stay on trip counters
  /// under Iterate::LongLoops: the verifier walks them cheaply.
  unsigned ShortLoop = 64;
  /// The BPF libc's bitcode (-koffload-bpf-libc); empty: found next to the
  /// plugin or in the build tree (see BPFLibc.h).
  std::string LibcBitcode;
};

/// The name of the XDP program in the generated object.
inline constexpr const char *XDPProgramName = "koffload_xdp";

/// The global (in `.bss`) through which the runtime tells the program what
/// the compiler could not know: the service's port, when the bind's is not
/// a compile-time constant, and the addresses it answers for, unless it is
/// bound to a constant address (a wildcard bind gets only datagrams for the
/// host's own addresses: the offload must not answer for other hosts or a
/// subnet's broadcast address). Layout, addresses and port in network byte
/// order, 40 bytes:
///   bytes 0-1   UDP port; 0: not configured yet, every packet passes
///               (ignored when the port is a compile-time constant)
///   bytes 4-7   flags (u32, ServiceLazyChecksums)
///   bytes 8-23  the address (IPv4: bytes 8-11)
///   bytes 24-39 its mask (IPv4: bytes 24-27); all zero: any destination
/// A packet is the service's when (destination & mask) == address. One
/// address: packets to the host's other addresses pass to userspace, which
/// answers them.
/// The program reads it on every packet, so it may be set before loading or
/// written later through the mmap'd map.
inline constexpr const char *ServiceGlobalName = "koffload_service";
enum : unsigned {
  ServicePortOffset = 0,
  ServiceFlagsOffset = 4,
  ServiceAddrOffset = 8,
  ServiceMaskOffset = 24,
  ServiceSize = 40,
};
/// Flags. ServiceLazyChecksums: the interface is a veth, whose peers leave
/// UDP checksums partial (tx checksum offload, the default: the field holds
/// the folded pseudo-header sum, not complemented, and the receiving stack
/// trusts the skb). The program then also takes that form as a right
/// checksum; on other interfaces only a right checksum (or 0 over IPv4) is.
/// ServiceGenericXDP: the program runs as generic XDP, whose XDP_TX sends
/// the request's own skb, still marked partial: a reply to a partial request
/// then carries the partial form too (a device that completes checksums on
/// the way would turn a zero or whole one into a wrong one).
enum : unsigned { ServiceLazyChecksums = 1, ServiceGenericXDP = 2 };

/// Per-CPU counters (`.bss`, u64 [MaxCPUs][StatCount]) of the requests
/// that reached the service (its port and address, headers valid): answered
/// in the kernel (XDP_TX), consumed without a reply (XDP_DROP), and fallen
/// back to userspace (XDP_PASS); of the fallbacks, those that took the
/// program's own slow path (a branch out of the offloaded path) and those
/// that found a record held by another writer. Apart from these, datagrams
/// to the service whose UDP checksum is wrong: passed (the stack drops
/// them), and no request, so not a fallback (ω, docs/adaptive.md, leaves
/// them out). Traffic that is not the service's is not counted. The runtime
/// sums the rows.
inline constexpr const char *StatsGlobalName = "koffload_stats";
enum : unsigned {
  StatAnswered = 0,
  StatDropped = 1,
  StatFallback = 2,
  StatFallbackPath = 3, ///< of StatFallback: the program's slow path
  StatFallbackBusy = 4, ///< of StatFallback: a record held elsewhere
  StatBadChecksum = 5,  ///< not a request: a wrong UDP checksum
  StatCount = 8,        ///< a row, two slots spare
};

/// The runtime's switch (`.bss`, 64 bytes on a cache line of its own, which
/// the kernel only reads): while the word at ControlPassOffset is not 0,
/// the program's first instructions pass every packet untouched, so that an
/// offload that does not pay costs one load per packet (runtime/rt,
/// docs/adaptive.md). The rest is the runtime's, for koffload-stats to read
/// from outside: its controller's state, the number of switches, and the
/// last ω and the ρ it compares with, in millionths.
inline constexpr const char *ControlGlobalName = "koffload_control";
enum : unsigned {
  ControlPassOffset = 0,     ///< u32: not 0: pass everything
  ControlStateOffset = 4,    ///< u32: the runtime's controller state
  ControlSwitchesOffset = 8, ///< u64: on/pass-through switches so far
  ControlOmegaOffset = 16,   ///< u32: ω of the last window, in millionths
                             ///< (all ones: not measured yet)
  ControlRhoOffset = 20,     ///< u32: ρ, in millionths
  ControlSize = 64,
};

/// Builds the BPF module for \p Spec (in the working copy's context, with
/// Spec.Limits; OffloadSpec.h), or says why it cannot.
llvm::Expected<std::unique_ptr<llvm::Module>>
generateXDPModule(const OffloadSpec &Spec);

} // namespace koffload

#endif // KOFFLOAD_KERNEL_XDPGEN_H
