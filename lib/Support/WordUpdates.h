//===- WordUpdates.h - Shared words updated in place -----------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A word both the offload (on every CPU) and userspace update in place, such
// as a request counter, must not lose updates: each read-modify-write
// becomes one atomic instruction. The two halves of the split match the
// updates with the same rules (this file) and differ only in the ordering
// they emit.
//
//   %old = load i32, ptr %p           %old = atomicrmw add ptr %p, i32 %d
//   %new = add i32 %old, %d       =>  %new = add i32 %old, %d
//   store i32 %new, ptr %p
//
// (a sub adds the negated delta). An update is matched when the stored
// value is an add of a load of the same address and a delta (either
// order), or a sub of a delta from it, and the update is simple: the load
// and the store in one block, neither volatile nor atomic, nothing between
// them that may write memory (a call included), and the delta known before
// the load (it must not depend on the value read, and the atomic
// instruction takes the load's place).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_WORDUPDATES_H
#define KOFFLOAD_SUPPORT_WORDUPDATES_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/AtomicOrdering.h"
#include "llvm/Support/Error.h"
#include <optional>

namespace llvm {
class AtomicRMWInst;
class BinaryOperator;
class Function;
class GlobalVariable;
class LoadInst;
class StoreInst;
class Value;
} // namespace llvm

namespace koffload {

/// A read-modify-write of one word: Store (Op (Load P), Delta), P.
struct WordUpdate {
  llvm::LoadInst *Load;
  llvm::BinaryOperator *Op; ///< add (Load and the delta, either order) or
                            ///< sub (Load minus the delta)
  llvm::StoreInst *Store;
  unsigned DeltaOperand; ///< of Op: the one that is not Load

  /// The delta, read from Op (so that rewriting an update whose value
  /// another update's delta uses keeps this one valid).
  llvm::Value *delta() const;
  bool isSub() const;
};

/// Is \p St an update of the word it writes? std::nullopt when its value is
/// not an add or sub of a load of the same address (a plain store); an
/// error (refuse()) when it is one that cannot become one atomic
/// instruction, saying why; else the update.
llvm::Expected<std::optional<WordUpdate>> matchWordUpdate(llvm::StoreInst &St);

/// The updates among the stores of \p F into the globals \p IsShared accepts
/// (by the store's underlying object); plain stores are left out (a store
/// of a word is atomic already). An error for the first store that is an
/// update but not a simple one.
llvm::Expected<llvm::SmallVector<WordUpdate, 8>> matchWordUpdates(
    llvm::Function &F,
    llvm::function_ref<bool(const llvm::GlobalVariable &)> IsShared);

/// Every store into \p GV, in any function, through its address or
/// pointers derived from it by GEPs and casts (instructions or constant
/// expressions).
llvm::SmallVector<llvm::StoreInst *, 8> storesInto(llvm::GlobalVariable &GV);

/// Rewrites each update into one `atomicrmw add` with \p Ordering, in the
/// load's place: the old value's users get the value it read, the new
/// value's users that plus the delta. Returns the atomic instructions, in
/// the order of \p Updates.
llvm::SmallVector<llvm::AtomicRMWInst *, 8>
makeWordUpdatesAtomic(llvm::ArrayRef<WordUpdate> Updates,
                      llvm::AtomicOrdering Ordering);

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_WORDUPDATES_H
