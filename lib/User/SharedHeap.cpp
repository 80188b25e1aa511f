//===- SharedHeap.cpp - The program's allocations, shared -----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Every call is redirected, not only those of start-up: which objects a
// pointer in a global will lead to is not known here (a node inserted by
// a request is reached by the next one), and an object the offload cannot
// read only makes the requests that reach it fall back. The runtime's
// free() and realloc() take back what is theirs from any caller.
//
//===----------------------------------------------------------------------===//

#include "User/SharedHeap.h"
#include "Plan/HeapRoots.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

unsigned shareProgramHeap(Module &M) {
  static const StringMap<const char *> Runtime = {
      {"malloc", "koffload_rt_heap_malloc"},
      {"calloc", "koffload_rt_heap_calloc"},
      {"realloc", "koffload_rt_heap_realloc"},
      {"strdup", "koffload_rt_heap_strdup"},
      {"strndup", "koffload_rt_heap_strndup"},
      // Throws std::bad_alloc as operator new does (koffload-heap-new.c).
      {"_Znwm", "koffload_rt_heap_new"},
      {"_Znam", "koffload_rt_heap_new"},
  };
  unsigned N = 0;
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    for (BasicBlock &BB : F)
      for (Instruction &I : BB) {
        auto *CB = dyn_cast<CallBase>(&I);
        Function *Callee = CB ? CB->getCalledFunction() : nullptr;
        if (!Callee || !isSharedHeapAllocator(Callee->getName()))
          continue;
        auto It = Runtime.find(Callee->getName());
        if (It == Runtime.end())
          continue;
        FunctionCallee To =
            M.getOrInsertFunction(It->second, Callee->getFunctionType(),
                                  Callee->getAttributes());
        CB->setCalledFunction(To);
        ++N;
      }
  }
  return N;
}

} // namespace koffload
