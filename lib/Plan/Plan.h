//===- Plan.h - The offload plan --------------------------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The planner decides what to offload and whether it pays: for each group
// of request arrivals (the receives on one socket under one event loop), the
// hot feasible paths of the request path become the offload candidate, and
// the expected fraction of requests answered in the kernel (ω, from a PGO
// profile or static estimates) is weighed against the offload's relative
// cost (ρ, CostModel.h). This header is also the umbrella of the stages.
//
// The planning stages are module analyses, each asking the one before for
// its result, each with a printer (docs/architecture.md):
//   PrepareAnalysis      Prepare.h         the working copy
//   RequestPathAnalysis  RequestPaths.h    print<koffload-request-paths>
//   FeasibilityAnalysis  PathFeasibility.h print<koffload-feasibility>
//   FastPathAnalysis     FastPath.h        print<koffload-fast-path>
//   SharedStateAnalysis  SharedState.h     print<koffload-shared-state>
//   PlanAnalysis         this file         print<koffload-plan>
// This stage takes the decision only — the hook, the benefit, offload or
// not — and assembles the Candidates the generators read. Its JSON report
// is written by PlanJSON.cpp, its remarks by PlanRemarks.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_PLAN_H
#define KOFFLOAD_PLAN_PLAN_H

#include "Landmarks/Landmarks.h"
#include "Plan/CostModel.h"
#include "Plan/FastPath.h"
#include "Plan/Feasibility.h"
#include "Plan/PathFeasibility.h"
#include "Plan/Prepare.h"
#include "Plan/RequestPaths.h"
#include "Plan/SharedState.h"
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
  /// The threads that run the event loop, when the program starts them
  /// ("std::thread at server.cc:120 runs ..."); empty for one loop.
  std::string Threads;
  /// The globals whose pointers the fast path follows into the heap
  /// ("'table'"): the split then shares the program's heap with the
  /// offload (Plan/HeapRoots.h).
  std::vector<std::string> Heap;
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

/// Registers the planning stages before PlanAnalysis (which takes the cost
/// file, and is registered by its user) with \p MAM.
void registerPlanStages(llvm::ModuleAnalysisManager &MAM,
                        PlanLimits Limits = {});

/// Emits the plan as remarks, each under the pass name of the stage that
/// found it (Support/Remarks.h): Passed (offloaded, with ω, ρ, saving),
/// Missed (blockers, and candidates that do not pay), Analysis (details).
void emitPlanRemarks(const OffloadPlan &Plan);

/// `koffload-remarks`: emits the plan's remarks (printers only print).
class PlanRemarksPass : public llvm::PassInfoMixin<PlanRemarksPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

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
