//===- KernelLimits.h - Paths the generator cannot produce ------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The path-level refusals of the XDP generator (Kernel/XDPGen.cpp:
// checkSupported, messageOf, layOutScratch, emitReplySnapshot), decided
// from the request path's calls before generation, so the planner can call
// them blockers instead of computing omega and the saving for a path the
// generator then refuses. Each check is one function over the socket and the
// path's arrival and reply calls (socket calls decoded by
// Landmarks/SocketCalls.h) and returns the sites that block, with the
// generator's reason; an empty result means the generator would not refuse
// for that reason. The per-instruction refusals the planner predicts are in
// Feasibility.cpp; docs/architecture.md has the whole catalog.
//
// The checks are static where the generator's are path-sensitive (it takes
// the value last stored before the call on the path): a msghdr field must
// hold the one accepted value at every store, so a check may block a path
// the generator would have accepted, never the other way round.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_KERNELLIMITS_H
#define KOFFLOAD_PLAN_KERNELLIMITS_H

#include "Plan/Feasibility.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace llvm {
class AtomicCmpXchgInst;
class BasicBlock;
class CallBase;
class GlobalVariable;
class Instruction;
class Value;
} // namespace llvm

namespace koffload {

struct Socket;

/// A place on the request path the generator would refuse, and why.
struct KernelLimitSite {
  Blocker Reason = Blocker::NotGenerated;
  std::string Detail; ///< the generator's reason, in its words
  const llvm::Instruction *At = nullptr;
};

using KernelLimitSites = llvm::SmallVector<KernelLimitSite, 2>;

/// Only UDP over IPv4 or IPv6 is generated (XDP). \p At: the arrival.
KernelLimitSites checkSocketLimits(const Socket &S,
                                   const llvm::Instruction *At);

/// One receive site, reached from one entry block.
KernelLimitSites
checkReceiveSites(llvm::ArrayRef<const llvm::CallBase *> Arrivals,
                  unsigned EntryBlocks);

/// The socket calls the generator reads and writes packets with (recv,
/// recvfrom, recvmsg; sendto, sendmsg), and for recvmsg/sendmsg a local
/// msghdr with one local iovec and no control messages.
KernelLimitSites checkMessageCall(const llvm::CallBase &CB);

/// The constant globals (string literals, const tables) a reply's buffer
/// \p P points into, at a constant or run-time offset, through selects,
/// phis and loads from a constant table of such pointers; empty unless
/// every value P may take is in one of them (at most 16). The generator
/// copies a reply from them (XDPClone.cpp: emitConstantReply), so both
/// sides decide with this one function.
llvm::SmallVector<const llvm::GlobalVariable *, 4>
constantReplySources(const llvm::Value *P);

/// The receive buffer is the start of a local; a reply's buffer is, or
/// points into constant data (constantReplySources).
KernelLimitSites checkBuffers(const llvm::CallBase &Arrival,
                              llvm::ArrayRef<const llvm::CallBase *> Replies);

/// IPv6: the source address buffer holds a sockaddr_in6, and one send site
/// (the UDP checksum is computed from one buffer).
KernelLimitSites checkIPv6(const Socket &S, const llvm::CallBase &Arrival,
                           llvm::ArrayRef<const llvm::CallBase *> Replies);

/// The longest reply of \p Replies when each is a sendto (or send) of a
/// constant length from a whole local at least that large, and no longer
/// than \p MaxReply (XDPLimits::MaxReply): the generator's size check at
/// the send (reply.fits) then always holds, and a datagram of at least
/// that many bytes leaves its frame room for any of them, so the reply
/// cannot fall back once the datagram's length is checked. None otherwise
/// (a sendmsg, a length known only at run time, no reply). The planner
/// decides with it whether that check can come before a write no save can
/// undo (Plan/SharedState.cpp), the spec carries the size
/// (OffloadSpec::ReplyRoom) and the generator checks it in the prologue.
std::optional<uint64_t>
fixedReplySize(llvm::ArrayRef<const llvm::CallBase *> Replies,
               uint64_t MaxReply = 1472);

/// The CFG edges on which the compare-and-exchange \p CX is known to have
/// failed, and so to have written nothing: the false edge of a branch on
/// its success flag (or on its old value compared with the expected one,
/// through the casts and negations clang emits), the edges of a switch on
/// its old value to cases other than the expected value's. Empty when
/// the exchange may run again before the branch (it is in a cycle that
/// does not pass a block \p EndsRequest accepts: the next request). The
/// planner (Plan/SharedState.cpp) and the undo log (Kernel/UndoLog.cpp)
/// both leave these edges out when they ask whether a fallback can follow
/// the exchange's write.
llvm::SmallVector<std::pair<const llvm::BasicBlock *, const llvm::BasicBlock *>,
                  4>
failedExchangeEdges(
    const llvm::AtomicCmpXchgInst &CX,
    llvm::function_ref<bool(const llvm::BasicBlock *)> EndsRequest = nullptr);

/// Whether an access of \p AccessSize bytes at \p Ptr, a variable offset
/// into \p GV, provably stays inside it: a GEP on the global whose
/// variable indices have known unsigned ranges (an index taken modulo the
/// table's length, masked, or zero-extended from a short type). The
/// generator then clamps the offset for the verifier instead of checking
/// it (Kernel/BPFBoundAccesses.cpp: no fallback), and the planner counts
/// no `bounds` fallback point there (Plan/SharedState.cpp).
bool offsetProvablyWithin(const llvm::Value *Ptr,
                          const llvm::GlobalVariable &GV, uint64_t AccessSize);

/// All of the above, in the generator's order.
KernelLimitSites checkKernelLimits(
    const Socket &S, llvm::ArrayRef<const llvm::CallBase *> Arrivals,
    unsigned EntryBlocks, llvm::ArrayRef<const llvm::CallBase *> Replies);

} // namespace koffload

#endif // KOFFLOAD_PLAN_KERNELLIMITS_H
