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

#include "koffload/abi.h"

#include "llvm/Support/Error.h"
#include <cstddef>
#include <cstdint>
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

// The contract with the runtime: the globals' names and layouts are
// defined once, in C, in runtime/include/koffload/abi.h (where each is
// described); the generator uses them under these names.

/// The name of the XDP program in the generated object.
inline constexpr const char *XDPProgramName = KOFFLOAD_PROGRAM_NAME;

/// The global (in `.bss`) through which the runtime tells the program what
/// the compiler could not know: the service's port and the addresses it
/// answers for (struct koffload_service). The program reads it on every
/// packet.
inline constexpr const char *ServiceGlobalName = KOFFLOAD_SERVICE_GLOBAL;
enum : unsigned {
  ServicePortOffset = offsetof(koffload_service, port),
  ServiceFlagsOffset = offsetof(koffload_service, flags),
  ServiceAddrOffset = offsetof(koffload_service, addr),
  ServiceMaskOffset = offsetof(koffload_service, mask),
  ServicePeerOffset = offsetof(koffload_service, peer),
  ServicePeerPortOffset = offsetof(koffload_service, peer_port),
  ServiceSize = sizeof(koffload_service),
};
/// Flags (enum koffload_service_flags): partial UDP checksums on a veth,
/// generic XDP, and the socket's family as bound.
enum : unsigned {
  ServiceLazyChecksums = KOFFLOAD_SERVICE_LAZY_CHECKSUMS,
  ServiceGenericXDP = KOFFLOAD_SERVICE_GENERIC_XDP,
  ServiceBoundInet = KOFFLOAD_SERVICE_BOUND_INET,
  ServiceBoundInet6 = KOFFLOAD_SERVICE_BOUND_INET6,
};

/// Per-CPU counters (`.bss`, u64 [MaxCPUs][StatCount]) of the requests
/// that reached the service (enum koffload_stat); the runtime sums the
/// rows.
inline constexpr const char *StatsGlobalName = KOFFLOAD_STATS_GLOBAL;
enum : unsigned {
  StatAnswered = KOFFLOAD_STAT_ANSWERED,
  StatDropped = KOFFLOAD_STAT_DROPPED,
  StatFallback = KOFFLOAD_STAT_FALLBACK,
  StatFallbackPath = KOFFLOAD_STAT_FALLBACK_PATH, ///< of StatFallback
  StatFallbackBusy = KOFFLOAD_STAT_FALLBACK_BUSY, ///< of StatFallback
  StatBadChecksum = KOFFLOAD_STAT_BAD_CHECKSUM,   ///< not a request
  StatCount = KOFFLOAD_STAT_ROW,                  ///< a row
};

/// The runtime's switch (`.bss`, on a cache line of its own, which the
/// kernel only reads; struct koffload_control): while the word at
/// ControlPassOffset is not 0, the program's first instructions pass every
/// packet untouched.
inline constexpr const char *ControlGlobalName = KOFFLOAD_CONTROL_GLOBAL;
enum : unsigned {
  ControlPassOffset = offsetof(koffload_control, pass),
  ControlStateOffset = offsetof(koffload_control, state),
  ControlSwitchesOffset = offsetof(koffload_control, switches),
  ControlOmegaOffset = offsetof(koffload_control, omega),
  ControlRhoOffset = offsetof(koffload_control, rho),
  ControlSize = sizeof(koffload_control),
};

/// The wall clock's offset from TAI (`.data`, struct koffload_clock),
/// which the runtime publishes; ClockUnset until it has.
inline constexpr const char *ClockGlobalName = KOFFLOAD_CLOCK_GLOBAL;
inline constexpr int64_t ClockUnset = KOFFLOAD_CLOCK_UNSET;

/// The record protocol's sequence word of a record global: this prefix
/// and the global's name (enum koffload_seq).
inline constexpr const char *RecordSeqPrefix = KOFFLOAD_SEQ_PREFIX;

/// Builds the BPF module for \p Spec (in the working copy's context, with
/// Spec.Limits; OffloadSpec.h), or says why it cannot.
llvm::Expected<std::unique_ptr<llvm::Module>>
generateXDPModule(const OffloadSpec &Spec);

} // namespace koffload

#endif // KOFFLOAD_KERNEL_XDPGEN_H
