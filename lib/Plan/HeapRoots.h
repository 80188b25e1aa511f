//===- HeapRoots.h - The heap a request reaches through globals -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A server's tables are often on the heap: a pointer in a global (DINT's
// `table = new kvs()`, a `calloc`'d array of bucket heads) leads to
// objects that lead to others. The split serves the program's allocations
// from a heap it shares with the offload (runtime/rt/koffload-heap.c), and
// the offload translates each address it follows
// (Kernel/BPFHeapAccesses.cpp). The planner allows such an access when
// what the program stores into the global's pointer is memory it
// allocated (or null): a pointer to a global or a local would be outside
// the heap, and every request reaching it would fall back.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_HEAPROOTS_H
#define KOFFLOAD_PLAN_HEAPROOTS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace llvm {
class BasicBlock;
class CallBase;
class GlobalVariable;
class Instruction;
class Value;
} // namespace llvm

namespace koffload {

/// The allocation functions the split serves from the shared heap:
/// malloc, calloc, realloc, strdup, strndup and C++'s operator new and
/// new[] (not their nothrow or aligned forms).
bool isSharedHeapAllocator(llvm::StringRef Name);
/// Whether \p V is a call of one of them (through casts).
bool isHeapAllocation(const llvm::Value *V);

/// The global whose stored pointer \p Addr is reached through (the first
/// level: `table->...`, `buckets[i]`), if the program stores to it.
const llvm::GlobalVariable *heapRootOf(const llvm::Value *Addr);

/// Where the program puts into \p GV a pointer that is neither an
/// allocation nor null ("at f.c:12", "in its initializer"), if it does:
/// the planner's reason for keeping the access in userspace.
std::optional<std::string>
nonHeapPointerStore(const llvm::GlobalVariable &GV);

/// Whether \p V is a pointer the program keeps in memory (a userspace
/// address on both sides): loaded from memory other than a local's. The
/// planner and the kernel's heap translation (Kernel/BPFHeapAccesses.cpp)
/// both ask this.
bool isProgramPointer(const llvm::Value *V);
/// Whether every object \p V may be based on is null or such a pointer
/// (which the offload may store back).
bool isStoredPointer(const llvm::Value *V);

/// Whether \p Blocks write memory through a pointer the program kept in
/// memory (a node's field): the heap's record is then written.
bool writesHeap(llvm::ArrayRef<llvm::BasicBlock *> Blocks);

/// Why the offload could not undo \p I's write into the program's heap
/// (a copy of run-time length, a write inside a loop: \p InLoop), if it
/// writes there and cannot; empty otherwise. A spin lock's exchange in
/// its loop is not such a write (Kernel/BPFSpinLocks.cpp).
std::string heapWriteObstacle(const llvm::Instruction &I, bool InLoop);

/// The globals through whose pointers \p Blocks reach memory, in order of
/// first access: the shared heap's roots ("'table'").
std::vector<std::string> heapRoots(llvm::ArrayRef<llvm::BasicBlock *> Blocks);

} // namespace koffload

#endif // KOFFLOAD_PLAN_HEAPROOTS_H
