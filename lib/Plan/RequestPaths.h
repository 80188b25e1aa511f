//===- RequestPaths.h - Planning stage 2: the request paths -----*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The second planning stage finds, in the working copy, what one request
// runs: for each group of arrivals (the receives on one socket under one
// event loop), the request path — the blocks from the receives to the end of
// the request.
//
// Input: the landmarks (LandmarkAnalysis) and the working copy
// (PrepareAnalysis), whose function analyses give the loops and the block
// frequencies.
// Output: RequestPaths — per group: the event loop and the request loop
// (the innermost loop around the receives) in the working copy, the entry
// blocks (right after each receive) with their share of requests, and the
// region in reverse post-order; and findings for receives that cannot be
// planned.
// The end of a request is a return to the request loop's head, or a branch
// out of the request loop that stays in the event loop (isEnd). A loop with
// no exit that the request runs into is part of the region (the request
// spins there): its header is recorded.
//
// `print<koffload-request-paths>` prints each path's blocks by source lines.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_REQUESTPATHS_H
#define KOFFLOAD_PLAN_REQUESTPATHS_H

#include "Plan/Prepare.h"
#include "Support/Remarks.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/PassManager.h"

#include <map>
#include <vector>

namespace llvm {
class BasicBlock;
class CallBase;
class Function;
class Loop;
class LoopInfo;
class raw_ostream;
} // namespace llvm

namespace koffload {

class LandmarkInfo;

/// Arrival landmark indices by (event loop, socket).
using ArrivalGroups =
    std::map<std::pair<unsigned, unsigned>, llvm::SmallVector<unsigned, 2>>;

/// Groups the arrivals the planner can plan: one socket (UDP or TCP over
/// IPv4/IPv6, or a set of inet families chosen at run time) and one event
/// loop each. A receive that may be on several sockets is in the group of
/// each plannable one (an offload sees only its own socket's traffic).
/// Says why the others are not planned in \p Notes, when given.
ArrivalGroups groupArrivals(const LandmarkInfo &Info,
                            std::vector<Finding> *Notes = nullptr);

/// One request path, in the working copy.
struct RequestPath {
  unsigned Id = 0;   ///< the candidate it becomes
  unsigned Loop = 0; ///< event loop index (LandmarkInfo::Loops)
  unsigned Socket = 0;
  llvm::SmallVector<unsigned, 2> Arrivals; ///< landmark indices
  llvm::Function *F = nullptr;
  llvm::Loop *RequestLoop = nullptr; ///< innermost loop around the arrivals
  llvm::Loop *EventLoop = nullptr;   ///< the governing event loop
  const llvm::LoopInfo *LI = nullptr;
  llvm::SmallVector<llvm::BasicBlock *, 2> Entries;
  llvm::SmallVector<double, 2> EntryWeights; ///< share of requests
  llvm::SmallVector<llvm::CallBase *, 2> ArrivalCalls;
  llvm::SetVector<llvm::BasicBlock *> Region; ///< in reverse post-order
  /// Headers of loops with no exit that the request path runs into.
  llvm::SmallPtrSet<llvm::BasicBlock *, 2> NoExitHeaders;
  bool Profiled = false; ///< F has profile counts
};

class RequestPaths {
public:
  std::vector<RequestPath> Paths;
  /// Receives that are not planned, and why.
  std::vector<Finding> Findings;

  void print(llvm::raw_ostream &OS, const llvm::Module &M) const;
  bool invalidate(llvm::Module &M, const llvm::PreservedAnalyses &PA,
                  llvm::ModuleAnalysisManager::Invalidator &Inv);
};

class RequestPathAnalysis
    : public llvm::AnalysisInfoMixin<RequestPathAnalysis> {
  friend llvm::AnalysisInfoMixin<RequestPathAnalysis>;
  static llvm::AnalysisKey Key;

public:
  using Result = RequestPaths;
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &MAM);
};

/// `print<koffload-request-paths>`.
class RequestPathPrinterPass
    : public llvm::PassInfoMixin<RequestPathPrinterPass> {
  llvm::raw_ostream &OS;

public:
  explicit RequestPathPrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

/// The "file:line"s of \p BB's instructions, first appearance order.
std::vector<std::string> blockLines(const llvm::BasicBlock &BB);

} // namespace koffload

#endif // KOFFLOAD_PLAN_REQUESTPATHS_H
