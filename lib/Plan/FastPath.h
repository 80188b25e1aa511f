//===- FastPath.h - Planning stage 4: the fast path and ω -------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The fourth planning stage slices the fast path out of each request path:
// the blocks the offload runs, and where a request leaves them for
// userspace.
//
// Input: the request paths (RequestPathAnalysis), their blockers
// (FeasibilityAnalysis), and BranchProbabilityInfo and BlockFrequencyInfo
// from the working copy's function analyses (PrepareAnalysis).
// Output: FastPaths — per request path: the cold blocks (with a profile:
// blocks no request reached), the fast path (feasible blocks reachable from
// a receive through feasible blocks, from which the end is reachable the
// same way), the fraction of requests reaching each block on the whole path
// and on the fast path, ω (the fraction of requests that end on the fast
// path), the blockers with how many requests get there, the fallback exits
// (edges leaving the fast path, restart semantics: the request is run again
// by the program in userspace) and the bounded forms and loops on it.
// Reach is a forward propagation in reverse post-order (Gauss-Seidel); with
// a profile, edge probabilities come from the counts themselves
// (edgeProbability).
//
// `print<koffload-fast-path>` prints each path's blocks with their reach
// and side, ω, and the exits.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_FASTPATH_H
#define KOFFLOAD_PLAN_FASTPATH_H

#include "Plan/PathFeasibility.h"
#include "Plan/RequestPaths.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/DebugLoc.h"
#include "llvm/IR/PassManager.h"

#include <string>
#include <vector>

namespace koffload {

struct FallbackExit {
  const llvm::Instruction *At = nullptr; ///< the branch, in the working copy
  llvm::DebugLoc Loc;
  std::string Leadsto; ///< the blocker it avoids, e.g. "BlockingIO fopen"
  llvm::DebugLoc BlockerLoc;
  double Probability = 0; ///< fraction of requests taking it
};

/// The fast path of one request path.
struct FastPath {
  /// With a profile: region blocks no request reached in it.
  llvm::SmallPtrSet<llvm::BasicBlock *, 16> Cold;
  /// The blocks the offload runs.
  llvm::SmallPtrSet<llvm::BasicBlock *, 32> Blocks;
  /// Fraction of requests reaching each region block: on the whole path,
  /// and staying on the fast path.
  llvm::DenseMap<llvm::BasicBlock *, double> ReachAll, ReachKernel;
  double Omega = 0;
  /// The path's blockers, each source construct once, with its reach.
  std::vector<BlockerSite> Blockers;
  std::vector<FallbackExit> Exits;
  /// Bounded forms and loops on the fast path, each source location once.
  std::vector<BoundedUse> Bounded;
  std::vector<LoopBound> Loops;

  bool contains(llvm::BasicBlock *BB) const { return Blocks.contains(BB); }
};

class FastPaths {
public:
  std::vector<FastPath> Paths; ///< one per RequestPaths::Paths entry

  void print(llvm::raw_ostream &OS, const RequestPaths &Requests) const;
  bool invalidate(llvm::Module &M, const llvm::PreservedAnalyses &PA,
                  llvm::ModuleAnalysisManager::Invalidator &Inv);
};

class FastPathAnalysis : public llvm::AnalysisInfoMixin<FastPathAnalysis> {
  friend llvm::AnalysisInfoMixin<FastPathAnalysis>;
  static llvm::AnalysisKey Key;

public:
  using Result = FastPaths;
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &MAM);
};

/// `print<koffload-fast-path>`.
class FastPathPrinterPass : public llvm::PassInfoMixin<FastPathPrinterPass> {
  llvm::raw_ostream &OS;

public:
  explicit FastPathPrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

} // namespace koffload

#endif // KOFFLOAD_PLAN_FASTPATH_H
