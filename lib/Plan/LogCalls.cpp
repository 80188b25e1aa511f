//===- LogCalls.cpp - A log function's level test before its call ---------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Servers log through a function of their own:
//
//     void log_msg(int level, const char *fmt, ...) {
//       if (level > log_level) return;
//       va_list ap; va_start(ap, fmt); vsyslog(level, fmt, ap); va_end(ap);
//     }
//
// LLVM's inliner cannot expand va_start, and a helper that formats or dumps
// a packet can be over the inlining budget: either way the call stays a
// call, which the kernel cannot make, and every request that passes it
// falls back, though with the level test failing the function does
// nothing. So the test is copied in front of the call (partial inlining):
// the blocks from the callee's entry that have no side effects, up to
// where the callee either returns or does something. Their copy decides,
// at the call, whether the callee would return at once (the call is
// skipped, its result the returned value) or not (the call is made, and
// the callee repeats the test, which changes nothing). The callee itself
// is not changed: its test is read from a simplified clone (SROA, so that
// -O0's parameter slots are values), which is then deleted.
//
//===----------------------------------------------------------------------===//

#include "Plan/LogCalls.h"
#include "Support/AnalysisManagers.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Scalar/EarlyCSE.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

using namespace llvm;

namespace koffload {

namespace {

/// Instructions that cost nothing at the call: markers, debug info, slots.
bool isBookkeeping(const Instruction &I) {
  return isa<DbgInfoIntrinsic>(I) || isa<AllocaInst>(I) ||
         I.isLifetimeStartOrEnd() || isa<PseudoProbeInst>(I);
}

/// A block that only returns (a value, maybe through a phi).
bool isReturnOnly(const BasicBlock &BB) {
  if (!isa<ReturnInst>(BB.getTerminator()))
    return false;
  return all_of(BB, [](const Instruction &I) {
    return I.isTerminator() || isa<PHINode>(I) || isBookkeeping(I);
  });
}

/// The callee's test, read from a simplified clone \p G.
struct EarlyReturnTest {
  SmallVector<BasicBlock *, 8> Blocks; ///< in topological order, entry first
  SmallPtrSet<BasicBlock *, 4> Returns;
  bool Valid = false;
};

EarlyReturnTest findTest(Function &G, unsigned MaxTest) {
  EarlyReturnTest T;
  SmallPtrSet<BasicBlock *, 8> InTest;
  SmallVector<BasicBlock *, 8> Work{&G.getEntryBlock()};
  unsigned Size = 0;
  bool ReachesWork = false;
  auto Pure = [](BasicBlock &BB) {
    return all_of(BB, [](Instruction &I) {
      return I.isTerminator() || isBookkeeping(I) || !I.mayHaveSideEffects();
    });
  };
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    if (InTest.contains(BB) || T.Returns.contains(BB))
      continue;
    if (isReturnOnly(*BB)) {
      T.Returns.insert(BB);
      continue;
    }
    if (!Pure(*BB) || isa<ReturnInst>(BB->getTerminator()) ||
        (!isa<BranchInst>(BB->getTerminator()) &&
         !isa<SwitchInst>(BB->getTerminator()))) {
      ReachesWork = true; // the callee's work starts here
      continue;
    }
    InTest.insert(BB);
    for (Instruction &I : *BB)
      if (!isBookkeeping(I) && !I.isTerminator())
        ++Size;
    if (Size > MaxTest || InTest.size() > 8)
      return T;
    append_range(Work, successors(BB));
  }
  if (T.Returns.empty() || !ReachesWork || !InTest.contains(&G.getEntryBlock()))
    return T;
  // Every block of the test is entered from the test only, and the test has
  // no loop: order it so that each block comes after its predecessors.
  DenseMap<BasicBlock *, unsigned> Waiting;
  for (BasicBlock *BB : InTest) {
    if (BB != &G.getEntryBlock() &&
        any_of(predecessors(BB),
               [&](BasicBlock *P) { return !InTest.contains(P); }))
      return T;
    Waiting[BB] = pred_size(BB);
  }
  SmallVector<BasicBlock *, 8> Ready{&G.getEntryBlock()};
  while (!Ready.empty()) {
    BasicBlock *BB = Ready.pop_back_val();
    T.Blocks.push_back(BB);
    for (BasicBlock *S : successors(BB))
      if (InTest.contains(S) && --Waiting[S] == 0)
        Ready.push_back(S);
  }
  if (T.Blocks.size() != InTest.size())
    return T; // a loop
  // The test's values are computed from the arguments, globals and each
  // other: the callee's slots stay behind.
  for (BasicBlock *BB : T.Blocks)
    for (Instruction &I : *BB)
      if (!isBookkeeping(I))
        for (Value *Op : I.operands())
          if (isa<AllocaInst>(Op))
            return T;
  for (BasicBlock *R : T.Returns)
    for (Instruction &I : *R)
      if (!isBookkeeping(I))
        for (Value *Op : I.operands())
          if (isa<AllocaInst>(Op))
            return T;
  T.Valid = true;
  return T;
}

} // namespace

bool guardByEarlyReturn(CallBase &CB, unsigned MaxTest) {
  Function *Callee = CB.getCalledFunction();
  Function *Caller = CB.getFunction();
  if (!Callee || Callee->isDeclaration() || Callee == Caller ||
      CB.isMustTailCall() || !isa<CallInst>(CB) ||
      CB.getFunctionType() != Callee->getFunctionType())
    return false;

  // Read the test from a clone with its locals promoted.
  ValueToValueMapTy CloneMap;
  Function *G = CloneFunction(Callee, CloneMap);
  {
    AnalysisManagers AM;
    FunctionPassManager FPM;
    FPM.addPass(SROAPass(SROAOptions::ModifyCFG));
    FPM.addPass(EarlyCSEPass());
    FPM.addPass(SimplifyCFGPass());
    FPM.run(*G, AM.FAM);
    AM.FAM.clear();
  }
  auto Erase = make_scope_exit([&] { G->eraseFromParent(); });
  EarlyReturnTest T = findTest(*G, MaxTest);
  if (!T.Valid)
    return false;

  // The call in a block of its own, between the test and what follows.
  BasicBlock *Head = CB.getParent();
  BasicBlock *CallBB = Head->splitBasicBlock(&CB, "log.call");
  BasicBlock *Done =
      CallBB->splitBasicBlock(CB.getNextNode(), "log.done");
  ValueToValueMapTy VM;
  for (Argument &A : G->args())
    VM[&A] = CB.getArgOperand(A.getArgNo());
  SmallVector<BasicBlock *, 8> Copies;
  for (BasicBlock *BB : T.Blocks) {
    BasicBlock *C = CloneBasicBlock(BB, VM, ".test", Caller);
    C->moveBefore(CallBB);
    VM[BB] = C;
    Copies.push_back(C);
  }
  for (BasicBlock *R : T.Returns)
    VM[R] = Done;
  // The callee's work: the call.
  for (BasicBlock *BB : T.Blocks)
    for (BasicBlock *S : successors(BB))
      if (!VM.count(S))
        VM[S] = CallBB;
  PHINode *Result = nullptr;
  if (!CB.getType()->isVoidTy()) {
    Result = PHINode::Create(CB.getType(), 4, CB.getName() + ".log");
    Result->insertBefore(Done->begin());
  }
  const DebugLoc &At = CB.getDebugLoc();
  for (unsigned I = 0; I < Copies.size(); ++I) {
    BasicBlock *C = Copies[I];
    for (Instruction &Inst : make_early_inc_range(*C)) {
      if (isBookkeeping(Inst)) {
        Inst.eraseFromParent();
        continue;
      }
      RemapInstruction(&Inst, VM,
                       RF_IgnoreMissingLocals | RF_NoModuleLevelChanges);
      // Locations of the callee's lines would name the callee's scope in
      // the caller: the test is the call's.
      Inst.dropDbgRecords();
      Inst.setDebugLoc(At);
    }
    // The value returned on each edge out of the test (a switch may have
    // several edges to one block: the phi has an entry per edge).
    if (Result)
      for (BasicBlock *S : successors(T.Blocks[I]))
        if (T.Returns.contains(S)) {
          Value *V = cast<ReturnInst>(S->getTerminator())->getReturnValue();
          if (auto *Phi = dyn_cast<PHINode>(V); Phi && Phi->getParent() == S)
            V = Phi->getIncomingValueForBlock(T.Blocks[I]);
          Value *Mapped = VM.lookup(V);
          Result->addIncoming(Mapped ? Mapped : V, C);
        }
  }
  Head->getTerminator()->setSuccessor(0, Copies.front());
  if (Result) {
    CB.replaceAllUsesWith(Result);
    Result->addIncoming(&CB, CallBB);
  }
  return true;
}

} // namespace koffload
