//===- EventLoops.cpp - The event loops of a server -----------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The loops around poll/select/epoll_wait (or around a blocking receive)
// that a request path starts and ends in, and the rotated copies LLVM
// makes of their waits.
//
//===----------------------------------------------------------------------===//

#include "Landmarks/LandmarkFinder.h"
#include "Support/Remarks.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Analysis/CFG.h"
#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/Analysis/CycleAnalysis.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <arpa/inet.h>
#include <array>
#include <netdb.h>
#include <sys/socket.h>

using namespace llvm;

namespace koffload {
namespace landmarks {

void LandmarkFinder::enclosingLoopHeaders(Instruction *I,
                                          SmallVectorImpl<BasicBlock *> &Out,
                                          SmallPtrSetImpl<Function *> &Seen,
                                          unsigned Depth) {
  Function *F = I->getFunction();
  // Cycles rather than natural loops: the same headers on reducible
  // code, and an irreducible cycle (a goto into the loop) around a
  // receive is a loop the server waits in all the same.
  CycleInfo &CI = FAM.getResult<CycleAnalysis>(*F);
  for (Cycle *C = CI.getCycle(I->getParent()); C; C = C->getParentCycle())
    Out.push_back(C->getHeader());
  if (Depth >= 6 || !Seen.insert(F).second)
    return;
  bool AddressTaken = false;
  for (Use &U : F->uses()) {
    if (auto *CB = dyn_cast<CallBase>(U.getUser()); CB && CB->isCallee(&U))
      enclosingLoopHeaders(CB, Out, Seen, Depth + 1);
    else
      AddressTaken = true;
  }
  // A handler in a dispatch table runs where the table is called from.
  if (AddressTaken)
    for (CallBase *CB : Calls)
      if (mayCallIndirectly(*CB, *F))
        enclosingLoopHeaders(CB, Out, Seen, Depth + 1);
}

SmallVector<BasicBlock *, 4>
LandmarkFinder::enclosingLoopHeaders(Instruction *I) {
  SmallVector<BasicBlock *, 4> Headers;
  SmallPtrSet<Function *, 8> Seen;
  enclosingLoopHeaders(I, Headers, Seen);
  return Headers;
}

MDNode *LandmarkFinder::sourceLoopOf(BasicBlock *Header) {
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(*Header->getParent());
  Loop *L = LI.getLoopFor(Header);
  if (!L || L->getHeader() != Header)
    return nullptr;
  if (MDNode *ID = L->getLoopID())
    return ID;
  for (BasicBlock *BB : L->blocks())
    if (LI.getLoopFor(BB) == L)
      if (MDNode *ID = BB->getTerminator()->getMetadata(LLVMContext::MD_loop))
        if (ID->getNumOperands() > 0 && ID->getOperand(0) == ID)
          return ID;
  return nullptr;
}

/// How many calls deep \p D is inlined.
static unsigned inlineDepth(const DILocation *D) {
  unsigned N = 0;
  while ((D = D->getInlinedAt()))
    ++N;
  return N;
}

/// \p Start, the location of a loop without loop metadata (clang emits
/// none for DINT's C++ `while (1)` at -O1), raised to the loop's own
/// function: its first instruction may be from a function inlined into
/// the loop (net_recv). The loop then starts at the body block holding
/// that call.
static DebugLoc atLoopLevel(DebugLoc Start, const Loop &L) {
  if (!Start)
    return Start;
  unsigned MinDepth = ~0u;
  for (BasicBlock *BB : L.blocks())
    for (Instruction &I : *BB)
      if (const DILocation *D = I.getDebugLoc())
        MinDepth = std::min(MinDepth, inlineDepth(D));
  const DILocation *D = Start.get();
  unsigned N = inlineDepth(D);
  if (N <= MinDepth)
    return Start;
  for (; N > MinDepth; --N)
    D = D->getInlinedAt();
  if (auto *Block = dyn_cast<DILexicalBlock>(D->getScope()))
    return DILocation::get(D->getContext(), Block->getLine(),
                           Block->getColumn(), Block, D->getInlinedAt());
  return DebugLoc(D);
}

DebugLoc LandmarkFinder::loopStartLoc(BasicBlock *Header) {
  if (MDNode *ID = sourceLoopOf(Header))
    for (const MDOperand &Op : drop_begin(ID->operands()))
      if (auto *Loc = dyn_cast_or_null<DILocation>(Op.get()))
        return DebugLoc(Loc);
  Loop *L =
      FAM.getResult<LoopAnalysis>(*Header->getParent()).getLoopFor(Header);
  if (L && L->getHeader() == Header)
    return atLoopLevel(L->getStartLoc(), *L);
  // An irreducible cycle: where its header begins.
  for (Instruction &I : *Header)
    if (I.getDebugLoc())
      return I.getDebugLoc();
  return DebugLoc();
}

unsigned LandmarkFinder::addLoop(LoopKind Kind, BasicBlock *Header,
                                 CallBase *Wait) {
  auto [It, Inserted] = LoopIdOfHeader.try_emplace(Header, Info.Loops.size());
  if (!Inserted)
    return It->second;
  Function *F = Header->getParent();
  if (MDNode *ID = sourceLoopOf(Header))
    LoopIdOfSourceLoop.try_emplace(ID, It->second);
  Info.Loops.push_back({Kind, F, Header, loopStartLoc(Header), Wait});
  return It->second;
}

std::optional<unsigned> LandmarkFinder::governingLoop(Instruction *I) {
  for (BasicBlock *H : enclosingLoopHeaders(I)) {
    auto It = LoopIdOfHeader.find(H);
    if (It != LoopIdOfHeader.end())
      return It->second;
    if (MDNode *ID = sourceLoopOf(H)) {
      auto SIt = LoopIdOfSourceLoop.find(ID);
      if (SIt != LoopIdOfSourceLoop.end() &&
          Info.Loops[SIt->second].F == H->getParent())
        return SIt->second;
    }
  }
  // A callback of an event library runs under the library's dispatch call.
  return callbackLoopOf(I->getFunction());
}

std::optional<unsigned> LandmarkFinder::loopOfRotatedCopy(CallBase *CB) {
  const DebugLoc &DL = CB->getDebugLoc();
  if (!DL)
    return std::nullopt;
  for (CallBase *Other : Calls)
    if (Other != CB && Other->getFunction() == CB->getFunction() &&
        Other->getCalledOperand() == CB->getCalledOperand() &&
        Other->getDebugLoc() == DL && !enclosingLoopHeaders(Other).empty())
      if (std::optional<unsigned> Loop = governingLoop(Other))
        return Loop;
  return std::nullopt;
}

bool LandmarkFinder::isRotatedCopy(CallBase *CB) {
  const DebugLoc &DL = CB->getDebugLoc();
  if (!DL)
    return false;
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(*CB->getFunction());
  unsigned Depth = LI.getLoopDepth(CB->getParent());
  for (CallBase *Other : Calls)
    if (Other != CB && Other->getFunction() == CB->getFunction() &&
        Other->getCalledOperand() == CB->getCalledOperand() &&
        Other->getDebugLoc() == DL &&
        LI.getLoopDepth(Other->getParent()) > Depth)
      return true;
  return false;
}

void LandmarkFinder::findEventLoops() {
  // Copies last, so that a copy in an outer loop does not make that loop
  // the event loop.
  SmallVector<CallBase *, 4> Copies;
  for (CallBase *CB : Calls) {
    if (roleOf(*CB) != CallRole::Wait)
      continue;
    SmallVector<BasicBlock *, 4> Headers = enclosingLoopHeaders(CB);
    if (Headers.empty() || isRotatedCopy(CB))
      Copies.push_back(CB);
    else
      addLoop(waitLoopKind(directCalleeName(*CB)), Headers.front(), CB);
  }
  for (CallBase *CB : Copies) {
    if (loopOfRotatedCopy(CB))
      continue;
    SmallVector<BasicBlock *, 4> Headers = enclosingLoopHeaders(CB);
    if (!Headers.empty())
      addLoop(waitLoopKind(directCalleeName(*CB)), Headers.front(), CB);
    else
      note("WaitOutsideLoop",
           Twine(directCalleeName(*CB)) +
               " is not called from a loop; not treated as an event loop",
           CB);
  }
}

} // namespace landmarks
} // namespace koffload
