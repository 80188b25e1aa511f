//===- SharedState.h - Planning stage 5: state and effects ------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The fifth planning stage works out what the offload shares with userspace
// and what it must be able to take back.
//
// Input: the request paths (RequestPathAnalysis), their loop caps and
// bounded libc calls (FeasibilityAnalysis), their fast paths
// (FastPathAnalysis), the landmarks and the working copy (PrepareAnalysis).
// Output: SharedStates — per request path: the shared globals (those the
// fast path touches), who reads and writes them (kernel, the userspace
// loop, start-up) and the synchronisation each needs (read-only data set
// at load, plain word stores, atomic read-modify-write, a seqlock record
// protocol); the fallback points the generator adds besides the program's
// own slow paths (loop caps, BPF libc caps, undo room, the reply, a busy
// record); and the effects — each write to shared state on the fast path,
// kept and restored if the request falls back after it (restart semantics,
// DESIGN-NOTES §5).
//
// `print<koffload-shared-state>` prints the globals, fallback points and
// effects of each path.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_SHAREDSTATE_H
#define KOFFLOAD_PLAN_SHAREDSTATE_H

#include "Plan/FastPath.h"

#include "llvm/IR/DebugLoc.h"
#include "llvm/IR/PassManager.h"

#include <string>
#include <vector>

namespace koffload {

/// How the offload keeps an effect from being applied twice when the
/// request falls back after it (DESIGN-NOTES §5, restart semantics).
enum class EffectHandling {
  /// The old value is kept and restored on the way to userspace
  /// (lib/Kernel/UndoLog.h).
  UndoneOnFallback,
  /// A write no save can undo (a compare-and-exchange, an atomic exchange
  /// or bit operation) with no fallback point after it: it commits where
  /// it is.
  CommittedInPlace,
  /// A write no save can undo, and the request may still fall back after
  /// it: userspace would apply it again. The path is kept in userspace.
  CannotUndo,
};
llvm::StringRef effectHandlingName(EffectHandling H);

/// Where the offload may hand a request to userspace besides the
/// program's own slow paths (the fallback exits): the checks the generator
/// adds.
struct FallbackPoint {
  /// loop-cap, libc-cap, undo-room, record-busy, reply, reply-room
  std::string Kind;
  llvm::DebugLoc Loc;
  std::string Detail;
  /// Where the check is, in the working copy; null when it may be taken
  /// anywhere on the fast path (a record read: at the end).
  const llvm::Instruction *At = nullptr;
  /// Checked in the program's prologue, before the path's first write (a
  /// record the path writes is taken there; the reply's room, reply-room):
  /// no effect can precede it.
  bool BeforePath = false;
};

struct Effect {
  const llvm::Instruction *At = nullptr;
  /// "store" for the writes a save can undo; else what the write is
  /// ("compare-and-exchange", "atomic xchg").
  std::string What = "store";
  std::string Target; ///< the global written
  llvm::DebugLoc Loc;
  EffectHandling Handling;
  std::string Why;
};

enum class SyncNeed {
  ReadOnlyAfterStartup, ///< becomes read-only data set at load
  ReadOnly,             ///< read on both sides, written by neither in the loop
  PlainWord,            ///< single-word stores only: naturally atomic
  AtomicRMW,            ///< read-modify-write on both sides
  RecordProtocol,       ///< multi-word records: seqlock
};
llvm::StringRef syncNeedName(SyncNeed S);

struct SharedGlobal {
  std::string Name;
  uint64_t Size = 0;
  bool KernelReads = false, KernelWrites = false;
  bool UserReads = false, UserWrites = false; ///< in the loop, not fast path
  bool StartupWrites = false;                 ///< before the loop
  double KernelAccessesPerRequest = 0;
  double UserAccessesPerRequest = 0;
  SyncNeed Need = SyncNeed::ReadOnly;
  std::string Why;
};

/// The shared state of one request path's fast path.
struct PathSharedState {
  std::vector<SharedGlobal> Shared;
  std::vector<FallbackPoint> FallbackPoints;
  std::vector<Effect> Effects;
};

class SharedStates {
public:
  std::vector<PathSharedState> Paths; ///< one per RequestPaths::Paths entry

  void print(llvm::raw_ostream &OS, const RequestPaths &Requests) const;
  bool invalidate(llvm::Module &M, const llvm::PreservedAnalyses &PA,
                  llvm::ModuleAnalysisManager::Invalidator &Inv);
};

class SharedStateAnalysis
    : public llvm::AnalysisInfoMixin<SharedStateAnalysis> {
  friend llvm::AnalysisInfoMixin<SharedStateAnalysis>;
  static llvm::AnalysisKey Key;

public:
  using Result = SharedStates;
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &MAM);
};

/// `print<koffload-shared-state>`.
class SharedStatePrinterPass
    : public llvm::PassInfoMixin<SharedStatePrinterPass> {
  llvm::raw_ostream &OS;

public:
  explicit SharedStatePrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

} // namespace koffload

#endif // KOFFLOAD_PLAN_SHAREDSTATE_H
