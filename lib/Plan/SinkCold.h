//===- SinkCold.h - Computations moved to the branch using them -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Part of the prepare stage (Prepare.h): `inet_ntop` into a local buffer
// computed for every request and read only by a log line in a branch blocks
// every request. SinkCold.cpp moves such calls into that branch.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_SINKCOLD_H
#define KOFFLOAD_PLAN_SINKCOLD_H

#include "llvm/IR/PassManager.h"

namespace llvm {
class Function;
} // namespace llvm

namespace koffload {

/// Moves each call of \p F to a library function that only computes a
/// result (inet_ntop, inet_ntoa, snprintf into a local buffer, ntohs, ...)
/// down into the one block, in the same loop, that all uses of its result
/// and buffer are in (or below), when nothing on the way may change what it
/// reads. Returns the number of calls moved.
unsigned sinkColdComputations(llvm::Function &F,
                              llvm::FunctionAnalysisManager &FAM);

} // namespace koffload

#endif // KOFFLOAD_PLAN_SINKCOLD_H
