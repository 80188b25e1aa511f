//===- PeeledReceives.cpp - Undo a receive copied before its loop ---------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A server in DINT's idiom,
//
//     while (1) { net_recv(fd, &msg, &addr); switch (msg.type) { ... } }
//
// compiled at -O1 has net_recv inlined and the loop rotated: the head of
// the loop (the receive and its error test) is copied in front of the loop
// for the first request, and the original sits at the loop's end, where it
// receives every later one. The request path of the first request then
// starts outside the event loop ("NoRequestLoop"), though the source has
// one receive in one loop.
//
// Rotation's copy is recognised by what it is: the block that enters the
// loop (B0, possibly through a preheader of hoisted, side-effect-free
// instructions) ends with the same instructions as the latch holding the
// receive (B1), operand for operand, where an operand is either the same
// value, the copy of an earlier matched instruction, or a value the loop
// carries (first value from before the loop, later ones from the latch).
// Then B0's copy is removed and the loop entered at B1's copy: the latch
// becomes the loop's head again, with phis for the carried values, as the
// source wrote it. Nothing is undone unless the match is exact, so the
// program the working copy stands for is unchanged.
//
//===----------------------------------------------------------------------===//

#include "Plan/PeeledReceives.h"
#include "Plan/PathUtils.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

using namespace llvm;

namespace koffload {

namespace {

/// \p BB's instructions that compute something: no phis, debug intrinsics
/// or terminator.
SmallVector<Instruction *, 16> bodyOf(BasicBlock &BB) {
  SmallVector<Instruction *, 16> Out;
  for (Instruction &I : BB)
    if (!isa<PHINode>(I) && !isa<DbgInfoIntrinsic>(I) && !I.isTerminator())
      Out.push_back(&I);
  return Out;
}

/// One rotated loop whose head copy is to be undone.
class Unpeeler {
public:
  Unpeeler(Loop &L, BasicBlock &B1) : L(L), B1(&B1), H(L.getHeader()) {}
  /// Whether the entering block ends with a copy of B1's receive.
  bool match(Instruction &Receive);
  void apply();

private:
  Loop &L;
  BasicBlock *B1;
  BasicBlock *H;
  BasicBlock *B0 = nullptr;  ///< ends with the copy
  BasicBlock *Pre = nullptr; ///< hoisted instructions between B0 and H
  SmallVector<Instruction *, 16> Ones, Zeros; ///< matched, in order
  DenseMap<Value *, Value *> Copy;            ///< B1's to B0's
  /// Loop-carried pairs (value in the latch, value before the loop).
  MapVector<std::pair<Value *, Value *>, PHINode *> Carried;
  struct CarriedUse {
    Instruction *I;
    unsigned Operand;
    std::pair<Value *, Value *> Pair;
  };
  SmallVector<CarriedUse, 4> CarriedUses;

  bool matchFrom(unsigned First, ArrayRef<Instruction *> B1Body,
                 ArrayRef<Instruction *> B0Body);
  bool operandsMatch(Instruction *One, Instruction *Zero);
  bool corresponds(Value *One, Value *Zero);
  bool isMatchedOne(Value *V) const {
    auto *I = dyn_cast<Instruction>(V);
    return I && Copy.count(I);
  }
};

} // namespace

bool Unpeeler::corresponds(Value *One, Value *Zero) {
  if (isMatchedOne(One))
    return Copy.lookup(One) == Zero;
  // The copy's own values go with it.
  auto *ZeroI = dyn_cast<Instruction>(Zero);
  if (ZeroI && is_contained(Zeros, ZeroI))
    return false;
  if (One == Zero)
    return true;
  // A value the loop carries into the copy: the copy's from before the
  // loop, the latch's from the previous round. A value of the loop's head
  // would be one round late there, and B0's own copies have no latch value.
  auto *OneI = dyn_cast<Instruction>(One);
  if (OneI && OneI->getParent() == H && isa<PHINode>(OneI))
    return false;
  if (OneI && !L.contains(OneI))
    return false;
  Carried.insert({{One, Zero}, nullptr});
  return true;
}

bool Unpeeler::operandsMatch(Instruction *One, Instruction *Zero) {
  if (!One->isSameOperationAs(Zero) ||
      One->getNumOperands() != Zero->getNumOperands())
    return false;
  for (unsigned K = 0; K < One->getNumOperands(); ++K) {
    Value *O1 = One->getOperand(K), *O0 = Zero->getOperand(K);
    if (isa<BasicBlock>(O1))
      continue; // successors: matched by the caller
    bool WasCarried = !isMatchedOne(O1) && O1 != O0;
    if (!corresponds(O1, O0))
      return false;
    if (WasCarried)
      CarriedUses.push_back({One, K, {O1, O0}});
  }
  return true;
}

bool Unpeeler::matchFrom(unsigned First, ArrayRef<Instruction *> B1Body,
                         ArrayRef<Instruction *> B0Body) {
  Ones.clear();
  Zeros.clear();
  Copy.clear();
  Carried.clear();
  CarriedUses.clear();
  // The last B1Body.size() - First instructions of each block.
  if (B1Body.size() - First > B0Body.size())
    return false;
  unsigned Off = B0Body.size() - (B1Body.size() - First);
  for (unsigned I = First; I < B1Body.size(); ++I) {
    Ones.push_back(B1Body[I]);
    Zeros.push_back(B0Body[Off + I - First]);
  }
  for (unsigned I = 0; I < Ones.size(); ++I) {
    if (!operandsMatch(Ones[I], Zeros[I]))
      return false;
    Copy[Ones[I]] = Zeros[I];
  }
  Instruction *T1 = B1->getTerminator(), *T0 = B0->getTerminator();
  if (!operandsMatch(T1, T0) ||
      T1->getNumSuccessors() != T0->getNumSuccessors())
    return false;
  for (unsigned J = 0; J < T1->getNumSuccessors(); ++J) {
    BasicBlock *S1 = T1->getSuccessor(J), *S0 = T0->getSuccessor(J);
    if (S1 == H) {
      if (S0 != (Pre ? Pre : H))
        return false;
      continue;
    }
    if (S0 != S1 || L.contains(S1))
      return false;
    for (PHINode &Phi : S1->phis())
      if (!corresponds(Phi.getIncomingValueForBlock(B1),
                       Phi.getIncomingValueForBlock(B0)))
        return false;
  }
  // The head's phis: the first round's value from B0's side, later ones
  // from the latch.
  BasicBlock *Entering = Pre ? Pre : B0;
  for (PHINode &Phi : H->phis()) {
    Value *V1 = Phi.getIncomingValueForBlock(B1);
    Value *V0 = Phi.getIncomingValueForBlock(Entering);
    if (V1 == &Phi ? !corresponds(V0, V0) : !corresponds(V1, V0))
      return false;
  }
  // The copy's values are used by the copy, the branch, and the phis just
  // matched; anything else would lose its definition.
  // (A phi's use counts on the edge from the copy only.)
  SmallPtrSet<Instruction *, 16> CopySet(Zeros.begin(), Zeros.end());
  for (Instruction *Z : Zeros)
    for (Use &U : Z->uses()) {
      auto *UI = cast<Instruction>(U.getUser());
      if (CopySet.contains(UI) || UI == T0)
        continue;
      if (auto *Phi = dyn_cast<PHINode>(UI)) {
        BasicBlock *From = Phi->getIncomingBlock(U);
        if ((Phi->getParent() == H && From == Entering) ||
            (From == B0 && Phi->getParent() != Pre))
          continue;
      }
      return false;
    }
  return true;
}

bool Unpeeler::match(Instruction &Receive) {
  if (!H->hasNPredecessors(2))
    return false;
  BasicBlock *E = L.getLoopPredecessor();
  if (!E)
    return false;
  B0 = E;
  if (E->getSingleSuccessor() == H && E->getSinglePredecessor() &&
      none_of(*E, [](Instruction &I) {
        return isa<PHINode>(I) || I.mayHaveSideEffects();
      })) {
    Pre = E;
    B0 = E->getSinglePredecessor();
  }
  if (B0 == B1 || L.contains(B0) ||
      any_of(successors(B0), [&](BasicBlock *S) { return S == B0; }))
    return false;
  SmallVector<Instruction *, 16> B1Body = bodyOf(*B1), B0Body = bodyOf(*B0);
  auto ReceiveAt = find(B1Body, &Receive);
  if (ReceiveAt == B1Body.end())
    return false;
  // The copy is B1's block from some instruction on (the rotated head);
  // what precedes it in B1 is the end of the loop's body. Try the longest
  // tail first.
  unsigned Last = ReceiveAt - B1Body.begin();
  for (unsigned First = 0; First <= Last; ++First)
    if (matchFrom(First, B1Body, B0Body))
      return true;
  return false;
}

void Unpeeler::apply() {
  // The phis' values, before the splits rename their incoming blocks.
  BasicBlock *Entering = Pre ? Pre : B0;
  SmallVector<std::pair<PHINode *, std::pair<Value *, Value *>>, 4> HeadPhis;
  for (PHINode &Phi : H->phis())
    HeadPhis.push_back({&Phi,
                        {Phi.getIncomingValueForBlock(B1),
                         Phi.getIncomingValueForBlock(Entering)}});
  SmallVector<std::pair<PHINode *, std::pair<Value *, Value *>>, 4> ExitPhis;
  for (BasicBlock *S : successors(B1))
    if (S != H)
      for (PHINode &Phi : S->phis())
        ExitPhis.push_back({&Phi,
                            {Phi.getIncomingValueForBlock(B1),
                             Phi.getIncomingValueForBlock(B0)}});

  // The loop's metadata (its source location, hints) is on its latches.
  MDNode *LoopID = L.getLoopID();
  // The latch's copy becomes a block of its own, the loop's new head; B0's
  // copy a block of its own, to be removed.
  BasicBlock *Head = B1;
  if (Ones.front() != B1->getFirstNonPHIOrDbg() || !B1->phis().empty())
    Head = B1->splitBasicBlock(Ones.front(), B1->getName() + ".recv");
  BasicBlock *Dead = B0->splitBasicBlock(Zeros.front());
  // A one-block loop whose whole block is the copy is its own head: the
  // edges from the blocks about to go still enter it, and its phis need
  // their entries until the blocks are deleted.
  SmallVector<BasicBlock *, 4> LoopPreds, GoingPreds;
  for (BasicBlock *P : predecessors(Head))
    (P == Dead || P == Pre ? GoingPreds : LoopPreds).push_back(P);

  for (auto &[Pair, Phi] : Carried) {
    Phi = PHINode::Create(Pair.first->getType(), LoopPreds.size() + 1,
                          "unpeeled");
    Phi->insertBefore(Head->begin());
    for (BasicBlock *P : LoopPreds)
      Phi->addIncoming(Pair.first, P);
    for (BasicBlock *P : GoingPreds)
      Phi->addIncoming(Pair.second, P);
    Phi->addIncoming(Pair.second, B0);
  }
  auto ValueFor = [&](Value *V1, Value *V0) -> Value * {
    if (isMatchedOne(V1) || V1 == V0)
      return V1;
    return Carried.lookup({V1, V0});
  };
  for (CarriedUse &U : CarriedUses)
    U.I->setOperand(U.Operand, Carried.lookup(U.Pair));
  for (auto &[Phi, Vals] : HeadPhis) {
    Value *R = Vals.first == Phi ? Vals.second
                                 : ValueFor(Vals.first, Vals.second);
    Phi->replaceAllUsesWith(R);
    Phi->eraseFromParent();
  }
  for (auto &[Phi, Vals] : ExitPhis)
    Phi->setIncomingValueForBlock(Head, ValueFor(Vals.first, Vals.second));

  // What rotation hoisted into the preheader is computed before the head.
  if (Pre)
    for (Instruction &I : make_early_inc_range(*Pre))
      if (!I.isTerminator())
        I.moveBefore(B0->getTerminator());
  // The receive keeps the event loop's tag its copy had.
  for (unsigned I = 0; I < Ones.size(); ++I)
    for (const char *Kind : {WaitMDKind, LandmarkMDKind})
      if (!Ones[I]->getMetadata(Kind))
        if (MDNode *MD = Zeros[I]->getMetadata(Kind))
          Ones[I]->setMetadata(Kind, MD);
  if (LoopID) {
    Head->getTerminator()->setMetadata(LLVMContext::MD_loop, nullptr);
    for (BasicBlock *P : LoopPreds)
      P->getTerminator()->setMetadata(LLVMContext::MD_loop, LoopID);
  }
  B0->getTerminator()->setSuccessor(0, Head);
  SmallVector<BasicBlock *, 2> DeadBlocks{Dead};
  if (Pre)
    DeadBlocks.push_back(Pre);
  DeleteDeadBlocks(DeadBlocks);
}

unsigned undoPeeledReceives(Function &F, LoopInfo &LI,
                            function_ref<bool(const Instruction &)> IsArrival) {
  SmallVector<Instruction *, 4> Receives;
  for (BasicBlock &BB : F)
    if (LI.getLoopFor(&BB))
      for (Instruction &I : BB)
        if (IsArrival(I))
          Receives.push_back(&I);
  // Each undone loop changes LoopInfo: at most one per call of the caller's
  // analysis, so the loops are recomputed by the caller (see Prepare.cpp).
  for (Instruction *R : Receives)
    for (Loop *L = LI.getLoopFor(R->getParent()); L; L = L->getParentLoop()) {
      if (!is_contained(successors(R->getParent()), L->getHeader()))
        continue;
      Unpeeler U(*L, *R->getParent());
      if (U.match(*R)) {
        U.apply();
        return 1;
      }
      break;
    }
  return 0;
}

} // namespace koffload
