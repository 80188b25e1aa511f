//===- BPFIteratorLoops.cpp - koffload-bpf-iterator-loops -----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// JOB: the verifier checks a loop bounded by a trip counter by walking
// every trip with exact values, and loops nested in loops over request
// bytes (a DNS name's labels compared with every name of a table) exceed
// its limits. On the kernel's open-coded iterator (bpf_iter_num) it checks
// a trip once instead: at the iterator's next() it prunes a state within
// one it has seen there. So each trip of a loop capped by
// koffload-bpf-cap-loops (its counter's phi has !koffload.trip.counter) that
// SCEV cannot bound to "short-loop" trips (default 64; every such loop when
// "iterate" is 2, in !koffload.limits) first launders the values the previous
// trip handed on (known then only within their range), then calls next(); an
// exhausted iterator ("loop-cap" trips) falls back, and every edge that
// leaves the loop destroys the iterator, as the verifier demands. Run only
// when asked (-koffload-loops=iterator..., or after the verifier rejected
// the program with trip counters).
//
//   before:                              after:
//   pre:                                 pre:
//     br head                              call bpf_iter_num_new(%it, 0, cap)
//   head:                                  br head
//     %i = phi [0, pre], [%i1, latch]    head:
//     ...                                  %i = phi [0, pre], [%i1, latch]
//   exit:                                  (%i laundered, see launder-loops)
//     ...                                  br (bpf_iter_num_next(%it) != 0),
//                                             head.next, fallback
//                                        exit:
//                                          call bpf_iter_num_destroy(%it)
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLegalize.h"
#include "Kernel/BPFTarget.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/CFG.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

using namespace llvm;

namespace koffload {

/// Is \p V (through arithmetic, casts and phis) an index of an address?
static bool indexesMemory(Value *V) {
  SmallVector<Value *, 8> Work{V};
  SmallPtrSet<Value *, 16> Seen;
  while (!Work.empty()) {
    Value *X = Work.pop_back_val();
    if (!Seen.insert(X).second)
      continue;
    for (User *U : X->users()) {
      if (auto *GEP = dyn_cast<GetElementPtrInst>(U)) {
        if (GEP->getPointerOperand() != X)
          return true;
      } else if (isa<CastInst>(U) || isa<PHINode>(U) ||
                 (isa<BinaryOperator>(U) &&
                  is_contained({Instruction::Add, Instruction::Sub,
                                Instruction::Mul, Instruction::Shl},
                               cast<BinaryOperator>(U)->getOpcode()))) {
        Work.push_back(U);
      }
    }
  }
  return false;
}

/// A kernel function (kfunc), resolved by libbpf through the `.ksyms`
/// section and the module's BTF.
static FunctionCallee kfunc(Module &M, StringRef Name, Type *Ret,
                            ArrayRef<Type *> Params) {
  FunctionCallee FC =
      M.getOrInsertFunction(Name, FunctionType::get(Ret, Params, false));
  cast<Function>(FC.getCallee())->setSection(".ksyms");
  return FC;
}

PreservedAnalyses BPFIteratorLoopsPass::run(Module &M,
                                            ModuleAnalysisManager &MAM) {
  std::optional<MarkedProgram> Prog = MarkedProgram::find(M);
  if (!Prog || !Prog->ScratchRow || legaliseRefusal(M))
    return PreservedAnalyses::all();
  Function &F = *Prog->F;
  uint64_t Cap = legaliseLimit(M, "loop-cap", 1024);
  uint64_t ShortLoop = legaliseLimit(M, "short-loop", 64);
  bool AllLoops = legaliseLimit(M, "iterate", 1) == 2;
  IRBuilder<> B(M.getContext());
  Type *I32 = B.getInt32Ty(), *Ptr = B.getPtrTy();
  FunctionCallee New = kfunc(M, "bpf_iter_num_new", I32, {Ptr, I32, I32});
  FunctionCallee Next = kfunc(M, "bpf_iter_num_next", Ptr, {Ptr});
  FunctionCallee Destroy =
      kfunc(M, "bpf_iter_num_destroy", B.getVoidTy(), {Ptr});
  DenseMap<BasicBlock *, AllocaInst *> IterOf; // by loop header
  DenseMap<PHINode *, std::optional<uint64_t>> Ranges;
  FunctionAnalysisManager &FAM =
      MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  {
    DominatorTree &DT = FAM.getResult<DominatorTreeAnalysis>(F);
    LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
    ScalarEvolution &SE = FAM.getResult<ScalarEvolutionAnalysis>(F);
    SmallVector<Loop *, 8> Loops;
    auto Iterated = [&](Loop *L) {
      if (none_of(L->getHeader()->phis(), [](PHINode &Phi) {
            return Phi.getMetadata(marker::TripCounter);
          }))
        return false; // a loop koffload emitted, bounded by its object
      unsigned Trips = SE.getSmallConstantMaxTripCount(L);
      return AllLoops || Trips == 0 || Trips > ShortLoop;
    };
    for (Loop *L : LI.getLoopsInPreorder())
      if (Iterated(L)) {
        Loops.push_back(L);
        for (PHINode &Phi : L->getHeader()->phis())
          Ranges[&Phi] = rangeMax(SE, &Phi);
      }
    for (Loop *L : Loops) {
      BasicBlock *H = L->getHeader();
      SmallVector<BasicBlock *, 4> Outside;
      for (BasicBlock *P : predecessors(H))
        if (!L->contains(P) && !is_contained(Outside, P))
          Outside.push_back(P);
      auto *It = new AllocaInst(B.getInt64Ty(), 0, "iter",
                                F.getEntryBlock().getFirstInsertionPt());
      It->setAlignment(Align(8));
      BasicBlock *Pre = SplitBlockPredecessors(H, Outside, ".iter", &DT, &LI);
      B.SetInsertPoint(Pre->getTerminator());
      B.CreateCall(New,
                   {It, ConstantInt::get(I32, 0), ConstantInt::get(I32, Cap)});
      IterOf[H] = It;
    }
  }
  for (auto [H, It] : IterOf) {
    SmallVector<PHINode *, 8> Phis;
    for (PHINode &Phi : H->phis())
      Phis.push_back(&Phi);
    B.SetInsertPoint(H, H->getFirstInsertionPt());
    for (PHINode *Phi : Phis) {
      std::optional<GlobalVariable *> Base = launderBase(Phi);
      if (!Base)
        continue;
      // Unknown range: an index into memory still needs one for the
      // verifier's pointer arithmetic (every access is checked again).
      std::optional<uint64_t> Max = Ranges[Phi];
      if (!*Base && !Max && indexesMemory(Phi))
        Max = MaxVarOff - 1;
      launderUses(B, *Prog, Phi, *Base, Max);
    }
    Prog->require(B, B.CreateIsNotNull(B.CreateCall(Next, {It})), "iter.next");
  }
  // The blocks changed above (preheaders, the iterators' checks): the
  // loops are asked for again.
  FAM.invalidate(F, PreservedAnalyses::none());
  // Every edge out of an iterated loop destroys its iterator (and those of
  // the iterated loops around it that the edge also leaves).
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
  SetVector<std::pair<BasicBlock *, BasicBlock *>> Exits;
  for (Loop *L : LI.getLoopsInPreorder())
    if (IterOf.count(L->getHeader()))
      for (BasicBlock *A : L->blocks())
        for (BasicBlock *E : successors(A))
          if (!L->contains(E))
            Exits.insert({A, E});
  for (auto [A, E] : Exits) {
    Instruction *At;
    if (A->getSingleSuccessor())
      At = A->getTerminator();
    else if (E->getSinglePredecessor())
      At = &*E->getFirstInsertionPt();
    else // both edges of a switch's two cases to E, say: one new block
      At = SplitCriticalEdge(
               A->getTerminator(), GetSuccessorNumber(A, E),
               CriticalEdgeSplittingOptions().setMergeIdenticalEdges())
               ->getTerminator();
    B.SetInsertPoint(At);
    for (Loop *L = LI.getLoopFor(A); L && !L->contains(E);
         L = L->getParentLoop())
      if (AllocaInst *It = IterOf.lookup(L->getHeader()))
        B.CreateCall(Destroy, {It});
  }
  return PreservedAnalyses::none();
}

} // namespace koffload
