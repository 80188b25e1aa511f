//===- LoopLocals.cpp - Counters main's event loop keeps in locals --------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/LoopLocals.h"
#include "Landmarks/Landmarks.h"
#include "Support/Names.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

namespace {

bool isMarker(const User *U) {
  if (isa<DbgInfoIntrinsic>(U))
    return true;
  auto *II = dyn_cast<IntrinsicInst>(U);
  return II && II->isLifetimeStartOrEnd();
}

/// Only loads and stores of \p A itself (and markers) use it.
bool onlyLoadedAndStored(const AllocaInst &A) {
  for (const Use &U : A.uses()) {
    const User *Us = U.getUser();
    if (isMarker(Us) || (isa<LoadInst>(Us) && !cast<LoadInst>(Us)->isVolatile()))
      continue;
    if (auto *S = dyn_cast<StoreInst>(Us);
        S && U.getOperandNo() == StoreInst::getPointerOperandIndex() &&
        !S->isVolatile())
      continue;
    return false;
  }
  return true;
}

/// \p L reads \p A where a value from an earlier turn of \p Loop can reach:
/// some path from the header to a read has no write of A.
bool carriedAround(const AllocaInst &A, const Loop &Loop) {
  SmallPtrSet<const BasicBlock *, 16> Seen;
  SmallVector<const BasicBlock *, 16> Work{Loop.getHeader()};
  while (!Work.empty()) {
    const BasicBlock *BB = Work.pop_back_val();
    if (!Seen.insert(BB).second)
      continue;
    bool Written = false;
    for (const Instruction &I : *BB) {
      if (auto *L = dyn_cast<LoadInst>(&I); L && L->getPointerOperand() == &A)
        return true;
      if (auto *S = dyn_cast<StoreInst>(&I); S && S->getPointerOperand() == &A) {
        Written = true;
        break;
      }
    }
    if (Written)
      continue;
    for (const BasicBlock *Succ : successors(BB))
      if (Loop.contains(Succ) && Succ != Loop.getHeader())
        Work.push_back(Succ);
  }
  return false;
}

/// The store of a constant in the entry block that comes before every read
/// of \p A (other stores stay stores, of the global).
StoreInst *initialStore(const AllocaInst &A) {
  const BasicBlock &Entry = A.getFunction()->getEntryBlock();
  for (const Instruction &I : Entry) {
    if (auto *L = dyn_cast<LoadInst>(&I); L && L->getPointerOperand() == &A)
      return nullptr;
    if (auto *S = dyn_cast<StoreInst>(&I); S && S->getPointerOperand() == &A)
      return isa<ConstantInt>(S->getValueOperand()) ? const_cast<StoreInst *>(S)
                                                    : nullptr;
  }
  return nullptr;
}

} // namespace

SmallVector<LoopLocal, 2> loopCarriedLocals(const LandmarkInfo &Info) {
  SmallVector<LoopLocal, 2> Out;
  StringSet<> Names;
  SmallPtrSet<const AllocaInst *, 4> Taken;
  for (const EventLoop &EL : Info.Loops) {
    Function *F = EL.F;
    if (!F || F->getName() != "main" || !F->use_empty() || !EL.Header ||
        EL.Kind == LoopKind::Dispatch || EL.Kind == LoopKind::Handler)
      continue;
    DominatorTree DT(*F);
    LoopInfo LI(DT);
    const Loop *L = LI.getLoopFor(EL.Header);
    while (L && L->getHeader() != EL.Header)
      L = L->getParentLoop();
    if (!L)
      continue;
    // The loop's receives in main itself: a write before them (a count of
    // wake-ups) happens per wake-up, which the requests the kernel answers
    // no longer cause; as a global it would count differently, as a local
    // it stays refused (PreArrivalState).
    SmallVector<const CallBase *, 2> Arrivals;
    for (const Landmark &LM : Info.Landmarks)
      if (LM.Kind == LandmarkKind::Arrival && LM.Call->getFunction() == F &&
          L->contains(LM.Call->getParent()))
        Arrivals.push_back(LM.Call);
    if (Arrivals.empty())
      continue;
    for (Instruction &I : F->getEntryBlock()) {
      auto *A = dyn_cast<AllocaInst>(&I);
      if (!A || Taken.contains(A) || !A->isStaticAlloca() ||
          !A->getAllocatedType()->isIntegerTy() || !onlyLoadedAndStored(*A))
        continue;
      bool WrittenInLoop = false, WrittenBeforeReceive = false;
      for (const User *U : A->users())
        if (auto *S = dyn_cast<StoreInst>(U); S && L->contains(S->getParent())) {
          WrittenInLoop = true;
          WrittenBeforeReceive |= none_of(Arrivals, [&](const CallBase *R) {
            return DT.dominates(R, S);
          });
        }
      if (!WrittenInLoop || WrittenBeforeReceive || !carriedAround(*A, *L))
        continue;
      // sourceVariableName quotes the name ("'visits'"); the kernel takes
      // no quote in a BTF variable's name (it refuses the whole BTF, and
      // koffload stats then finds no counters).
      std::string Base;
      for (char Ch : sourceVariableName(A))
        if (isAlnum(Ch) || Ch == '_')
          Base += Ch;
      Base = "koffload_local_" + (Base.empty() ? std::string("var") : Base);
      std::string Name = Base;
      for (unsigned N = 1; !Names.insert(Name).second; ++N)
        Name = Base + "_" + std::to_string(N);
      Taken.insert(A);
      Out.push_back({A, Name});
    }
  }
  return Out;
}

PromotedLocals promoteLocals(ArrayRef<LoopLocal> Locals,
                             function_ref<Value *(const Value *)> CopyOf) {
  PromotedLocals Result;
  for (const LoopLocal &LL : Locals) {
    auto *A = cast_or_null<AllocaInst>(CopyOf(LL.Local));
    if (!A)
      continue;
    Module &M = *A->getModule();
    StoreInst *Init = initialStore(*A);
    Type *Ty = A->getAllocatedType();
    Constant *Value = Init ? cast<Constant>(Init->getValueOperand())
                           : Constant::getNullValue(Ty);
    // The local starts undefined without a store: zero is one of its
    // values.
    auto *GV = new GlobalVariable(M, Ty, false, GlobalValue::InternalLinkage,
                                  Value, LL.GlobalName);
    GV->setAlignment(A->getAlign());
    Instruction *Next = nullptr;
    if (Init) {
      Next = Init->getNextNode();
      Init->removeFromParent();
    }
    // Markers of the local's lifetime have no meaning for a global.
    SmallVector<User *, 4> Markers;
    for (User *U : A->users())
      if (isa<IntrinsicInst>(U) && isMarker(U) && !isa<DbgInfoIntrinsic>(U))
        Markers.push_back(U);
    for (User *U : Markers)
      cast<Instruction>(U)->eraseFromParent();
    // The initial store, taken out, keeps the local until undo() puts it
    // back or commit() deletes it.
    A->replaceUsesWithIf(GV, [&](Use &U) {
      return !isa<DbgInfoIntrinsic>(U.getUser()) && U.getUser() != Init;
    });
    Result.Done.push_back({A, GV, Init, Next});
  }
  return Result;
}

void PromotedLocals::commit() {
  for (Promoted &P : Done)
    if (P.Init)
      P.Init->deleteValue();
  Done.clear();
}

void PromotedLocals::undo() {
  for (Promoted &P : Done) {
    P.Global->replaceAllUsesWith(P.Local);
    P.Global->eraseFromParent();
    if (P.Init)
      P.Init->insertBefore(P.InitNext);
  }
  Done.clear();
}

} // namespace koffload
