//===- BPFAtomicWords.cpp - koffload-bpf-atomic-words ---------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// JOB: userspace and the offload on every CPU update the same words of a
// shared global (one marked !koffload.atomic): a read-modify-write of such
// a word becomes one atomic instruction (BPF_ATOMIC | BPF_ADD, with the old
// value fetched when the program uses it). A plain store of a word is
// atomic already and stays.
//
//   before:                              after:
//     %old = load i32, ptr @hits           %rmw = atomicrmw add ptr @hits,
//     %new = add i32 %old, 1                        i32 1 monotonic
//     store i32 %new, ptr @hits            %new = add i32 %rmw, 1
//
// A subtraction adds the negated operand. Relaxed (monotonic) ordering:
// the word is a counter, read by the other side as a whole, nothing is
// published through it.
//
// REFUSES (!koffload.refused) an update that is not simple (a write or a
// call between its load and its store, the load in another block): it
// would not be one read-modify-write.
//
// The rule is the one the user half applies (lib/Support/WordUpdates.h):
// the two sides differ only in the ordering they emit.
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLegalize.h"
#include "Support/WordUpdates.h"

#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

PreservedAnalyses BPFAtomicWordsPass::run(Module &M, ModuleAnalysisManager &) {
  std::optional<MarkedProgram> Prog = MarkedProgram::find(M);
  if (!Prog || legaliseRefusal(M))
    return PreservedAnalyses::all();
  Expected<SmallVector<WordUpdate, 8>> Updates =
      matchWordUpdates(*Prog->F, [](const GlobalVariable &GV) {
        return GV.getMetadata(marker::Atomic) != nullptr;
      });
  if (!Updates) {
    refuseLegalise(M, toString(Updates.takeError()));
    return PreservedAnalyses::all();
  }
  if (Updates->empty())
    return PreservedAnalyses::all();
  makeWordUpdatesAtomic(*Updates, AtomicOrdering::Monotonic);
  return PreservedAnalyses::none();
}

} // namespace koffload
