//===- SharedHeap.h - The program's allocations, shared -------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_USER_SHAREDHEAP_H
#define KOFFLOAD_USER_SHAREDHEAP_H

namespace llvm {
class Module;
} // namespace llvm

namespace koffload {

/// Turns every call of an allocation function the split shares
/// (Plan/HeapRoots.h: malloc, calloc, realloc, strdup, strndup, operator
/// new and new[]) into the runtime's (runtime/rt/koffload-heap.c), which
/// serves it from the heap the offload can read. Returns how many.
unsigned shareProgramHeap(llvm::Module &M);

} // namespace koffload

#endif // KOFFLOAD_USER_SHAREDHEAP_H
