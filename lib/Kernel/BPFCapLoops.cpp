//===- BPFCapLoops.cpp - koffload-bpf-cap-loops ---------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// JOB: the verifier accepts a loop only when it can see it end. Every loop
// of the program that is not bounded already (its header's terminator has
// no !koffload.capped: koffload's own loops have one) gets a trip counter
// whose overflow past the cap ("loop-cap" in !koffload.limits, default
// 1024) falls back to userspace, which runs the loop to its end.
//
//   before:                              after:
//   head:                                head:
//     %i = phi [0, %pre], [%i1, %latch]    %i = phi [0, %pre], [%i1, %latch]
//     ...                                  %trips = phi i64 [0, %pre],
//                                                           [%n, %latch]
//                                          %n = add i64 %trips, 1
//                                          br (icmp ugt %n, 1024),
//                                             fallback, head.capped
//                                        head.capped:
//                                          ...
//
// The header's terminator gets !koffload.capped, the counter's phi
// !koffload.trip.counter (koffload-bpf-iterator-loops may put such loops on
// bpf_iter_num).
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLegalize.h"

#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

PreservedAnalyses BPFCapLoopsPass::run(Module &M,
                                       ModuleAnalysisManager &MAM) {
  std::optional<MarkedProgram> Prog = MarkedProgram::find(M);
  if (!Prog || legaliseRefusal(M))
    return PreservedAnalyses::all();
  LLVMContext &Ctx = M.getContext();
  uint64_t Cap = legaliseLimit(M, "loop-cap", 1024);
  IRBuilder<> B(Ctx);
  Type *I64 = B.getInt64Ty();
  FunctionAnalysisManager &FAM =
      MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  // Not updated by the splits below (returns none: the manager drops it).
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(*Prog->F);
  bool Changed = false;
  for (Loop *L : LI.getLoopsInPreorder()) {
    BasicBlock *H = L->getHeader();
    if (H->getTerminator()->getMetadata(marker::Capped))
      continue;
    BasicBlock *Rest =
        H->splitBasicBlock(H->getFirstNonPHIIt(), H->getName() + ".capped");
    H->getTerminator()->eraseFromParent();
    B.SetInsertPoint(H);
    PHINode *Count = B.CreatePHI(I64, 2, "trips");
    for (BasicBlock *Pred : predecessors(H))
      Count->addIncoming(ConstantInt::get(I64, 0), Pred); // fixed below
    Value *Next = B.CreateAdd(Count, ConstantInt::get(I64, 1));
    Instruction *Br =
        B.CreateCondBr(B.CreateICmpUGT(Next, ConstantInt::get(I64, Cap)),
                       Prog->Fallback, Rest);
    Br->setMetadata(marker::Capped, MDNode::get(Ctx, {}));
    // On the phi, which stays in the header whatever splits it later.
    Count->setMetadata(marker::TripCounter, MDNode::get(Ctx, {}));
    if (MarkedProgram::unlocked(Rest))
      Br->setMetadata(marker::Unlocked, MDNode::get(Ctx, {}));
    // The back edges: from the loop's latches, and from Rest when the
    // header was its own latch (Rest is new: LoopInfo does not know it;
    // regression, test/lit/legalise/cap-loops.ll: such a counter stayed 0).
    for (unsigned K = 0; K < Count->getNumIncomingValues(); ++K)
      if (BasicBlock *From = Count->getIncomingBlock(K);
          From == Rest || L->contains(From))
        Count->setIncomingValue(K, Next);
    // Values defined in the header and used in the rest stay valid: the
    // split keeps the phis in H and moves the rest.
    Changed = true;
  }
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace koffload
