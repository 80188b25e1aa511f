//===- Plan.cpp - Planning stage 6: the decision --------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The last planning stage: for each request path, the hook, the work per
// request, the benefit and the decision; and the Candidate the generators
// read, assembled from the stages' results. Also the text of
// `print<koffload-plan>` and the registration of the stages.
//
//===----------------------------------------------------------------------===//

#include "Plan/Plan.h"
#include "Plan/HeapRoots.h"
#include "koffload/abi.h"
#include "Support/Names.h"
#include "Plan/PathUtils.h"
#include "Plan/ThreadStarts.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Analysis/BranchProbabilityInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <set>

using namespace llvm;

namespace koffload {

AnalysisKey PlanAnalysis::Key;

unsigned OffloadPlan::offloadedCount() const {
  return count_if(Candidates, [](const Candidate &C) { return C.offloaded(); });
}

bool OffloadPlan::invalidate(Module &M, const PreservedAnalyses &PA,
                             ModuleAnalysisManager::Invalidator &Inv) {
  auto PAC = PA.getChecker<PlanAnalysis>();
  return (!PAC.preserved() && !PAC.preservedSet<AllAnalysesOn<Module>>()) ||
         Inv.invalidate<SharedStateAnalysis>(M, PA);
}

/// How much a blocker says about what the server is, for naming the true
/// reason first: several replies (a chat relay is its broadcast), then a
/// reply to someone else, then what makes the request a system call's
/// (files, a second receive, threads, leaving the loop); the rest (calls
/// not lowered yet, state) after them, in path order.
static unsigned reasonRank(Blocker B) {
  switch (B) {
  case Blocker::MultipleReplies:
    return 0;
  case Blocker::ReplyElsewhere:
    return 1;
  case Blocker::BlockingIO:
  case Blocker::ThreadOrLock:
  case Blocker::LeavesEventLoop:
    return 2;
  default:
    return 3;
  }
}

/// "MultipleReplies (sendto at chat.c:33)": a blocker named in a decision.
static std::string reasonText(const BlockerSite &B) {
  return (blockerName(B.Reason) + " (" +
          (B.Detail.empty() ? "" : B.Detail + " ") + "at " + locString(B.Loc) +
          ")")
      .str();
}

namespace {

/// Takes the decision for each request path and assembles its Candidate.
class Decider {
public:
  Decider(Module &M, const LandmarkInfo &Info, const CostFile &Costs,
          const PreparedModule &Prepared)
      : M(M), Info(Info), Costs(Costs), Prepared(Prepared) {}

  Candidate decide(const RequestPath &P, const PathBlockers &B,
                   const FastPath &FP, const PathSharedState &Shared);

private:
  Module &M;
  const LandmarkInfo &Info;
  const CostFile &Costs;
  const PreparedModule &Prepared;

  Hook chooseHook(const Socket &S, const RequestPath &P,
                  std::string &Reason) const;
};

} // namespace

/// The source function the loop is written in: the function it was
/// inlined from, when it was (a worker loop inlined into std::thread's
/// _M_run names the worker, not libstdc++'s template).
static std::string loopFunctionName(const EventLoop &EL) {
  if (const DILocation *DL = EL.Loc.get())
    if (const DISubprogram *SP = DL->getScope()->getSubprogram();
        SP && DL->getInlinedAt())
      return SP->getName().str();
  return sourceName(EL.F->getName());
}

Hook Decider::chooseHook(const Socket &S, const RequestPath &P,
                         std::string &Reason) const {
  if (offloadTransport(S) == Transport::TCP) {
    Reason = "TCP: replies must travel in the connection's byte stream; an "
             "sk_skb stream verdict program redirects them through a sockmap";
    return Hook::SkSkb;
  }
  // XDP unless the request path asks for something only an skb carries:
  // control messages (IP_PKTINFO, timestamps) through recvmsg.
  if (asksForControlMessages(P)) {
    Reason = "recvmsg asks for control messages (IP_PKTINFO, "
             "timestamps), which only an skb carries: TC";
    return Hook::TC;
  }
  Reason = "UDP: XDP answers a datagram before the kernel allocates an skb";
  return Hook::XDP;
}

Candidate Decider::decide(const RequestPath &P, const PathBlockers &B,
                          const FastPath &FP, const PathSharedState &Shared) {
  const EventLoop &EL = Info.Loops[P.Loop];
  const Socket &S = Info.Sockets[P.Socket];
  Candidate C;
  C.Id = P.Id;
  C.Socket = S.Id;
  C.Kind = offloadTransport(S);
  C.Loop = P.Loop;
  // A connection has its listener's port; none is known when several
  // listeners may have accepted it.
  if (S.AcceptedFrom.size() <= 1) {
    unsigned Listener = S.isAccepted() ? S.AcceptedFrom.front() : S.Id;
    for (const Binding *Bind : Info.bindingsOf(Listener))
      if (Bind->Port)
        C.Port = Bind->Port;
  }
  if (!C.Port)
    C.Port = S.DescribedPort; // -koffload-handler-socket: no bind()
  C.Omega = FP.Omega;
  C.Blockers = FP.Blockers;
  C.Exits = FP.Exits;
  C.Bounded = FP.Bounded;
  C.Loops = FP.Loops;
  C.Shared = Shared.Shared;
  C.FallbackPoints = Shared.FallbackPoints;
  C.Effects = Shared.Effects;
  const BranchProbabilityInfo &BPI =
      Prepared.functionAnalyses().getResult<BranchProbabilityAnalysis>(*P.F);

  // Work per request and the benefit.
  for (BasicBlock *BB : P.Region) {
    unsigned N = instructionCount(*BB);
    unsigned Shared = 0;
    for (Instruction &I : *BB) {
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      Shared += Acc.size();
    }
    C.Work.UserInstructions += FP.ReachAll.lookup(BB) * N;
    if (FP.contains(BB)) {
      C.Work.Instructions += FP.ReachKernel.lookup(BB) * N;
      C.Work.SharedAccesses += FP.ReachKernel.lookup(BB) * Shared;
    }
  }
  for (CallBase *A : P.ArrivalCalls)
    C.Arrivals.push_back(A->getDebugLoc());
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB)
      if (std::optional<unsigned> Idx = landmarkIndex(I))
        if (Info.Landmarks[*Idx].Kind == LandmarkKind::Reply &&
            FP.contains(BB))
          C.Replies.push_back(I.getDebugLoc());

  // A write no save can undo, with a fallback point after it: the
  // generator would refuse the path, so the plan says why here.
  auto Unsavable = find_if(C.Effects, [](const Effect &E) {
    return E.Handling == EffectHandling::CannotUndo;
  });
  if (Unsavable != C.Effects.end())
    C.Blockers.insert(C.Blockers.begin(),
                      {Blocker::UnrestorableWrite,
                       Unsavable->What + " on '" + Unsavable->Target + "'",
                       Unsavable->Loc, Unsavable->At, 1.0});

  // An event loop that runs in threads the program starts itself (DINT's
  // workers, each with its own SO_REUSEPORT socket, or several threads on
  // one socket): each thread runs the same request path, so one offload
  // answers for all of them, as it answers while userspace runs. What a
  // thread has of its own (its start argument, locals from before its
  // loop, thread_local globals) is pre-arrival state the fast path
  // refuses, and the program's locks are ThreadOrLock blockers: the
  // offload takes none of them.
  if (std::optional<ThreadStart> T = threadRunning(M, *EL.F))
    C.Threads = T->Starter + " at " + locString(T->Loc) +
                " runs the event loop in " + loopFunctionName(EL) +
                " in threads; the offload answers for every thread";

  C.H = chooseHook(S, P, C.HookReason);
  C.Result = evaluateBenefit(Costs, C.H, C.Work, C.Omega);
  // When nothing is answered in the kernel, the blockers say why: among
  // those at least half as many requests meet as the most met one, the
  // one that says most about the server first (a chat server's broadcast
  // before its per-message log), then the one most requests meet; a
  // blocker on a rare path comes after (memcached's stats mutex on every
  // request before its rare second reply). The printer, the JSON and the
  // remarks list them in this order.
  // (Also when the kernel could only drop requests: no reply path is
  // answered there either.)
  bool DropsOnly = C.Replies.empty() && C.Effects.empty();
  bool Blocked = (C.Omega <= 0 || DropsOnly) && !C.Blockers.empty();
  if (Blocked) {
    double MaxReach = 0;
    for (const BlockerSite &B : C.Blockers)
      MaxReach = std::max(MaxReach, B.Reach);
    auto Key = [&](const BlockerSite &B) {
      return std::make_tuple(B.Reach < MaxReach / 2, reasonRank(B.Reason),
                             -B.Reach);
    };
    llvm::stable_sort(C.Blockers,
                      [&](const BlockerSite &A, const BlockerSite &B) {
                        return Key(A) < Key(B);
                      });
  }
  std::string Foremost =
      Blocked ? ", foremost " + reasonText(C.Blockers.front()) : "";
  if (C.Omega <= 0) {
    C.Decision = "no request can be answered in the kernel: every path "
                 "from the receive meets a blocker" +
                 Foremost;
  } else if (Unsavable != C.Effects.end()) {
    C.Result.Offload = false;
    C.Result.SavingNs = 0;
    C.Decision = "keep in userspace: the write to " + Unsavable->Target +
                 " at " + locString(Unsavable->Loc) + ": " + Unsavable->Why;
  } else if (C.Replies.empty() && !C.Effects.empty()) {
    // Requests that end without a reply (a counter, a metrics sink, a
    // silent rate limiter): the path reaches the next wait with no send,
    // so the kernel applies the path's writes and consumes the datagram
    // (XDP_DROP). The writes are the server's work, done in the kernel;
    // the benefit model decides as for replies.
    C.Decision =
        C.Result.Offload
            ? formatv("offload: requests end without a reply, the kernel "
                      "updates {0} and consumes the datagram; omega {1:F3} > "
                      "rho {2:F3} + margin {3:F2}",
                      C.Effects.front().Target, C.Omega, C.Result.Rho,
                      Costs.Margin)
                  .str()
            : formatv("keep in userspace: requests end without a reply; "
                      "omega {0:F3} <= rho {1:F3} + margin {2:F2}",
                      C.Omega, C.Result.Rho, Costs.Margin)
                  .str();
  } else if (C.Replies.empty()) {
    // Only drops without any write are feasible: nothing the server is for
    // happens in the kernel, and the share of such requests is rarely
    // known (a length check's static estimate is a coin toss).
    C.Result.Offload = false;
    C.Result.SavingNs = 0;
    C.Decision = formatv("keep in userspace: the kernel could only drop "
                         "requests (omega {0:F3}); every reply path meets a "
                         "blocker{1}",
                         C.Omega, Foremost);
  } else if (C.Result.Offload) {
    C.Decision = formatv("offload: omega {0:F3} > rho {1:F3} + margin {2:F2}",
                         C.Omega, C.Result.Rho, Costs.Margin);
  } else {
    C.Decision = formatv("keep in userspace: omega {0:F3} <= rho {1:F3} + "
                         "margin {2:F2}",
                         C.Omega, C.Result.Rho, Costs.Margin);
  }

  // For the report: the request path's blocks with their source lines,
  // and the lines of the fast path and of the rest of the path.
  std::set<std::pair<std::string, unsigned>> KernelLines, UserLines;
  DenseMap<BasicBlock *, int> BlockIndex;
  for (BasicBlock *BB : P.Region) {
    BlockIndex[BB] = C.PathBlocks.size();
    PathBlock &PB = C.PathBlocks.emplace_back();
    PB.Kernel = FP.contains(BB);
    PB.Reach = FP.ReachAll.lookup(BB);
    if (const BlockerSite *Site = B.firstBlocker(BB))
      PB.Blocker = blockerName(Site->Reason).str();
    for (Instruction &I : *BB)
      if (const DebugLoc &DL = I.getDebugLoc(); DL && DL.getLine()) {
        std::string File = sys::path::filename(DL->getFilename()).str();
        (PB.Kernel ? KernelLines : UserLines).insert({File, DL.getLine()});
        std::string Line = File + ":" + std::to_string(DL.getLine());
        if (!is_contained(PB.Lines, Line))
          PB.Lines.push_back(std::move(Line));
      }
  }
  for (const auto &[File, Line] : KernelLines)
    C.KernelLines.push_back(File + ":" + std::to_string(Line));
  for (const auto &[File, Line] : UserLines)
    if (!KernelLines.count({File, Line}))
      C.UserLines.push_back(File + ":" + std::to_string(Line));
  for (BasicBlock *BB : P.Region)
    for (BasicBlock *Succ : uniqueSuccessors(BB)) {
      int To = P.Region.contains(Succ) ? BlockIndex[Succ]
               : isEnd(P, Succ)        ? PathEdge::RequestDone
                                       : PathEdge::LeavesPath;
      C.PathEdges.push_back(
          {BlockIndex[BB], To, edgeProbability(P, BPI, BB, Succ)});
    }
  C.ArrivalAt = P.ArrivalCalls.front();
  C.WorkFunction = P.F;
  for (BasicBlock *BB : P.Region)
    if (FP.contains(BB)) {
      C.KernelBlocks.push_back(BB);
      for (BasicBlock *Succ : uniqueSuccessors(BB))
        if (isEnd(P, Succ) && !is_contained(C.EndTargets, Succ))
          C.EndTargets.push_back(Succ);
      for (Instruction &I : *BB)
        if (std::optional<unsigned> Idx = landmarkIndex(I))
          if (Info.Landmarks[*Idx].Kind == LandmarkKind::Reply)
            C.ReplyCalls.push_back(cast<CallBase>(&I));
    }
  C.Heap = heapRoots(C.KernelBlocks);
  // The heap is one record of the record protocol (keyed by its base
  // address's word): userspace holds it while it handles a request, the
  // offload checks it (or takes it, when it writes there), so neither
  // side sees the other's objects half-written.
  if (!C.Heap.empty()) {
    SharedGlobal H;
    H.Name = KOFFLOAD_HEAP_BASE_GLOBAL;
    H.Size = 8;
    H.KernelReads = true;
    H.KernelWrites = writesHeap(C.KernelBlocks);
    H.UserReads = H.UserWrites = true;
    H.Need = SyncNeed::RecordProtocol;
    H.Why = "the program's heap (through " + join(C.Heap, ", ") +
            "), read and written by both";
    C.Shared.push_back(H);
  }
  C.EntryBlocks.assign(P.Entries.begin(), P.Entries.end());
  C.ArrivalCalls.assign(P.ArrivalCalls.begin(), P.ArrivalCalls.end());
  return C;
}

OffloadPlan PlanAnalysis::run(Module &M, ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  if (!CostError.empty())
    emitError(M.getContext(), CostError);
  static const CostFile Defaults;
  const CostFile &Cost = Costs ? *Costs : Defaults;

  OffloadPlan Plan;
  Plan.CostSource = Cost.Source;
  Plan.UsedProfile = M.getProfileSummary(/*IsCS=*/false) != nullptr ||
                     any_of(M, [](const Function &F) {
                       return F.hasProfileData();
                     });
  // The stage before, which asks for the one before it, and so on; the
  // others' results are then cached.
  const SharedStates &Shared = MAM.getResult<SharedStateAnalysis>(M);
  const RequestPaths &Requests = MAM.getResult<RequestPathAnalysis>(M);
  Plan.Findings = Requests.Findings;
  if (Requests.Paths.empty())
    return Plan;
  const PreparedModule &Prepared = MAM.getResult<PrepareAnalysis>(M);
  const PathFeasibility &Feasibility = MAM.getResult<FeasibilityAnalysis>(M);
  const FastPaths &Fast = MAM.getResult<FastPathAnalysis>(M);
  Decider D(M, Info, Cost, Prepared);
  for (unsigned I = 0; I < Requests.Paths.size(); ++I)
    Plan.Candidates.push_back(D.decide(Requests.Paths[I], Feasibility.Paths[I],
                                       Fast.Paths[I], Shared.Paths[I]));
  // One socket() site whose sockets two event loops serve (a helper that
  // makes both the request socket and a thread's monitor socket): the
  // runtime starts the offload at the first bind() of that site, which may
  // be the other loop's socket, and would answer its requests with this
  // path's code.
  for (Candidate &C : Plan.Candidates) {
    auto Other = find_if(Plan.Candidates, [&](const Candidate &O) {
      return O.Socket == C.Socket && O.Loop != C.Loop;
    });
    if (!C.Result.Offload || Other == Plan.Candidates.end())
      continue;
    C.Result.Offload = false;
    C.Result.SavingNs = 0;
    C.Decision = formatv("keep in userspace: socket #{0} is also served by "
                         "event loop #{1} (request path #{2}): the sockets "
                         "one socket() call makes cannot be told apart "
                         "when the offload starts",
                         C.Socket, Other->Loop, Other->Id)
                     .str();
  }
  Plan.Working = Prepared.Working;
  return Plan;
}

void registerPlanStages(ModuleAnalysisManager &MAM, PlanLimits Limits) {
  MAM.registerPass([=] { return PrepareAnalysis(Limits); });
  MAM.registerPass([] { return RequestPathAnalysis(); });
  MAM.registerPass([=] { return FeasibilityAnalysis(Limits); });
  MAM.registerPass([] { return FastPathAnalysis(); });
  MAM.registerPass([] { return SharedStateAnalysis(); });
}

// --- printing ------------------------------------------------------------

void OffloadPlan::print(raw_ostream &OS, const Module &M) const {
  OS << "koffload plan for '" << M.getSourceFileName() << "'\n";
  OS << "weights: " << (UsedProfile ? "profile" : "static estimate")
     << "; costs: " << CostSource << "\n";
  for (const Candidate &C : Candidates) {
    OS << "candidate #" << C.Id << ": socket #" << C.Socket << " "
       << transportName(C.Kind) << " port ";
    if (C.Port)
      OS << *C.Port;
    else
      OS << "?";
    OS << ", event loop #" << C.Loop << ", hook " << hookName(C.H) << "\n";
    OS << "  hook-reason: " << C.HookReason << "\n";
    if (!C.Threads.empty())
      OS << "  threads: " << C.Threads << "\n";
    if (!C.Heap.empty())
      OS << "  heap: through " << join(C.Heap, ", ")
         << "; the program's allocations are shared with the offload\n";
    for (const DebugLoc &A : C.Arrivals)
      OS << "  arrival: " << locString(A) << "\n";
    for (const DebugLoc &R : C.Replies)
      OS << "  reply: " << locString(R) << "\n";
    OS << formatv("  omega {0:F3}  rho {1:F3}  saving {2:F0} ns/request\n",
                  C.Omega, C.Result.Rho, C.Result.SavingNs);
    OS << formatv("  cost: kernel {0:F1} ns, userspace {1:F1} ns; fast path "
                  "{2:F1} instructions, {3:F1} shared accesses per request\n",
                  C.Result.KernelNs, C.Result.UserNs, C.Work.Instructions,
                  C.Work.SharedAccesses);
    OS << "  decision: " << C.Decision << "\n";
    // One line each, as the stage printers print them.
    auto Lines = [&](const auto &Items, auto Print) {
      for (const auto &Item : Items) {
        OS << "  ";
        Print(OS, Item);
        OS << "\n";
      }
    };
    Lines(C.Blockers, printBlocker);
    Lines(C.Exits, printExit);
    Lines(C.FallbackPoints, printFallbackPoint);
    Lines(C.Effects, printEffect);
    Lines(C.Loops, printLoop);
    Lines(C.Bounded, printBounded);
    Lines(C.Shared, printShared);
  }
  for (const Finding &F : Findings) {
    OS << "note: " << F.RemarkName << ": " << F.Message;
    if (F.At)
      OS << " (" << locString(F.At->getDebugLoc()) << ")";
    OS << "\n";
  }
  OS << "summary: " << Candidates.size()
     << (Candidates.size() == 1 ? " candidate, " : " candidates, ")
     << offloadedCount() << " offloaded\n";
}


PreservedAnalyses PlanPrinterPass::run(Module &M, ModuleAnalysisManager &MAM) {
  MAM.getResult<PlanAnalysis>(M).print(OS, M);
  return PreservedAnalyses::all();
}

} // namespace koffload
