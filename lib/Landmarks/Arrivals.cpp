//===- Arrivals.cpp - Where requests arrive and replies leave -------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Receives and sends on the sockets (read/write on fds from socket() or
// accept(), through fd_sets and epoll events), other I/O, and the
// findings summarising what could not be worked out.
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

Value *LandmarkFinder::fdVariable(Value *Fd) {
  while (auto *Cast = dyn_cast<CastInst>(Fd))
    Fd = Cast->getOperand(0);
  if (auto *L = dyn_cast<LoadInst>(Fd))
    return L->getPointerOperand();
  return Fd;
}

const std::pair<SmallPtrSet<Value *, 8>, SmallVector<unsigned, 2>> &
LandmarkFinder::fdSetMembers() {
  if (FdSetMembers)
    return *FdSetMembers;
  FdSetMembers.emplace();
  auto &[Vars, Ids] = *FdSetMembers;
  for (Function &F : M)
    for (Instruction &I : instructions(F)) {
      auto *Bit = dyn_cast<BinaryOperator>(&I);
      if (!Bit)
        continue;
      auto *C = dyn_cast<ConstantInt>(Bit->getOperand(1));
      bool FdBit =
          C && (((Bit->getOpcode() == Instruction::SRem ||
                  Bit->getOpcode() == Instruction::URem) &&
                 C->equalsInt(64)) ||
                (Bit->getOpcode() == Instruction::And && C->equalsInt(63)));
      if (!FdBit)
        continue;
      bool Shifted = false;
      SmallVector<Value *, 4> Work{Bit};
      while (!Work.empty() && !Shifted) {
        Value *V = Work.pop_back_val();
        for (User *U : V->users()) {
          if (isa<CastInst>(U))
            Work.push_back(U);
          else if (auto *Shl = dyn_cast<BinaryOperator>(U);
                   Shl && Shl->getOpcode() == Instruction::Shl &&
                   Shl->getOperand(1) == V && match1(Shl->getOperand(0)))
            Shifted = true;
        }
      }
      if (!Shifted)
        continue;
      Value *Fd = Bit->getOperand(0);
      Vars.insert(fdVariable(Fd));
      for (unsigned Id : socketsOfFd(Fd))
        if (!is_contained(Ids, Id))
          Ids.push_back(Id);
    }
  llvm::sort(Ids);
  return *FdSetMembers;
}

bool LandmarkFinder::match1(Value *V) {
  auto *C = dyn_cast<ConstantInt>(V);
  return C && C->isOne();
}

bool LandmarkFinder::isKnownNonSocketFd(Value *Fd) {
  ValueSources S = traceValueSources(Fd);
  if (!S.Complete || S.Leaves.empty())
    return false;
  return llvm::all_of(S.Leaves, [](Value *Leaf) {
    if (auto *C = dyn_cast<ConstantInt>(Leaf))
      return C->getSExtValue() <= 2; // stdio, or "not open"
    auto *CB = dyn_cast<CallBase>(Leaf);
    return CB && callsExternalFunction(*CB) &&
           StringSwitch<bool>(directCalleeName(*CB))
               .Cases("open", "open64", "openat", "openat64", "creat",
                      "creat64", true)
               .Cases("fileno", "mkstemp", "mkostemp", "shm_open",
                      "memfd_create", true)
               .Cases("eventfd", "timerfd_create", "signalfd", "inotify_init",
                      "inotify_init1", true)
               .Cases("epoll_create", "epoll_create1", true)
               .Default(false);
  });
}

SmallVector<unsigned, 1> LandmarkFinder::socketsOfDataFd(CallBase *CB) {
  Value *Fd = decodeSocketCall(*CB)->fd();
  SmallVector<unsigned, 1> Ids = socketsOfFd(Fd);
  if (!Ids.empty())
    return Ids;
  std::optional<unsigned> Loop = governingLoop(CB);
  if (!Loop || Info.Loops[*Loop].Kind != LoopKind::Select)
    return Ids;
  const auto &[Vars, SetIds] = fdSetMembers();
  if (Vars.contains(fdVariable(Fd)))
    Ids.append(SetIds.begin(), SetIds.end());
  return Ids;
}

void LandmarkFinder::findLandmarks() {
  for (CallBase *CB : Calls) {
    std::optional<CallRole> Role = roleOf(*CB);
    if (!Role || CB->arg_size() < 1)
      continue;
    std::optional<LandmarkKind> Kind;
    SmallVector<unsigned, 1> Ids;
    switch (*Role) {
    case CallRole::Receive:
      Kind = LandmarkKind::Arrival;
      Ids = socketsOfDataFd(CB);
      break;
    case CallRole::Send:
      Kind = LandmarkKind::Reply;
      Ids = socketsOfDataFd(CB);
      break;
    case CallRole::FdRead:
    case CallRole::FdWrite:
      Ids = socketsOfDataFd(CB);
      if (Ids.empty()) {
        Kind = LandmarkKind::FileIO;
        // Other I/O without a word only when the fd is known not to be a
        // socket; an fd the walk lost track of, or one made in another
        // file, may be one.
        if (!isKnownNonSocketFd(decodeSocketCall(*CB)->fd()))
          note("UnknownFdOrigin",
               Twine(directCalleeName(*CB)) +
                   " on an fd whose origin could not be traced; counted "
                   "as other I/O, though it may be a socket",
               CB);
      } else
        Kind = *Role == CallRole::FdRead ? LandmarkKind::Arrival
                                         : LandmarkKind::Reply;
      break;
    case CallRole::FilePosRead:
    case CallRole::FilePosWrite:
      Kind = LandmarkKind::FileIO;
      break;
    default:
      break;
    }
    if (!Kind)
      continue;
    if (*Kind != LandmarkKind::FileIO)
      dropListeners(Ids);
    Landmark L{*Kind, CB, std::move(Ids), governingLoop(CB)};
    if (L.Kind == LandmarkKind::Arrival && !L.Loop && !isRotatedCopy(CB)) {
      // No wait call around it: a loop around a blocking receive is the
      // event loop.
      SmallVector<BasicBlock *, 4> Headers = enclosingLoopHeaders(CB);
      if (!Headers.empty())
        L.Loop = addLoop(LoopKind::BlockingRecv, Headers.front(), CB);
    }
    if (L.Kind == LandmarkKind::Arrival && L.Sockets.empty())
      note("UnknownArrivalSocket",
           Twine(directCalleeName(*CB)) +
               " on an fd whose socket could not be traced",
           CB);
    Info.Landmarks.push_back(std::move(L));
  }
  // Replies and I/O found before a blocking loop was known, and copies
  // of a loop's receive that rotation put in front of the loop.
  for (Landmark &L : Info.Landmarks) {
    if (!L.Loop)
      L.Loop = governingLoop(L.Call);
    if (!L.Loop)
      L.Loop = loopOfRotatedCopy(L.Call);
    if (!L.Loop && L.Kind == LandmarkKind::Arrival) {
      SmallVector<BasicBlock *, 4> Headers = enclosingLoopHeaders(L.Call);
      if (!Headers.empty()) {
        L.Loop = addLoop(LoopKind::BlockingRecv, Headers.front(), L.Call);
        continue;
      }
      note("ArrivalOutsideLoop",
           "receive is not inside a loop; a one-shot receive is not an "
           "event loop",
           L.Call);
    }
  }
}

void LandmarkFinder::checkIndirectCallsInLoops() {
  for (CallBase *CB : Calls) {
    if (isa<Function>(CB->getCalledOperand()->stripPointerCasts()) ||
        CB->isInlineAsm())
      continue;
    if (std::optional<unsigned> Loop = governingLoop(CB))
      note("IndirectCallInLoop",
           "indirect call inside event loop #" + Twine(*Loop) +
               "; its targets are not analysed and stay in userspace",
           CB);
  }
}

const Function *LandmarkFinder::anchorFunction() const {
  if (const Function *Main = M.getFunction("main"))
    if (!Main->isDeclaration())
      return Main;
  const Function *FirstDecl = nullptr;
  for (const Function &F : M) {
    if (!F.isDeclaration())
      return &F;
    if (!FirstDecl)
      FirstDecl = &F;
  }
  return FirstDecl;
}

void LandmarkFinder::summarizeProblems() {
  if (Info.Sockets.empty()) {
    bool AnyBody =
        llvm::any_of(M, [](const Function &F) { return !F.isDeclaration(); });
    note("NoSocket",
         AnyBody ? "no socket() call found; this module is not a server "
                   "koffload can split and is left unchanged"
                 : "module has no function bodies; nothing to analyse",
         nullptr, anchorFunction());
    return;
  }
  if (Info.Loops.empty())
    note("NoEventLoop",
         "sockets found but no event loop (no poll/select/epoll loop and "
         "no loop around a blocking receive)",
         Info.Sockets.front().Creator);
}

} // namespace landmarks
} // namespace koffload
