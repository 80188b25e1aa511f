//===- BPFHeapAccesses.h - The offload's accesses to the shared heap -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The legalisation pass koffload-bpf-heap-accesses (BPFHeapAccesses.cpp)
// and what the generator and the undo log need to know of its result.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_BPFHEAPACCESSES_H
#define KOFFLOAD_KERNEL_BPFHEAPACCESSES_H

#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/PassManager.h"

namespace llvm {
class GlobalVariable;
class Module;
class Value;
} // namespace llvm

namespace koffload {

/// The heap's base address global (koffload/abi.h), made if missing.
llvm::GlobalVariable *heapBaseGlobal(llvm::Module &M);
/// The heap map's `.maps` global, made if missing.
llvm::GlobalVariable *heapMapGlobal(llvm::Module &M);
/// The heap map's BTF definition, if \p M has the map.
void addHeapMapBTF(llvm::Module &M, llvm::DIBuilder &DIB,
                   llvm::DICompileUnit *CU, llvm::DIFile *File);

/// The heap map, when \p Ptr points into one of its chunks (a translated
/// access); else null.
const llvm::GlobalVariable *heapTarget(const llvm::Value *Ptr);

struct BPFHeapAccessesPass : llvm::PassInfoMixin<BPFHeapAccessesPass> {
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace koffload

#endif // KOFFLOAD_KERNEL_BPFHEAPACCESSES_H
