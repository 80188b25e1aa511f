//===- PathUtils.cpp - What the planning stages share ---------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/PathUtils.h"
#include "Landmarks/Landmarks.h"
#include "Landmarks/SocketCalls.h"
#include "Plan/Plan.h"
#include "Support/ValueSources.h"

#include "llvm/Analysis/BranchProbabilityInfo.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/ProfDataUtils.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace koffload {

std::string locString(const DebugLoc &DL) { return formatLocation(DL); }

/// The landmark index a call in the working copy was tagged with.
std::optional<unsigned> landmarkIndex(const Instruction &I) {
  if (MDNode *MD = I.getMetadata(LandmarkMDKind))
    if (auto *C = mdconst::dyn_extract<ConstantInt>(MD->getOperand(0)))
      return C->getZExtValue();
  return std::nullopt;
}

/// \p I's location, or the nearest one in its block (phis, and branches
/// made by the inliner, have none).
DebugLoc nearestLoc(const Instruction *I) {
  if (I->getDebugLoc() && I->getDebugLoc().getLine())
    return I->getDebugLoc();
  for (const Instruction *J = I->getPrevNode(); J; J = J->getPrevNode())
    if (J->getDebugLoc() && J->getDebugLoc().getLine())
      return J->getDebugLoc();
  for (const Instruction *J = I->getNextNode(); J; J = J->getNextNode())
    if (J->getDebugLoc() && J->getDebugLoc().getLine())
      return J->getDebugLoc();
  return I->getDebugLoc();
}

// A switch can have several edges to one block; probabilities from
// BranchProbabilityInfo already sum them, so walk each neighbour once.
SmallSetVector<BasicBlock *, 4> uniqueSuccessors(BasicBlock *BB) {
  return SmallSetVector<BasicBlock *, 4>(succ_begin(BB), succ_end(BB));
}
SmallSetVector<BasicBlock *, 4> uniquePredecessors(BasicBlock *BB) {
  return SmallSetVector<BasicBlock *, 4>(pred_begin(BB), pred_end(BB));
}

/// A block that is nothing but `unreachable` (the default of a devirtualised
/// table call, a switch clang knows to be exhaustive): no request gets
/// there, so an edge to it is not a fallback exit.
bool isDeadEnd(const BasicBlock *BB) {
  const Instruction *First = BB->getFirstNonPHIOrDbg();
  return First && isa<UnreachableInst>(First);
}

unsigned instructionCount(const BasicBlock &BB) {
  unsigned N = 0;
  for (const Instruction &I : BB)
    if (!isa<DbgInfoIntrinsic>(I) && !isa<PHINode>(I))
      ++N;
  return N;
}

/// The global a pointer points into, if it is a (non-constant) global.
GlobalVariable *sharedGlobalOf(const Value *Ptr) {
  // Through phis and selects too: a slot pointer picked by a lookup loop
  // still points into the table.
  SmallVector<const Value *, 4> Objects;
  getUnderlyingObjects(Ptr, Objects, nullptr, 12);
  for (const Value *Obj : Objects)
    if (auto *GV = dyn_cast<GlobalVariable>(const_cast<Value *>(Obj)))
      if (!GV->isConstant() && !GV->isThreadLocal())
        return GV;
  return nullptr;
}

/// True when \p V is computed from a load of \p GV (a read-modify-write).
static bool dependsOnLoadOf(Value *V, GlobalVariable *GV, unsigned Depth = 0) {
  if (Depth > 8)
    return false;
  if (auto *L = dyn_cast<LoadInst>(V))
    return sharedGlobalOf(L->getPointerOperand()) == GV;
  auto *I = dyn_cast<Instruction>(V);
  if (!I || isa<PHINode>(I) || isa<CallBase>(I))
    return false;
  for (Value *Op : I->operands())
    if (dependsOnLoadOf(Op, GV, Depth + 1))
      return true;
  return false;
}

void accessesOf(Instruction &I, SmallVectorImpl<Access> &Out) {
  const DataLayout &DL = I.getModule()->getDataLayout();
  if (auto *L = dyn_cast<LoadInst>(&I)) {
    if (GlobalVariable *GV = sharedGlobalOf(L->getPointerOperand()))
      Out.push_back({GV, false, false, DL.getTypeStoreSize(L->getType()) <= 8,
                     L->isVolatile()});
    return;
  }
  if (auto *S = dyn_cast<StoreInst>(&I)) {
    if (GlobalVariable *GV = sharedGlobalOf(S->getPointerOperand()))
      Out.push_back({GV, true, dependsOnLoadOf(S->getValueOperand(), GV),
                     DL.getTypeStoreSize(S->getValueOperand()->getType()) <= 8,
                     S->isVolatile()});
    return;
  }
  if (auto *RMW = dyn_cast<AtomicRMWInst>(&I)) {
    if (GlobalVariable *GV = sharedGlobalOf(RMW->getPointerOperand()))
      Out.push_back({GV, true, true, true});
    return;
  }
  if (auto *CX = dyn_cast<AtomicCmpXchgInst>(&I)) {
    if (GlobalVariable *GV = sharedGlobalOf(CX->getPointerOperand()))
      Out.push_back({GV, true, true, true});
    return;
  }
  auto *CB = dyn_cast<CallBase>(&I);
  if (!CB || isa<DbgInfoIntrinsic>(CB) || CB->isLifetimeStartOrEnd())
    return;
  if (auto *MI = dyn_cast<AnyMemIntrinsic>(CB)) {
    if (GlobalVariable *GV = sharedGlobalOf(MI->getRawDest()))
      Out.push_back({GV, true, false, false});
    if (auto *MT = dyn_cast<AnyMemTransferInst>(CB))
      if (GlobalVariable *GV = sharedGlobalOf(MT->getRawSource()))
        Out.push_back({GV, false, false, false});
    return;
  }
  // A global handed to a call (strcmp(table[i].key, ...)): a read, and a
  // write unless the callee only reads that argument.
  for (unsigned ArgNo = 0; ArgNo < CB->arg_size(); ++ArgNo)
    if (CB->getArgOperand(ArgNo)->getType()->isPointerTy())
      if (GlobalVariable *GV = sharedGlobalOf(CB->getArgOperand(ArgNo)))
        Out.push_back({GV, callMayWriteArg(*CB, ArgNo), false, false});
}

/// An edge's probability for ω. With a profile it comes from the counts
/// themselves: clang stores each count plus one as the branch weight, so an
/// edge the profile never saw would otherwise still get about 1/N, and a
/// few such edges add up to a visible share of requests that never
/// happened. Without a profile (or branch weights), BranchProbabilityInfo.
double edgeProbability(const RequestPath &P, const BranchProbabilityInfo &BPI,
                       BasicBlock *From, BasicBlock *To) {
  if (P.Profiled) {
    Instruction *T = From->getTerminator();
    SmallVector<uint32_t, 4> Weights;
    if (extractBranchWeights(*T, Weights) &&
        Weights.size() == T->getNumSuccessors()) {
      uint64_t Total = 0, ToCount = 0;
      for (unsigned I = 0; I < Weights.size(); ++I) {
        uint64_t Count = Weights[I] ? Weights[I] - 1 : 0;
        Total += Count;
        if (T->getSuccessor(I) == To)
          ToCount += Count;
      }
      if (Total > 0)
        return double(ToCount) / Total;
    }
  }
  BranchProbability Prob = BPI.getEdgeProbability(From, To);
  return double(Prob.getNumerator()) / Prob.getDenominator();
}

bool isEnd(const RequestPath &P, const BasicBlock *Succ) {
  // Back at the request loop's head, or out of the request loop but still
  // in the event loop (a break to the outer loop): this request is done.
  if (Succ == P.RequestLoop->getHeader())
    return true;
  // At the event loop's own wait (select, poll, epoll_wait): the next
  // request begins there, whatever block the loop's shape put it in (the
  // working copy starts a block at it: Prepare.cpp).
  if (const Instruction *First = Succ->getFirstNonPHI())
    if (MDNode *MD = First->getMetadata(WaitMDKind))
      if (mdconst::extract<ConstantInt>(MD->getOperand(0))->getZExtValue() ==
          P.Loop)
        return true;
  return !P.RequestLoop->contains(Succ) && P.EventLoop->contains(Succ);
}

bool asksForControlMessages(const RequestPath &P) {
  for (CallBase *A : P.ArrivalCalls)
    if (std::optional<SocketCall> SC = decodeSocketCall(*A);
        SC && SC->name() == "recvmsg" && SC->msghdr()) {
      Value *Obj = getUnderlyingObject(SC->msghdr());
      for (User *U : Obj->users())
        if (auto *GEP = dyn_cast<GetElementPtrInst>(U)) {
          APInt Off(64, 0);
          if (!GEP->accumulateConstantOffset(A->getDataLayout(), Off) ||
              Off != msghdr_offset::ControlLen)
            continue;
          for (User *GU : GEP->users())
            if (auto *St = dyn_cast<StoreInst>(GU))
              if (auto *CI = dyn_cast<ConstantInt>(St->getValueOperand());
                  !CI || !CI->isZero())
                return true;
        }
    }
  return false;
}

// --- report formatting ---------------------------------------------------

std::string percent(double P) { return formatv("{0:F1}%", 100 * P); }

StringRef kernelFormName(KernelForm F) {
  switch (F) {
  case KernelForm::Native:
    return "native";
  case KernelForm::BoundedLibc:
    return "bounded BPF implementation";
  case KernelForm::KernelHelper:
    return "BPF helper";
  case KernelForm::DevirtualisedCall:
    return "devirtualised through a constant table";
  case KernelForm::RecordedCall:
    return "recorded at the commit, replayed in userspace";
  }
  llvm_unreachable("unknown kernel form");
}

std::string accessSides(bool R, bool W) {
  return std::string(R ? "r" : "-") + (W ? "w" : "-");
}

void printBlocker(raw_ostream &OS, const BlockerSite &B) {
  OS << "blocked: " << blockerName(B.Reason);
  if (!B.Detail.empty())
    OS << " " << B.Detail;
  OS << " at " << locString(B.Loc);
  if (!B.OtherLocs.empty()) {
    OS << " and " << B.OtherLocs.size() << " more site"
       << (B.OtherLocs.size() > 1 ? "s" : "") << " (";
    constexpr size_t Shown = 4;
    for (size_t I = 0; I < B.OtherLocs.size() && I < Shown; ++I)
      OS << (I ? ", " : "") << locString(B.OtherLocs[I]);
    OS << (B.OtherLocs.size() > Shown ? ", ...)" : ")");
  }
  OS << " (reached by " << percent(B.Reach) << " of requests)";
}

void printExit(raw_ostream &OS, const FallbackExit &X) {
  OS << "fallback: " << locString(X.Loc) << " -> " << X.Leadsto
     << (X.BlockerLoc ? " at " + locString(X.BlockerLoc) : std::string())
     << " (" << percent(X.Probability) << " of requests)";
}

void printFallbackPoint(raw_ostream &OS, const FallbackPoint &X) {
  OS << "fallback point: " << X.Kind
     << (X.Loc ? " at " + locString(X.Loc) : std::string()) << " (" << X.Detail
     << ")";
}

void printEffect(raw_ostream &OS, const Effect &E) {
  OS << "effect: " << E.What << " to " << E.Target << " at " << locString(E.Loc) << ": "
     << effectHandlingName(E.Handling) << " (" << E.Why << ")";
}

void printLoop(raw_ostream &OS, const LoopBound &L) {
  OS << "loop: " << locString(L.Loc) << " ";
  if (L.MaxTrips)
    OS << "bounded, at most " << L.MaxTrips << " trips";
  else
    OS << "capped at " << L.Cap << " trips, overflow falls back";
}

void printBounded(raw_ostream &OS, const BoundedUse &U) {
  OS << "kernel-form: " << U.Detail << " at " << locString(U.Loc) << ": "
     << kernelFormName(U.Form);
}

void printShared(raw_ostream &OS, const SharedGlobal &G) {
  OS << "shared: " << G.Name << " (" << G.Size << " B) kernel "
     << accessSides(G.KernelReads, G.KernelWrites) << " userspace "
     << accessSides(G.UserReads, G.UserWrites) << " startup "
     << accessSides(false, G.StartupWrites)
     << formatv(" {0:F2}/{1:F2} accesses per request: ",
                G.KernelAccessesPerRequest, G.UserAccessesPerRequest)
     << syncNeedName(G.Need) << " (" << G.Why << ")";
}

} // namespace koffload
