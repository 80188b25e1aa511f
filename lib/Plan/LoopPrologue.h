//===- LoopPrologue.h - What a loop does before each receive ----*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A loop around a blocking receive runs, on each trip, what comes between
// its header and the receive: a "Waiting for data..." prompt, a count of
// waits. The program does it once per request; for a request the kernel
// answered it would not happen at all. The feasibility stage
// (PathFeasibility.cpp) keeps such a path in userspace, naming the effect.
// Writes to the loop's own locals (the address length reset, a buffer
// cleared) are the request's own and do not count.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_LOOPPROLOGUE_H
#define KOFFLOAD_PLAN_LOOPPROLOGUE_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SetVector.h"

#include <string>

namespace llvm {
class BasicBlock;
class CallBase;
class Instruction;
class Loop;
} // namespace llvm

namespace koffload {

/// The first instruction, in the function's order, that the loop \p L
/// runs before the receive \p Receive on each trip and that has an effect
/// outside the loop's locals; null when there is none. Blocks of
/// \p Region (the request path) are not before the receive; \p Skip tells
/// instructions that are not effects of the program (landmarks).
const llvm::Instruction *
effectBeforeReceive(const llvm::Loop &L, const llvm::CallBase &Receive,
                    const llvm::SetVector<llvm::BasicBlock *> &Region,
                    llvm::function_ref<bool(const llvm::Instruction &)> Skip);

/// The effect \p I has, in words: "printf", "a write to 'waits'".
std::string effectName(const llvm::Instruction &I);

} // namespace koffload

#endif // KOFFLOAD_PLAN_LOOPPROLOGUE_H
