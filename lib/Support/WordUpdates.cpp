//===- WordUpdates.cpp - Shared words updated in place --------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/WordUpdates.h"
#include "Support/Refusal.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace koffload {

Value *WordUpdate::delta() const { return Op->getOperand(DeltaOperand); }

bool WordUpdate::isSub() const { return Op->getOpcode() == Instruction::Sub; }

/// The name of the global \p P points into, for a reason.
static std::string wordName(const Value *P) {
  if (auto *GV = dyn_cast<GlobalVariable>(getUnderlyingObject(P)))
    return GV->getName().str();
  return "a shared word";
}

Expected<std::optional<WordUpdate>> matchWordUpdate(StoreInst &St) {
  Value *P = St.getPointerOperand();
  auto *Op = dyn_cast<BinaryOperator>(St.getValueOperand());
  if (!Op || (Op->getOpcode() != Instruction::Add &&
              Op->getOpcode() != Instruction::Sub))
    return std::nullopt;
  // The word read: either operand of an add, the first of a sub.
  std::optional<WordUpdate> W;
  for (unsigned K = 0; K < 2 && !W; ++K)
    if (auto *L = dyn_cast<LoadInst>(Op->getOperand(K));
        L && L->getPointerOperand() == P &&
        (Op->getOpcode() == Instruction::Add || K == 0))
      W = WordUpdate{L, Op, &St, 1 - K};
  if (!W)
    return std::nullopt;

  auto NotSimple = [&](const char *Why) {
    return refuse("an update of " + wordName(P) +
                  " is not a simple read-modify-write (" + Why + ")");
  };
  LoadInst *L = W->Load;
  if (!L->isSimple() || !St.isSimple())
    return NotSimple("a volatile or atomic access");
  if (L->getParent() != St.getParent())
    return NotSimple("read in one block, written in another");
  // Nothing between may write memory: another write of the word would be
  // lost, and the atomic instruction takes the load's place.
  for (Instruction *I = L->getNextNode(); I != &St; I = I->getNextNode())
    if (I->mayWriteToMemory() || isa<CallBase>(I))
      return NotSimple("memory may be written between the read and the "
                       "write");
  // The delta must be there before the read: one not computed from the
  // value read, and the atomic instruction can use it. From another block
  // it is (it dominates the add, so the load's block too).
  if (auto *D = dyn_cast<Instruction>(W->delta());
      D && D->getParent() == L->getParent() && !D->comesBefore(L))
    return NotSimple("the amount is computed after the word is read");
  return W;
}

Expected<SmallVector<WordUpdate, 8>>
matchWordUpdates(Function &F,
                 function_ref<bool(const GlobalVariable &)> IsShared) {
  SmallVector<WordUpdate, 8> Out;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB) {
      auto *St = dyn_cast<StoreInst>(&I);
      if (!St)
        continue;
      auto *GV = dyn_cast<GlobalVariable>(
          getUnderlyingObject(St->getPointerOperand()));
      if (!GV || !IsShared(*GV))
        continue;
      Expected<std::optional<WordUpdate>> W = matchWordUpdate(*St);
      if (!W)
        return W.takeError();
      if (*W)
        Out.push_back(**W);
    }
  return Out;
}

SmallVector<StoreInst *, 8> storesInto(GlobalVariable &GV) {
  SmallVector<StoreInst *, 8> Out;
  SmallVector<Value *, 8> Work{&GV};
  SmallPtrSet<Value *, 16> Seen;
  while (!Work.empty()) {
    Value *P = Work.pop_back_val();
    if (!Seen.insert(P).second)
      continue;
    for (User *U : P->users()) {
      if (isa<GEPOperator>(U) || isa<BitCastOperator>(U) ||
          isa<AddrSpaceCastOperator>(U))
        Work.push_back(U);
      else if (auto *St = dyn_cast<StoreInst>(U);
               St && St->getPointerOperand() == P)
        Out.push_back(St);
    }
  }
  return Out;
}

SmallVector<AtomicRMWInst *, 8>
makeWordUpdatesAtomic(ArrayRef<WordUpdate> Updates, AtomicOrdering Ordering) {
  SmallVector<AtomicRMWInst *, 8> Out;
  for (const WordUpdate &W : Updates) {
    IRBuilder<> B(W.Load);
    Value *Delta = W.delta();
    if (W.isSub())
      Delta = B.CreateNeg(Delta);
    AtomicRMWInst *RMW =
        B.CreateAtomicRMW(AtomicRMWInst::Add, W.Store->getPointerOperand(),
                          Delta, W.Load->getAlign(), Ordering);
    W.Op->replaceAllUsesWith(B.CreateAdd(RMW, Delta));
    W.Store->eraseFromParent();
    W.Op->eraseFromParent();
    W.Load->replaceAllUsesWith(RMW);
    W.Load->eraseFromParent();
    Out.push_back(RMW);
  }
  return Out;
}

} // namespace koffload
