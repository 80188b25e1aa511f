//===- PeeledReceives.h - Undo a receive copied before its loop -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Part of the prepare stage (Prepare.h): at -O1 and above, loop rotation
// copies an event loop's head, the receive, in front of the loop, so the
// first request is received outside it. PeeledReceives.cpp puts the loop
// back the way the source wrote it.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_PEELEDRECEIVES_H
#define KOFFLOAD_PLAN_PEELEDRECEIVES_H

#include "llvm/ADT/STLFunctionalExtras.h"

namespace llvm {
class Function;
class Instruction;
class LoopInfo;
} // namespace llvm

namespace koffload {

/// For each receive (\p IsArrival) at the end of a loop of \p F whose copy
/// ends the block that enters the loop (the loop was rotated), makes the
/// loop start at the receive again and removes the copy. The copy's
/// `koffload.wait` tag moves to the receive. Returns the number of loops
/// changed; \p LI is stale afterwards when that is not zero.
unsigned undoPeeledReceives(
    llvm::Function &F, llvm::LoopInfo &LI,
    llvm::function_ref<bool(const llvm::Instruction &)> IsArrival);

} // namespace koffload

#endif // KOFFLOAD_PLAN_PEELEDRECEIVES_H
