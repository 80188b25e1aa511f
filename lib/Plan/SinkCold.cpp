//===- SinkCold.cpp - Computations moved to the branch using them ---------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A server formats the client's address for a log line before it knows
// whether it will log:
//
//     char ip[INET_ADDRSTRLEN];
//     inet_ntop(AF_INET, &cli.sin_addr, ip, sizeof ip);
//     if (verbose) printf("%s asked for %u\n", ip, key);
//
// inet_ntop has no kernel counterpart, so every request fell back at it,
// though only the logging branch reads `ip`. Compilers do not move the call
// (it is an external call that may write memory); its effects are known,
// though: a short table below says which library calls only compute a
// result, returned or written into one buffer argument (inet_ntop,
// inet_ntoa, snprintf, the byte-order functions, strerror). Such a call is
// moved into the block that dominates every use of its result and of its
// buffer (a local array no one else reads), when that block is below the
// call in the same loop and nothing on the way may change what the call
// reads: no call with side effects (another inet_ntoa would overwrite its
// static buffer), no store that may alias a pointer argument. The request
// then runs the call only where it logs. errno, which inet_ntop sets only
// when the buffer is too small or the family unknown, is not counted as a
// use.
//
//===----------------------------------------------------------------------===//

#include "Plan/SinkCold.h"
#include "Plan/PathUtils.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Analysis/AliasAnalysis.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/MemoryLocation.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"

using namespace llvm;

namespace koffload {

namespace {

/// The argument a library call only computes into (-1: the result alone),
/// or nullopt for a call not in the table.
std::optional<int> resultBuffer(const CallInst &CI) {
  const Function *Callee = CI.getCalledFunction();
  if (!Callee || !Callee->isDeclaration())
    return std::nullopt;
  return StringSwitch<std::optional<int>>(Callee->getName())
      .Case("inet_ntop", 2)
      .Cases("snprintf", "sprintf", 0)
      .Cases("inet_ntoa", "strerror", -1)
      .Cases("ntohs", "ntohl", "htons", "htonl", -1)
      .Default(std::nullopt);
}

bool isMarker(const Instruction &I) {
  return isa<DbgInfoIntrinsic>(I) || I.isLifetimeStartOrEnd();
}

/// Adds the blocks of the uses of \p Buffer's object other than \p CI to
/// \p Blocks; false when the object is not a local array of the function.
bool bufferUses(CallInst &CI, Value *Buffer,
                SmallVectorImpl<BasicBlock *> &Blocks) {
  auto *Obj = dyn_cast<AllocaInst>(getUnderlyingObject(Buffer));
  if (!Obj)
    return false;
  SmallVector<Value *, 8> Work{Obj};
  SmallPtrSet<Value *, 8> Seen;
  while (!Work.empty()) {
    Value *V = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    for (User *U : V->users()) {
      auto *UI = cast<Instruction>(U);
      if (UI == &CI || isMarker(*UI))
        continue;
      if (isa<GetElementPtrInst>(UI) || isa<CastInst>(UI)) {
        Work.push_back(UI);
        continue;
      }
      if (auto *Phi = dyn_cast<PHINode>(UI)) {
        Work.push_back(Phi); // the object may flow on: its uses count
        continue;
      }
      Blocks.push_back(UI->getParent());
    }
  }
  return true;
}

/// Calls that only write to a stream: the argument that is their format
/// (-1: none), or nullopt.
std::optional<int> outputFormat(const CallBase &CB) {
  const Function *Callee = CB.getCalledFunction();
  if (!Callee || !Callee->isDeclaration())
    return std::nullopt;
  return StringSwitch<std::optional<int>>(Callee->getName())
      .Case("printf", 0)
      .Cases("fprintf", "dprintf", "syslog", 1)
      .Cases("puts", "fputs", "fputc", "putchar", "fwrite", "fflush", -1)
      .Default(std::nullopt);
}

/// Whether a result of \p V's object is the static buffer of a library
/// call (inet_ntoa's string), which another such call overwrites.
bool fromStaticBuffer(const Value *V) {
  auto *CI = dyn_cast<CallInst>(getUnderlyingObject(V));
  std::optional<int> Buffer = CI ? resultBuffer(*CI) : std::nullopt;
  return Buffer && *Buffer < 0;
}

/// Whether \p I, between the call and its new place, may change what
/// \p CI reads or writes.
bool interferes(Instruction &I, CallInst &CI, AAResults &AA) {
  if (isMarker(I) || !I.mayWriteToMemory())
    return false;
  if (auto *CB = dyn_cast<CallBase>(&I)) {
    // A log line between (the verbose branch before a failure report)
    // writes only to its stream, unless its format stores through %n.
    if (std::optional<int> Format = outputFormat(*CB)) {
      StringRef Text;
      return *Format >= 0 &&
             (!getConstantStringInfo(CB->getArgOperand(*Format), Text) ||
              Text.contains("%n"));
    }
    // Another call of the table writes its buffer, or its static one.
    auto *Other = dyn_cast<CallInst>(CB);
    std::optional<int> Buffer =
        Other ? resultBuffer(*Other) : std::nullopt;
    if (!Buffer)
      return true;
    if (*Buffer < 0) {
      const Function *Callee = Other->getCalledFunction();
      return Callee == CI.getCalledFunction() ||
             any_of(CI.args(), [](Value *A) {
               return A->getType()->isPointerTy() && fromStaticBuffer(A);
             });
    }
    Value *Written = Other->getArgOperand(*Buffer);
    return any_of(CI.args(), [&](Value *A) {
      return A->getType()->isPointerTy() &&
             !AA.isNoAlias(MemoryLocation::getBeforeOrAfter(A),
                           MemoryLocation::getBeforeOrAfter(Written));
    });
  }
  for (Value *Arg : CI.args())
    if (Arg->getType()->isPointerTy() &&
        isModSet(AA.getModRefInfo(&I, MemoryLocation::getBeforeOrAfter(Arg))))
      return true;
  return false;
}

bool sinkOne(CallInst &CI, int Buffer, DominatorTree &DT, LoopInfo &LI,
             AAResults &AA) {
  if (CI.getMetadata(LandmarkMDKind) || CI.isMustTailCall())
    return false;
  SmallVector<BasicBlock *, 8> Blocks;
  for (Use &U : CI.uses()) {
    auto *UI = cast<Instruction>(U.getUser());
    if (auto *Phi = dyn_cast<PHINode>(UI))
      Blocks.push_back(Phi->getIncomingBlock(U));
    else if (!isMarker(*UI))
      Blocks.push_back(UI->getParent());
  }
  if (Buffer >= 0 && (unsigned)Buffer < CI.arg_size() &&
      !bufferUses(CI, CI.getArgOperand(Buffer), Blocks))
    return false;
  if (Blocks.empty())
    return false;
  BasicBlock *From = CI.getParent();
  BasicBlock *To = Blocks.front();
  for (BasicBlock *BB : Blocks)
    To = DT.findNearestCommonDominator(To, BB);
  if (!To || To == From || !DT.dominates(From, To) ||
      LI.getLoopFor(To) != LI.getLoopFor(From))
    return false;

  // The blocks a request passes through from the call to its new place.
  SmallPtrSet<BasicBlock *, 16> Ahead, Behind;
  SmallVector<BasicBlock *, 16> Work(successors(From));
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    if (BB == To || BB == From || !Ahead.insert(BB).second)
      continue;
    append_range(Work, successors(BB));
  }
  Work.assign(pred_begin(To), pred_end(To));
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    if (BB == From || BB == To || !Behind.insert(BB).second)
      continue;
    append_range(Work, predecessors(BB));
  }
  for (Instruction *I = CI.getNextNode(); I; I = I->getNextNode())
    if (interferes(*I, CI, AA))
      return false;
  for (BasicBlock *BB : Ahead)
    if (Behind.contains(BB))
      for (Instruction &I : *BB)
        if (interferes(I, CI, AA))
          return false;
  CI.moveBefore(&*To->getFirstInsertionPt());
  return true;
}

} // namespace

unsigned sinkColdComputations(Function &F, FunctionAnalysisManager &FAM) {
  SmallVector<std::pair<CallInst *, int>, 8> Calls;
  for (Instruction &I : instructions(F))
    if (auto *CI = dyn_cast<CallInst>(&I))
      if (std::optional<int> Buffer = resultBuffer(*CI))
        Calls.push_back({CI, *Buffer});
  if (Calls.empty())
    return 0;
  DominatorTree &DT = FAM.getResult<DominatorTreeAnalysis>(F);
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
  AAResults &AA = FAM.getResult<AAManager>(F);
  // Later calls first: a call whose result feeds a moved one (inet_ntoa's
  // string formatted by snprintf) can then follow it.
  unsigned Moved = 0;
  for (auto &[CI, Buffer] : reverse(Calls))
    Moved += sinkOne(*CI, Buffer, DT, LI, AA);
  return Moved;
}

} // namespace koffload
