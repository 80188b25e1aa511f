//===- PathFeasibility.h - Planning stage 3: blockers on the path -*- C++ -*-=//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The third planning stage decides, block by block, which parts of each
// request path can run in the kernel.
//
// Input: the request paths (RequestPathAnalysis), the working copy's
// refused calls (PrepareAnalysis), ScalarEvolution and LoopInfo from the
// working copy's function analyses, and the per-instruction classifier
// (Feasibility.h).
// Output: PathFeasibility — per request path, the blockers in each block
// (the reason, the source location and the instruction), the uses that run
// in a bounded form (a BPF libc call, a helper, a devirtualised call), and
// the bound of each loop on the path (from SCEV, or a trip cap whose
// overflow falls back).
// The checks, one function each (PathFeasibility.cpp): landmark calls (a
// second receive, file I/O, a reply elsewhere), the instruction classifier
// and the inliner's refusals, writes the offload could not undo, state
// carried from before the receive, more than one reply, and loops.
//
// `print<koffload-feasibility>` prints the blockers, bounded forms and loop
// bounds of each path, by block.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_PATHFEASIBILITY_H
#define KOFFLOAD_PLAN_PATHFEASIBILITY_H

#include "Plan/Feasibility.h"
#include "Plan/Prepare.h"
#include "Plan/RequestPaths.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DebugLoc.h"
#include "llvm/IR/PassManager.h"

#include <string>
#include <vector>

namespace llvm {
class BasicBlock;
class Instruction;
class raw_ostream;
} // namespace llvm

namespace koffload {

struct BlockerSite {
  Blocker Reason;
  std::string Detail;
  llvm::DebugLoc Loc;
  const llvm::Instruction *At = nullptr; ///< in the working copy
  double Reach = 0; ///< fraction of requests that get there
  /// Other sites of the same blocker on the same object, reported in
  /// this one's row (a heap table read at many places).
  std::vector<llvm::DebugLoc> OtherLocs = {};
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

/// What the feasibility stage found on one request path.
struct PathBlockers {
  /// Blockers found in each region block, in instruction order.
  llvm::DenseMap<llvm::BasicBlock *, llvm::SmallVector<BlockerSite, 1>>
      BlockersIn;
  /// Bounded forms and loop bounds, by block (the loop's header).
  llvm::SmallVector<std::pair<llvm::BasicBlock *, BoundedUse>, 8> BoundedIn;
  llvm::SmallVector<std::pair<llvm::BasicBlock *, LoopBound>, 4> LoopsIn;

  /// The first blocker in \p BB, or null.
  const BlockerSite *firstBlocker(llvm::BasicBlock *BB) const;
};

class PathFeasibility {
public:
  std::vector<PathBlockers> Paths; ///< one per RequestPaths::Paths entry

  void print(llvm::raw_ostream &OS, const RequestPaths &Requests) const;
  bool invalidate(llvm::Module &M, const llvm::PreservedAnalyses &PA,
                  llvm::ModuleAnalysisManager::Invalidator &Inv);
};

class FeasibilityAnalysis
    : public llvm::AnalysisInfoMixin<FeasibilityAnalysis> {
  friend llvm::AnalysisInfoMixin<FeasibilityAnalysis>;
  static llvm::AnalysisKey Key;
  PlanLimits Limits;

public:
  using Result = PathFeasibility;
  explicit FeasibilityAnalysis(PlanLimits Limits = {}) : Limits(Limits) {}
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &MAM);
};

/// `print<koffload-feasibility>`.
class FeasibilityPrinterPass
    : public llvm::PassInfoMixin<FeasibilityPrinterPass> {
  llvm::raw_ostream &OS;

public:
  explicit FeasibilityPrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

} // namespace koffload

#endif // KOFFLOAD_PLAN_PATHFEASIBILITY_H
