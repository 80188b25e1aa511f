//===- BPFLaunderLoops.cpp - koffload-bpf-launder-loops -------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// JOB: a loop over request bytes leaves with a different, exactly known
// index for every trip count, and the verifier walks the rest of the
// program once for each: a few such loops in a row exceed its million
// instructions. The values a loop hands on (its exits' LCSSA phis) are
// passed through memory the verifier does not track (the scratch row's
// laundering slot, !koffload.launder), so they are unknown within their
// range, and every exit continues as one state. The range comes back as a
// check (the verifier refuses pointer arithmetic with an unbounded
// offset): SCEV's bound for an integer, the global's size for a pointer
// into one (passed as its offset). An integer SCEV cannot bound stays
// exact.
//
//   before:                              after:
//   exit:                                exit:
//     %n = phi i64 [%i, %loop]             %n = phi i64 [%i, %loop]
//     use(%n)                              store volatile i64 %n, ptr %slot
//                                          %l = load volatile i64, ptr %slot
//                                          br (icmp ule %l, 511), ok, fb
//                                        ok:
//                                          %o = asm "=r,0" (%l)
//                                          use(%o)
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLegalize.h"
#include "Kernel/BPFTarget.h"

#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/Utils/LoopUtils.h"

using namespace llvm;

namespace koffload {

/// The one global \p P points into, if any (a generated module's stack
/// objects are allocas, its packet pointers come from the context).
static GlobalVariable *singleGlobalUnder(Value *P) {
  SmallVector<const Value *, 4> Objects;
  getUnderlyingObjects(P, Objects, nullptr, 0);
  GlobalVariable *GV = nullptr;
  for (const Value *O : Objects) {
    auto *G = dyn_cast<GlobalVariable>(const_cast<Value *>(O));
    if (!G || (GV && G != GV))
      return nullptr;
    GV = G;
  }
  return GV;
}

std::optional<GlobalVariable *> launderBase(PHINode *Phi) {
  Type *Ty = Phi->getType();
  if (Ty->isPointerTy()) {
    if (GlobalVariable *GV = singleGlobalUnder(Phi))
      return GV;
    return std::nullopt; // the packet, the stack: left as they are
  }
  if (!Ty->isIntegerTy() || Ty->getIntegerBitWidth() > 64)
    return std::nullopt;
  return nullptr;
}

std::optional<uint64_t> rangeMax(ScalarEvolution &SE, Value *V) {
  ConstantRange R = SE.getUnsignedRange(SE.getSCEV(V));
  if (R.isFullSet() || R.getUnsignedMax().uge(MaxVarOff))
    return std::nullopt;
  return R.getUnsignedMax().getZExtValue();
}

/// \p V through the laundering slot, checked against its range.
static Value *launder(IRBuilder<> &B, const MarkedProgram &P, Value *V,
                      GlobalVariable *Base, std::optional<uint64_t> Max) {
  Type *Ty = V->getType(), *I64 = B.getInt64Ty();
  Value *Plain =
      Base ? B.CreateSub(B.CreatePtrToInt(V, I64), B.CreatePtrToInt(Base, I64))
           : B.CreateZExt(V, I64);
  Value *Slot = B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), P.ScratchRow,
                                             P.LaunderOffset);
  B.CreateAlignedStore(Plain, Slot, Align(8), /*isVolatile=*/true);
  Value *Back = B.CreateAlignedLoad(I64, Slot, Align(8), /*isVolatile=*/true,
                                    "laundered");
  // For a pointer the bound is its global's size (one past the end is a
  // valid pointer); checked in the middle of the block.
  if (Base)
    Max = Base->getParent()->getDataLayout().getTypeAllocSize(
        Base->getValueType());
  if (Max)
    P.require(B, B.CreateICmpULE(Back, ConstantInt::get(I64, *Max)),
              "laundered.ok");
  return Base ? B.CreateInBoundsGEP(B.getInt8Ty(), Base, opaque(B, Back))
              : B.CreateTrunc(opaque(B, Back), Ty);
}

void launderUses(IRBuilder<> &B, const MarkedProgram &P, PHINode *Phi,
                 GlobalVariable *Base, std::optional<uint64_t> Max) {
  // The uses to redirect, taken before the laundering code adds its own.
  SmallVector<Use *, 8> Uses;
  for (Use &U : Phi->uses())
    Uses.push_back(&U);
  Value *New = launder(B, P, Phi, Base, Max);
  for (Use *U : Uses)
    U->set(New);
}

PreservedAnalyses BPFLaunderLoopsPass::run(Module &M,
                                           ModuleAnalysisManager &MAM) {
  std::optional<MarkedProgram> Prog = MarkedProgram::find(M);
  if (!Prog || !Prog->ScratchRow || legaliseRefusal(M))
    return PreservedAnalyses::all();
  Function &F = *Prog->F;
  FunctionAnalysisManager &FAM =
      MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  DominatorTree &DT = FAM.getResult<DominatorTreeAnalysis>(F);
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
  bool Changed = false;
  for (Loop *L : LI)
    Changed |= formLCSSARecursively(*L, DT, &LI, nullptr);
  // LCSSA keeps the dominator tree and the loops; SCEV is asked after it.
  if (Changed) {
    PreservedAnalyses PA;
    PA.preserve<DominatorTreeAnalysis>();
    PA.preserve<LoopAnalysis>();
    FAM.invalidate(F, PA);
  }
  ScalarEvolution &SE = FAM.getResult<ScalarEvolutionAnalysis>(F);
  SmallVector<PHINode *, 16> Exits;
  for (Loop *L : LI.getLoopsInPreorder()) {
    SmallVector<BasicBlock *, 4> ExitBlocks;
    L->getUniqueExitBlocks(ExitBlocks);
    for (BasicBlock *E : ExitBlocks)
      for (PHINode &Phi : E->phis())
        if (!is_contained(Exits, &Phi))
          Exits.push_back(&Phi);
  }
  IRBuilder<> B(M.getContext());
  for (PHINode *Phi : Exits) {
    std::optional<GlobalVariable *> Base = launderBase(Phi);
    if (Phi->use_empty() || !Base)
      continue;
    std::optional<uint64_t> Max;
    if (!*Base) {
      Max = rangeMax(SE, Phi);
      if (!Max)
        continue; // no bound to give back: keep it exact
    }
    B.SetInsertPoint(Phi->getParent(), Phi->getParent()->getFirstInsertionPt());
    launderUses(B, *Prog, Phi, *Base, Max);
    Changed = true;
  }
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace koffload
