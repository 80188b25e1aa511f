//===- OffloadSpec.h - What to generate for one offload --------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The contract between the plan and the kernel generators: exactly what
// generation needs to know about one offloaded request path, and nothing
// that only the report needs (no decision text, ω, source lines).
//
// The plan's Candidate mixes report text with pointers into the working
// copy; a spec keeps the working copy alive itself (shared_ptr), so a
// generator can be driven without the plan or the landmark analysis that
// built it: KOffloadPass and the `print<koffload-bpf>` pass both build one
// with buildOffloadSpec() and hand it to generateXDPModule() (XDPGen.h).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_OFFLOADSPEC_H
#define KOFFLOAD_KERNEL_OFFLOADSPEC_H

#include "Kernel/XDPGen.h"
#include "Landmarks/Landmarks.h"
#include "Plan/Plan.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class BasicBlock;
class CallBase;
class Function;
class Module;
} // namespace llvm

namespace koffload {

/// A global of the server that the fast path reads or writes, and how the
/// two halves must synchronise on it.
struct SharedGlobalSpec {
  std::string Name; ///< the global's name in the working copy
  bool KernelReads = false, KernelWrites = false;
  SyncNeed Need = SyncNeed::ReadOnly;
};

/// One request path to generate.
struct OffloadSpec {
  /// The module every pointer below points into (the plan's working copy,
  /// handlers inlined); shared so it outlives the plan if need be.
  std::shared_ptr<llvm::Module> Working;
  /// The event loop's function in the working copy.
  llvm::Function *WorkFunction = nullptr;
  std::vector<llvm::BasicBlock *> KernelBlocks; ///< the fast path, in RPO
  std::vector<llvm::BasicBlock *> EntryBlocks;  ///< right after each receive
  std::vector<llvm::CallBase *> ArrivalCalls;   ///< the receives
  std::vector<llvm::CallBase *> ReplyCalls;     ///< sends on the fast path
  /// Successors of fast-path blocks where the request is done (reply sent
  /// or consumed): the generated program's end.
  std::vector<llvm::BasicBlock *> EndTargets;

  /// The socket the requests arrive on.
  Transport Kind = Transport::Unknown;
  AddressFamily Family = AddressFamily::Unknown;
  /// The socket's family is chosen at run time (Socket::Families holds
  /// IPv4 and IPv6): Family is the one generated (IPv4 when possible), and
  /// the program answers only when the runtime says the socket is bound
  /// with it (koffload_service's BOUND_INET/BOUND_INET6 flags).
  bool FamilyAtRunTime = false;
  /// Host-order port, when the bind's is a compile-time constant (else the
  /// runtime writes it into koffload_service).
  std::optional<uint16_t> Port;
  /// The address the socket is bound to, in network byte order (IPv4:
  /// the first 4 bytes), when it is a constant that is not the wildcard;
  /// else the runtime writes the host's address into koffload_service.
  std::optional<std::array<uint8_t, 16>> BoundAddress;
  /// The server connect()s the socket (Plan/Connected.h): it receives only
  /// its peer's datagrams, so the program answers only those, from the
  /// peer the runtime writes into koffload_service (none: nothing).
  bool Connected = false;

  /// The server's globals the fast path touches.
  std::vector<SharedGlobalSpec> Shared;

  /// Nonzero when the plan moved the reply's room check before the path's
  /// writes (its reply-room fallback point, Plan/KernelLimits.h:
  /// fixedReplySize): the prologue passes a datagram shorter than this
  /// many bytes to userspace, every reply fits the frame without growing
  /// it, and past the commit nothing falls back.
  uint64_t ReplyRoom = 0;

  /// Limits of the generated program (scratch, reply size, loop forms).
  XDPLimits Limits;
};

/// The spec of \p C, a candidate of \p Plan (which owns the working copy),
/// whose socket and bindings \p Info describes. Refuses (Support/Refusal.h)
/// a candidate without a request path.
llvm::Expected<OffloadSpec> buildOffloadSpec(const OffloadPlan &Plan,
                                             const Candidate &C,
                                             const LandmarkInfo &Info,
                                             const XDPLimits &Limits = {});

} // namespace koffload

#endif // KOFFLOAD_KERNEL_OFFLOADSPEC_H
