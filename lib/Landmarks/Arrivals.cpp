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

void LandmarkFinder::fdReadsOf(
    Value *Fd, Instruction *At,
    SmallVectorImpl<std::pair<Value *, Instruction *>> &Out, unsigned Depth) {
  while (auto *Cast = dyn_cast<CastInst>(Fd))
    Fd = Cast->getOperand(0);
  if (auto *A = dyn_cast<Argument>(Fd)) {
    // read_tcp(j): the fd is a parameter; look at what each caller passes
    // (at -O0 the parameter is spilled to a slot first).
    if (Depth >= 4)
      return;
    Function *F = A->getParent();
    for (Use &U : F->uses())
      if (auto *Site = dyn_cast<CallBase>(U.getUser());
          Site && Site->isCallee(&U) && A->getArgNo() < Site->arg_size())
        fdReadsOf(Site->getArgOperand(A->getArgNo()), Site, Out, Depth + 1);
    return;
  }
  if (auto *L = dyn_cast<LoadInst>(Fd)) {
    Value *Slot = L->getPointerOperand();
    if (auto *AI = dyn_cast<AllocaInst>(Slot); AI && Depth < 4)
      // A parameter's spill slot: its one store is the parameter.
      for (User *U : AI->users())
        if (auto *SI = dyn_cast<StoreInst>(U);
            SI && SI->getPointerOperand() == AI &&
            isa<Argument>(SI->getValueOperand())) {
          fdReadsOf(SI->getValueOperand(), At, Out, Depth);
          return;
        }
    Out.push_back({Slot, At});
    return;
  }
  Out.push_back({Fd, At});
}

void LandmarkFinder::excludedByGuards(Value *Var, Instruction *At,
                                      SmallVectorImpl<unsigned> &Ids) {
  // `if (j != udp_fd && FD_ISSET(j, &rfds))`: on the path to At the index
  // is not that fd, so it is not that socket.
  Function *F = At->getFunction();
  DominatorTree &DT = FAM.getResult<DominatorTreeAnalysis>(*F);
  for (BasicBlock &BB : *F) {
    auto *Br = dyn_cast<BranchInst>(BB.getTerminator());
    if (!Br || !Br->isConditional())
      continue;
    auto *Cmp = dyn_cast<ICmpInst>(Br->getCondition());
    if (!Cmp || !Cmp->isEquality())
      continue;
    Value *Other = nullptr;
    if (fdVariable(Cmp->getOperand(0)) == Var)
      Other = Cmp->getOperand(1);
    else if (fdVariable(Cmp->getOperand(1)) == Var)
      Other = Cmp->getOperand(0);
    if (!Other || fdVariable(Other) == Var)
      continue;
    BasicBlock *NotEqual = Br->getSuccessor(
        Cmp->getPredicate() == ICmpInst::ICMP_NE ? 0 : 1);
    if (!DT.dominates(BasicBlockEdge(&BB, NotEqual), At->getParent()))
      continue;
    SmallVector<unsigned, 1> Other1 = socketsOfFd(Other);
    if (Other1.size() == 1)
      llvm::erase(Ids, Other1.front());
  }
}

SmallVector<unsigned, 1> LandmarkFinder::socketsOfDataFd(CallBase *CB) {
  Value *Fd = decodeSocketCall(*CB)->fd();
  // c->sfd of a struct conn that every socket has: the sockets whose
  // conns can pass the tests on the way here (FieldFds.cpp).
  if (auto Field = fieldFdSockets(Fd, CB); Field && !Field->empty())
    return *Field;
  SmallVector<unsigned, 1> Ids = socketsOfFd(Fd);
  if (Ids.empty())
    Ids = callbackSocketsOf(Fd);
  if (!Ids.empty())
    return Ids;
  std::optional<unsigned> Loop = governingLoop(CB);
  if (!Loop || Info.Loops[*Loop].Kind != LoopKind::Select)
    return Ids;
  const auto &[Vars, SetIds] = fdSetMembers();
  // The fd is, here or through the parameters it is passed down as, an
  // index tested with FD_ISSET (`for (j = 0; j <= maxfd; j++) if
  // (FD_ISSET(j, &rfds)) read(j, ...)`): one of the fds put in an fd_set,
  // less those the path to the call has ruled out.
  SmallVector<std::pair<Value *, Instruction *>, 2> Reads;
  fdReadsOf(Fd, CB, Reads);
  for (auto [Var, At] : Reads) {
    if (!Vars.contains(Var))
      continue;
    SmallVector<unsigned, 2> These(SetIds.begin(), SetIds.end());
    excludedByGuards(Var, At, These);
    for (unsigned Id : These)
      if (!is_contained(Ids, Id))
        Ids.push_back(Id);
  }
  llvm::sort(Ids);
  return Ids;
}

void LandmarkFinder::noteMixedSockets(const Landmark &L) {
  const Socket &First = Info.Sockets[L.Sockets.front()];
  bool Mixed = llvm::any_of(L.Sockets, [&](unsigned Id) {
    return Info.Sockets[Id].Kind != First.Kind;
  });
  if (!Mixed)
    return;
  std::string Which;
  for (unsigned Id : L.Sockets)
    Which += (Which.empty() ? "#" : ", #") + std::to_string(Id) + " (" +
             transportsName(Info.Sockets[Id]) + ")";
  note("MixedSocketFd",
       Twine(directCalleeName(*L.Call)) + " in " +
           L.Call->getFunction()->getName() +
           ": its fd may be socket " + Which +
           "; the same variable, field or parameter holds sockets of "
           "different kinds on different paths, and the analysis does not "
           "tell which call path carries which: the planner plans each "
           "UDP/TCP socket's requests on their own, on a path that must "
           "not test which socket it is",
       L.Call);
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
    if (!L.Loop)
      L.Loop = loopOfPointerCalls(*CB->getFunction());
    if (L.Kind == LandmarkKind::Arrival && !L.Loop && !isRotatedCopy(CB)) {
      // No wait call around it: a loop around a blocking receive is the
      // event loop.
      SmallVector<BasicBlock *, 4> Headers = enclosingLoopHeaders(CB);
      if (!Headers.empty())
        L.Loop = addLoop(LoopKind::BlockingRecv, Headers.front(), CB);
    }
    if (L.Kind != LandmarkKind::FileIO && L.Sockets.size() > 1)
      noteMixedSockets(L);
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
    if (!L.Loop)
      L.Loop = loopOfPointerCalls(*L.Call->getFunction());
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
  // (A described socket comes with a handler, and so with a loop.)
}

} // namespace landmarks
} // namespace koffload
