//===- BPFSpinLocks.cpp - koffload-bpf-spin-locks -------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// JOB: a spin lock's acquire becomes one try. The offload cannot wait for a
// lock userspace holds (nor should it spin in softirq), but it can hand
// the request to userspace, which then spins as the program does. So
//
//   spin:                                  spin:
//     %old = atomicrmw xchg ptr %l, 1        %t = cmpxchg ptr %l, 0, 1
//     %free = icmp eq %old, 0       ->       br %t.success, %got, %fallback
//     br %free, %got, %spin                  (!koffload.lock on the cmpxchg)
//
// and the same for `while (!__sync_bool_compare_and_swap(&l, 0, 1));`. A
// try that finds the lock held writes nothing (the xchg loop's failed
// trips wrote 1 over 1, or over a value the program would have spun on);
// one that takes it is what the loop's last trip did. The acquire is
// undone by releasing the lock when the request falls back after it
// (UndoLog.cpp): no one else writes a held lock.
//
// A loop rotated with its first try peeled before it is one try too (the
// guard's exchange; the loop is then unreachable).
//
// Left alone: anything else in the loop but address arithmetic and loads
// (a back-off, a counter: then it stays a loop, capped, and its write
// inside the loop is refused where a fallback may follow).
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFLegalize.h"

#include "llvm/IR/CFG.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

namespace koffload {

namespace {

/// The exchange of a spin loop \p BB (a block that branches to itself),
/// with the value that means "free", if \p BB is one.
struct SpinTry {
  Instruction *Try = nullptr; ///< the atomicrmw xchg or the cmpxchg
  BasicBlock *Got = nullptr;  ///< where the loop goes once it has the lock
};

/// Whether \p Succ leads straight back to \p BB: \p BB itself, or an
/// empty block that only branches there (the loop's body of
/// `while (xchg(...));` before simplification).
bool backTo(BasicBlock *Succ, BasicBlock &BB) {
  if (Succ == &BB)
    return true;
  auto *Br = dyn_cast<BranchInst>(Succ->getTerminator());
  return Br && Br->isUnconditional() && Br->getSuccessor(0) == &BB &&
         Succ->sizeWithoutDebug() == 1 && Succ->getSinglePredecessor();
}

std::optional<SpinTry> spinLoop(BasicBlock &BB) {
  auto *Br = dyn_cast<BranchInst>(BB.getTerminator());
  if (!Br || !Br->isConditional() ||
      backTo(Br->getSuccessor(0), BB) == backTo(Br->getSuccessor(1), BB))
    return std::nullopt;
  BasicBlock *Exit = backTo(Br->getSuccessor(0), BB) ? Br->getSuccessor(1)
                                                     : Br->getSuccessor(0);
  bool ExitOnTrue = Br->getSuccessor(0) == Exit;
  Instruction *Try = nullptr;
  for (Instruction &I : BB) {
    if (&I == Br || isa<DbgInfoIntrinsic>(I) || isa<GetElementPtrInst>(I) ||
        isa<CastInst>(I) || isa<CmpInst>(I) || isa<ExtractValueInst>(I) ||
        (isa<LoadInst>(I) && !cast<LoadInst>(I).isVolatile()))
      continue;
    if ((isa<AtomicRMWInst>(I) || isa<AtomicCmpXchgInst>(I)) && !Try) {
      Try = &I;
      continue;
    }
    return std::nullopt;
  }
  if (!Try || isa<PHINode>(BB.front()))
    return std::nullopt;
  Value *Cond = Br->getCondition();
  if (auto *RMW = dyn_cast<AtomicRMWInst>(Try)) {
    // xchg V; exits when the old value is F (free), V != F.
    auto *V = dyn_cast<ConstantInt>(RMW->getValOperand());
    auto *Cmp = dyn_cast<ICmpInst>(Cond);
    if (RMW->getOperation() != AtomicRMWInst::Xchg || !V || !Cmp ||
        Cmp->getOperand(0) != RMW || !isa<ConstantInt>(Cmp->getOperand(1)))
      return std::nullopt;
    auto *F = cast<ConstantInt>(Cmp->getOperand(1));
    bool ExitWhenEqual = (Cmp->getPredicate() == ICmpInst::ICMP_EQ) ==
                         ExitOnTrue;
    if (!Cmp->isEquality() || !ExitWhenEqual || F == V)
      return std::nullopt;
    return SpinTry{Try, Exit};
  }
  // cmpxchg F, V; exits on its success flag.
  auto *CX = cast<AtomicCmpXchgInst>(Try);
  auto *EV = dyn_cast<ExtractValueInst>(Cond);
  if (!EV || EV->getAggregateOperand() != CX || EV->getIndices()[0] != 1 ||
      !ExitOnTrue)
    return std::nullopt;
  return SpinTry{Try, Exit};
}

/// The rotated form (loop rotation peels the first try): a block whose
/// exchange, when it finds the lock held, enters the spin loop \p Loop,
/// and otherwise goes where the loop goes once it has the lock.
std::optional<SpinTry> spinGuard(BasicBlock &BB, BasicBlock *Loop,
                                 const SpinTry &Spin) {
  auto *Br = dyn_cast<BranchInst>(BB.getTerminator());
  auto *Cmp = Br && Br->isConditional()
                  ? dyn_cast<ICmpInst>(Br->getCondition())
                  : nullptr;
  auto *RMW = Cmp ? dyn_cast<AtomicRMWInst>(Cmp->getOperand(0)) : nullptr;
  auto *LoopRMW = dyn_cast<AtomicRMWInst>(Spin.Try);
  if (!RMW || !LoopRMW || RMW->getParent() != &BB || !RMW->hasOneUse() ||
      RMW->getOperation() != AtomicRMWInst::Xchg ||
      RMW->getValOperand() != LoopRMW->getValOperand() ||
      !Cmp->isEquality() || Cmp->getOperand(1) != cast<ICmpInst>(
          cast<BranchInst>(Loop->getTerminator())->getCondition())
                                                    ->getOperand(1))
    return std::nullopt;
  bool FreeOnTrue = Cmp->getPredicate() == ICmpInst::ICMP_EQ;
  BasicBlock *Free = Br->getSuccessor(FreeOnTrue ? 0 : 1);
  BasicBlock *Held = Br->getSuccessor(FreeOnTrue ? 1 : 0);
  if (Free != Spin.Got || Held != Loop)
    return std::nullopt;
  return SpinTry{RMW, Free};
}

} // namespace

PreservedAnalyses BPFSpinLocksPass::run(Module &M, ModuleAnalysisManager &) {
  std::optional<MarkedProgram> P = MarkedProgram::find(M);
  if (!P || legaliseRefusal(M))
    return PreservedAnalyses::all();
  SmallVector<std::pair<BasicBlock *, SpinTry>, 4> Spins;
  for (BasicBlock &BB : *P->F)
    if (std::optional<SpinTry> S = spinLoop(BB))
      Spins.push_back({&BB, *S});
  // The peeled first tries, found while the loops are as they were.
  SmallVector<std::pair<BasicBlock *, SpinTry>, 4> Guards;
  for (auto &[Loop, S] : Spins)
    for (BasicBlock *Pred : predecessors(Loop))
      if (Pred != Loop)
        if (std::optional<SpinTry> G = spinGuard(*Pred, Loop, S))
          Guards.push_back({Pred, *G});
  Spins.append(Guards.begin(), Guards.end());
  LLVMContext &Ctx = M.getContext();
  for (auto &[BB, S] : Spins) {
    IRBuilder<> B(S.Try);
    AtomicCmpXchgInst *CX = dyn_cast<AtomicCmpXchgInst>(S.Try);
    if (auto *RMW = dyn_cast<AtomicRMWInst>(S.Try)) {
      auto *Cmp = cast<ICmpInst>(
          cast<BranchInst>(BB->getTerminator())->getCondition());
      CX = B.CreateAtomicCmpXchg(RMW->getPointerOperand(), Cmp->getOperand(1),
                                 RMW->getValOperand(), RMW->getAlign(),
                                 RMW->getOrdering(),
                                 AtomicCmpXchgInst::getStrongestFailureOrdering(
                                     RMW->getOrdering()));
      CX->setDebugLoc(RMW->getDebugLoc());
      // The old value, as the loop's other uses saw it on its last trip.
      RMW->replaceAllUsesWith(B.CreateExtractValue(CX, 0));
      RMW->eraseFromParent();
    }
    CX->setMetadata(marker::Lock, MDNode::get(Ctx, {}));
    // The try's outcome decides: taken, on; held, fallback.
    Instruction *Term = BB->getTerminator();
    B.SetInsertPoint(Term);
    Value *Taken = B.CreateExtractValue(CX, 1, "lock.taken");
    for (BasicBlock *Succ : successors(BB))
      if (Succ != S.Got && Succ != BB)
        Succ->removePredecessor(BB);
    BranchInst *Br = B.CreateCondBr(Taken, S.Got, P->Fallback);
    Br->copyMetadata(*Term);
    Term->eraseFromParent();
    // The back edge is gone.
    Br->setMetadata(LLVMContext::MD_loop, nullptr);
  }
  // A spin loop behind a peeled try, and an empty body that led back, are
  // left unreachable.
  if (!Spins.empty())
    removeUnreachableBlocks(*P->F);
  return Spins.empty() ? PreservedAnalyses::all() : PreservedAnalyses::none();
}

} // namespace koffload
