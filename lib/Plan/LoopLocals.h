//===- LoopLocals.h - Counters main's event loop keeps in locals -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A tutorial server counts its requests in a local of main:
//
//   int visits = 0;
//   while (1) { recvfrom(...); visits++; sprintf(buf, "%d", visits); ... }
//
// The count is state from before the request (the kernel has no copy of
// main's frame), so the path was refused (PreArrivalState). But main runs
// once, and a local whose address never escapes is, for the program, the
// same object as a global only main touches: such a local becomes one
// (`koffload_local_<name>`), and the offload shares it like any global
// (atomic adds, the record protocol). The working copy is changed so
// (Prepare.cpp, first step), and the split program the same way
// (SplitUser.cpp), by name; the program the user builds when nothing is
// split is not.
//
// A local qualifies when it is an integer in main's entry block, main has
// no callers, its only uses are loads and stores of it (and lifetime and
// debug markers), and the event loop (a loop in main, not a library's
// dispatch) reads it where a value from an earlier turn of the loop can
// reach (a read with a path from the loop's header free of writes to it)
// and writes it, only after a receive of the loop in main (a count of
// wake-ups before the receive would count differently once the kernel
// answers some requests). One store of a constant in the entry block before any
// read becomes the global's initializer.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_LOOPLOCALS_H
#define KOFFLOAD_PLAN_LOOPLOCALS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <string>

namespace llvm {
class AllocaInst;
class GlobalVariable;
class Instruction;
class StoreInst;
class Value;
} // namespace llvm

namespace koffload {

class LandmarkInfo;

struct LoopLocal {
  llvm::AllocaInst *Local;
  std::string GlobalName; ///< koffload_local_<source name>[_N]
};

/// The locals of main that its event loops carry from one request to the
/// next and that can be globals, in program order.
llvm::SmallVector<LoopLocal, 2> loopCarriedLocals(const LandmarkInfo &Info);

/// Locals made globals, and how to put them back.
class PromotedLocals {
public:
  /// Puts every local back as it was (a split that is then refused
  /// leaves the program unchanged).
  void undo();
  /// Keeps them: deletes what undo() would have put back.
  void commit();

private:
  struct Promoted {
    llvm::AllocaInst *Local;
    llvm::GlobalVariable *Global;
    llvm::StoreInst *Init; ///< taken out of the entry block, or null
    llvm::Instruction *InitNext; ///< where it was: before this
  };
  llvm::SmallVector<Promoted, 2> Done;
  friend PromotedLocals promoteLocals(
      llvm::ArrayRef<LoopLocal>,
      llvm::function_ref<llvm::Value *(const llvm::Value *)>);
};

/// Makes each of \p Locals (found in the original) a global of the module
/// \p CopyOf maps it into (the working copy, or the original itself).
PromotedLocals
promoteLocals(llvm::ArrayRef<LoopLocal> Locals,
              llvm::function_ref<llvm::Value *(const llvm::Value *)> CopyOf);

} // namespace koffload

#endif // KOFFLOAD_PLAN_LOOPLOCALS_H
