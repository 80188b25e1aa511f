//===- ColdPaths.h - Failure reports as cold calls --------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Part of the prepare stage (Prepare.h): tells BranchProbabilityInfo which
// paths of the working copy report failures or follow a failed system
// call, so that ω without a profile weighs them as rare. ColdPaths.cpp
// says why and how.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_COLDPATHS_H
#define KOFFLOAD_PLAN_COLDPATHS_H

namespace llvm {
class Function;
class Module;
} // namespace llvm

namespace koffload {

/// Marks the calls of \p M that report a failure, or never return, as
/// `cold` call sites, and lowers llvm.expect to branch weights. Returns the
/// number of calls marked.
unsigned markColdPaths(llvm::Module &M);

/// Gives each branch of \p F (once the working copy's CFG is final) that
/// leads to a cold call on some of its successors, or tests a system call's
/// result for failure (-1, negative, NULL), BPI's own cold/default weights
/// as branch weights, and a test that singles out one value of an event
/// loop's counter 1 to the counter's period; nothing in a function with a
/// profile. Returns the number of branches weighed.
unsigned weighColdBranches(llvm::Function &F);

} // namespace koffload

#endif // KOFFLOAD_PLAN_COLDPATHS_H
