//===- Prepare.h - Planning stage 1: the working copy -----------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The first planning stage makes the working copy the later stages read:
// a clone of the program in which the request path of each planned event
// loop is one function's control flow.
//
// Input: the module and its landmarks (LandmarkAnalysis).
// Output: PreparedModule — the working copy, the calls the inliner refused
// (with the reason, for the feasibility stage's blockers), the functions in
// call cycles, the clone's value map, and a FunctionAnalysisManager for the
// working copy that the later stages ask for DominatorTree, LoopInfo,
// ScalarEvolution, BranchProbabilityInfo and BlockFrequencyInfo.
//
// The working copy differs from the program in ways the kernel side relies
// on, one transform each (Prepare.cpp):
//   0. integer locals of main its event loop carries from request to
//      request (a request counter) are globals (LoopLocals.h);
//   1. landmark calls and event-loop waits are tagged with metadata
//      (koffload.landmark, koffload.wait) so they are found after inlining;
//   2. an event loop whose receive rotation copied in front of it starts
//      at the receive again (PeeledReceives.h); in each event loop, calls
//      through constant tables (of functions, or of structs holding them)
//      become switches over direct calls (koffload.devirtualised), pointers
//      read from such tables selects among their literals (TableLoads.h),
//      and calls are inlined within PlanLimits'
//      budget; a refused call gets its callee's early-return test in
//      front of it (LogCalls.h);
//   3. SROA and EarlyCSE make the request's data flow visible; library
//      calls whose results only a branch reads move into it (SinkCold.h);
//   4. inner loops are rotated (their first test sits in front of them,
//      where the receive's range folds it);
//   5. the receive's result is taken to be in [1, buffer size]
//      (llvm.assume, comparisons folded) — so the offload must pass empty
//      datagrams to userspace before its fast path;
//   6. SimplifyCFG, JumpThreading and InstSimplify fold what that leaves;
//      a libc string or formatting call given a string chosen between two
//      literals (`n == 1 ? "" : "s"`) is made once per literal, behind a
//      branch (the kernel's libc reads one object per string);
//   7. the block after each planned receive starts a block of its own (the
//      request path's entry).
// Before step 2, failure reports and noreturn calls are marked `cold` and
// llvm.expect is lowered to branch weights; after step 6, branches into
// cold calls get BPI's cold/default weights (ColdPaths.h), so that the
// static estimate weighs failure paths as rare.
// Why a copy: the plan must not change the program the user compiles; the
// generators clone request paths out of the copy.
//
// `koffload-prepare` applies the same transforms to the module it is given,
// so `opt -passes=koffload-prepare -S` shows the working copy.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_PREPARE_H
#define KOFFLOAD_PLAN_PREPARE_H

#include "Plan/Feasibility.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

#include <memory>
#include <string>

namespace llvm {
class CallBase;
class Function;
class Module;
} // namespace llvm

namespace koffload {

struct AnalysisManagers;
class LandmarkInfo;

/// Limits of the working copy's inlining: a request path larger than this
/// keeps calls, which block the offload (InlineBudget).
struct PlanLimits {
  unsigned MaxCalleeInstructions = 2000;  ///< one callee
  unsigned MaxInlinedInstructions = 8000; ///< all callees of one loop
  unsigned MaxInlineDepth = 12;
  unsigned DefaultLoopCap = 1024; ///< cap for loops SCEV cannot bound
  /// Block what the XDP generator would refuse (KernelLimits.h); off only
  /// to test the prediction against the generator itself.
  bool KernelLimits = true;
};

/// The working copy and what preparing it found out.
class PreparedModule {
public:
  PreparedModule();
  PreparedModule(PreparedModule &&);
  PreparedModule &operator=(PreparedModule &&);
  ~PreparedModule();

  /// The working copy; null when the program has no event loop with a
  /// receive to plan. Shared with the plan, whose sites point into it.
  std::shared_ptr<llvm::Module> Working;
  /// Original values to their copies.
  std::unique_ptr<llvm::ValueToValueMapTy> VMap;
  /// Functions of the working copy in call cycles.
  llvm::SmallPtrSet<const llvm::Function *, 8> Recursive;
  /// Calls the inliner refused, with the reason, and a detail for the
  /// report ("(variadic: cannot be inlined)").
  llvm::DenseMap<const llvm::CallBase *, Blocker> Refused;
  llvm::DenseMap<const llvm::CallBase *, std::string> RefusedWhy;

  /// The copy of \p Original (a function, block or instruction), or null.
  llvm::Value *copyOf(const llvm::Value *Original) const;
  /// The working copy's function analyses. Valid while the working copy is
  /// not changed; whoever changes it invalidates them.
  llvm::FunctionAnalysisManager &functionAnalyses() const;

  bool invalidate(llvm::Module &M, const llvm::PreservedAnalyses &PA,
                  llvm::ModuleAnalysisManager::Invalidator &Inv);

private:
  friend class PrepareAnalysis;
  std::unique_ptr<AnalysisManagers> AM;
};

/// Makes the working copy. Needs the landmark analysis.
class PrepareAnalysis : public llvm::AnalysisInfoMixin<PrepareAnalysis> {
  friend llvm::AnalysisInfoMixin<PrepareAnalysis>;
  static llvm::AnalysisKey Key;
  PlanLimits Limits;

public:
  using Result = PreparedModule;
  explicit PrepareAnalysis(PlanLimits Limits = {}) : Limits(Limits) {}
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &MAM);
};

/// `koffload-prepare`: the same transforms, on the module itself.
class PreparePass : public llvm::PassInfoMixin<PreparePass> {
  PlanLimits Limits;

public:
  explicit PreparePass(PlanLimits Limits = {}) : Limits(Limits) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
};

} // namespace koffload

#endif // KOFFLOAD_PLAN_PREPARE_H
