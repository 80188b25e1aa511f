//===- Feasibility.h - Can an instruction run under the verifier? -*- C++ -*-=//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Classifies single instructions and calls: runs as is in BPF, runs through
// a bounded BPF equivalent (memcpy, strtoul, ...), or blocks the offload for
// a stable reason. Path-level reasons (several replies, a reply elsewhere, a
// loop with no bound) are decided by the planner but share this taxonomy so
// every report speaks one language.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_FEASIBILITY_H
#define KOFFLOAD_PLAN_FEASIBILITY_H

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace llvm {
class Function;
class Instruction;
} // namespace llvm

namespace koffload {

/// Why something cannot run in the kernel. The names (blockerName) are
/// stable: remarks, reports and tests rely on them.
enum class Blocker {
  BlockingIO,        ///< files, sleeps, DNS, other sockets: a system call
  NoBPFEquivalent,   ///< printf family, malloc/free, ...
  UnknownExternal,   ///< a call to a function koffload knows nothing about
  FloatingPoint,     ///< the BPF backend has no floating point
  IndirectCall,      ///< not devirtualisable from a constant table
  Recursion,         ///< BPF has no recursion
  InlineBudget,      ///< a callee beyond the request path's size budget
  UnboundedLoop,     ///< a loop with no exit: no bound, no cap
  DynamicStack,      ///< alloca of a run-time size
  MultipleReplies,   ///< more than one reply per request
  ReplyElsewhere,    ///< a reply to another address or on another socket
  PointerInSharedState, ///< pointers mean nothing on the other side
  WideIntegerArith,  ///< i128 multiply/divide
  ThreadOrLock,      ///< pthread and lock calls
  InlineAsm,         ///< host assembly
  Exceptions,        ///< invoke, landingpad, resume
  PreArrivalState,   ///< needs a value computed in the loop before recv
  LeavesEventLoop,   ///< the path leaves the event loop (shutdown)
  /// A write to shared state that the offload could not undo if the
  /// request fell back after it (in a loop, a copy of run-time length).
  UnrestorableWrite,
  /// Signed division or remainder by a run-time value: the BPF backend
  /// (at the CPU version koffload targets, v3) has only unsigned ones.
  SignedDivision,
  /// A bounded libc call the BPF libc does not implement (strrchr, the
  /// string copies: Support/KernelModel.cpp), or memcpy and friends
  /// called as functions rather than as LLVM's intrinsics.
  NotInBPFLibc,
  /// A request path the generator does not produce yet (several receive
  /// sites, a msghdr with other than one iovec, IPv6 with several sends:
  /// Plan/KernelLimits.h).
  NotGenerated,
  /// A clock without a BPF helper (CLOCK_MONOTONIC_RAW, a clock chosen at
  /// run time, gettimeofday's timezone): a clock read, not a blocking call.
  UnreadClock,
};

llvm::StringRef blockerName(Blocker B);

/// The offload undoes a write to shared state when the request falls back
/// after it (lib/Kernel/UndoLog.h): single stores and atomic adds outside
/// loops, and fixed-size copies of at most this many bytes.
inline constexpr uint64_t MaxUndoneCopyBytes = 128;
/// One sentence a user can act on.
llvm::StringRef blockerAdvice(Blocker B);

/// How a feasible instruction runs in the kernel, when that is worth
/// reporting.
enum class KernelForm {
  Native,             ///< as is
  BoundedLibc,        ///< a bounded BPF implementation of a libc call
  KernelHelper,       ///< a BPF helper (clock_gettime → bpf_ktime_get_ns)
  DevirtualisedCall,  ///< an indirect call through a constant table
  /// A log call recorded for the runtime to replay (Support/LogRecords.h).
  RecordedCall,
};

struct Classification {
  std::optional<Blocker> Block;
  KernelForm Form = KernelForm::Native;
  std::string Detail; ///< e.g. the callee's name
  bool isFeasible() const { return !Block.has_value(); }
};

/// What the classifier needs to know about the program beyond the
/// instruction: functions in call cycles, and the landmark calls that the
/// planner handles itself (arrivals, replies).
struct FeasibilityContext {
  llvm::SmallPtrSet<const llvm::Function *, 8> Recursive;
  llvm::SmallPtrSet<const llvm::Instruction *, 8> LandmarkCalls;
};

Classification classifyInstruction(const llvm::Instruction &I,
                                   const FeasibilityContext &Ctx);

/// Classifies a call of an external (libc) function by name alone.
Classification classifyLibcCall(llvm::StringRef Name);

} // namespace koffload

#endif // KOFFLOAD_PLAN_FEASIBILITY_H
