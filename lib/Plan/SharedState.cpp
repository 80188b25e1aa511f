//===- SharedState.cpp - Planning stage 5: state and effects --------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/SharedState.h"
#include "Plan/HeapRoots.h"
#include "Support/Names.h"
#include "Landmarks/Landmarks.h"
#include "Landmarks/SocketCalls.h"
#include "Plan/KernelLimits.h"
#include "Plan/PathUtils.h"
#include "Support/LogRecords.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <set>

using namespace llvm;

namespace koffload {

AnalysisKey SharedStateAnalysis::Key;

StringRef effectHandlingName(EffectHandling H) {
  switch (H) {
  case EffectHandling::UndoneOnFallback:
    return "undone-on-fallback";
  case EffectHandling::CommittedInPlace:
    return "committed-in-place";
  case EffectHandling::CannotUndo:
    return "cannot-undo";
  }
  llvm_unreachable("unknown effect handling");
}

StringRef syncNeedName(SyncNeed S) {
  switch (S) {
  case SyncNeed::ReadOnlyAfterStartup:
    return "read-only-after-startup";
  case SyncNeed::ReadOnly:
    return "read-only";
  case SyncNeed::PlainWord:
    return "plain-word";
  case SyncNeed::AtomicRMW:
    return "atomic-rmw";
  case SyncNeed::RecordProtocol:
    return "record-protocol";
  }
  llvm_unreachable("unknown sync need");
}

static void
loadsFeeding(Value *V,
             DenseMap<GlobalVariable *, SmallPtrSet<Value *, 4>> &Out);

namespace {

/// The shared state of one fast path. The globals come first: a record
/// protocol adds a fallback point, and each effect's reason counts the
/// fallback points.
class StateFinder {
public:
  StateFinder(Module &W, const LandmarkInfo &Info, const RequestPath &P,
              const PathBlockers &B, const FastPath &FP, PathSharedState &Out)
      : W(W), Info(Info), P(P), B(B), FP(FP), Out(Out) {}

  void run() {
    classifyShared();
    findFallbackPoints();
    dedupe(Out.FallbackPoints, [](const FallbackPoint &X) {
      return locString(X.Loc) + "/" + X.Kind + "/" + X.Detail;
    });
    findEffects();
    dedupe(Out.Effects, [](const Effect &E) {
      return locString(E.Loc) + "/" + E.Target + "/" +
             effectHandlingName(E.Handling).str();
    });
  }

private:
  Module &W; ///< the working copy
  const LandmarkInfo &Info;
  const RequestPath &P;
  const PathBlockers &B; ///< the loop caps and bounded libc calls
  const FastPath &FP;
  PathSharedState &Out;

  void classifyShared();
  void findFallbackPoints();
  void findEffects();
  std::optional<std::string> fallbackAfter(const Instruction &I) const;
  bool generatorFolds(const BranchInst &Br, unsigned &Taken) const;

  /// The fast path's blocks in the region's (reverse post-) order: what is
  /// found in them is printed, and sums over them are rounded, in that
  /// order, the same from run to run.
  SmallVector<BasicBlock *, 32> fastPathBlocks() const {
    SmallVector<BasicBlock *, 32> Blocks;
    for (BasicBlock *BB : P.Region)
      if (FP.contains(BB))
        Blocks.push_back(BB);
    return Blocks;
  }
};

} // namespace

/// The addresses of the loads of shared globals that \p V is computed from
/// (through arithmetic, phis and selects), by global.
static void
loadsFeeding(Value *V,
             DenseMap<GlobalVariable *, SmallPtrSet<Value *, 4>> &Out) {
  SmallVector<Value *, 16> Work{V};
  SmallPtrSet<Value *, 32> Seen;
  while (!Work.empty()) {
    auto *I = dyn_cast<Instruction>(Work.pop_back_val());
    if (!I || !Seen.insert(I).second || isa<CallBase>(I))
      continue;
    if (auto *L = dyn_cast<LoadInst>(I)) {
      if (GlobalVariable *GV = sharedGlobalOf(L->getPointerOperand()))
        Out[GV].insert(L->getPointerOperand()->stripPointerCasts());
      continue;
    }
    for (Value *Op : I->operands())
      Work.push_back(Op);
  }
}

/// What a write no save can undo is, or empty for one a save can undo.
static std::string unsavableWrite(const Instruction &I);

void StateFinder::findFallbackPoints() {
  // Where the generated offload may still fall back besides the program's
  // slow paths (the fast path's exits): the checks the generator adds.
  for (const auto &[Header, L] : B.LoopsIn)
    if (FP.contains(Header) && !L.MaxTrips)
      Out.FallbackPoints.push_back({"loop-cap", L.Loc,
                                    formatv("more than {0} trips", L.Cap).str(),
                                    Header->getTerminator()});
  for (const auto &[BB, U] : B.BoundedIn)
    if (FP.contains(BB) && U.Form == KernelForm::BoundedLibc)
      Out.FallbackPoints.push_back(
          {"libc-cap", U.Loc,
           U.Detail + " needs bytes beyond the BPF libc's cap or the object",
           BB->getTerminator()});
  // A recorded log call (Support/LogRecords.h) falls back when the ring
  // buffer has no room for the request's records (reserved at its first
  // log call), a string is longer than the record's cap, or the records
  // outgrow a batch (Kernel/XDPLog.cpp).
  for (const auto &[BB, U] : B.BoundedIn)
    if (FP.contains(BB) && U.Form == KernelForm::RecordedCall)
      Out.FallbackPoints.push_back(
          {"log-record", U.Loc,
           U.Detail + "'s record: no room in the ring buffer, " +
               (U.Detail == "fwrite"
                    ? "data longer than " + std::to_string(LogBytesCap)
                    : "a string longer than " +
                          std::to_string(LogStringCap - 1)) +
               " bytes, or more records than a batch holds",
           BB->getTerminator()});
  // A write no save can undo on the path (a compare-and-exchange): when
  // every reply is of a fixed size that fits its buffer, the reply's one
  // check that can fail (room in the frame) is made in the prologue, on
  // the datagram's length, and the reply cannot fall back after the write.
  SmallVector<const CallBase *, 4> Replies;
  bool Unsavable = false;
  for (BasicBlock *BB : fastPathBlocks())
    for (Instruction &I : *BB) {
      if (std::optional<unsigned> Idx = landmarkIndex(I))
        if (Info.Landmarks[*Idx].Kind == LandmarkKind::Reply)
          Replies.push_back(cast<CallBase>(&I));
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      Unsavable |= any_of(Acc, [](const Access &A) { return A.Write; }) &&
                   !unsavableWrite(I).empty();
      // A compare-and-exchange in the heap (a lock's release,
      // `__sync_val_compare_and_swap(&locks[h], 1, 0)`): no save undoes it
      // either (Kernel/UndoLog.cpp undoes only a spin lock's acquire).
      if (auto *CX = dyn_cast<AtomicCmpXchgInst>(&I))
        Unsavable |= isStoredPointer(CX->getPointerOperand());
    }
  std::optional<uint64_t> Room =
      Unsavable ? fixedReplySize(Replies) : std::nullopt;
  // Named at the first reply with a line (-O2 may merge the sends: line 0).
  auto Named = find_if(Replies, [](const CallBase *CB) {
    return CB->getDebugLoc() && CB->getDebugLoc().getLine();
  });
  if (Room)
    Out.FallbackPoints.push_back(
        {"reply-room",
         (Named != Replies.end() ? *Named : Replies.front())->getDebugLoc(),
         formatv("the datagram is shorter than the longest reply, {0} "
                 "bytes: checked before the path's first write, so the "
                 "reply never grows the frame",
                 *Room)
             .str(),
         nullptr, /*BeforePath=*/true});
  for (BasicBlock *BB : fastPathBlocks())
    for (Instruction &I : *BB) {
      // With such a write, the checks the generator puts before a load,
      // store or compare-and-exchange into a global at an offset the
      // verifier cannot bound (Kernel/BPFBoundAccesses.cpp) count too:
      // after the write they are fallbacks it cannot undo. (Without one,
      // any write is undone.)
      if (Unsavable && (isa<LoadInst>(I) || isa<StoreInst>(I) ||
                        isa<AtomicCmpXchgInst>(I))) {
        auto *CX = dyn_cast<AtomicCmpXchgInst>(&I);
        const Value *Ptr =
            CX ? CX->getPointerOperand() : getLoadStorePointerOperand(&I);
        APInt Off(W.getDataLayout().getIndexTypeSizeInBits(Ptr->getType()), 0);
        auto *GV = dyn_cast<GlobalVariable>(getUnderlyingObject(Ptr));
        Type *AccTy = CX ? CX->getCompareOperand()->getType()
                         : getLoadStoreType(&I);
        if (GV &&
            Ptr->stripAndAccumulateConstantOffsets(
                W.getDataLayout(), Off, /*AllowNonInbounds=*/true) != GV &&
            !offsetProvablyWithin(
                Ptr, *GV, W.getDataLayout().getTypeStoreSize(AccTy)))
          Out.FallbackPoints.push_back(
              {"bounds", I.getDebugLoc(),
               "an offset into " + globalSourceName(*GV) +
                   " the verifier cannot bound, checked before the access",
               &I});
      }
      if (auto *MC = dyn_cast<MemCpyInst>(&I);
          MC && !isa<ConstantInt>(MC->getLength()) &&
          sharedGlobalOf(MC->getRawDest()))
        Out.FallbackPoints.push_back(
            {"undo-room", I.getDebugLoc(),
             formatv("a copy into shared state longer than the {0} bytes "
                     "the offload can keep to undo it",
                     MaxUndoneCopyBytes)
                 .str(),
             &I});
      if (std::optional<unsigned> Idx = landmarkIndex(I))
        if (Info.Landmarks[*Idx].Kind == LandmarkKind::Reply && !Room)
          Out.FallbackPoints.push_back(
              {"reply", I.getDebugLoc(),
               "the reply is longer than its buffer or a frame, or the "
               "frame cannot grow to hold it",
               &I});
    }
  // A record the path writes is taken in the prologue (busy: fall back
  // there); one it only reads is checked unchanged at the end.
  for (const SharedGlobal &G : Out.Shared)
    if (G.Need == SyncNeed::RecordProtocol && (G.KernelReads || G.KernelWrites))
      Out.FallbackPoints.push_back(
          {"record-busy", DebugLoc(),
           G.Name + (G.KernelWrites ? " is held by another writer"
                                    : " changed while the request read it"),
           nullptr, /*BeforePath=*/G.KernelWrites});
}

/// Whether the generator decides \p Br while it builds the program: a
/// test of a reply's result, which in the kernel is the reply's length
/// (XDPClone.cpp: emitReplySnapshot), here a constant. \p Taken: the
/// successor it goes to.
bool StateFinder::generatorFolds(const BranchInst &Br, unsigned &Taken) const {
  if (!Br.isConditional())
    return false;
  auto *Cmp = dyn_cast<ICmpInst>(Br.getCondition());
  auto *Bound = Cmp ? dyn_cast<Constant>(Cmp->getOperand(1)) : nullptr;
  auto *Send = Cmp ? dyn_cast<CallBase>(Cmp->getOperand(0)) : nullptr;
  if (!Bound || !Send || !Send->getType()->isIntegerTy())
    return false;
  std::optional<unsigned> Idx = landmarkIndex(*Send);
  if (!Idx || Info.Landmarks[*Idx].Kind != LandmarkKind::Reply)
    return false;
  std::optional<SocketCall> SC = decodeSocketCall(*Send);
  auto *Len = SC && !SC->msghdr() ? dyn_cast_or_null<ConstantInt>(SC->length())
                                  : nullptr;
  if (!Len)
    return false;
  Constant *Result = ConstantInt::get(Send->getType(), Len->getZExtValue());
  auto *Folded = dyn_cast_or_null<ConstantInt>(ConstantFoldCompareInstOperands(
      Cmp->getPredicate(), Result, Bound, W.getDataLayout()));
  if (!Folded)
    return false;
  Taken = Folded->isOne() ? 0 : 1;
  return true;
}

/// The first place the request may fall back after \p I on the fast path
/// (a fallback point in the same block after it or in a block reachable
/// from it, or an exit to a slow path), described; none if there is none.
/// A compare-and-exchange's edges where it failed are left out: it wrote
/// nothing there.
std::optional<std::string>
StateFinder::fallbackAfter(const Instruction &I) const {
  const BasicBlock *From = I.getParent();
  SmallVector<std::pair<const BasicBlock *, const BasicBlock *>, 4> Failed;
  if (auto *CX = dyn_cast<AtomicCmpXchgInst>(&I))
    Failed = failedExchangeEdges(
        *CX, [&](const BasicBlock *BB) { return isEnd(P, BB); });
  SmallPtrSet<const BasicBlock *, 16> Reached;
  std::optional<std::string> Exit;
  SmallVector<const BasicBlock *, 16> Work{From};
  bool First = true;
  while (!Work.empty()) {
    const BasicBlock *BB = Work.pop_back_val();
    if (!First && !Reached.insert(BB).second)
      continue;
    First = false;
    const Instruction *Term = BB->getTerminator();
    unsigned Taken = 0;
    bool Folds = false;
    if (auto *Br = dyn_cast<BranchInst>(Term))
      Folds = generatorFolds(*Br, Taken);
    for (unsigned K = 0; K < Term->getNumSuccessors(); ++K) {
      const BasicBlock *Succ = Term->getSuccessor(K);
      if ((Folds && K != Taken) ||
          is_contained(Failed, std::make_pair(BB, Succ)))
        continue;
      if (FP.contains(const_cast<BasicBlock *>(Succ))) {
        Work.push_back(Succ);
        continue;
      }
      if (Exit || isEnd(P, Succ))
        continue;
      auto X = find_if(FP.Exits,
                       [&](const FallbackExit &E) { return E.At == Term; });
      Exit = "fallback exit" +
             (X != FP.Exits.end()
                  ? " at " + locString(X->Loc) + " towards " + X->Leadsto
                  : std::string(" at ") + locString(nearestLoc(Term)));
    }
  }
  for (const FallbackPoint &X : Out.FallbackPoints)
    if (!X.BeforePath &&
        (!X.At || Reached.contains(X.At->getParent()) ||
         (X.At->getParent() == From && I.comesBefore(X.At))))
      return X.Kind + (X.Loc ? " at " + locString(X.Loc) : std::string());
  return Exit;
}

/// What a write no save can undo is, or empty for one a save can undo.
static std::string unsavableWrite(const Instruction &I) {
  if (isa<AtomicCmpXchgInst>(I))
    return "compare-and-exchange";
  if (auto *RMW = dyn_cast<AtomicRMWInst>(&I);
      RMW && RMW->getOperation() != AtomicRMWInst::Add &&
      RMW->getOperation() != AtomicRMWInst::Sub)
    return ("atomic " + AtomicRMWInst::getOperationName(RMW->getOperation()))
        .str();
  return std::string();
}

void StateFinder::findEffects() {
  // Every write to shared state on the fast path may be followed by a
  // fallback (the reply's own checks come last): the offload keeps the old
  // value and restores it if the request falls back. Writes no save can
  // undo (a compare-and-exchange) commit in place when no fallback point
  // follows them, and keep the path in userspace when one may; other
  // writes it cannot restore are blockers (unrestorableWrite).
  unsigned Exits = FP.Exits.size();
  for (BasicBlock *BB : P.Region) {
    if (!FP.contains(BB))
      continue;
    for (Instruction &I : *BB) {
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      for (const Access &A : Acc) {
        if (!A.Write)
          continue;
        Effect E;
        E.At = &I;
        E.Target = globalSourceName(*A.GV);
        E.Loc = I.getDebugLoc();
        E.Handling = EffectHandling::UndoneOnFallback;
        E.Why = formatv("{0} fallback exit(s) and {1} other fallback "
                        "point(s) on the fast path: the old value is kept "
                        "and restored if the request falls back after it",
                        Exits, Out.FallbackPoints.size())
                    .str();
        if (std::string What = unsavableWrite(I); !What.empty()) {
          E.What = What;
          if (std::optional<std::string> X = fallbackAfter(I)) {
            E.Handling = EffectHandling::CannotUndo;
            E.Why = "a " + What + " cannot be undone, and the request may "
                    "still fall back after it (" + *X +
                    "): userspace would apply it again";
          } else {
            E.Handling = EffectHandling::CommittedInPlace;
            E.Why = "no fallback point can follow it";
          }
        }
        Out.Effects.push_back(std::move(E));
      }
    }
  }
}

void StateFinder::classifyShared() {
  // Which side each access is on. Functions other than the loop's own are
  // loop code when called from the loop (or address-taken), else start-up.
  SmallPtrSet<const Function *, 8> LoopFunctions, StartupFunctions;
  {
    SmallVector<std::pair<Function *, bool>, 8> Work;
    for (BasicBlock &BB : *P.F)
      for (Instruction &I : BB)
        if (auto *CB = dyn_cast<CallBase>(&I))
          if (Function *Callee = CB->getCalledFunction();
              Callee && !Callee->isDeclaration())
            Work.push_back({Callee, P.EventLoop->contains(&BB)});
    for (Function &F : W)
      if (&F != P.F && !F.isDeclaration() && F.hasAddressTaken())
        Work.push_back({&F, true});
    while (!Work.empty()) {
      auto [F, InLoop] = Work.pop_back_val();
      auto &Set = InLoop ? LoopFunctions : StartupFunctions;
      if (F == P.F || !Set.insert(F).second)
        continue;
      for (Instruction &I : instructions(*F))
        if (auto *CB = dyn_cast<CallBase>(&I))
          if (Function *Callee = CB->getCalledFunction();
              Callee && !Callee->isDeclaration())
            Work.push_back({Callee, InLoop});
    }
  }

  std::map<std::string, SharedGlobal> Table;
  StringMap<bool> AllWord, KernelRMW, UserRMW, AnyVolatile;
  auto Record = [&](const Access &A, int Side, double Weight) {
    // Side: 0 kernel, 1 userspace loop, 2 start-up.
    auto [It, New] = Table.try_emplace(A.GV->getName().str());
    SharedGlobal &G = It->second;
    if (New) {
      G.Name = It->first;
      G.Size = W.getDataLayout().getTypeAllocSize(A.GV->getValueType());
      AllWord[G.Name] = true;
      KernelRMW[G.Name] = UserRMW[G.Name] = false;
    }
    if (!A.Word)
      AllWord[G.Name] = false;
    if (A.Volatile)
      AnyVolatile[G.Name] = true;
    if (A.RMW && Side == 0)
      KernelRMW[G.Name] = true;
    if (A.RMW && Side == 1)
      UserRMW[G.Name] = true;
    switch (Side) {
    case 0:
      (A.Write ? G.KernelWrites : G.KernelReads) = true;
      G.KernelAccessesPerRequest += Weight;
      break;
    case 1:
      (A.Write ? G.UserWrites : G.UserReads) = true;
      G.UserAccessesPerRequest += Weight;
      break;
    default:
      if (A.Write)
        G.StartupWrites = true;
      break;
    }
  };

  // Globals the fast path touches are the shared ones.
  std::set<const GlobalVariable *> Touched;
  // Updates a word at a time cannot make atomic: a store computed from
  // another word of the global, or a decision taken on its value (check,
  // then act: two CPUs both see the last token).
  StringMap<std::string> NotWordAtomic;
  auto IsFastPathReply = [&](const CallBase &CB) {
    std::optional<unsigned> Idx = landmarkIndex(CB);
    return Idx && Info.Landmarks[*Idx].Kind == LandmarkKind::Reply &&
           FP.contains(const_cast<BasicBlock *>(CB.getParent()));
  };
  for (BasicBlock *BB : fastPathBlocks())
    for (Instruction &I : *BB) {
      // The reply's fd loaded again (`fds[i].fd`): the kernel does not
      // read it (lib/Kernel does not copy it).
      if (isa<LoadInst>(I) && onlyFdOf(&I, IsFastPathReply))
        continue;
      // stdout or stderr for a recorded log call: the replay loads it,
      // and calls inet_ntoa of a recorded address itself.
      if (onlyStreamOfLogCalls(I) || replayedForLogCalls(I))
        continue;
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      for (const Access &A : Acc) {
        Touched.insert(A.GV);
        Record(A, 0, FP.ReachKernel.lookup(BB));
      }
      DenseMap<GlobalVariable *, SmallPtrSet<Value *, 4>> Feeding;
      if (auto *S = dyn_cast<StoreInst>(&I)) {
        loadsFeeding(S->getValueOperand(), Feeding);
        Value *To = S->getPointerOperand()->stripPointerCasts();
        for (auto &[GV, Ptrs] : Feeding)
          if (GV == sharedGlobalOf(To) &&
              (Ptrs.size() > 1 || !Ptrs.contains(To)))
            NotWordAtomic.try_emplace(
                GV->getName(), "a store computed from other words of it");
      } else if (auto *Br = dyn_cast<BranchInst>(&I);
                 Br && Br->isConditional()) {
        loadsFeeding(Br->getCondition(), Feeding);
      } else if (auto *Sw = dyn_cast<SwitchInst>(&I)) {
        loadsFeeding(Sw->getCondition(), Feeding);
      } else if (auto *Sel = dyn_cast<SelectInst>(&I)) {
        loadsFeeding(Sel->getCondition(), Feeding);
      }
      if (!isa<StoreInst>(I))
        for (auto &[GV, Ptrs] : Feeding)
          NotWordAtomic.try_emplace(GV->getName(),
                                    "a decision taken on its value");
      // A word's value used for anything but its own update (an add or
      // sub stored back to it): another CPU's add may come in between.
      if (auto *L = dyn_cast<LoadInst>(&I))
        if (GlobalVariable *GV = sharedGlobalOf(L->getPointerOperand())) {
          Value *P = L->getPointerOperand()->stripPointerCasts();
          bool OwnUpdate = all_of(L->users(), [&](User *U) {
            auto *Op = dyn_cast<BinaryOperator>(U);
            return Op && Op->getOperand(0) == L &&
                   (Op->getOpcode() == Instruction::Add ||
                    Op->getOpcode() == Instruction::Sub) &&
                   all_of(Op->users(), [&](User *OU) {
                     auto *St = dyn_cast<StoreInst>(OU);
                     return St && St->getValueOperand() == Op &&
                            St->getPointerOperand()->stripPointerCasts() == P;
                   });
          });
          if (!OwnUpdate)
            NotWordAtomic.try_emplace(GV->getName(),
                                      "its value used by the request");
        }
    }
  if (Touched.empty())
    return;

  for (BasicBlock &BB : *P.F) {
    if (FP.contains(&BB))
      continue;
    int Side = P.EventLoop->contains(&BB) ? 1 : 2;
    double Weight = P.Region.contains(&BB) ? FP.ReachAll.lookup(&BB) : 0;
    for (Instruction &I : BB) {
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      for (const Access &A : Acc)
        if (Touched.count(A.GV))
          Record(A, Side, Weight);
    }
  }
  for (Function &F : W) {
    if (&F == P.F || F.isDeclaration())
      continue;
    int Side = LoopFunctions.contains(&F)      ? 1
               : StartupFunctions.contains(&F) ? 2
                                               : -1;
    if (Side < 0)
      continue; // not called any more (inlined everywhere)
    for (Instruction &I : instructions(F)) {
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      for (const Access &A : Acc)
        if (Touched.count(A.GV))
          Record(A, Side, 0);
    }
  }

  for (auto &[Name, G] : Table) {
    bool LoopWrites = G.KernelWrites || G.UserWrites;
    if (!LoopWrites && AnyVolatile.lookup(Name)) {
      // Written behind the compiler's back (a signal handler, another
      // process): it cannot be frozen at load.
      G.Need = SyncNeed::PlainWord;
      G.Why = "volatile: it may change outside the code koffload sees, so "
              "it stays in shared memory, read a word at a time";
    } else if (!LoopWrites) {
      G.Need = SyncNeed::ReadOnlyAfterStartup;
      G.Why = G.StartupWrites ? "written only before the event loop: "
                                "read-only data set at load"
                              : "never written: read-only data";
    } else if (AllWord[Name] &&
               !(G.KernelWrites && NotWordAtomic.count(Name))) {
      // The offload runs on several CPUs at once, so its own updates race
      // with each other, and userspace runs the same code for requests
      // that fall back. A userspace update races with the offload only
      // when the offload writes too.
      if (KernelRMW[Name]) {
        G.Need = SyncNeed::AtomicRMW;
        G.Why = "read-modify-write of a word, by the offload on several "
                "CPUs at once and by userspace for requests that fall back: "
                "atomic on both sides";
      } else if (UserRMW[Name] && G.KernelWrites) {
        G.Need = SyncNeed::AtomicRMW;
        G.Why = "read-modify-write of a word in userspace while the offload "
                "stores to it: atomic on both sides";
      } else {
        G.Need = SyncNeed::PlainWord;
        G.Why = "single-word stores only: naturally atomic";
      }
    } else {
      G.Need = SyncNeed::RecordProtocol;
      std::string Writers = G.KernelWrites && G.UserWrites
                                ? "by the offload and in userspace"
                            : G.KernelWrites ? "by the offload"
                                             : "in userspace";
      std::string Readers = G.KernelReads && G.UserReads ? "on both sides"
                            : G.KernelReads              ? "in the kernel"
                            : G.UserReads                ? "in userspace"
                                                         : "nowhere else";
      G.Why = "multi-word records written " + Writers + " and read " + Readers +
              ": seqlock record protocol";
      if (AllWord[Name])
        G.Why = "words updated by the offload together with " +
                NotWordAtomic.lookup(Name) +
                ", which a word at a time cannot make atomic; written " +
                Writers + " and read " + Readers + ": seqlock record protocol";
    }
    Out.Shared.push_back(G);
  }
}

SharedStates SharedStateAnalysis::run(Module &M, ModuleAnalysisManager &MAM) {
  SharedStates Result;
  const FastPaths &Fast = MAM.getResult<FastPathAnalysis>(M);
  const RequestPaths &Requests = MAM.getResult<RequestPathAnalysis>(M);
  if (Requests.Paths.empty())
    return Result;
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  const PathFeasibility &Feasibility = MAM.getResult<FeasibilityAnalysis>(M);
  Module &W = *MAM.getResult<PrepareAnalysis>(M).Working;
  for (unsigned I = 0; I < Requests.Paths.size(); ++I)
    StateFinder(W, Info, Requests.Paths[I], Feasibility.Paths[I], Fast.Paths[I],
                Result.Paths.emplace_back())
        .run();
  return Result;
}

bool SharedStates::invalidate(Module &M, const PreservedAnalyses &PA,
                              ModuleAnalysisManager::Invalidator &Inv) {
  auto PAC = PA.getChecker<SharedStateAnalysis>();
  return (!PAC.preserved() && !PAC.preservedSet<AllAnalysesOn<Module>>()) ||
         Inv.invalidate<FastPathAnalysis>(M, PA);
}

void SharedStates::print(raw_ostream &OS, const RequestPaths &Requests) const {
  for (unsigned I = 0; I < Paths.size(); ++I) {
    const PathSharedState &S = Paths[I];
    OS << "request path #" << Requests.Paths[I].Id << ":\n";
    for (const SharedGlobal &G : S.Shared) {
      OS << "  ";
      printShared(OS, G);
      OS << "\n";
    }
    for (const FallbackPoint &X : S.FallbackPoints) {
      OS << "  ";
      printFallbackPoint(OS, X);
      OS << "\n";
    }
    for (const Effect &E : S.Effects) {
      OS << "  ";
      printEffect(OS, E);
      OS << "\n";
    }
  }
}

PreservedAnalyses SharedStatePrinterPass::run(Module &M,
                                              ModuleAnalysisManager &MAM) {
  const RequestPaths &Requests = MAM.getResult<RequestPathAnalysis>(M);
  OS << "koffload shared state for '" << M.getSourceFileName() << "'\n";
  MAM.getResult<SharedStateAnalysis>(M).print(OS, Requests);
  return PreservedAnalyses::all();
}

} // namespace koffload
