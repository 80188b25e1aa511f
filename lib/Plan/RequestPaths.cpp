//===- RequestPaths.cpp - Planning stage 2: the request paths -------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/RequestPaths.h"
#include "Landmarks/Landmarks.h"
#include "Plan/CallbackLoops.h"
#include "Plan/PathUtils.h"
#include "Support/Names.h"

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/Analysis/BlockFrequencyInfo.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace koffload {

AnalysisKey RequestPathAnalysis::Key;

/// Whether the planner plans requests on \p S: UDP or TCP whose families,
/// one or a set chosen at run time, are all IPv4/IPv6.
static bool plannable(const Socket &S) {
  return (offloadTransport(S) == Transport::UDP ||
          offloadTransport(S) == Transport::TCP) &&
         S.Families.onlyInet();
}

ArrivalGroups groupArrivals(const LandmarkInfo &Info,
                            std::vector<Finding> *Notes) {
  auto Note = [&](StringRef Name, const Twine &Msg, const Instruction *At) {
    if (Notes)
      Notes->push_back(
          {Name.str(), Msg.str(), At, nullptr, stage::RequestPaths});
  };
  ArrivalGroups Groups;
  for (unsigned I = 0; I < Info.Landmarks.size(); ++I) {
    const Landmark &L = Info.Landmarks[I];
    if (L.Kind != LandmarkKind::Arrival)
      continue;
    if (!L.Loop) {
      Note("ArrivalNotPlanned",
           "the receive is not in an event loop (no poll/select/epoll loop "
           "and no loop around it); not offloaded",
           L.Call);
      continue;
    }
    if (L.Sockets.empty()) {
      Note("ArrivalNotPlanned",
           "the receive's fd does not come from a socket() or accept() the "
           "analysis sees; not offloaded",
           L.Call);
      continue;
    }
    // Each socket the receive may be on is planned on its own: an offload
    // sees only its own socket's traffic (the hook checks the transport,
    // the port and the address; the runtime refuses a port another socket
    // shares), so the others' requests stay in userspace, running the
    // same code. The request path must then not depend on which socket
    // it is (PathFeasibility: the fd used as a value, a reply on another
    // fd).
    std::string Planned, Apart;
    for (unsigned Id : L.Sockets) {
      const Socket &S = Info.Sockets[Id];
      if (plannable(S) && S.Kind != offloadTransport(S))
        Note("TransportAtRunTime",
             "socket #" + Twine(Id) + " is " + transportsName(S) +
                 " (its type is chosen at run time, one socket() call "
                 "for both): its UDP datagrams are planned, its TCP "
                 "connections stay in userspace",
             L.Call);
      std::string &List = plannable(S) ? Planned : Apart;
      List += (List.empty() ? "#" : ", #") + std::to_string(Id) + " (" +
              transportsName(S) + " " + familiesName(S.Families) +
              (S.Transports.empty() ? "" : ", one socket() call for both") +
              ")";
      if (plannable(S))
        Groups[{*L.Loop, Id}].push_back(I);
    }
    if (Planned.empty()) {
      Note("UnsupportedSocket",
           "only UDP and TCP over IPv4/IPv6 are offloaded; the receive is "
           "on socket " +
               Apart + "; not offloaded",
           L.Call);
      continue;
    }
    if (L.Sockets.size() > 1)
      Note("SocketsPlannedApart",
           "the receive may be on socket " + Planned +
               (Apart.empty() ? "" : ", " + Apart) + ": requests on " +
               Planned + " are planned per socket" +
               (Apart.empty()
                    ? ""
                    : "; those on " + Apart +
                          " stay in userspace (no offload sees them)"),
           L.Call);
  }
  return Groups;
}

namespace {

/// Builds the request path of one group of arrivals.
class PathFinder {
public:
  PathFinder(const LandmarkInfo &Info, const PreparedModule &Prepared,
             RequestPaths &Out)
      : Info(Info), Prepared(Prepared), Out(Out) {}

  void addGroup(unsigned LoopId, unsigned SocketId,
                ArrayRef<unsigned> Arrivals);

private:
  const LandmarkInfo &Info;
  const PreparedModule &Prepared;
  RequestPaths &Out;

  void note(StringRef Name, const Twine &Msg, const Instruction *At) {
    Out.Findings.push_back(
        {Name.str(), Msg.str(), At, nullptr, stage::RequestPaths});
  }
  std::string notInlinedWhy(const Function &Loop, const CallBase *Arrival);
  bool findLoops(RequestPath &P, const LoopInfo &LI);
  void weighEntries(RequestPath &P, const BlockFrequencyInfo &BFI);
  void findRegion(RequestPath &P, const LoopInfo &LI);
};

} // namespace

/// Why the loop's function \p Loop does not hold the receive: the call
/// on the way to it that was not inlined, or no direct call at all.
std::string PathFinder::notInlinedWhy(const Function &Loop,
                                      const CallBase *Arrival) {
  auto *Copy = cast_or_null<Instruction>(Prepared.copyOf(Arrival));
  if (!Copy)
    return "";
  const Function *Holder = Copy->getFunction();
  // The functions that call the receive's function directly, transitively.
  SmallPtrSet<const Function *, 8> Reach{Holder};
  SmallVector<const Function *, 8> Work{Holder};
  while (!Work.empty())
    for (const Use &U : Work.pop_back_val()->uses())
      if (auto *CB = dyn_cast<CallBase>(U.getUser());
          CB && CB->isCallee(&U) && Reach.insert(CB->getFunction()).second)
        Work.push_back(CB->getFunction());
  for (const Instruction &I : instructions(Loop)) {
    auto *CB = dyn_cast<CallBase>(&I);
    const Function *Callee = CB ? CB->getCalledFunction() : nullptr;
    auto It = CB ? Prepared.Refused.find(CB) : Prepared.Refused.end();
    if (!Callee || !Reach.contains(Callee) || It == Prepared.Refused.end())
      continue;
    std::string Why = Prepared.RefusedWhy.lookup(CB);
    return ": the call of " + sourceName(Callee->getName()) + " at " +
           locString(nearestLoc(CB)) + " on the way to it was not inlined (" +
           blockerName(It->second).str() + (Why.empty() ? "" : " " + Why) +
           ")";
  }
  return ": " + sourceName(Holder->getName()) +
         ", which holds it, is not called directly from the loop (only "
         "through a function pointer, or from elsewhere)";
}

void PathFinder::addGroup(unsigned LoopId, unsigned SocketId,
                          ArrayRef<unsigned> Arrivals) {
  const Landmark &First = Info.Landmarks[Arrivals.front()];
  RequestPath P;
  P.Id = Out.Paths.size();
  P.Loop = LoopId;
  P.Socket = SocketId;
  P.Arrivals.assign(Arrivals.begin(), Arrivals.end());
  P.F = requestLoopFunction(
      *Prepared.Working, Info, LoopId, SocketId,
      [&](const Value *V) { return Prepared.copyOf(V); });

  // Arrivals of this group in the working copy; preparing it split the
  // block after each (the region's entries).
  if (P.F)
    for (Instruction &I : instructions(*P.F))
      if (std::optional<unsigned> Idx = landmarkIndex(I))
        if (is_contained(Arrivals, *Idx))
          P.ArrivalCalls.push_back(cast<CallBase>(&I));
  if (!P.F || P.ArrivalCalls.empty()) {
    note("ArrivalNotInlined",
         "the receive could not be brought into the event loop's function" +
             (P.F ? notInlinedWhy(*P.F, First.Call) : std::string()) +
             "; not offloaded",
         First.Call);
    return;
  }
  for (CallBase *A : P.ArrivalCalls)
    P.Entries.push_back(cast<BranchInst>(A->getNextNode())->getSuccessor(0));

  FunctionAnalysisManager &FAM = Prepared.functionAnalyses();
  const LoopInfo &LI = FAM.getResult<LoopAnalysis>(*P.F);
  P.LI = &LI;
  if (!findLoops(P, LI)) {
    note("NoRequestLoop",
         "the receive is not inside its event loop in the working copy; "
         "not offloaded",
         First.Call);
    return;
  }
  weighEntries(P, FAM.getResult<BlockFrequencyAnalysis>(*P.F));
  findRegion(P, LI);
  P.Profiled = P.F->hasProfileData();
  Out.Paths.push_back(std::move(P));
}

/// The event loop (the outermost loop around its tagged wait) and the
/// request loop (the innermost loop around the arrivals, or the event loop
/// when they sit in different loops).
bool PathFinder::findLoops(RequestPath &P, const LoopInfo &LI) {
  for (Instruction &I : instructions(*P.F))
    if (MDNode *MD = I.getMetadata(WaitMDKind))
      if (mdconst::extract<ConstantInt>(MD->getOperand(0))->getZExtValue() ==
          P.Loop)
        if (Loop *L = LI.getLoopFor(I.getParent()))
          if (!P.EventLoop || L->contains(P.EventLoop))
            P.EventLoop = L;
  P.RequestLoop = LI.getLoopFor(P.ArrivalCalls.front()->getParent());
  if (!P.EventLoop || !P.RequestLoop || !P.EventLoop->contains(P.RequestLoop))
    return false;
  for (unsigned I = 1; I < P.ArrivalCalls.size(); ++I)
    if (LI.getLoopFor(P.ArrivalCalls[I]->getParent()) != P.RequestLoop)
      P.RequestLoop = P.EventLoop;
  return true;
}

/// Each entry's share of requests, by block frequency.
void PathFinder::weighEntries(RequestPath &P, const BlockFrequencyInfo &BFI) {
  double TotalEntry = 0;
  for (BasicBlock *E : P.Entries)
    TotalEntry += BFI.getBlockFreq(E).getFrequency();
  for (BasicBlock *E : P.Entries)
    P.EntryWeights.push_back(
        TotalEntry > 0 ? BFI.getBlockFreq(E).getFrequency() / TotalEntry
                       : 1.0 / P.Entries.size());
}

/// The region: from the arrivals to the end of the request.
void PathFinder::findRegion(RequestPath &P, const LoopInfo &LI) {
  SmallPtrSet<BasicBlock *, 32> Reached;
  SmallVector<BasicBlock *, 16> Work(P.Entries.begin(), P.Entries.end());
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    if (!Reached.insert(BB).second)
      continue;
    for (BasicBlock *Succ : successors(BB)) {
      if (isEnd(P, Succ))
        continue;
      // A loop with no exit cannot sit inside the event loop, so LoopInfo
      // puts it beside it; the request spins there, it does not leave.
      Loop *Spin = LI.getLoopFor(Succ);
      while (Spin && Spin->getParentLoop() &&
             !Spin->getParentLoop()->contains(P.RequestLoop->getHeader()))
        Spin = Spin->getParentLoop();
      if (Spin && !P.RequestLoop->contains(Succ) &&
          !Spin->contains(P.RequestLoop->getHeader())) {
        SmallVector<BasicBlock *, 4> Exits;
        Spin->getExitingBlocks(Exits);
        if (Exits.empty())
          P.NoExitHeaders.insert(Spin->getHeader());
        else
          Spin = nullptr;
      } else {
        Spin = nullptr;
      }
      if (P.RequestLoop->contains(Succ) || Spin)
        Work.push_back(Succ);
    }
  }
  ReversePostOrderTraversal<Function *> RPOT(P.F);
  for (BasicBlock *BB : RPOT)
    if (Reached.contains(BB))
      P.Region.insert(BB);
}

RequestPaths RequestPathAnalysis::run(Module &M, ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  RequestPaths Result;
  if (!Info.hasServer())
    return Result;
  ArrivalGroups Groups = groupArrivals(Info, &Result.Findings);
  if (Groups.empty())
    return Result;
  const PreparedModule &Prepared = MAM.getResult<PrepareAnalysis>(M);
  PathFinder Finder(Info, Prepared, Result);
  for (auto &[Key, Arrivals] : Groups)
    Finder.addGroup(Key.first, Key.second, Arrivals);
  return Result;
}

bool RequestPaths::invalidate(Module &M, const PreservedAnalyses &PA,
                              ModuleAnalysisManager::Invalidator &Inv) {
  auto PAC = PA.getChecker<RequestPathAnalysis>();
  return (!PAC.preserved() && !PAC.preservedSet<AllAnalysesOn<Module>>()) ||
         Inv.invalidate<PrepareAnalysis>(M, PA);
}

std::vector<std::string> blockLines(const BasicBlock &BB) {
  std::vector<std::string> Lines;
  for (const Instruction &I : BB)
    if (const DebugLoc &DL = I.getDebugLoc(); DL && DL.getLine()) {
      std::string Line =
          (sys::path::filename(DL->getFilename()) + ":" + Twine(DL.getLine()))
              .str();
      if (!is_contained(Lines, Line))
        Lines.push_back(std::move(Line));
    }
  return Lines;
}

void RequestPaths::print(raw_ostream &OS, const Module &M) const {
  OS << "koffload request paths for '" << M.getSourceFileName() << "'\n";
  for (const RequestPath &P : Paths) {
    OS << "request path #" << P.Id << ": socket #" << P.Socket
       << ", event loop #" << P.Loop << ", in '" << P.F->getName() << "'\n";
    for (CallBase *A : P.ArrivalCalls)
      OS << "  arrival: " << locString(A->getDebugLoc()) << "\n";
    OS << "  event loop: " << locString(P.EventLoop->getStartLoc()) << "\n";
    OS << "  request loop: "
       << (P.RequestLoop == P.EventLoop
               ? "the event loop"
               : locString(P.RequestLoop->getStartLoc()))
       << "\n";
    DenseMap<const BasicBlock *, unsigned> Index;
    unsigned Next = 0;
    for (BasicBlock *BB : P.Region)
      Index[BB] = Next++;
    for (unsigned I = 0; I < P.Entries.size(); ++I)
      OS << formatv("  entry: block #{0} ({1:F3} of requests)\n",
                    Index.lookup(P.Entries[I]), P.EntryWeights[I]);
    for (BasicBlock *BB : P.Region) {
      OS << "  block #" << Index.lookup(BB) << ":";
      for (const std::string &Line : blockLines(*BB))
        OS << " " << Line;
      OS << " ->";
      for (BasicBlock *Succ : uniqueSuccessors(BB))
        OS << (P.Region.contains(Succ)
                   ? " #" + std::to_string(Index.lookup(Succ))
               : isEnd(P, Succ) ? std::string(" end")
                                : std::string(" leaves"));
      if (P.NoExitHeaders.contains(BB))
        OS << " (loop with no exit)";
      OS << "\n";
    }
  }
  for (const Finding &F : Findings) {
    OS << "note: " << F.RemarkName << ": " << F.Message;
    if (F.At)
      OS << " (" << locString(F.At->getDebugLoc()) << ")";
    OS << "\n";
  }
}

PreservedAnalyses RequestPathPrinterPass::run(Module &M,
                                              ModuleAnalysisManager &MAM) {
  MAM.getResult<RequestPathAnalysis>(M).print(OS, M);
  return PreservedAnalyses::all();
}

} // namespace koffload
