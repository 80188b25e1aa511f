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
// REFUSES (!koffload.refused) an update with a write or a call between its
// load and its store: it would not be one read-modify-write.
//
// The matcher (atomicWordUpdate) is the kernel's copy of the word-update
// rule; the user half (lib/User/SplitUser.cpp) has its own, to be shared
// (lib/Support/WordUpdates.h, issue 14).
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLegalize.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

namespace {

/// A read-modify-write `store (load P) +/- Delta, P` of a word.
struct WordUpdate {
  LoadInst *Old = nullptr;
  BinaryOperator *Op = nullptr;
  Value *Delta = nullptr; ///< what is added (or subtracted)
};

/// The kernel's rule for a word update: the stored value is an add of a
/// load of the same pointer (either operand) or a sub from it, the load in
/// the store's block. Whether anything between them writes is checked by
/// the caller.
std::optional<WordUpdate> atomicWordUpdate(StoreInst *St) {
  Value *P = St->getPointerOperand();
  auto *Op = dyn_cast<BinaryOperator>(St->getValueOperand());
  if (!Op || (Op->getOpcode() != Instruction::Add &&
              Op->getOpcode() != Instruction::Sub))
    return std::nullopt;
  for (unsigned K = 0; K < 2; ++K)
    if (auto *L = dyn_cast<LoadInst>(Op->getOperand(K));
        L && L->getPointerOperand() == P && L->getParent() == St->getParent() &&
        (Op->getOpcode() == Instruction::Add || K == 0))
      return WordUpdate{L, Op, Op->getOperand(1 - K)};
  return std::nullopt;
}

} // namespace

PreservedAnalyses BPFAtomicWordsPass::run(Module &M, ModuleAnalysisManager &) {
  std::optional<MarkedProgram> Prog = MarkedProgram::find(M);
  if (!Prog || legaliseRefusal(M))
    return PreservedAnalyses::all();
  SmallVector<StoreInst *, 8> Stores;
  for (BasicBlock &BB : *Prog->F)
    for (Instruction &I : BB)
      if (auto *St = dyn_cast<StoreInst>(&I))
        if (auto *GV = dyn_cast<GlobalVariable>(
                getUnderlyingObject(St->getPointerOperand()));
            GV && GV->getMetadata(marker::Atomic))
          Stores.push_back(St);
  bool Changed = false;
  for (StoreInst *St : Stores) {
    // Anything else (a plain word store, a value computed elsewhere) is a
    // single store: atomic as it is.
    std::optional<WordUpdate> U = atomicWordUpdate(St);
    if (!U)
      continue;
    Value *P = St->getPointerOperand();
    // Nothing between the load and the store may touch the word.
    for (Instruction *I = U->Old->getNextNode(); I != St; I = I->getNextNode())
      if (I->mayWriteToMemory() || isa<CallBase>(I)) {
        refuseLegalise(
            M, "an update of " +
                   cast<GlobalVariable>(getUnderlyingObject(P))->getName() +
                   " is not a simple read-modify-write");
        return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
      }
    IRBuilder<> B(U->Old);
    Value *Delta = U->Delta;
    if (U->Op->getOpcode() == Instruction::Sub)
      Delta = B.CreateNeg(Delta);
    AtomicRMWInst *RMW =
        B.CreateAtomicRMW(AtomicRMWInst::Add, P, Delta, U->Old->getAlign(),
                          AtomicOrdering::Monotonic);
    U->Op->replaceAllUsesWith(B.CreateAdd(RMW, Delta));
    St->eraseFromParent();
    U->Op->eraseFromParent();
    U->Old->replaceAllUsesWith(RMW);
    U->Old->eraseFromParent();
    Changed = true;
  }
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace koffload
