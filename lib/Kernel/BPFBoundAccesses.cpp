//===- BPFBoundAccesses.cpp - koffload-bpf-bound-accesses -----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// JOB: every load, store or compare-and-exchange into a global (the
// per-CPU scratch, the program's globals: each a map value) at an offset
// the verifier cannot bound gets a check it can follow (before a
// compare-and-exchange, so a fallback there comes before its write). The offset from the global's start is
// compared with the global's size twice, plainly (so SCEV sees the bound:
// a loop walking the global is then short enough for a trip counter) and
// made opaque (so the check and the access use one register: the plain
// check may be rewritten by the optimizer onto another register holding
// the same offset), and the address is rebuilt from the opaque offset. Out
// of bounds, the request falls back (!koffload.fallback). (A step back by
// one gets its offset another way: pointerOffset, BPFLegalize.h.)
//
//   before:                              after:
//     %p = gep i8, ptr @tab, i64 %i        %off = sub (ptrtoint %p),
//     %v = load i8, ptr %p                        (ptrtoint @tab)
//                                          br (icmp ule %off, 255), ok, fb
//                                        ok:
//                                          %o = asm "=r,0" (%off)
//                                          br (icmp ule %o, 255), ok2, fb
//                                        ok2:
//                                          %q = gep inbounds i8, @tab, %o
//                                          %v = load i8, ptr %q
//
// A pointer that may point into one of a few globals (a value from a table
// or a constant string) tries each in turn: where its offset from that
// global is in bounds the access goes through it (the verifier then knows
// which map it is), else the next; none: fallback. Left alone: constant
// offsets (the verifier sees them), constant offsets into this CPU's row
// (!koffload.row N: the row is bounded when it is computed), the stack and
// the packet (checked where generated).
//
// With the legalise limit clamp-proven (a path with a write no save can
// undo, set by XDPGen.cpp), an offset the program's arithmetic keeps in
// bounds (Plan/KernelLimits.h: offsetProvablyWithin) is clamped with
// umin past an opaque copy instead: the verifier sees the bound, and no
// fallback follows the write.
//
// REFUSES a pointer into more than four globals or into a global and
// something else, and an access larger than its global.
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLegalize.h"
#include "Plan/KernelLimits.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

namespace {

class BoundAccesses {
  Module &M;
  const MarkedProgram &P;
  const DataLayout &DL;
  IRBuilder<> B;
  Type *I8, *I64;

public:
  bool Changed = false;
  BoundAccesses(Module &M, const MarkedProgram &P)
      : M(M), P(P), DL(M.getDataLayout()), B(M.getContext()), I8(B.getInt8Ty()),
        I64(B.getInt64Ty()) {}
  /// False when refused.
  bool run();

private:
  bool inRow(Value *Ptr, Type *AccTy) const;
  bool boundMultiObjectAccess(Instruction *I,
                              ArrayRef<GlobalVariable *> Globals);
};

/// This CPU's scratch slot or counters at a constant offset: the verifier
/// knows the row's offset is bounded (checked where it is computed) and
/// sees the constant; no check needed.
bool BoundAccesses::inRow(Value *Ptr, Type *AccTy) const {
  APInt Off(64, 0);
  Value *Base = Ptr->stripAndAccumulateConstantOffsets(DL, Off, true);
  auto *Row = dyn_cast<Instruction>(Base);
  MDNode *N = Row ? Row->getMetadata(marker::Row) : nullptr;
  if (!N || N->getNumOperands() < 1)
    return false;
  uint64_t Size =
      mdconst::extract<ConstantInt>(N->getOperand(0))->getZExtValue();
  uint64_t End = Off.getZExtValue() + DL.getTypeStoreSize(AccTy);
  return !Off.isNegative() && End <= Size;
}

bool BoundAccesses::run() {
  // Only on a path with a write no save can undo (the generator sets it,
  // XDPGen.cpp: legalise): elsewhere a check's fallback is undone, and
  // the programs stay as they were.
  bool ClampProven = legaliseLimit(M, "clamp-proven", 0) == 1;
  SmallVector<Instruction *, 64> Accesses;
  for (BasicBlock &BB : *P.F)
    for (Instruction &I : BB)
      if (isa<LoadInst>(I) || isa<StoreInst>(I) || isa<AtomicCmpXchgInst>(I))
        Accesses.push_back(&I);
  for (Instruction *I : Accesses) {
    auto *CX = dyn_cast<AtomicCmpXchgInst>(I);
    Value *Ptr = CX ? CX->getPointerOperand() : getLoadStorePointerOperand(I);
    Type *AccTy =
        CX ? CX->getCompareOperand()->getType() : getLoadStoreType(I);
    if (inRow(Ptr, AccTy))
      continue;
    SmallVector<const Value *, 4> Objects;
    getUnderlyingObjects(Ptr, Objects, nullptr, 0);
    GlobalVariable *GV = nullptr;
    SmallSetVector<GlobalVariable *, 4> Globals;
    bool Mixed = false;
    for (const Value *O : Objects) {
      auto *G = dyn_cast<GlobalVariable>(const_cast<Value *>(O));
      if (!G) {
        // A null on some path (a lookup that found nothing) is never
        // dereferenced there by a correct program; if it were, its offset
        // fails every bound below and the request falls back.
        Mixed |= !isa<AllocaInst>(O) && !isa<IntToPtrInst>(O) &&
                 !isa<ConstantPointerNull>(O);
        continue;
      }
      Globals.insert(G);
      GV = G;
    }
    if (!GV)
      continue; // the BPF stack or the packet: checked where generated
    if (Mixed || Globals.size() > 4) {
      refuseLegalise(M, "a pointer on the path may point into several "
                        "objects");
      return false;
    }
    if (Globals.size() > 1 && CX) {
      refuseLegalise(M, "a compare-and-exchange on the path may point into "
                        "several objects");
      return false;
    }
    if (Globals.size() > 1) {
      if (!boundMultiObjectAccess(I, Globals.getArrayRef()))
        return false;
      continue;
    }
    APInt Off(64, 0);
    if (Ptr->stripAndAccumulateConstantOffsets(DL, Off, true) == GV)
      continue; // constant offset: the verifier sees it directly
    uint64_t Size = DL.getTypeAllocSize(GV->getValueType());
    uint64_t Acc = DL.getTypeStoreSize(AccTy);
    if (Acc > Size) {
      refuseLegalise(M, "an access larger than " + GV->getName());
      return false;
    }
    B.SetInsertPoint(I);
    Value *Plain = pointerOffset(B, Ptr, GV);
    Value *Max = ConstantInt::get(I64, Size - Acc);
    if (ClampProven && offsetProvablyWithin(Ptr, *GV, Acc)) {
      // In bounds by the program's own arithmetic (an index modulo the
      // table's length), which the verifier may not follow: clamped, the
      // same offset, past an opaque copy so the optimizer keeps the
      // clamp. No fallback: after a write no save can undo, one could not
      // be taken (Plan/SharedState.cpp counts none here either).
      Value *Offset = B.CreateIntrinsic(Intrinsic::umin, {I64},
                                        {opaque(B, Plain), Max});
      Value *Safe = B.CreateInBoundsGEP(I8, GV, Offset);
      Changed = true;
      if (CX)
        CX->setOperand(AtomicCmpXchgInst::getPointerOperandIndex(), Safe);
      else if (auto *L = dyn_cast<LoadInst>(I))
        L->setOperand(0, Safe);
      else
        cast<StoreInst>(I)->setOperand(1, Safe);
      continue;
    }
    P.require(B, B.CreateICmpULE(Plain, Max),
              I->getParent()->getName() + ".ok");
    Value *Offset = opaque(B, Plain);
    P.require(B, B.CreateICmpULE(Offset, Max),
              I->getParent()->getName() + ".ok");
    Value *Safe = B.CreateInBoundsGEP(I8, GV, Offset);
    Changed = true;
    if (CX)
      CX->setOperand(AtomicCmpXchgInst::getPointerOperandIndex(), Safe);
    else if (auto *L = dyn_cast<LoadInst>(I))
      L->setOperand(0, Safe);
    else
      cast<StoreInst>(I)->setOperand(1, Safe);
  }
  return true;
}

bool BoundAccesses::boundMultiObjectAccess(Instruction *I,
                                           ArrayRef<GlobalVariable *> Globals) {
  LLVMContext &Ctx = M.getContext();
  Value *Ptr = getLoadStorePointerOperand(I);
  uint64_t Acc = DL.getTypeStoreSize(getLoadStoreType(I));
  BasicBlock *Head = I->getParent();
  Changed = true;
  BasicBlock *Join = Head->splitBasicBlock(I, Head->getName() + ".joined");
  Head->getTerminator()->eraseFromParent();
  auto *Load = dyn_cast<LoadInst>(I);
  PHINode *Result = nullptr;
  if (Load) {
    B.SetInsertPoint(Join, Join->begin());
    Result = B.CreatePHI(Load->getType(), Globals.size());
  }
  BasicBlock *Try = Head;
  for (GlobalVariable *G : Globals) {
    uint64_t Size = DL.getTypeAllocSize(G->getValueType());
    if (Acc > Size) {
      refuseLegalise(M, "an access larger than " + G->getName());
      return false;
    }
    B.SetInsertPoint(Try);
    Value *Off = opaque(B, pointerOffset(B, Ptr, G));
    BasicBlock *Use = BasicBlock::Create(Ctx, "in." + G->getName(), P.F);
    BasicBlock *Next = BasicBlock::Create(Ctx, "not." + G->getName(), P.F);
    B.CreateCondBr(B.CreateICmpULE(Off, ConstantInt::get(I64, Size - Acc)), Use,
                   Next);
    B.SetInsertPoint(Use);
    // The address first: the access uses it (regression: it was made after
    // the access, which the IR verifier rejects; test/lit/legalise).
    Value *Safe = B.CreateInBoundsGEP(I8, G, Off);
    Instruction *Copy = I->clone();
    B.Insert(Copy);
    Copy->setOperand(Load ? 0 : 1, Safe);
    if (Result)
      Result->addIncoming(Copy, Use);
    B.CreateBr(Join);
    Try = Next;
  }
  B.SetInsertPoint(Try);
  B.CreateBr(P.Fallback);
  if (Result)
    I->replaceAllUsesWith(Result);
  I->eraseFromParent();
  return true;
}

} // namespace

PreservedAnalyses BPFBoundAccessesPass::run(Module &M,
                                            ModuleAnalysisManager &) {
  std::optional<MarkedProgram> Prog = MarkedProgram::find(M);
  if (!Prog || legaliseRefusal(M))
    return PreservedAnalyses::all();
  BoundAccesses Impl(M, *Prog);
  Impl.run();
  // Checks may have been added before an access was refused.
  return Impl.Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace koffload
