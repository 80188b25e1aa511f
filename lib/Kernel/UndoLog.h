//===- UndoLog.h - Undo the offload's writes when a request falls back -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A request the offload cannot finish falls back: the packet goes to the
// socket unchanged and userspace runs the original code from the receive
// (DESIGN-NOTES §5). Whatever the offload wrote to shared state on the way
// would then be applied twice. Fallbacks come from the program's own slow
// paths, which the planner sees, and from the checks the generator adds
// (loop trip caps, the BPF libc's caps, the reply's size, growing the
// frame, bounds), which it does not; so instead of proving that no check
// can follow a write, the generated program undoes its writes on every
// fallback after them.
//
// Each write to a shared global that a fallback may follow gets a slot on
// the BPF stack, set right after the write (the address, and the old value
// or the amount added; a copy's old bytes go to per-CPU scratch memory,
// UndoArea) and cleared at the entry; the fallback block
// restores them newest first before the records are released:
//
//   entry:    %w.done = alloca i8 ; store i8 0, %w.done ...
//   path:     %old = load i32, ptr %p          ; (added)
//             store i32 %new, ptr %p
//             store ptr %p, %w.at ; store %old, %w.old ; store 1, %w.done
//   undo:     if (%w.done) store (load %w.old), (load %w.at)
//             (an atomic add is undone by subtracting what it added)
//
// SROA turns the slots into registers; a path that never wrote pays
// nothing. A write inside a loop (one slot cannot hold every trip's) or a
// copy of run-time length into shared memory cannot be undone this way:
// when a fallback may follow one, the offload is refused with the write's
// place and the reason. Records are held from the prologue to the commit
// (the reply or the drop), so no other writer or reader sees a write that
// is then undone; a word updated with atomics is visible to a concurrent
// reader until it is undone, which is within the same request.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_UNDOLOG_H
#define KOFFLOAD_KERNEL_UNDOLOG_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/Support/Error.h"

namespace llvm {
class BasicBlock;
class Function;
class GlobalVariable;
} // namespace llvm

namespace koffload {

/// Bytes of this CPU's scratch memory set aside for the old contents of
/// copies into shared memory (the BPF stack has 512 bytes in all).
inline constexpr uint64_t UndoBytesSize = 256;

/// Where the saved bytes go: Size bytes (0: none set aside), At(B, Off)
/// their address at Off, built at B.
struct UndoArea {
  uint64_t Size = 0;
  llvm::function_ref<llvm::Value *(llvm::IRBuilder<> &, uint64_t)> At;
};

/// Makes \p Undo (a block on the way to every fallback of the request path,
/// ending in a branch) restore what \p F wrote into the globals \p IsShared
/// accepts, for every write from which \p Undo is reachable. Fails, saying
/// where, when such a write cannot be undone (in a loop, a copy of
/// run-time length, a call writing into the global), or when a fallback
/// that does not pass through \p Undo can follow a write.
llvm::Error
undoWritesOnFallback(llvm::Function &F, llvm::BasicBlock *Undo,
                     llvm::function_ref<bool(const llvm::GlobalVariable *)>
                         IsShared,
                     const UndoArea &Area);

} // namespace koffload

#endif // KOFFLOAD_KERNEL_UNDOLOG_H
