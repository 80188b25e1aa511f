//===- FastPath.cpp - Planning stage 4: the fast path and ω ---------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/FastPath.h"
#include "Plan/PathUtils.h"

#include "llvm/Analysis/BlockFrequencyInfo.h"
#include "llvm/Analysis/BranchProbabilityInfo.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <tuple>

using namespace llvm;

namespace koffload {

AnalysisKey FastPathAnalysis::Key;

namespace {

/// Slices the fast path out of one request path.
class Slicer {
public:
  Slicer(const RequestPath &P, const PathBlockers &B,
         const BranchProbabilityInfo &BPI, const BlockFrequencyInfo &BFI,
         FastPath &Out)
      : P(P), B(B), BPI(BPI), BFI(BFI), Out(Out) {}

  void run();

private:
  const RequestPath &P;
  const PathBlockers &B;
  const BranchProbabilityInfo &BPI;
  const BlockFrequencyInfo &BFI;
  FastPath &Out;

  /// The region's edges, by block index in region order, with their
  /// probabilities (built once, for firstReach).
  std::vector<SmallVector<std::pair<unsigned, double>, 4>> PredEdges;
  DenseMap<BasicBlock *, unsigned> Index;

  void computeReach(bool KernelOnly);
  double onceReach(BasicBlock *BB) const;
  double firstReach(const SmallPtrSetImpl<BasicBlock *> &Sites);
  void findColdBlocks();
  void findFastPath();
  void weighBlockers();
  void groupObjectBlockers(
      const std::vector<SmallPtrSet<BasicBlock *, 4>> &SiteBlocks);
  void findExits();
  void collectBounds();
};

} // namespace

void Slicer::run() {
  computeReach(/*KernelOnly=*/false);
  findColdBlocks();
  findFastPath();
  computeReach(/*KernelOnly=*/true);

  // ω: the fraction of requests that reach the end inside the fast path,
  // summed in the region's order (a set's order would change the last
  // digits from run to run).
  double Omega = 0;
  for (BasicBlock *BB : P.Region)
    if (Out.Blocks.contains(BB))
      for (BasicBlock *Succ : uniqueSuccessors(BB))
        if (isEnd(P, Succ))
          Omega +=
              Out.ReachKernel.lookup(BB) * edgeProbability(P, BPI, BB, Succ);
  Out.Omega = std::min(1.0, std::max(0.0, Omega));

  weighBlockers();
  findExits();
  collectBounds();
}

void Slicer::computeReach(bool KernelOnly) {
  // Forward propagation of the fraction of requests reaching each block,
  // Gauss-Seidel in reverse post-order; inner loops converge geometrically.
  DenseMap<BasicBlock *, double> &R =
      KernelOnly ? Out.ReachKernel : Out.ReachAll;
  auto InSet = [&](BasicBlock *BB) {
    return KernelOnly ? Out.Blocks.contains(BB) : P.Region.contains(BB);
  };
  DenseMap<BasicBlock *, double> EntryWeight;
  for (unsigned I = 0; I < P.Entries.size(); ++I)
    EntryWeight[P.Entries[I]] += P.EntryWeights[I];
  for (BasicBlock *BB : P.Region)
    R[BB] = 0;
  for (unsigned Sweep = 0; Sweep < 200000; ++Sweep) {
    double Delta = 0;
    for (BasicBlock *BB : P.Region) {
      if (!InSet(BB))
        continue;
      double V = EntryWeight.lookup(BB);
      // A loop with no exit never returns its flow: count the requests
      // that enter it, not the laps.
      const Loop *Spin =
          P.NoExitHeaders.contains(BB) ? P.LI->getLoopFor(BB) : nullptr;
      for (BasicBlock *Pred : uniquePredecessors(BB))
        if (InSet(Pred) && !(Spin && Spin->contains(Pred)))
          V += R.lookup(Pred) * edgeProbability(P, BPI, Pred, BB);
      Delta = std::max(Delta, std::abs(V - R[BB]));
      R[BB] = V;
    }
    if (Delta < 1e-12)
      break;
  }
}

double Slicer::onceReach(BasicBlock *BB) const {
  // In an inner loop, a block runs many times per request; the fraction of
  // requests that get there at all is at most that of entering the loop.
  double Reach = Out.ReachAll.lookup(BB);
  Loop *Outer = nullptr;
  // (Loops inside the request loop, and loops with no exit beside it.)
  for (Loop *L = P.LI->getLoopFor(BB);
       L && !L->contains(P.RequestLoop->getHeader()); L = L->getParentLoop())
    Outer = L;
  if (Outer) {
    double Enter = 0;
    for (BasicBlock *Pred : uniquePredecessors(Outer->getHeader()))
      if (!Outer->contains(Pred) && P.Region.contains(Pred))
        Enter += Out.ReachAll.lookup(Pred) *
                 edgeProbability(P, BPI, Pred, Outer->getHeader());
    for (BasicBlock *E : P.Entries)
      if (Outer->contains(E))
        Enter = 1;
    Reach = std::min(Reach, Enter);
  }
  return std::min(1.0, Reach);
}

double Slicer::firstReach(const SmallPtrSetImpl<BasicBlock *> &Sites) {
  if (Sites.size() == 1)
    return onceReach(*Sites.begin());
  // Several copies of one construct (the peeled first call of a loop and
  // the loop's own copy, code inlined twice): the flow into them along
  // paths that have not passed one of them before, so that a request that
  // passes two copies counts once. Blocks no copy leads to keep their
  // reach; only those on a way from a copy back to one are computed again,
  // over the region's edges indexed once (memcached's state machine has
  // hundreds of blockers).
  unsigned N = P.Region.size();
  if (PredEdges.empty()) {
    PredEdges.resize(N);
    for (unsigned I = 0; I < N; ++I)
      Index[P.Region[I]] = I;
    for (unsigned I = 0; I < N; ++I) {
      BasicBlock *BB = P.Region[I];
      const Loop *Spin =
          P.NoExitHeaders.contains(BB) ? P.LI->getLoopFor(BB) : nullptr;
      for (BasicBlock *Pred : uniquePredecessors(BB))
        if (P.Region.contains(Pred) && !(Spin && Spin->contains(Pred)))
          PredEdges[I].push_back(
              {Index.lookup(Pred), edgeProbability(P, BPI, Pred, BB)});
    }
  }
  std::vector<char> IsSite(N, 0), From(N, 0), To(N, 0);
  SmallVector<unsigned, 8> SiteIdx;
  for (BasicBlock *BB : Sites) {
    IsSite[Index.lookup(BB)] = 1;
    SiteIdx.push_back(Index.lookup(BB));
  }
  auto Walk = [&](std::vector<char> &Seen, bool Forward) {
    SmallVector<BasicBlock *, 16> Work(Sites.begin(), Sites.end());
    while (!Work.empty()) {
      BasicBlock *BB = Work.pop_back_val();
      for (BasicBlock *Next :
           Forward ? uniqueSuccessors(BB) : uniquePredecessors(BB))
        if (auto It = Index.find(Next);
            It != Index.end() && !Seen[It->second]) {
          Seen[It->second] = 1;
          Work.push_back(Next);
        }
    }
  };
  llvm::sort(SiteIdx); // a sum in a fixed order
  Walk(From, /*Forward=*/true);
  Walk(To, /*Forward=*/false);
  SmallVector<unsigned, 32> Again; // in region order
  for (unsigned I = 0; I < N; ++I)
    if (IsSite[I] || (From[I] && To[I]))
      Again.push_back(I);
  std::vector<double> EntryWeight(N, 0.0), R(N, 0.0);
  for (unsigned I = 0; I < P.Entries.size(); ++I)
    if (auto It = Index.find(P.Entries[I]); It != Index.end())
      EntryWeight[It->second] += P.EntryWeights[I];
  for (unsigned I = 0; I < N; ++I)
    if (!From[I])
      R[I] = Out.ReachAll.lookup(P.Region[I]);
  for (unsigned Sweep = 0; Sweep < 200000; ++Sweep) {
    double Delta = 0;
    for (unsigned I : Again) {
      double V = EntryWeight[I];
      for (auto [Pred, Prob] : PredEdges[I])
        if (!IsSite[Pred])
          V += R[Pred] * Prob;
      Delta = std::max(Delta, std::abs(V - R[I]));
      R[I] = V;
    }
    if (Delta < 1e-12)
      break;
  }
  double Reach = 0;
  for (unsigned I : SiteIdx)
    Reach += R[I];
  return std::min(1.0, Reach);
}

/// Cold: no request reached it by the counts, or the profile's block count
/// (BlockFrequencyInfo's estimate) rounds to zero, which leaves out a few
/// blocks of code the workload barely touched: their requests fall back,
/// which is always safe.
void Slicer::findColdBlocks() {
  if (!P.Profiled)
    return;
  for (BasicBlock *BB : P.Region) {
    std::optional<uint64_t> Count = BFI.getBlockProfileCount(BB);
    if (Out.ReachAll.lookup(BB) < 1e-9 || (Count && *Count == 0))
      Out.Cold.insert(BB);
  }
}

/// The fast path: feasible blocks reachable from an arrival through
/// feasible blocks, from which the end is reachable the same way. With a
/// profile, blocks the profile never saw are left out: the fast path is
/// the hot paths, and a cold block reached at run time falls back like any
/// other exit.
void Slicer::findFastPath() {
  auto Feasible = [&](BasicBlock *BB) {
    return !Out.Cold.contains(BB) && !B.firstBlocker(BB);
  };
  SmallPtrSet<BasicBlock *, 32> Forward;
  SmallVector<BasicBlock *, 16> Work;
  for (BasicBlock *E : P.Entries)
    if (Feasible(E))
      Work.push_back(E);
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    if (!Forward.insert(BB).second)
      continue;
    for (BasicBlock *Succ : successors(BB))
      if (P.Region.contains(Succ) && Feasible(Succ) && !isEnd(P, Succ))
        Work.push_back(Succ);
  }
  for (BasicBlock *BB : Forward)
    if (any_of(successors(BB), [&](BasicBlock *S) { return isEnd(P, S); }))
      Work.push_back(BB);
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    if (!Out.Blocks.insert(BB).second)
      continue;
    for (BasicBlock *Pred : predecessors(BB))
      if (Forward.contains(Pred))
        Work.push_back(Pred);
  }
}

/// Blockers, with how many requests get there. The same source construct
/// inlined or peeled twice is one blocker, reached by the requests that
/// pass any of its copies; a block in an inner loop is reached at most by
/// the requests that enter the loop.
void Slicer::weighBlockers() {
  std::map<std::tuple<Blocker, std::string, std::string>, size_t> SeenSite;
  std::vector<SmallPtrSet<BasicBlock *, 4>> SiteBlocks;
  for (BasicBlock *BB : P.Region) {
    auto It = B.BlockersIn.find(BB);
    if (It == B.BlockersIn.end())
      continue;
    for (const BlockerSite &Site : It->second) {
      auto Key = std::make_tuple(Site.Reason, Site.Detail, locString(Site.Loc));
      auto [Seen, New] = SeenSite.try_emplace(Key, Out.Blockers.size());
      if (New) {
        Out.Blockers.push_back(Site);
        SiteBlocks.emplace_back();
      }
      SiteBlocks[Seen->second].insert(BB);
    }
  }
  // Constructs at the same blocks (the calls of one inlined function) are
  // weighed once.
  std::map<std::vector<BasicBlock *>, double> Weighed;
  for (unsigned I = 0; I < Out.Blockers.size(); ++I) {
    std::vector<BasicBlock *> Key(SiteBlocks[I].begin(), SiteBlocks[I].end());
    llvm::sort(Key);
    auto [It, New] = Weighed.try_emplace(Key, 0.0);
    if (New)
      It->second = firstReach(SiteBlocks[I]);
    Out.Blockers[I].Reach = It->second;
  }
  groupObjectBlockers(SiteBlocks);
}

/// A table reached through a pointer (or an object from outside the
/// request) is one obstacle however many loads read it: one row per
/// object, at its most reached site with the other sites counted there,
/// reached by the requests that pass any of its sites (a store read by
/// GETs at one line and by SETs at another stops every request).
void Slicer::groupObjectBlockers(
    const std::vector<SmallPtrSet<BasicBlock *, 4>> &SiteBlocks) {
  std::map<std::pair<Blocker, std::string>, std::vector<unsigned>> Objects;
  for (unsigned I = 0; I < Out.Blockers.size(); ++I) {
    const BlockerSite &S = Out.Blockers[I];
    if (S.Reason == Blocker::PointerInSharedState ||
        S.Reason == Blocker::PreArrivalState)
      Objects[{S.Reason, S.Detail}].push_back(I);
  }
  std::vector<char> Merged(Out.Blockers.size(), 0);
  for (auto &[Key, Members] : Objects) {
    if (Members.size() < 2)
      continue;
    // The most reached site leads; among equals, the first in the source.
    auto Line = [&](unsigned I) {
      const DebugLoc &L = Out.Blockers[I].Loc;
      return L ? std::make_pair(L.getLine(), L.getCol())
               : std::make_pair(~0u, ~0u);
    };
    unsigned Lead = Members.front();
    SmallPtrSet<BasicBlock *, 8> All;
    for (unsigned I : Members) {
      double D = Out.Blockers[I].Reach - Out.Blockers[Lead].Reach;
      if (D > 1e-9 || (D > -1e-9 && Line(I) < Line(Lead)))
        Lead = I;
      All.insert(SiteBlocks[I].begin(), SiteBlocks[I].end());
    }
    BlockerSite &L = Out.Blockers[Lead];
    for (unsigned I : Members) {
      if (I == Lead)
        continue;
      Merged[I] = 1;
      const DebugLoc &Loc = Out.Blockers[I].Loc;
      if (locString(Loc) != locString(L.Loc) &&
          none_of(L.OtherLocs, [&](const DebugLoc &O) {
            return locString(O) == locString(Loc);
          }))
        L.OtherLocs.push_back(Loc);
    }
    L.Reach = firstReach(All);
  }
  unsigned Kept = 0;
  for (unsigned I = 0; I < Out.Blockers.size(); ++I)
    if (!Merged[I]) {
      if (Kept != I)
        Out.Blockers[Kept] = std::move(Out.Blockers[I]);
      ++Kept;
    }
  Out.Blockers.resize(Kept);
}

/// The edges leaving the fast path, each with the first blocker on the way
/// (for the report); one entry per source branch and destination.
void Slicer::findExits() {
  for (BasicBlock *BB : P.Region) {
    if (!Out.Blocks.contains(BB))
      continue;
    for (BasicBlock *Succ : uniqueSuccessors(BB)) {
      if (Out.Blocks.contains(Succ) || isEnd(P, Succ) || isDeadEnd(Succ))
        continue;
      FallbackExit X;
      X.At = BB->getTerminator();
      X.Loc = nearestLoc(X.At);
      X.Probability =
          Out.ReachKernel.lookup(BB) * edgeProbability(P, BPI, BB, Succ);
      SmallPtrSet<BasicBlock *, 16> Seen;
      SmallVector<BasicBlock *, 8> Work{Succ};
      while (!Work.empty() && X.Leadsto.empty()) {
        BasicBlock *Y = Work.pop_back_val();
        if (!Seen.insert(Y).second)
          continue;
        if (const BlockerSite *Site = B.firstBlocker(Y)) {
          X.Leadsto = (blockerName(Site->Reason) +
                       (Site->Detail.empty() ? "" : " " + Site->Detail))
                          .str();
          X.BlockerLoc = Site->Loc;
          break;
        }
        if (!P.EventLoop->contains(Y)) {
          X.Leadsto = "LeavesEventLoop";
          break;
        }
        if (Out.Cold.contains(Y)) {
          X.Leadsto = "ColdPath";
          X.BlockerLoc = nearestLoc(Y->getFirstNonPHI());
          break;
        }
        for (BasicBlock *S2 : successors(Y))
          if (P.Region.contains(S2))
            Work.push_back(S2);
      }
      if (X.Leadsto.empty())
        X.Leadsto = "NoFeasibleEnd";
      auto Same = find_if(Out.Exits, [&](const FallbackExit &Y) {
        return locString(Y.Loc) == locString(X.Loc) && Y.Leadsto == X.Leadsto;
      });
      if (Same != Out.Exits.end())
        Same->Probability += X.Probability;
      else
        Out.Exits.push_back(std::move(X));
    }
  }
}

/// The bounded forms and loops of the fast path (code that falls back runs
/// as the original), each source location once.
void Slicer::collectBounds() {
  for (auto &[BB, U] : B.BoundedIn)
    if (Out.Blocks.contains(BB))
      Out.Bounded.push_back(U);
  for (auto &[Header, L] : B.LoopsIn)
    if (Out.Blocks.contains(Header))
      Out.Loops.push_back(L);
  dedupe(Out.Loops, [](const LoopBound &L) {
    return locString(L.Loc) + "/" + std::to_string(L.MaxTrips);
  });
  dedupe(Out.Bounded,
         [](const BoundedUse &U) { return locString(U.Loc) + "/" + U.Detail; });
}

FastPaths FastPathAnalysis::run(Module &M, ModuleAnalysisManager &MAM) {
  FastPaths Result;
  const PathFeasibility &Feasibility = MAM.getResult<FeasibilityAnalysis>(M);
  const RequestPaths &Requests = MAM.getResult<RequestPathAnalysis>(M);
  if (Requests.Paths.empty())
    return Result;
  FunctionAnalysisManager &FAM =
      MAM.getResult<PrepareAnalysis>(M).functionAnalyses();
  for (unsigned I = 0; I < Requests.Paths.size(); ++I) {
    const RequestPath &P = Requests.Paths[I];
    Slicer(P, Feasibility.Paths[I],
           FAM.getResult<BranchProbabilityAnalysis>(*P.F),
           FAM.getResult<BlockFrequencyAnalysis>(*P.F),
           Result.Paths.emplace_back())
        .run();
  }
  return Result;
}

bool FastPaths::invalidate(Module &M, const PreservedAnalyses &PA,
                           ModuleAnalysisManager::Invalidator &Inv) {
  auto PAC = PA.getChecker<FastPathAnalysis>();
  return (!PAC.preserved() && !PAC.preservedSet<AllAnalysesOn<Module>>()) ||
         Inv.invalidate<FeasibilityAnalysis>(M, PA);
}

void FastPaths::print(raw_ostream &OS, const RequestPaths &Requests) const {
  for (unsigned I = 0; I < Paths.size(); ++I) {
    const RequestPath &P = Requests.Paths[I];
    const FastPath &FP = Paths[I];
    OS << "request path #" << P.Id << formatv(": omega {0:F3}\n", FP.Omega);
    unsigned Index = 0;
    for (BasicBlock *BB : P.Region) {
      OS << "  block #" << Index++ << ": "
         << (FP.contains(BB)        ? "kernel"
             : FP.Cold.contains(BB) ? "cold"
                                    : "userspace")
         << formatv(", reach {0:F3}", FP.ReachAll.lookup(BB));
      if (FP.contains(BB))
        OS << formatv(", on the fast path {0:F3}", FP.ReachKernel.lookup(BB));
      OS << "\n";
    }
    for (const BlockerSite &B : FP.Blockers) {
      OS << "  ";
      printBlocker(OS, B);
      OS << "\n";
    }
    for (const FallbackExit &X : FP.Exits) {
      OS << "  ";
      printExit(OS, X);
      OS << "\n";
    }
    for (const LoopBound &L : FP.Loops) {
      OS << "  ";
      printLoop(OS, L);
      OS << "\n";
    }
    for (const BoundedUse &U : FP.Bounded) {
      OS << "  ";
      printBounded(OS, U);
      OS << "\n";
    }
  }
}

PreservedAnalyses FastPathPrinterPass::run(Module &M,
                                           ModuleAnalysisManager &MAM) {
  const RequestPaths &Requests = MAM.getResult<RequestPathAnalysis>(M);
  OS << "koffload fast path for '" << M.getSourceFileName() << "'\n";
  MAM.getResult<FastPathAnalysis>(M).print(OS, Requests);
  return PreservedAnalyses::all();
}

} // namespace koffload
