//===- Plan.h - The offload plan --------------------------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The planner decides what to offload and whether it pays. For each group of
// request arrivals (the receives on one socket under one event loop) it
// builds the request path — from the receive back to the loop head, with the
// handler functions inlined into a working copy of the program — classifies
// every instruction on it (Feasibility.h), keeps the hot feasible paths as
// the offload candidate, turns the edges leaving it into fallback exits
// (restart semantics), decides for each effect whether it is deferred to the
// commit point or the exit is checked before it, classifies the shared
// globals by the synchronization they need, chooses the hook, and weighs the
// expected fraction of requests answered in the kernel (ω, from a PGO profile
// or static estimates) against the offload's relative cost (ρ, CostModel.h).
//
// The working copy differs from the program in ways the kernel side relies
// on: calls through constant function tables are switches over direct calls
// (and inlined), inner loops are rotated, and the receive's result is taken
// to be in [1, buffer size] (llvm.assume, comparisons folded) — so the
// offload must pass empty datagrams to userspace before its fast path.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_PLAN_H
#define KOFFLOAD_PLAN_PLAN_H

#include "Landmarks/Landmarks.h"
#include "Plan/CostModel.h"
#include "Plan/Feasibility.h"
#include "Support/Remarks.h"

#include "llvm/IR/DebugLoc.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Support/JSON.h"

#include <memory>
#include <string>
#include <vector>

namespace llvm {
class BasicBlock;
class CallBase;
class Function;
class Module;
class raw_ostream;
} // namespace llvm

namespace koffload {

/// Limits of the working copy's inlining: a request path larger than this
/// keeps calls, which block the offload (InlineBudget).
struct PlanLimits {
  unsigned MaxCalleeInstructions = 2000; ///< one callee
  unsigned MaxInlinedInstructions = 8000; ///< all callees of one loop
  unsigned MaxInlineDepth = 12;
  unsigned DefaultLoopCap = 1024; ///< cap for loops SCEV cannot bound
};

struct BlockerSite {
  Blocker Reason;
  std::string Detail;
  llvm::DebugLoc Loc;
  const llvm::Instruction *At = nullptr; ///< in the working copy
  double Reach = 0; ///< fraction of requests that get there
};

struct BoundedUse {
  KernelForm Form;
  std::string Detail;
  llvm::DebugLoc Loc;
};

struct LoopBound {
  llvm::DebugLoc Loc;
  unsigned MaxTrips = 0; ///< from SCEV; 0 when capped
  unsigned Cap = 0;      ///< the trip cap whose overflow falls back
};

struct FallbackExit {
  const llvm::Instruction *At = nullptr; ///< the branch, in the working copy
  llvm::DebugLoc Loc;
  std::string Leadsto; ///< the blocker it avoids, e.g. "BlockingIO fopen"
  llvm::DebugLoc BlockerLoc;
  double Probability = 0; ///< fraction of requests taking it
};

/// How the offload keeps an effect from being applied twice when the
/// request falls back after it (DESIGN-NOTES §5, restart semantics).
enum class EffectHandling {
  /// The old value is kept and restored on the way to userspace
  /// (lib/Kernel/UndoLog.h).
  UndoneOnFallback,
};
llvm::StringRef effectHandlingName(EffectHandling H);

/// Where the offload may hand a request to userspace besides the
/// program's own slow paths (the fallback exits): the checks the generator
/// adds.
struct FallbackPoint {
  std::string Kind; ///< loop-cap, libc-cap, record-busy, reply
  llvm::DebugLoc Loc;
  std::string Detail;
};

struct Effect {
  const llvm::Instruction *At = nullptr;
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
  bool UserReads = false, UserWrites = false;       ///< in the loop, not fast path
  bool StartupWrites = false;                       ///< before the loop
  double KernelAccessesPerRequest = 0;
  double UserAccessesPerRequest = 0;
  SyncNeed Need = SyncNeed::ReadOnly;
  std::string Why;
};

/// A block of the request path, for the report's control-flow graph.
struct PathBlock {
  std::vector<std::string> Lines; ///< "file:line", first appearance order
  bool Kernel = false;            ///< on the fast path
  std::string Blocker;            ///< the first blocker in it, if any
  double Reach = 0;               ///< fraction of requests that get here
};
/// An edge of the request path; To is a PathBlock index, or one of these.
struct PathEdge {
  static constexpr int RequestDone = -1; ///< reply, drop or next request
  static constexpr int LeavesPath = -2;  ///< out of the event loop
  int From = 0, To = 0;
  double Probability = 0;
};

struct Candidate {
  unsigned Id = 0;
  unsigned Socket = 0;
  Transport Kind = Transport::Unknown;
  std::optional<uint16_t> Port;
  unsigned Loop = 0;
  const llvm::Instruction *ArrivalAt = nullptr; ///< in the working copy
  std::vector<llvm::DebugLoc> Arrivals;
  std::vector<llvm::DebugLoc> Replies;
  Hook H = Hook::XDP;
  std::string HookReason;
  double Omega = 0;
  FastPathWork Work;
  Benefit Result;
  std::string Decision; ///< one line: why offload or not
  std::vector<BlockerSite> Blockers;
  std::vector<BoundedUse> Bounded;
  std::vector<LoopBound> Loops;
  std::vector<FallbackExit> Exits;
  std::vector<Effect> Effects;
  std::vector<FallbackPoint> FallbackPoints;
  std::vector<SharedGlobal> Shared;
  /// Source lines of the fast path, and of the request path kept in
  /// userspace; "file:line".
  std::vector<std::string> KernelLines, UserLines;
  /// The request path's blocks (reverse post-order) and edges.
  std::vector<PathBlock> PathBlocks;
  std::vector<PathEdge> PathEdges;
  bool offloaded() const { return Result.Offload; }

  /// The request path in the working copy, for the code generators.
  llvm::Function *WorkFunction = nullptr;
  std::vector<llvm::BasicBlock *> KernelBlocks; ///< the candidate, in RPO
  std::vector<llvm::BasicBlock *> EntryBlocks;  ///< right after each receive
  std::vector<llvm::CallBase *> ArrivalCalls;
  std::vector<llvm::CallBase *> ReplyCalls;     ///< replies on the fast path
  /// Successors of kernel blocks where the request is done.
  std::vector<llvm::BasicBlock *> EndTargets;
};

class OffloadPlan {
public:
  std::vector<Candidate> Candidates;
  std::vector<Finding> Findings;
  bool UsedProfile = false;
  std::string CostSource;
  /// The working copy the request paths were built in (handlers inlined).
  /// Kept alive because blocker sites point into it.
  std::shared_ptr<llvm::Module> Working;

  unsigned offloadedCount() const;
  void print(llvm::raw_ostream &OS, const llvm::Module &M) const;
  llvm::json::Value toJSON(const llvm::Module &M) const;

  bool invalidate(llvm::Module &, const llvm::PreservedAnalyses &PA,
                  llvm::ModuleAnalysisManager::Invalidator &);
};

/// Builds the plan. Needs the landmark analysis.
class PlanAnalysis : public llvm::AnalysisInfoMixin<PlanAnalysis> {
  friend llvm::AnalysisInfoMixin<PlanAnalysis>;
  static llvm::AnalysisKey Key;
  std::shared_ptr<const CostFile> Costs;
  std::string CostError;
  PlanLimits Limits;

public:
  using Result = OffloadPlan;
  /// \p CostError, when set, says why the user's cost file could not be
  /// used; it is reported as an error diagnostic and the defaults are used.
  explicit PlanAnalysis(std::shared_ptr<const CostFile> Costs = nullptr,
                        std::string CostError = "", PlanLimits Limits = {})
      : Costs(std::move(Costs)), CostError(std::move(CostError)),
        Limits(Limits) {}
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &MAM);
};

/// Emits the plan as remarks: Passed (offloaded, with ω, ρ, saving), Missed
/// (blockers, and candidates that do not pay), Analysis (details).
void emitPlanRemarks(const OffloadPlan &Plan);

/// `print<koffload-plan>`.
class PlanPrinterPass : public llvm::PassInfoMixin<PlanPrinterPass> {
  llvm::raw_ostream &OS;

public:
  explicit PlanPrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

} // namespace koffload

#endif // KOFFLOAD_PLAN_PLAN_H
