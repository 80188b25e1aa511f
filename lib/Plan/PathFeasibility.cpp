//===- PathFeasibility.cpp - Planning stage 3: blockers on the path -------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// One function per check (RegionChecker); PathFeasibility.h says what they
// find. The per-instruction rules (which calls and instructions run under
// the verifier) are Feasibility.h's; this stage adds what depends on the
// request path around the instruction.
//
//===----------------------------------------------------------------------===//

#include "Plan/PathFeasibility.h"
#include "Plan/HeapRoots.h"
#include "Plan/CallbackLoops.h"
#include "Plan/Connected.h"
#include "Landmarks/Landmarks.h"
#include "Landmarks/SocketCalls.h"
#include "Plan/KernelLimits.h"
#include "Plan/LoopPrologue.h"
#include "Plan/PathUtils.h"
#include "Plan/StaleLocals.h"
#include "Support/LogRecords.h"
#include "Support/Names.h"
#include "Support/ValueSources.h"

#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <set>

using namespace llvm;

namespace koffload {

AnalysisKey FeasibilityAnalysis::Key;

/// A loop-header phi whose value on entry to the loop is undefined: a local
/// of a handler that SROA promoted across iterations after inlining. Each
/// request writes it before any meaningful read, so it carries no state.
static bool isUninitializedCarry(const Instruction *I) {
  const auto *Phi = dyn_cast<PHINode>(I);
  if (!Phi)
    return false;
  for (const Value *In : Phi->incoming_values())
    if (isa<UndefValue>(In))
      return true;
  return false;
}

/// The source variable a value holds ("'count'"), else "data behind" the
/// named pointer it was loaded through, else "a value".
static std::string describeValue(Value *V, unsigned Depth = 0) {
  if (std::string Name = sourceVariableName(V); !Name.empty())
    return Name;
  // Memory reached through a named pointer: "data behind 'c'".
  if (Depth < 4)
    if (auto *I = dyn_cast<Instruction>(V);
        I &&
        (isa<LoadInst>(I) || isa<GetElementPtrInst>(I) || isa<CastInst>(I))) {
      std::string Base = describeValue(I->getOperand(0), Depth + 1);
      if (Base != "a value")
        return StringRef(Base).starts_with("data behind")
                   ? Base
                   : "data behind " + Base;
    }
  return "a value";
}

/// The pointers stored into msg_name of the msghdr \p Header,
/// a local or a global.
static SmallVector<const Value *, 2> msgNameValues(const Value *Header) {
  SmallVector<const Value *, 2> Result;
  const Module *M = nullptr;
  if (const auto *AI = dyn_cast<AllocaInst>(Header))
    M = AI->getModule();
  else if (const auto *GV = dyn_cast<GlobalVariable>(Header))
    M = GV->getParent();
  if (!M)
    return Result;
  const DataLayout &DL = M->getDataLayout();
  SmallVector<std::pair<const Value *, int64_t>, 8> Work{{Header, 0}};
  SmallPtrSet<const Value *, 8> Seen;
  while (!Work.empty()) {
    auto [V, Offset] = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    for (const User *U : V->users()) {
      if (const auto *St = dyn_cast<StoreInst>(U)) {
        if (St->getPointerOperand() == V && Offset == msghdr_offset::Name &&
            St->getValueOperand()->getType()->isPointerTy())
          Result.push_back(St->getValueOperand());
      } else if (const auto *GEP = dyn_cast<GEPOperator>(U)) {
        APInt Off(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
        if (GEP->getPointerOperand() == V &&
            GEP->accumulateConstantOffset(DL, Off))
          Work.push_back({GEP, Offset + Off.getSExtValue()});
      } else if (isa<BitCastOperator>(U) || isa<AddrSpaceCastInst>(U)) {
        Work.push_back({U, Offset});
      }
    }
  }
  return Result;
}

/// A write to shared state that the offload could not undo if the request
/// fell back after it (lib/Kernel/UndoLog.h), described; else empty. Any
/// write on the path may be followed by a fallback: the reply's own checks
/// come last.
static std::string unrestorableWrite(Instruction &I, const RequestPath &P,
                                     const LoopInfo &LI) {
  SmallVector<Access, 2> Acc;
  accessesOf(I, Acc);
  for (const Access &A : Acc) {
    if (!A.Write)
      continue;
    std::string Target = "'" + globalSourceName(*A.GV) + "'";
    if (auto *MI = dyn_cast<AnyMemIntrinsic>(&I)) {
      // A memcpy of run-time length saves what it overwrites first (and
      // falls back when that is over MaxUndoneCopyBytes); memset and
      // memmove of run-time length are byte loops.
      auto *Len = dyn_cast<ConstantInt>(MI->getLength());
      if (Len ? Len->getZExtValue() > MaxUndoneCopyBytes : !isa<MemCpyInst>(MI))
        return "a copy of run-time or large length into " + Target;
    } else if (isa<CallBase>(I)) {
      return "a call that writes into " + Target;
    }
    Loop *L = LI.getLoopFor(I.getParent());
    if (L && L != P.RequestLoop && P.RequestLoop->contains(L))
      return "a write to " + Target + " inside a loop";
  }
  Loop *L = LI.getLoopFor(I.getParent());
  return heapWriteObstacle(
      I, L && L != P.RequestLoop && P.RequestLoop->contains(L));
}

namespace {

/// The checks of one request path's region.
class RegionChecker {
public:
  RegionChecker(const LandmarkInfo &Info, const PreparedModule &Prepared,
                const PlanLimits &Limits, const RequestPath &P,
                ScalarEvolution &SE, const LoopInfo &LI, PathBlockers &Out)
      : Info(Info), Prepared(Prepared), Limits(Limits), P(P), SE(SE), LI(LI),
        Out(Out) {}

  void run();

private:
  const LandmarkInfo &Info;
  const PreparedModule &Prepared;
  const PlanLimits &Limits;
  const RequestPath &P;
  ScalarEvolution &SE;
  const LoopInfo &LI;
  PathBlockers &Out;
  FeasibilityContext Ctx;
  /// Phis in the region that carry state from before the receive, with
  /// the state they carry.
  DenseMap<PHINode *, Value *> Carries;
  /// The source address objects of the arrivals, and their msghdrs.
  SmallPtrSet<const Value *, 2> SourceObjects, ArrivalHeaders;
  /// Sockets other than P's that its receives may be on ("#0, #2"), whose
  /// requests run the same code in userspace; empty when none.
  std::string OtherSockets;
  /// The receives' fds, and casts of them, when OtherSockets is not empty.
  SmallPtrSet<const Value *, 2> ArrivalFds;

  void block(BasicBlock *BB, Blocker B, StringRef Detail, const Instruction *At,
             DebugLoc Loc);
  Value *preArrivalRoot(Value *V, unsigned Depth = 0) const;
  void findCarriedState();
  void findSources();
  bool isDispatchControl(Instruction &I, Value *Root) const;
  bool onlyLandmarkFd(Value *V) const;

  void findArrivalFds();
  bool sameFdAsArrivals(CallBase *Reply) const;
  void checkLandmark(BasicBlock *BB, Instruction &I, const Landmark &L);
  void checkInstruction(BasicBlock *BB, Instruction &I);
  void checkPreArrivalState(BasicBlock *BB, Instruction &I);
  void checkReplies();
  void checkLoops();
  void checkLoopPrologue();
  void checkKernel();
};

} // namespace

void RegionChecker::block(BasicBlock *BB, Blocker B, StringRef Detail,
                          const Instruction *At, DebugLoc Loc) {
  if (!Loc || !Loc.getLine())
    Loc = nearestLoc(At);
  Out.BlockersIn[BB].push_back({B, Detail.str(), Loc, At, 0});
}

void RegionChecker::run() {
  Ctx.Recursive = Prepared.Recursive;
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB)
      if (landmarkIndex(I))
        Ctx.LandmarkCalls.insert(&I);
  findCarriedState();
  findSources();
  findArrivalFds();
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB) {
      if (isa<DbgInfoIntrinsic>(I))
        continue;
      if (std::optional<unsigned> Idx = landmarkIndex(I))
        checkLandmark(BB, I, Info.Landmarks[*Idx]);
      else
        checkInstruction(BB, I);
    }
  checkReplies();
  checkLoops();
  checkLoopPrologue();
  for (auto [I, A] : staleLocalReads(
           P, [&](Value *V) { return onlyLandmarkFd(V); })) {
    std::string Name = sourceVariableName(A);
    block(I->getParent(), Blocker::PreArrivalState,
          (Name.empty() ? "a local" : "local " + Name) +
              " holds bytes from before the receive",
          I, I->getDebugLoc());
  }
  for (auto [I, A] : carriedLocalWrites(P)) {
    std::string Name = sourceVariableName(A);
    block(I->getParent(), Blocker::PreArrivalState,
          (Name.empty() ? "a local" : "local " + Name) +
              " keeps bytes for later requests, which would not see the "
              "offload's write",
          I, I->getDebugLoc());
  }
  checkKernel();
}

/// State from the loop iteration before the receive: the root value (a
/// phi, a load, a call) that \p V is computed from, or null. Address
/// arithmetic on locals, globals and constants is not state: the kernel
/// computes it again.
Value *RegionChecker::preArrivalRoot(Value *V, unsigned Depth) const {
  // The loop function's arguments (a worker thread's index) are state
  // too: the kernel has none, and with several event-loop threads not even
  // one value of them. (Values the function computes before its loop are
  // still refused by the generator only: the listening fd in the next
  // round's FD_SET is one of them, which the kernel never runs.)
  if (isa<Argument>(V))
    return V;
  auto *Def = dyn_cast<Instruction>(V);
  if (!Def || P.Region.contains(Def->getParent()) ||
      !P.EventLoop->contains(Def->getParent()) ||
      is_contained(P.ArrivalCalls, Def) || isUninitializedCarry(Def) ||
      isa<AllocaInst>(Def))
    return nullptr;
  if (Depth < 8 &&
      (isa<GetElementPtrInst>(Def) || isa<CastInst>(Def) ||
       isa<BinaryOperator>(Def) || isa<CmpInst>(Def) || isa<SelectInst>(Def))) {
    for (Value *Op : Def->operands())
      if (Value *Root = preArrivalRoot(Op, Depth + 1))
        return Root;
    return nullptr;
  }
  return Def;
}

/// Phis in the region that carry state from before the receive (merging
/// the paths where a request did not change it).
void RegionChecker::findCarriedState() {
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (BasicBlock *BB : P.Region)
      for (PHINode &Phi : BB->phis()) {
        if (Carries.count(&Phi))
          continue;
        for (Value *In : Phi.incoming_values()) {
          Value *Root = preArrivalRoot(In);
          if (!Root)
            if (auto *InPhi = dyn_cast<PHINode>(In);
                InPhi && Carries.count(InPhi))
              Root = Carries.lookup(InPhi);
          if (Root) {
            Carries[&Phi] = Root;
            Changed = true;
            break;
          }
        }
      }
  }
}

/// The source address objects of the arrivals: a reply must go there.
/// With recvmsg the source is where the msghdr's msg_name points, and a
/// reply through the same msghdr goes back there.
void RegionChecker::findSources() {
  for (CallBase *A : P.ArrivalCalls) {
    std::optional<SocketCall> SC = decodeSocketCall(*A);
    if (!SC)
      continue;
    if (const Value *Addr = SC->address())
      SourceObjects.insert(getUnderlyingObject(Addr));
    // recvmsg (not the mmsghdr vector of recvmmsg).
    if (const Value *Msg = SC->msghdr(); Msg && !SC->count()) {
      const Value *Header = getUnderlyingObject(Msg);
      ArrivalHeaders.insert(Header);
      for (const Value *Source : msgNameValues(Header))
        SourceObjects.insert(getUnderlyingObject(Source));
    }
  }
}

/// The test of a loop \p L around the receive, or of one it is in.
static bool isExitTestOf(Value *V, const Loop *L) {
  auto *Cmp = dyn_cast<ICmpInst>(V);
  return Cmp && !Cmp->use_empty() && all_of(Cmp->users(), [&](User *U) {
           auto *Br = dyn_cast<BranchInst>(U);
           return Br && L->contains(Br->getParent()) &&
                  any_of(successors(Br->getParent()), [&](BasicBlock *S) {
                    return S == L->getHeader() || !L->contains(S);
                  });
         });
}

/// The counter of a loop that dispatches ready events (for i < n over
/// epoll_wait's results) steps and tests itself after each request; that
/// is the loop going on to the next event, not state the request needs.
/// A request the kernel answers never becomes an event.
bool RegionChecker::isDispatchControl(Instruction &I, Value *Root) const {
  // The test of a loop around the receive (i < n; after rotation, also
  // i + 1 < n with n from epoll_wait).
  for (const Loop *L = P.LI->getLoopFor(P.RequestLoop->getHeader());
       L && P.EventLoop->contains(L); L = L->getParentLoop())
    if (isExitTestOf(&I, L))
      return true;
  // The step of its counter.
  auto *Phi = dyn_cast<PHINode>(Root);
  if (!Phi || !isa<BinaryOperator>(I))
    return false;
  Loop *L = P.LI->getLoopFor(Phi->getParent());
  if (!L || L->getHeader() != Phi->getParent() ||
      !L->contains(P.RequestLoop->getHeader()) || !P.EventLoop->contains(L))
    return false;
  return all_of(I.users(), [&](User *U) {
    if (U == Phi || isExitTestOf(U, L))
      return true;
    auto *Merge = dyn_cast<PHINode>(U); // the latch merging the paths
    return Merge && all_of(Merge->users(), [&](User *V) {
             return V == Phi || isExitTestOf(V, L);
           });
  });
}

/// A receive that may be on several sockets is planned for each (Request
/// Paths.h); the kernel runs the path only for P's. Its fd then says
/// which socket the request came on: a path that uses it as a value (other
/// than as the fd of a reply) behaves per socket.
void RegionChecker::findArrivalFds() {
  std::set<unsigned> Others;
  for (unsigned A : P.Arrivals)
    for (unsigned Id : Info.Landmarks[A].Sockets)
      if (Id != P.Socket)
        Others.insert(Id);
  for (unsigned Id : Others)
    OtherSockets += (OtherSockets.empty() ? "#" : ", #") + std::to_string(Id);
  if (OtherSockets.empty())
    return;
  for (unsigned I = 0; I < P.ArrivalCalls.size(); ++I) {
    CallBase *A = P.ArrivalCalls[I];
    std::optional<SocketCall> SC = decodeSocketCall(*A);
    if (!SC)
      continue;
    ArrivalFds.insert(SC->fd());
    // An fd chosen once, before the event loop (`fd = opt ? ctl : udp`):
    // the planned socket may be one this loop never reads, whose
    // datagrams the offload would answer while the server leaves them.
    auto *Def = dyn_cast<Instruction>(SC->fd());
    if (!Def || !P.EventLoop->contains(Def))
      block(P.Entries[I], Blocker::PreArrivalState,
            "the receive's fd, chosen once before the event loop among "
            "this socket and socket " +
                OtherSockets +
                ": the loop may never read this one",
            A, A->getDebugLoc());
  }
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB)
      if (auto *Cast = dyn_cast<CastInst>(&I);
          Cast && ArrivalFds.contains(Cast->getOperand(0)))
        ArrivalFds.insert(Cast);
}

/// \p Reply's fd is the fd every receive of the path was on: the same
/// value, or loaded again from the same place (`fds[i].fd` after the call
/// that may have written memory), which the path does not write.
bool RegionChecker::sameFdAsArrivals(CallBase *Reply) const {
  std::optional<SocketCall> RSC = decodeSocketCall(*Reply);
  if (!RSC || !RSC->fd())
    return false;
  const Value *Fd = RSC->fd();
  auto Same = [&](const Value *A, const Value *B) {
    A = A->stripPointerCasts();
    B = B->stripPointerCasts();
    if (A == B)
      return true;
    const auto *LA = dyn_cast<LoadInst>(A), *LB = dyn_cast<LoadInst>(B);
    if (!LA || !LB || LA->getPointerOperand() != LB->getPointerOperand())
      return false;
    for (BasicBlock *BB : P.Region)
      for (Instruction &I : *BB)
        if (auto *St = dyn_cast<StoreInst>(&I);
            St && St->getPointerOperand() == LA->getPointerOperand())
          return false;
    return true;
  };
  return !P.ArrivalCalls.empty() && all_of(P.ArrivalCalls, [&](CallBase *A) {
    std::optional<SocketCall> SC = decodeSocketCall(*A);
    return SC && Same(SC->fd(), Fd);
  });
}

/// The fd a request arrived on, reloaded from the event that announced it
/// (events[i].data.fd) to reply on the same connection: the kernel has the
/// connection itself. Values that only become the fd of a receive or a
/// reply are not state the request needs.
bool RegionChecker::onlyLandmarkFd(Value *V) const {
  FdUseWalk Walk;
  Walk.ThroughMemory = true;
  Walk.MaxDepth = 4;
  return onlyFdOf(V, Walk, [&](const CallBase &CB) {
    std::optional<unsigned> Idx = landmarkIndex(CB);
    return Idx && Info.Landmarks[*Idx].Kind != LandmarkKind::FileIO;
  });
}

/// Landmark calls on the path: a second receive, I/O that blocks, or a
/// reply that does not go back to the request's source.
void RegionChecker::checkLandmark(BasicBlock *BB, Instruction &I,
                                  const Landmark &L) {
  auto *CB = cast<CallBase>(&I);
  StringRef Name = directCalleeName(*CB);
  if (L.Kind == LandmarkKind::Arrival) {
    block(BB, Blocker::BlockingIO, (Name + " of a second request").str(), &I,
          I.getDebugLoc());
  } else if (L.Kind == LandmarkKind::FileIO) {
    block(BB, Blocker::BlockingIO, Name, &I, I.getDebugLoc());
  } else if ((L.Sockets.size() != 1 || L.Sockets.front() != P.Socket) &&
             !(is_contained(L.Sockets, P.Socket) && sameFdAsArrivals(CB))) {
    block(BB, Blocker::ReplyElsewhere, (Name + " on another socket").str(), &I,
          I.getDebugLoc());
  } else if (std::optional<SocketCall> SC = decodeSocketCall(*CB); !SC) {
    return;
  } else if (repliesToConnectedPeer(*CB) &&
             !connectedBeforeArrivals(Info, Prepared, P)) {
    block(BB, Blocker::ReplyElsewhere,
          (Name + " on a socket not connected before the receive").str(), &I,
          I.getDebugLoc());
  } else if (const Value *Addr = SC->address();
             Addr && !SourceObjects.contains(getUnderlyingObject(Addr))) {
    block(BB, Blocker::ReplyElsewhere,
          (Name + " to an address other than the request's source").str(), &I,
          I.getDebugLoc());
  } else if (const Value *Msg = SC->msghdr(); Msg && !SC->count()) {
    const Value *Header = getUnderlyingObject(Msg);
    SmallVector<const Value *, 2> Names = msgNameValues(Header);
    bool ToSource =
        Names.empty() ? ArrivalHeaders.contains(Header)
                      : all_of(Names, [&](const Value *V) {
                          return SourceObjects.contains(getUnderlyingObject(V));
                        });
    if (!ToSource)
      block(BB, Blocker::ReplyElsewhere,
            (Name + " to an address other than the request's source").str(), &I,
            I.getDebugLoc());
  }
}

/// The thread_local global \p V addresses: the global itself or
/// llvm.threadlocal.address of it (which LICM may hoist out of the loop).
static const GlobalVariable *threadLocalOf(const Value *V) {
  V = V->stripPointerCasts();
  if (auto *II = dyn_cast<IntrinsicInst>(V);
      II && II->getIntrinsicID() == Intrinsic::threadlocal_address)
    V = II->getArgOperand(0)->stripPointerCasts();
  auto *GV = dyn_cast<GlobalVariable>(V);
  return GV && GV->isThreadLocal() ? GV : nullptr;
}

/// Any other instruction: a devirtualised call, what the classifier says
/// (with the inliner's refusals), a write the offload could not undo, a
/// bounded form, then state from before the receive.
void RegionChecker::checkInstruction(BasicBlock *BB, Instruction &I) {
  // A thread's own copy: with several event-loop threads the kernel could
  // not know whose, and it has none of them.
  for (Value *Op : I.operands())
    if (const GlobalVariable *TLS = threadLocalOf(Op)) {
      block(BB, Blocker::PreArrivalState,
            "thread_local '" + globalSourceName(*TLS) +
                "': each thread has its own copy, the kernel none",
            &I, I.getDebugLoc());
      return;
    }
  if (MDNode *MD = I.getMetadata(DevirtMDKind)) {
    Out.BoundedIn.push_back(
        {BB,
         {KernelForm::DevirtualisedCall,
          ("call through " + cast<MDString>(MD->getOperand(0))->getString())
              .str(),
          I.getDebugLoc()}});
    return;
  }
  Classification Cl = classifyInstruction(I, Ctx);
  if (auto *CB = dyn_cast<CallBase>(&I); CB && Prepared.Refused.count(CB)) {
    Cl.Block = Prepared.Refused.lookup(CB);
    Cl.Detail = CB->getCalledFunction()->getName().str();
    if (auto It = Prepared.RefusedWhy.find(CB); It != Prepared.RefusedWhy.end())
      Cl.Detail += " " + It->second;
  }
  if (Cl.Block) {
    // A landing pad has no line of its own (clang gives it the function's
    // last); the call that unwinds to it is the place.
    DebugLoc Loc = I.getDebugLoc();
    if (isa<LandingPadInst>(I))
      for (BasicBlock *Pred : predecessors(BB))
        if (isa<InvokeInst>(Pred->getTerminator()) &&
            Pred->getTerminator()->getDebugLoc()) {
          Loc = Pred->getTerminator()->getDebugLoc();
          break;
        }
    block(BB, *Cl.Block, Cl.Detail, &I, Loc);
    return;
  }
  if (std::string Why = unrestorableWrite(I, P, LI); !Why.empty()) {
    block(BB, Blocker::UnrestorableWrite, Why, &I, I.getDebugLoc());
    return;
  }
  if (Cl.Form != KernelForm::Native)
    Out.BoundedIn.push_back({BB, {Cl.Form, Cl.Detail, I.getDebugLoc()}});
  if (!isa<CastInst>(I) && any_of(I.operands(), [&](Value *Op) {
        return ArrivalFds.contains(Op);
      })) {
    block(BB, Blocker::PreArrivalState,
          "the receive's fd, which may also be socket " + OtherSockets +
              ": the request path tests which socket the request came on",
          &I, I.getDebugLoc());
    return;
  }
  // A phi only passes state on to the next iteration.
  if (!isa<PHINode>(I))
    checkPreArrivalState(BB, I);
}

/// Values from the loop iteration before the receive: the kernel does not
/// have them.
void RegionChecker::checkPreArrivalState(BasicBlock *BB, Instruction &I) {
  for (Value *Op : I.operands()) {
    Value *Root = preArrivalRoot(Op);
    if (!Root)
      if (auto *Phi = dyn_cast<PHINode>(Op); Phi && Carries.count(Phi))
        Root = Carries.lookup(Phi);
    if (!Root || isDispatchControl(I, Root) || onlyLandmarkFd(&I))
      continue;
    // stdout loaded before the loop, a log call's stream: the replay
    // loads its own.
    if (auto *RI = dyn_cast<Instruction>(Root); RI && onlyStreamOfLogCalls(*RI))
      continue;
    std::string What = describeValue(Root);
    if (auto *A = dyn_cast<Argument>(Root))
      What = "argument " + (What == "a value" ? "#" + std::to_string(A->getArgNo()) : What) +
             " of " + sourceName(A->getParent()->getName());
    else if (isa<PHINode>(Root))
      What = "loop-carried local " + What;
    // A callback's value from outside any request (CallbackLoops.h).
    if (std::string Outside = outsideValueDescription(Root); !Outside.empty())
      What = Outside;
    block(BB, Blocker::PreArrivalState, What, &I, I.getDebugLoc());
    break;
  }
}

/// What a loop around a blocking receive does before each receive
/// (Plan/LoopPrologue.h): the kernel would skip it.
void RegionChecker::checkLoopPrologue() {
  if (Info.Loops[P.Loop].Kind != LoopKind::BlockingRecv)
    return;
  const Loop *L = P.RequestLoop ? P.RequestLoop : P.EventLoop;
  if (!L)
    return;
  for (CallBase *A : P.ArrivalCalls)
    if (const Instruction *I = effectBeforeReceive(
            *L, *A, P.Region, [&](const Instruction &I) {
              return Ctx.LandmarkCalls.contains(&I);
            })) {
      for (BasicBlock *E : P.Entries)
        block(E, Blocker::PreArrivalState,
              effectName(*I) + " before each receive: the program does it "
                               "once per request, the kernel would not",
              I, I->getDebugLoc());
      return;
    }
}

/// More than one reply on a path: forward may-have-replied analysis.
void RegionChecker::checkReplies() {
  SmallPtrSet<const Instruction *, 4> Replies;
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB)
      if (std::optional<unsigned> Idx = landmarkIndex(I))
        if (Info.Landmarks[*Idx].Kind == LandmarkKind::Reply)
          Replies.insert(&I);
  DenseMap<BasicBlock *, bool> RepliedOut;
  auto RepliedIn = [&](BasicBlock *BB) {
    bool In = false;
    if (!is_contained(P.Entries, BB))
      for (BasicBlock *Pred : predecessors(BB))
        if (P.Region.contains(Pred))
          In |= RepliedOut.lookup(Pred);
    return In;
  };
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (BasicBlock *BB : P.Region) {
      bool Out = RepliedIn(BB) || any_of(*BB, [&](Instruction &I) {
                   return Replies.contains(&I);
                 });
      if (Out != RepliedOut.lookup(BB)) {
        RepliedOut[BB] = Out;
        Changed = true;
      }
    }
  }
  for (BasicBlock *BB : P.Region) {
    bool In = RepliedIn(BB);
    for (Instruction &I : *BB)
      if (Replies.contains(&I)) {
        if (In)
          block(BB, Blocker::MultipleReplies,
                directCalleeName(cast<CallBase>(I)), &I, I.getDebugLoc());
        In = true;
      }
  }
}

/// Loops on the path: a bound from SCEV, a cap whose overflow falls back,
/// or, with no exit at all, a blocker.
void RegionChecker::checkLoops() {
  for (Loop *Inner : LI.getLoopsInPreorder()) {
    if (Inner->contains(P.RequestLoop->getHeader()) ||
        !P.Region.contains(Inner->getHeader()))
      continue;
    DebugLoc Loc = Inner->getStartLoc();
    unsigned Trips = SE.getSmallConstantMaxTripCount(Inner);
    if (!Trips) {
      // A count that depends on the request (i < n) is bounded by what
      // guards it: the receive's buffer size, a length check before it.
      const SCEV *Sym = SE.getSymbolicMaxBackedgeTakenCount(Inner);
      if (!isa<SCEVCouldNotCompute>(Sym)) {
        APInt Max = SE.getUnsignedRangeMax(SE.applyLoopGuards(Sym, Inner));
        if (Max.ult(1u << 20))
          Trips = Max.getZExtValue() + 1;
      }
    }
    if (Trips) {
      // SCEV counts runs of the header. When the loop exits at a header
      // that only tests (a for/while loop that was not rotated), the last
      // run does not enter the body: the body runs once less, which is
      // what the source calls the number of iterations.
      if (Inner->getExitingBlock() == Inner->getHeader() &&
          Inner->getLoopLatch() != Inner->getHeader() && Trips > 1)
        --Trips;
      Out.LoopsIn.push_back({Inner->getHeader(), {Loc, Trips, Trips}});
      continue;
    }
    SmallVector<BasicBlock *, 4> Exiting;
    Inner->getExitingBlocks(Exiting);
    if (!Exiting.empty()) {
      Out.LoopsIn.push_back(
          {Inner->getHeader(), {Loc, 0, Limits.DefaultLoopCap}});
      continue;
    }
    for (BasicBlock *BB : Inner->blocks())
      if (P.Region.contains(BB))
        block(BB, Blocker::UnboundedLoop, "", BB->getTerminator(), Loc);
  }
}

/// What the generator would refuse on this path (KernelLimits.h), as
/// blockers, so that omega and the decision count them. A refusal at a
/// receive refuses the whole path: it blocks the path's entries. One at a
/// reply blocks the reply's block, in instruction order. The checks are
/// the XDP generator's: a TCP path (sk_skb) or one that asks for control
/// messages (TC) is planned for a hook with no generator yet, and its plan
/// says which.
void RegionChecker::checkKernel() {
  if (!Limits.KernelLimits ||
      offloadTransport(Info.Sockets[P.Socket]) != Transport::UDP ||
      asksForControlMessages(P))
    return;
  SmallVector<const CallBase *, 2> Arrivals(P.ArrivalCalls.begin(),
                                            P.ArrivalCalls.end());
  SmallVector<const CallBase *, 2> Replies;
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB)
      if (std::optional<unsigned> Idx = landmarkIndex(I))
        if (Info.Landmarks[*Idx].Kind == LandmarkKind::Reply)
          Replies.push_back(cast<CallBase>(&I));
  for (const KernelLimitSite &Site : checkKernelLimits(
           Info.Sockets[P.Socket], Arrivals, P.Entries.size(), Replies)) {
    BasicBlock *BB =
        Site.At ? const_cast<BasicBlock *>(Site.At->getParent()) : nullptr;
    if (!BB || !P.Region.contains(BB)) {
      for (BasicBlock *Entry : P.Entries) {
        auto &Sites = Out.BlockersIn[Entry];
        Sites.insert(Sites.begin(),
                     {Site.Reason, Site.Detail,
                      Site.At ? nearestLoc(Site.At) : DebugLoc(), Site.At, 0});
      }
      continue;
    }
    auto &Sites = Out.BlockersIn[BB];
    // A call already blocked (a send on another socket: ReplyElsewhere)
    // keeps its one reason.
    if (any_of(Sites, [&](const BlockerSite &S) { return S.At == Site.At; }))
      continue;
    auto *Pos = find_if(Sites, [&](const BlockerSite &S) {
      return S.At && S.At->getParent() == BB && Site.At->comesBefore(S.At);
    });
    Sites.insert(Pos,
                 {Site.Reason, Site.Detail, nearestLoc(Site.At), Site.At, 0});
  }
}

const BlockerSite *PathBlockers::firstBlocker(BasicBlock *BB) const {
  auto It = BlockersIn.find(BB);
  return It == BlockersIn.end() || It->second.empty() ? nullptr
                                                      : &It->second.front();
}

PathFeasibility FeasibilityAnalysis::run(Module &M,
                                         ModuleAnalysisManager &MAM) {
  PathFeasibility Result;
  const RequestPaths &Requests = MAM.getResult<RequestPathAnalysis>(M);
  if (Requests.Paths.empty())
    return Result;
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  const PreparedModule &Prepared = MAM.getResult<PrepareAnalysis>(M);
  FunctionAnalysisManager &FAM = Prepared.functionAnalyses();
  for (const RequestPath &P : Requests.Paths) {
    ScalarEvolution &SE = FAM.getResult<ScalarEvolutionAnalysis>(*P.F);
    const LoopInfo &LI = FAM.getResult<LoopAnalysis>(*P.F);
    RegionChecker(Info, Prepared, Limits, P, SE, LI,
                  Result.Paths.emplace_back())
        .run();
  }
  return Result;
}

bool PathFeasibility::invalidate(Module &M, const PreservedAnalyses &PA,
                                 ModuleAnalysisManager::Invalidator &Inv) {
  auto PAC = PA.getChecker<FeasibilityAnalysis>();
  return (!PAC.preserved() && !PAC.preservedSet<AllAnalysesOn<Module>>()) ||
         Inv.invalidate<RequestPathAnalysis>(M, PA);
}

void PathFeasibility::print(raw_ostream &OS,
                            const RequestPaths &Requests) const {
  for (unsigned I = 0; I < Paths.size(); ++I) {
    const RequestPath &P = Requests.Paths[I];
    const PathBlockers &B = Paths[I];
    OS << "request path #" << P.Id << ":\n";
    unsigned Index = 0;
    for (BasicBlock *BB : P.Region) {
      auto It = B.BlockersIn.find(BB);
      if (It != B.BlockersIn.end())
        for (const BlockerSite &S : It->second) {
          OS << "  block #" << Index << ": blocked: " << blockerName(S.Reason);
          if (!S.Detail.empty())
            OS << " " << S.Detail;
          OS << " at " << locString(S.Loc) << "\n";
        }
      for (const auto &[UseBB, U] : B.BoundedIn)
        if (UseBB == BB) {
          OS << "  block #" << Index << ": ";
          printBounded(OS, U);
          OS << "\n";
        }
      for (const auto &[Header, L] : B.LoopsIn)
        if (Header == BB) {
          OS << "  block #" << Index << ": ";
          printLoop(OS, L);
          OS << "\n";
        }
      ++Index;
    }
  }
}

PreservedAnalyses FeasibilityPrinterPass::run(Module &M,
                                              ModuleAnalysisManager &MAM) {
  const RequestPaths &Requests = MAM.getResult<RequestPathAnalysis>(M);
  OS << "koffload feasibility for '" << M.getSourceFileName() << "'\n";
  MAM.getResult<FeasibilityAnalysis>(M).print(OS, Requests);
  return PreservedAnalyses::all();
}

} // namespace koffload
