//===- BPFLegalize.cpp - Markers and checks shared by the legalisation ----===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLegalize.h"
#include "llvm/Analysis/Utils/Local.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/PatternMatch.h"
#include "Kernel/BPFHeapAccesses.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

static bool hasMarker(const Instruction *I, StringRef Kind) {
  return I && I->getMetadata(Kind);
}

static uint64_t markerValue(const MDNode *N) {
  if (N && N->getNumOperands() >= 1)
    if (auto *C = mdconst::dyn_extract_or_null<ConstantInt>(N->getOperand(0)))
      return C->getZExtValue();
  return 0;
}

std::optional<MarkedProgram> MarkedProgram::find(Module &M) {
  for (Function &F : M) {
    MarkedProgram P;
    for (BasicBlock &BB : F) {
      const Instruction *T = BB.getTerminator();
      if (hasMarker(T, marker::Fallback))
        P.Fallback = &BB;
      if (hasMarker(T, marker::UnlockedFallback))
        P.UnlockedFallback = &BB;
      for (Instruction &I : BB)
        if (MDNode *N = I.getMetadata(marker::Launder)) {
          P.ScratchRow = &I;
          P.LaunderOffset = markerValue(N);
        }
    }
    if (P.Fallback) {
      P.F = &F;
      return P;
    }
  }
  return std::nullopt;
}

bool MarkedProgram::unlocked(const BasicBlock *BB) {
  return hasMarker(BB->getTerminator(), marker::Unlocked);
}

void MarkedProgram::require(IRBuilder<> &B, Value *Ok,
                            const Twine &Name) const {
  BasicBlock *Head = B.GetInsertBlock();
  bool Unlocked = unlocked(Head);
  BasicBlock *To = Unlocked && UnlockedFallback ? UnlockedFallback : Fallback;
  // The tail takes the terminator, and with it the block's markers.
  BasicBlock *Tail = Head->splitBasicBlock(B.GetInsertPoint(), Name);
  Head->getTerminator()->eraseFromParent();
  B.SetInsertPoint(Head);
  BranchInst *Br = B.CreateCondBr(Ok, Tail, To);
  if (Unlocked)
    Br->setMetadata(marker::Unlocked, MDNode::get(B.getContext(), {}));
  B.SetInsertPoint(Tail, Tail->getFirstInsertionPt());
}

Value *opaque(IRBuilder<> &B, Value *V) {
  FunctionType *FT = FunctionType::get(V->getType(), {V->getType()}, false);
  InlineAsm *IA = InlineAsm::get(FT, "", "=r,0", /*hasSideEffects=*/true);
  return B.CreateCall(FT, IA, {V});
}

Value *pointerOffset(IRBuilder<> &B, Value *Ptr, Value *Base) {
  Type *I64 = B.getInt64Ty();
  // GEPs from Base: the sum of their offsets, integer arithmetic on their
  // indices (which SCEV follows, and whose bounds the verifier keeps).
  SmallVector<User *, 4> Chain;
  Value *V = Ptr->stripPointerCasts();
  while (auto *GEP = dyn_cast<GEPOperator>(V)) {
    Chain.push_back(GEP);
    V = GEP->getPointerOperand()->stripPointerCasts();
  }
  const DataLayout &DL = B.GetInsertBlock()->getDataLayout();
  // Only a step back by one (`buf + n - 1`) is rewritten (as
  // `(p - 1) - base` = `p + ~base`); other differences stay plain, which
  // the optimizer folds to the indices where it can (and the examples'
  // code stays as it was).
  auto MinusOne = [](Value *Idx) {
    while (isa<SExtInst, ZExtInst, TruncInst>(Idx))
      Idx = cast<Instruction>(Idx)->getOperand(0);
    const APInt *C;
    using namespace PatternMatch;
    return match(Idx, m_Sub(m_Value(), m_One())) ||
           (match(Idx, m_Add(m_Value(), m_APInt(C))) && C->isAllOnes());
  };
  bool StepsBackOne = any_of(Chain, [&](User *U) {
    auto *GEP = cast<GEPOperator>(U);
    APInt C(64, 0);
    if (GEP->accumulateConstantOffset(DL, C))
      return C.isAllOnes();
    return any_of(GEP->indices(), [&](Use &I) { return MinusOne(I.get()); });
  });
  if (!StepsBackOne)
    return B.CreateSub(B.CreatePtrToInt(Ptr, I64), B.CreatePtrToInt(Base, I64),
                       "off");
  if (V == Base->stripPointerCasts()) {
    Value *Sum = nullptr;
    for (User *GEP : Chain) {
      Value *Off = B.CreateSExtOrTrunc(emitGEPOffset(&B, DL, GEP), I64);
      Sum = Sum ? B.CreateAdd(Sum, Off) : Off;
    }
    return Sum ? Sum : B.getInt64(0);
  }
  FunctionType *FT = FunctionType::get(I64, {I64, I64}, false);
  InlineAsm *IA = InlineAsm::get(FT, "$0 -= $2", "=r,0,r",
                                 /*hasSideEffects=*/true);
  return B.CreateCall(FT, IA,
                      {B.CreatePtrToInt(Ptr, I64), B.CreatePtrToInt(Base, I64)},
                      "off");
}

uint64_t legaliseLimit(const Module &M, StringRef Key, uint64_t Default) {
  if (const NamedMDNode *L = M.getNamedMetadata(marker::Limits))
    for (const MDNode *N : L->operands())
      if (N->getNumOperands() == 2)
        if (auto *K = dyn_cast<MDString>(N->getOperand(0));
            K && K->getString() == Key)
          if (auto *C = mdconst::dyn_extract<ConstantInt>(N->getOperand(1)))
            return C->getZExtValue();
  return Default;
}

void setLegaliseLimit(Module &M, StringRef Key, uint64_t Value) {
  LLVMContext &Ctx = M.getContext();
  M.getOrInsertNamedMetadata(marker::Limits)
      ->addOperand(MDNode::get(Ctx, {MDString::get(Ctx, Key),
                                     ConstantAsMetadata::get(ConstantInt::get(
                                         Type::getInt64Ty(Ctx), Value))}));
}

void refuseLegalise(Module &M, const Twine &Why) {
  if (legaliseRefusal(M))
    return;
  LLVMContext &Ctx = M.getContext();
  M.getOrInsertNamedMetadata(marker::Refused)
      ->addOperand(MDNode::get(Ctx, {MDString::get(Ctx, Why.str())}));
}

std::optional<std::string> legaliseRefusal(const Module &M) {
  if (const NamedMDNode *R = M.getNamedMetadata(marker::Refused))
    if (R->getNumOperands() && R->getOperand(0)->getNumOperands())
      if (auto *S = dyn_cast<MDString>(R->getOperand(0)->getOperand(0)))
        return S->getString().str();
  return std::nullopt;
}

void stripLegaliseMarkers(Module &M) {
  const char *Kinds[] = {marker::Fallback,   marker::UnlockedFallback,
                         marker::Unlocked,   marker::Row,
                         marker::Launder,    marker::Capped,
                         marker::Lock,
                         marker::TripCounter};
  SmallVector<unsigned, 8> Ids;
  for (const char *K : Kinds)
    Ids.push_back(M.getContext().getMDKindID(K));
  for (Function &F : M)
    for (BasicBlock &BB : F)
      for (Instruction &I : BB)
        for (unsigned Id : Ids)
          I.setMetadata(Id, nullptr);
  for (GlobalVariable &GV : M.globals())
    GV.setMetadata(marker::Atomic, nullptr);
  for (const char *Named : {marker::Limits, marker::Refused})
    if (NamedMDNode *N = M.getNamedMetadata(Named))
      M.eraseNamedMetadata(N);
}

void addLegalisationPasses(ModulePassManager &MPM, bool Iterators) {
  MPM.addPass(BPFSpinLocksPass());
  MPM.addPass(BPFAtomicWordsPass());
  MPM.addPass(BPFHeapAccessesPass());
  MPM.addPass(BPFBoundAccessesPass());
  MPM.addPass(BPFCapLoopsPass());
  MPM.addPass(BPFLaunderLoopsPass());
  if (Iterators)
    MPM.addPass(BPFIteratorLoopsPass());
}

bool parseLegalisationPass(StringRef Name, ModulePassManager &MPM) {
  if (Name == "koffload-bpf-spin-locks")
    MPM.addPass(BPFSpinLocksPass());
  else if (Name == "koffload-bpf-atomic-words")
    MPM.addPass(BPFAtomicWordsPass());
  else if (Name == "koffload-bpf-heap-accesses")
    MPM.addPass(BPFHeapAccessesPass());
  else if (Name == "koffload-bpf-bound-accesses")
    MPM.addPass(BPFBoundAccessesPass());
  else if (Name == "koffload-bpf-cap-loops")
    MPM.addPass(BPFCapLoopsPass());
  else if (Name == "koffload-bpf-launder-loops")
    MPM.addPass(BPFLaunderLoopsPass());
  else if (Name == "koffload-bpf-iterator-loops")
    MPM.addPass(BPFIteratorLoopsPass());
  else
    return false;
  return true;
}

} // namespace koffload
