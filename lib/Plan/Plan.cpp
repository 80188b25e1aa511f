//===- Plan.cpp - The offload plan ----------------------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/Plan.h"
#include "Support/AnalysisManagers.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/BlockFrequencyInfo.h"
#include "llvm/Analysis/BranchProbabilityInfo.h"
#include "llvm/Analysis/CallGraph.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/Analysis/InstructionSimplify.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/ConstantRange.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/ProfDataUtils.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Scalar/EarlyCSE.h"
#include "llvm/Transforms/Scalar/InstSimplifyPass.h"
#include "llvm/Transforms/Scalar/JumpThreading.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/LoopRotationUtils.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"

#include <map>
#include <set>

using namespace llvm;

namespace koffload {

AnalysisKey PlanAnalysis::Key;

StringRef effectHandlingName(EffectHandling H) {
  switch (H) {
  case EffectHandling::UndoneOnFallback:
    return "undone-on-fallback";
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

unsigned OffloadPlan::offloadedCount() const {
  return count_if(Candidates, [](const Candidate &C) { return C.offloaded(); });
}

bool OffloadPlan::invalidate(Module &, const PreservedAnalyses &PA,
                             ModuleAnalysisManager::Invalidator &) {
  auto PAC = PA.getChecker<PlanAnalysis>();
  return !PAC.preserved() && !PAC.preservedSet<AllAnalysesOn<Module>>();
}

static std::string loc(const DebugLoc &DL) { return formatLocation(DL); }

namespace {

constexpr const char *LandmarkMDKind = "koffload.landmark";
constexpr const char *WaitMDKind = "koffload.wait";
/// On the switch that replaced a call through a constant function table.
constexpr const char *DevirtMDKind = "koffload.devirtualised";

/// The landmark index a call in the working copy was tagged with.
std::optional<unsigned> landmarkIndex(const Instruction &I) {
  if (MDNode *MD = I.getMetadata(LandmarkMDKind))
    if (auto *C = mdconst::dyn_extract<ConstantInt>(MD->getOperand(0)))
      return C->getZExtValue();
  return std::nullopt;
}

/// Functions that are part of a call cycle (including self-recursion).
SmallPtrSet<const Function *, 8> recursiveFunctions(Module &M) {
  SmallPtrSet<const Function *, 8> Result;
  CallGraph CG(M);
  for (scc_iterator<CallGraph *> I = scc_begin(&CG); !I.isAtEnd(); ++I) {
    const std::vector<CallGraphNode *> &SCC = *I;
    bool Cyclic = SCC.size() > 1 || I.hasCycle();
    if (!Cyclic)
      continue;
    for (CallGraphNode *N : SCC)
      if (Function *F = N->getFunction())
        Result.insert(F);
  }
  return Result;
}

double probability(const BranchProbabilityInfo &BPI, const BasicBlock *From,
                   const BasicBlock *To) {
  BranchProbability P = BPI.getEdgeProbability(From, To);
  return double(P.getNumerator()) / P.getDenominator();
}

/// A loop-header phi whose value on entry to the loop is undefined: a local
/// of a handler that SROA promoted across iterations after inlining. Each
/// request writes it before any meaningful read, so it carries no state.
bool isUninitializedCarry(const Instruction *I) {
  const auto *Phi = dyn_cast<PHINode>(I);
  if (!Phi)
    return false;
  for (const Value *In : Phi->incoming_values())
    if (isa<UndefValue>(In))
      return true;
  return false;
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

/// The source variable a value holds, from its debug records ("'count'"),
/// else its IR name, else "a value".
std::string describeValue(Value *V, unsigned Depth = 0) {
  SmallVector<DbgValueInst *, 1> Intrinsics;
  SmallVector<DbgVariableRecord *, 1> Records;
  findDbgValues(Intrinsics, V, &Records);
  for (DbgVariableRecord *R : Records)
    if (DILocalVariable *Var = R->getVariable())
      return ("'" + Var->getName() + "'").str();
  for (DbgValueInst *DVI : Intrinsics)
    if (DILocalVariable *Var = DVI->getVariable())
      return ("'" + Var->getName() + "'").str();
  if (V->hasName() && !V->getName().starts_with("."))
    return ("'" + V->getName() + "'").str();
  // Memory reached through a named pointer: "data behind 'c'".
  if (Depth < 4)
    if (auto *I = dyn_cast<Instruction>(V);
        I && (isa<LoadInst>(I) || isa<GetElementPtrInst>(I) || isa<CastInst>(I))) {
      std::string Base = describeValue(I->getOperand(0), Depth + 1);
      if (Base != "a value")
        return StringRef(Base).starts_with("data behind") ? Base
                                                           : "data behind " + Base;
    }
  return "a value";
}

// A switch can have several edges to one block; probabilities from
// BranchProbabilityInfo already sum them, so walk each neighbour once.
SmallSetVector<BasicBlock *, 4> uniqueSuccessors(BasicBlock *BB) {
  return SmallSetVector<BasicBlock *, 4>(succ_begin(BB), succ_end(BB));
}
SmallSetVector<BasicBlock *, 4> uniquePredecessors(BasicBlock *BB) {
  return SmallSetVector<BasicBlock *, 4>(pred_begin(BB), pred_end(BB));
}

/// The pointers stored into msg_name (offset 0) of the msghdr \p Header,
/// a local or a global.
SmallVector<const Value *, 2> msgNameValues(const Value *Header) {
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
        if (St->getPointerOperand() == V && Offset == 0 &&
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

struct Access {
  GlobalVariable *GV;
  bool Write;
  bool RMW;
  bool Word; ///< a load/store of at most 8 bytes
  bool Volatile = false;
};

/// True when \p V is computed from a load of \p GV (a read-modify-write).
bool dependsOnLoadOf(Value *V, GlobalVariable *GV, unsigned Depth = 0) {
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

/// The addresses of the loads of shared globals that \p V is computed from
/// (through arithmetic, phis and selects), by global.
void loadsFeeding(Value *V,
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

void accessesOf(Instruction &I, SmallVectorImpl<Access> &Out) {
  const DataLayout &DL = I.getModule()->getDataLayout();
  if (auto *L = dyn_cast<LoadInst>(&I)) {
    if (GlobalVariable *GV = sharedGlobalOf(L->getPointerOperand()))
      Out.push_back({GV, false, false,
                     DL.getTypeStoreSize(L->getType()) <= 8,
                     L->isVolatile()});
    return;
  }
  if (auto *S = dyn_cast<StoreInst>(&I)) {
    if (GlobalVariable *GV = sharedGlobalOf(S->getPointerOperand()))
      Out.push_back({GV, true, dependsOnLoadOf(S->getValueOperand(), GV),
                     DL.getTypeStoreSize(S->getValueOperand()->getType()) <=
                         8,
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

/// Everything about one request path, in the working copy.
struct RequestPath {
  Function *F = nullptr;
  Loop *RequestLoop = nullptr; ///< innermost loop around the arrivals
  Loop *EventLoop = nullptr;   ///< the governing event loop
  const LoopInfo *LI = nullptr;
  SmallVector<BasicBlock *, 2> Entries;
  SmallVector<double, 2> EntryWeights;
  SmallVector<CallBase *, 2> ArrivalCalls;
  SetVector<BasicBlock *> Region; ///< in reverse post-order
  /// Blockers found in each region block.
  DenseMap<BasicBlock *, SmallVector<BlockerSite, 1>> BlockersIn;
  /// Bounded forms and loop bounds, by block: reported for the candidate's
  /// blocks only (code that falls back runs as the original).
  SmallVector<std::pair<BasicBlock *, BoundedUse>, 8> BoundedIn;
  SmallVector<std::pair<BasicBlock *, LoopBound>, 4> LoopsIn;
  /// Headers of loops with no exit that the request path runs into.
  SmallPtrSet<BasicBlock *, 2> NoExitHeaders;
  /// With a profile: region blocks no request reached in it.
  SmallPtrSet<BasicBlock *, 16> Cold;
  bool Profiled = false;
  SmallPtrSet<BasicBlock *, 32> Candidate;
  DenseMap<BasicBlock *, double> ReachAll, ReachKernel;
};

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
  return probability(BPI, From, To);
}


class Planner {
public:
  Planner(Module &M, const LandmarkInfo &Info, const CostFile &Costs,
          const PlanLimits &Limits)
      : M(M), Info(Info), Costs(Costs), Limits(Limits) {}

  OffloadPlan run();

private:
  Module &M;
  const LandmarkInfo &Info;
  const CostFile &Costs;
  const PlanLimits &Limits;
  OffloadPlan Plan;
  std::shared_ptr<Module> W; ///< working copy
  ValueToValueMapTy VMap;
  SmallPtrSet<const Function *, 8> Recursive; ///< in the working copy
  /// Calls the inliner refused, with the reason, by callee.
  DenseMap<const CallBase *, Blocker> Refused;
  DenseMap<const CallBase *, std::string> RefusedWhy; ///< for the report

  void note(StringRef Name, const Twine &Msg, const Instruction *At,
            const Function *In = nullptr) {
    Plan.Findings.push_back({Name.str(), Msg.str(), At, In});
  }

  void buildWorkingCopy();
  void inlineLoopBody(Function &F, BasicBlock *Header);
  const CallBase *threadStarting(const Function *LoopF) const;
  void simplify(Function &F);
  void rotateInnerLoops(Function &F);
  void foldArrivalResults(Function &F);
  std::optional<Candidate> planGroup(unsigned LoopId,
                                     ArrayRef<unsigned> Arrivals,
                                     unsigned Index);
  void classifyRegion(RequestPath &P, ScalarEvolution &SE, LoopInfo &LI,
                      Candidate &C, unsigned SocketId);
  void computeReach(RequestPath &P, BranchProbabilityInfo &BPI,
                    bool KernelOnly);
  bool isEnd(const RequestPath &P, const BasicBlock *Succ) const;
  double onceReach(RequestPath &P, LoopInfo &LI, BranchProbabilityInfo &BPI,
                   BasicBlock *BB);
  void findFallbackPoints(RequestPath &P, Candidate &C);
  void findEffects(RequestPath &P, Candidate &C);
  void classifyShared(RequestPath &P, Candidate &C);
  Hook chooseHook(const Socket &S, RequestPath &P, std::string &Reason);
};

void Planner::buildWorkingCopy() {
  W = CloneModule(M, VMap);
  // Tag the landmark calls so they can be found again after inlining.
  LLVMContext &Ctx = M.getContext();
  for (unsigned I = 0; I < Info.Landmarks.size(); ++I) {
    auto *Copy = cast_or_null<Instruction>(
        VMap.lookup(Info.Landmarks[I].Call));
    if (!Copy)
      continue;
    Copy->setMetadata(
        LandmarkMDKind,
        MDNode::get(Ctx, {ConstantAsMetadata::get(
                             ConstantInt::get(Type::getInt64Ty(Ctx), I))}));
  }
  // And the wait (or blocking receive) of each event loop: the loop is found
  // again as the innermost loop around it once the CFG has been simplified.
  for (unsigned I = 0; I < Info.Loops.size(); ++I)
    if (auto *Copy = cast_or_null<Instruction>(VMap.lookup(Info.Loops[I].Wait)))
      Copy->setMetadata(
          WaitMDKind,
          MDNode::get(Ctx, {ConstantAsMetadata::get(
                               ConstantInt::get(Type::getInt64Ty(Ctx), I))}));
  for (Function &F : *W) {
    F.removeFnAttr(Attribute::OptimizeNone);
    F.removeFnAttr(Attribute::NoInline);
  }
  Recursive = recursiveFunctions(*W);
}

/// Turns a call through a constant table of functions (handlers[op](...))
/// into a switch over direct calls, which the inliner can then expand: the
/// replies in the handlers become part of the request path. An index
/// outside the table, or a null entry, is undefined behaviour in the
/// source; entries of another function type keep the indirect call.
bool devirtualiseTableCall(CallInst &CI) {
  auto *Load = dyn_cast<LoadInst>(CI.getCalledOperand()->stripPointerCasts());
  if (!Load || CI.isMustTailCall())
    return false;
  Value *Ptr = Load->getPointerOperand();
  GlobalVariable *GV = nullptr;
  Value *Idx = nullptr;
  if (auto *GEP = dyn_cast<GEPOperator>(Ptr)) {
    GV = dyn_cast<GlobalVariable>(GEP->getPointerOperand());
    auto *First = dyn_cast<ConstantInt>(GEP->getOperand(1));
    if (GEP->getNumIndices() == 2 && GEP->getSourceElementType()->isArrayTy() &&
        First && First->isZero())
      Idx = GEP->getOperand(2);
    else if (GEP->getNumIndices() == 1 &&
             GEP->getSourceElementType()->isPointerTy())
      Idx = GEP->getOperand(1);
  } else if ((GV = dyn_cast<GlobalVariable>(Ptr))) {
    Idx = ConstantInt::get(Type::getInt64Ty(CI.getContext()), 0);
  }
  if (!GV || !Idx || !Idx->getType()->isIntegerTy() || !GV->isConstant() ||
      !GV->hasDefinitiveInitializer())
    return false;
  auto *Table = dyn_cast<ArrayType>(GV->getValueType());
  if (!Table || !Table->getElementType()->isPointerTy() ||
      Table->getNumElements() > 256)
    return false;
  Constant *Init = GV->getInitializer();
  SmallVector<Function *, 8> Entries;
  for (unsigned I = 0; I < Table->getNumElements(); ++I) {
    Constant *E = Init->getAggregateElement(I);
    if (!E)
      return false;
    if (E->isNullValue()) {
      Entries.push_back(nullptr);
      continue;
    }
    auto *Fn = dyn_cast<Function>(E->stripPointerCasts());
    if (!Fn)
      return false;
    Entries.push_back(Fn);
  }

  LLVMContext &Ctx = CI.getContext();
  Function *F = CI.getFunction();
  BasicBlock *Head = CI.getParent();
  BasicBlock *Tail = Head->splitBasicBlock(&CI, "devirt.done");
  Head->getTerminator()->eraseFromParent();
  auto *Unreachable = BasicBlock::Create(Ctx, "devirt.none", F, Tail);
  new UnreachableInst(Ctx, Unreachable);
  auto *Switch = SwitchInst::Create(Idx, Unreachable, Entries.size(), Head);
  Switch->setDebugLoc(CI.getDebugLoc());
  Switch->setMetadata(DevirtMDKind,
                      MDNode::get(Ctx, MDString::get(Ctx, GV->getName())));
  PHINode *Result = nullptr;
  if (!CI.getType()->isVoidTy()) {
    Result = PHINode::Create(CI.getType(), Entries.size(), "devirt.result");
    Result->insertBefore(Tail->begin());
  }
  SmallVector<Value *, 6> Args(CI.args());
  auto *IdxTy = cast<IntegerType>(Idx->getType());
  for (unsigned I = 0; I < Entries.size(); ++I) {
    if (!Entries[I] || !isUIntN(IdxTy->getBitWidth(), I))
      continue;
    auto *Case = BasicBlock::Create(Ctx, "devirt.case", F, Tail);
    // An entry of another type is called as the source calls it.
    auto *Call = cast<CallInst>(CI.clone());
    Call->insertInto(Case, Case->end());
    if (Entries[I]->getFunctionType() == CI.getFunctionType())
      Call->setCalledOperand(Entries[I]);
    BranchInst::Create(Tail, Case);
    Switch->addCase(ConstantInt::get(IdxTy, I), Case);
    if (Result)
      Result->addIncoming(Call, Case);
  }
  if (Result) {
    if (Result->getNumIncomingValues() == 0)
      Result->replaceAllUsesWith(PoisonValue::get(CI.getType()));
    CI.replaceAllUsesWith(Result);
    if (Result->getNumIncomingValues() == 0)
      Result->eraseFromParent();
  }
  CI.eraseFromParent();
  return true;
}

void Planner::inlineLoopBody(Function &F, BasicBlock *Header) {
  unsigned Inlined = 0;
  for (unsigned Depth = 0; Depth < Limits.MaxInlineDepth; ++Depth) {
    {
      DominatorTree DT(F);
      LoopInfo LI(DT);
      Loop *L = LI.getLoopFor(Header);
      if (!L)
        return;
      SmallVector<CallInst *, 4> Indirect;
      for (BasicBlock *BB : L->blocks())
        for (Instruction &I : *BB)
          if (auto *CI = dyn_cast<CallInst>(&I);
              CI && CI->isIndirectCall() && !CI->isInlineAsm())
            Indirect.push_back(CI);
      for (CallInst *CI : Indirect)
        devirtualiseTableCall(*CI);
    }
    DominatorTree DT(F);
    LoopInfo LI(DT);
    Loop *L = LI.getLoopFor(Header);
    if (!L)
      return;
    SmallVector<CallBase *, 8> Calls;
    for (BasicBlock *BB : L->blocks())
      for (Instruction &I : *BB)
        if (auto *CB = dyn_cast<CallBase>(&I)) {
          Function *Callee = CB->getCalledFunction();
          if (Callee && !Callee->isDeclaration() && !Refused.count(CB))
            Calls.push_back(CB);
        }
    if (Calls.empty())
      return;
    for (CallBase *CB : Calls) {
      Function *Callee = CB->getCalledFunction();
      unsigned Size = Callee->getInstructionCount();
      if (Recursive.contains(Callee)) {
        Refused[CB] = Blocker::Recursion;
        continue;
      }
      if (Callee->isVarArg()) {
        // The inliner cannot expand va_start; BPF has no variadic calls.
        Refused[CB] = Blocker::InlineBudget;
        RefusedWhy[CB] = "(variadic: cannot be inlined)";
        continue;
      }
      if (Size > Limits.MaxCalleeInstructions ||
          Inlined + Size > Limits.MaxInlinedInstructions) {
        Refused[CB] = Blocker::InlineBudget;
        RefusedWhy[CB] =
            Size > Limits.MaxCalleeInstructions
                ? formatv("({0} instructions, budget {1})", Size,
                          Limits.MaxCalleeInstructions)
                      .str()
                : formatv("(the loop's callees exceed {0} instructions)",
                          Limits.MaxInlinedInstructions)
                      .str();
        continue;
      }
      InlineFunctionInfo IFI;
      InlineResult R = InlineFunction(*CB, IFI);
      if (!R.isSuccess()) {
        Refused[CB] = Blocker::InlineBudget;
        RefusedWhy[CB] = ("(not inlinable: " + Twine(R.getFailureReason()) +
                          ")")
                             .str();
        continue;
      }
      Inlined += Size;
    }
  }
}

const CallBase *Planner::threadStarting(const Function *LoopF) const {
  // pthread_create(&t, attr, start, arg), thrd_create(&t, start, arg): the
  // start routine and everything it calls directly run in the new thread.
  for (const Function &F : M)
    for (const Instruction &I : instructions(F)) {
      const auto *CB = dyn_cast<CallBase>(&I);
      if (!CB)
        continue;
      StringRef Name = directCalleeName(*CB);
      unsigned StartArg = Name == "pthread_create" ? 2
                          : Name == "thrd_create"  ? 1
                                                   : ~0u;
      if (StartArg >= CB->arg_size())
        continue;
      const auto *Start = dyn_cast<Function>(
          CB->getArgOperand(StartArg)->stripPointerCasts());
      if (!Start)
        continue;
      SmallPtrSet<const Function *, 8> Seen;
      SmallVector<const Function *, 8> Work{Start};
      while (!Work.empty()) {
        const Function *G = Work.pop_back_val();
        if (!Seen.insert(G).second)
          continue;
        if (G == LoopF)
          return CB;
        for (const Instruction &J : instructions(*G))
          if (const auto *Call = dyn_cast<CallBase>(&J))
            if (const Function *Callee = Call->getCalledFunction();
                Callee && !Callee->isDeclaration())
              Work.push_back(Callee);
      }
    }
  return nullptr;
}

void Planner::simplify(Function &F) {
  // Promote locals to SSA values so that what a request path computes is
  // visible as data flow, and fold the control flow clang leaves for scope
  // cleanups (a switch on a cleanup slot has edges no execution takes).
  // Blocks map back to the source through their instructions' locations.
  AnalysisManagers AM;
  FunctionAnalysisManager &FAM = AM.FAM;
  FunctionPassManager Promote;
  Promote.addPass(SROAPass(SROAOptions::ModifyCFG));
  Promote.addPass(EarlyCSEPass());
  Promote.run(F, FAM);
  rotateInnerLoops(F);
  foldArrivalResults(F);
  FAM.invalidate(F, PreservedAnalyses::none());
  FunctionPassManager FPM;
  FPM.addPass(SimplifyCFGPass());
  FPM.addPass(JumpThreadingPass());
  FPM.addPass(InstSimplifyPass());
  FPM.addPass(SimplifyCFGPass());
  FPM.run(F, FAM);
}

void Planner::rotateInnerLoops(Function &F) {
  // clang's for/while loops test at the top, so the path that skips the
  // body is a CFG path even where the first test cannot fail (a write loop
  // over a request of at least one byte): the planner would think a request
  // can go round a blocked body. Rotated loops test the first iteration in
  // front of the loop, where the receive's range folds it. Event loops
  // (holding the wait or a receive) are left alone, and so are loops whose
  // header, which rotation copies, holds a landmark.
  DominatorTree DT(F);
  LoopInfo LI(DT);
  AssumptionCache AC(F);
  TargetTransformInfo TTI(F.getParent()->getDataLayout());
  SimplifyQuery SQ(F.getParent()->getDataLayout());
  SmallVector<Loop *, 8> Loops;
  auto IsEventLoopCall = [&](Instruction &I) {
    if (I.getMetadata(WaitMDKind))
      return true;
    std::optional<unsigned> Idx = landmarkIndex(I);
    return Idx && Info.Landmarks[*Idx].Kind == LandmarkKind::Arrival;
  };
  for (Loop *L : LI.getLoopsInPreorder()) {
    bool Keep = any_of(L->blocks(), [&](BasicBlock *BB) {
                  return any_of(*BB, IsEventLoopCall);
                }) ||
                any_of(*L->getHeader(), [](Instruction &I) {
                  return I.getMetadata(LandmarkMDKind) != nullptr;
                });
    if (!Keep)
      Loops.push_back(L);
  }
  // Innermost first: rotating an outer loop copies its header, not the
  // inner loops.
  for (Loop *L : reverse(Loops)) {
    simplifyLoop(L, &DT, &LI, nullptr, &AC, nullptr, /*PreserveLCSSA=*/false);
    LoopRotation(L, &LI, &TTI, &AC, &DT, nullptr, nullptr, SQ,
                 /*RotationOnly=*/true, /*Threshold=*/~0u,
                 /*IsUtilMode=*/true);
  }
}

void Planner::foldArrivalResults(Function &F) {
  // The offload runs when a request has arrived: the receive returns its
  // length, at least 1 and at most the buffer's size. Its error path
  // (n < 0) cannot happen there, and an empty datagram (n == 0) is passed
  // to userspace before the fast path starts (for TCP, end of stream never
  // reaches a stream verdict program). Comparisons of the result that the
  // range decides are folded, so those paths leave the plan instead of
  // counting as requests the kernel finishes.
  SmallVector<std::pair<Value *, ConstantRange>, 8> Work;
  SmallPtrSet<Value *, 4> Assumed; ///< the assumptions' own comparisons
  for (Instruction &I : instructions(F)) {
    std::optional<unsigned> Idx = landmarkIndex(I);
    if (!Idx || Info.Landmarks[*Idx].Kind != LandmarkKind::Arrival ||
        !I.getType()->isIntegerTy())
      continue;
    auto *CB = cast<CallBase>(&I);
    unsigned Bits = I.getType()->getIntegerBitWidth();
    StringRef Name = directCalleeName(*CB);
    bool Datagram = any_of(Info.Landmarks[*Idx].Sockets, [&](unsigned S) {
      return Info.Sockets[S].Kind == Transport::UDP;
    });
    APInt Max = APInt::getSignedMaxValue(Bits);
    if (Datagram)
      Max = APInt(Bits, 65535);
    // recv(fd, buf, len, flags), recvfrom(...), read(fd, buf, len):
    // without MSG_TRUNC (0x20) the result is at most len.
    if (Name != "recvmsg" && CB->arg_size() >= 3)
      if (std::optional<uint64_t> Len = evaluateConstantInt(CB->getArgOperand(2))) {
        std::optional<uint64_t> Flags =
            Name == "read" ? std::optional<uint64_t>(0)
            : CB->arg_size() >= 4 ? evaluateConstantInt(CB->getArgOperand(3))
                                  : std::nullopt;
        if (Flags && !(*Flags & 0x20) && *Len > 0 && *Len < Max.getZExtValue())
          Max = APInt(Bits, *Len);
      }
    Work.push_back({&I, ConstantRange::getNonEmpty(APInt(Bits, 1), Max + 1)});
    // And tell ScalarEvolution: a loop over the received bytes is bounded
    // by the buffer.
    IRBuilder<> B(I.getNextNode());
    Value *Limit = B.CreateICmpULE(&I, ConstantInt::get(I.getType(), Max));
    B.CreateAssumption(Limit);
    Assumed.insert(Limit);
  }
  SmallSetVector<Instruction *, 8> Dead;
  while (!Work.empty()) {
    auto [V, Range] = Work.pop_back_val();
    for (User *U : V->users()) {
      if (auto *Cast = dyn_cast<CastInst>(U)) {
        if (Cast->getType()->isIntegerTy() &&
            (isa<TruncInst>(Cast) || isa<SExtInst>(Cast) || isa<ZExtInst>(Cast)))
          Work.push_back(
              {Cast, Range.castOp(Cast->getOpcode(),
                                  Cast->getType()->getIntegerBitWidth())});
        continue;
      }
      auto *Cmp = dyn_cast<ICmpInst>(U);
      if (!Cmp || Assumed.contains(Cmp))
        continue;
      ICmpInst::Predicate Pred = Cmp->getPredicate();
      auto *Other = dyn_cast<ConstantInt>(Cmp->getOperand(1));
      if (Cmp->getOperand(1) == V) {
        Other = dyn_cast<ConstantInt>(Cmp->getOperand(0));
        Pred = ICmpInst::getSwappedPredicate(Pred);
      }
      if (!Other)
        continue;
      ConstantRange R(Other->getValue());
      std::optional<bool> Known;
      if (Range.icmp(Pred, R))
        Known = true;
      else if (Range.icmp(ICmpInst::getInversePredicate(Pred), R))
        Known = false;
      if (!Known)
        continue;
      Cmp->replaceAllUsesWith(ConstantInt::getBool(Cmp->getType(), *Known));
      Dead.insert(Cmp);
    }
  }
  for (Instruction *I : Dead)
    if (I->use_empty())
      I->eraseFromParent();
}

double Planner::onceReach(RequestPath &P, LoopInfo &LI,
                          BranchProbabilityInfo &BPI, BasicBlock *BB) {
  // In an inner loop, a block runs many times per request; the fraction of
  // requests that get there at all is at most that of entering the loop.
  double Reach = P.ReachAll.lookup(BB);
  Loop *Outer = nullptr;
  // (Loops inside the request loop, and loops with no exit beside it.)
  for (Loop *L = LI.getLoopFor(BB);
       L && !L->contains(P.RequestLoop->getHeader()); L = L->getParentLoop())
    Outer = L;
  if (Outer) {
    double Enter = 0;
    for (BasicBlock *Pred : uniquePredecessors(Outer->getHeader()))
      if (!Outer->contains(Pred) && P.Region.contains(Pred))
        Enter += P.ReachAll.lookup(Pred) *
                 edgeProbability(P, BPI, Pred, Outer->getHeader());
    for (BasicBlock *E : P.Entries)
      if (Outer->contains(E))
        Enter = 1;
    Reach = std::min(Reach, Enter);
  }
  return std::min(1.0, Reach);
}

bool Planner::isEnd(const RequestPath &P, const BasicBlock *Succ) const {
  // Back at the request loop's head, or out of the request loop but still
  // in the event loop (a break to the outer loop): this request is done.
  if (Succ == P.RequestLoop->getHeader())
    return true;
  return !P.RequestLoop->contains(Succ) && P.EventLoop->contains(Succ);
}

void Planner::computeReach(RequestPath &P, BranchProbabilityInfo &BPI,
                           bool KernelOnly) {
  // Forward propagation of the fraction of requests reaching each block,
  // Gauss-Seidel in reverse post-order; inner loops converge geometrically.
  DenseMap<BasicBlock *, double> &R = KernelOnly ? P.ReachKernel : P.ReachAll;
  auto InSet = [&](BasicBlock *BB) {
    return KernelOnly ? P.Candidate.contains(BB) : P.Region.contains(BB);
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
          V += R.lookup(Pred) *
               edgeProbability(P, BPI, Pred, BB);
      Delta = std::max(Delta, std::abs(V - R[BB]));
      R[BB] = V;
    }
    if (Delta < 1e-12)
      break;
  }
}

Hook Planner::chooseHook(const Socket &S, RequestPath &P,
                         std::string &Reason) {
  if (S.Kind == Transport::TCP) {
    Reason = "TCP: replies must travel in the connection's byte stream; an "
             "sk_skb stream verdict program redirects them through a sockmap";
    return Hook::SkSkb;
  }
  // XDP unless the request path asks for something only an skb carries:
  // control messages (IP_PKTINFO, timestamps) through recvmsg.
  for (CallBase *A : P.ArrivalCalls)
    if (directCalleeName(*A) == "recvmsg" && A->arg_size() >= 2) {
      Value *Obj = getUnderlyingObject(A->getArgOperand(1));
      for (User *U : Obj->users())
        if (auto *GEP = dyn_cast<GetElementPtrInst>(U)) {
          APInt Off(64, 0);
          if (!GEP->accumulateConstantOffset(M.getDataLayout(), Off) ||
              Off != 40) // msghdr.msg_controllen on LP64
            continue;
          for (User *GU : GEP->users())
            if (auto *St = dyn_cast<StoreInst>(GU))
              if (auto *CI = dyn_cast<ConstantInt>(St->getValueOperand());
                  !CI || !CI->isZero()) {
                Reason = "recvmsg asks for control messages (IP_PKTINFO, "
                         "timestamps), which only an skb carries: TC";
                return Hook::TC;
              }
        }
    }
  Reason = "UDP: XDP answers a datagram before the kernel allocates an skb";
  return Hook::XDP;
}

/// A write to shared state that the offload could not undo if the request
/// fell back after it (lib/Kernel/UndoLog.h), described; else empty. Any
/// write on the path may be followed by a fallback: the reply's own checks
/// come last.
static std::string unrestorableWrite(Instruction &I, const RequestPath &P,
                                     LoopInfo &LI) {
  SmallVector<Access, 2> Acc;
  accessesOf(I, Acc);
  for (const Access &A : Acc) {
    if (!A.Write)
      continue;
    std::string Target = ("'" + A.GV->getName() + "'").str();
    if (auto *MI = dyn_cast<AnyMemIntrinsic>(&I)) {
      // A memcpy of run-time length saves what it overwrites first (and
      // falls back when that is over MaxUndoneCopyBytes); memset and
      // memmove of run-time length are byte loops.
      auto *Len = dyn_cast<ConstantInt>(MI->getLength());
      if (Len ? Len->getZExtValue() > MaxUndoneCopyBytes
              : !isa<MemCpyInst>(MI))
        return "a copy of run-time or large length into " + Target;
    } else if (isa<CallBase>(I)) {
      return "a call that writes into " + Target;
    }
    Loop *L = LI.getLoopFor(I.getParent());
    if (L && L != P.RequestLoop && P.RequestLoop->contains(L))
      return "a write to " + Target + " inside a loop";
  }
  return std::string();
}

void Planner::classifyRegion(RequestPath &P, ScalarEvolution &SE,
                             LoopInfo &LI, Candidate &C, unsigned SocketId) {
  FeasibilityContext Ctx;
  Ctx.Recursive = Recursive;
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB)
      if (landmarkIndex(I))
        Ctx.LandmarkCalls.insert(&I);

  auto Block = [&](BasicBlock *BB, Blocker B, StringRef Detail,
                   const Instruction *At, DebugLoc Loc) {
    if (!Loc || !Loc.getLine())
      Loc = nearestLoc(At);
    P.BlockersIn[BB].push_back({B, Detail.str(), Loc, At, 0});
  };

  // State from the loop iteration before the receive: the root value (a
  // phi, a load, a call) that \p V is computed from, or null. Address
  // arithmetic on locals, globals and constants is not state: the kernel
  // computes it again.
  std::function<Value *(Value *, unsigned)> PreArrivalRootAt =
      [&](Value *V, unsigned Depth) -> Value * {
    auto *Def = dyn_cast<Instruction>(V);
    if (!Def || P.Region.contains(Def->getParent()) ||
        !P.EventLoop->contains(Def->getParent()) ||
        is_contained(P.ArrivalCalls, Def) || isUninitializedCarry(Def) ||
        isa<AllocaInst>(Def))
      return nullptr;
    if (Depth < 8 && (isa<GetElementPtrInst>(Def) || isa<CastInst>(Def) ||
                      isa<BinaryOperator>(Def) || isa<CmpInst>(Def) ||
                      isa<SelectInst>(Def))) {
      for (Value *Op : Def->operands())
        if (Value *Root = PreArrivalRootAt(Op, Depth + 1))
          return Root;
      return nullptr;
    }
    return Def;
  };
  auto PreArrivalRoot = [&](Value *V) { return PreArrivalRootAt(V, 0); };
  // Phis in the region that carry such state (merging the paths where a
  // request did not change it), with the state they carry.
  DenseMap<PHINode *, Value *> Carries;
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (BasicBlock *BB : P.Region)
      for (PHINode &Phi : BB->phis()) {
        if (Carries.count(&Phi))
          continue;
        for (Value *In : Phi.incoming_values()) {
          Value *Root = PreArrivalRoot(In);
          if (!Root)
            if (auto *InPhi = dyn_cast<PHINode>(In); InPhi && Carries.count(InPhi))
              Root = Carries.lookup(InPhi);
          if (Root) {
            Carries[&Phi] = Root;
            Changed = true;
            break;
          }
        }
      }
  }

  // The counter of a loop that dispatches ready events (for i < n over
  // epoll_wait's results) steps and tests itself after each request; that
  // is the loop going on to the next event, not state the request needs.
  // A request the kernel answers never becomes an event.
  auto IsExitTestOf = [&](Value *V, const Loop *L) {
    auto *Cmp = dyn_cast<ICmpInst>(V);
    return Cmp && !Cmp->use_empty() && all_of(Cmp->users(), [&](User *U) {
             auto *Br = dyn_cast<BranchInst>(U);
             return Br && L->contains(Br->getParent()) &&
                    any_of(successors(Br->getParent()), [&](BasicBlock *S) {
                      return S == L->getHeader() || !L->contains(S);
                    });
           });
  };
  auto IsDispatchControl = [&](Instruction &I, Value *Root) {
    // The test of a loop around the receive (i < n; after rotation, also
    // i + 1 < n with n from epoll_wait).
    for (const Loop *L = P.LI->getLoopFor(P.RequestLoop->getHeader());
         L && P.EventLoop->contains(L); L = L->getParentLoop())
      if (IsExitTestOf(&I, L))
        return true;
    // The step of its counter.
    auto *Phi = dyn_cast<PHINode>(Root);
    if (!Phi || !isa<BinaryOperator>(I))
      return false;
    Loop *L = P.LI->getLoopFor(Phi->getParent());
    if (!L || L->getHeader() != Phi->getParent() ||
        !L->contains(P.RequestLoop->getHeader()) ||
        !P.EventLoop->contains(L))
      return false;
    return all_of(I.users(), [&](User *U) {
      if (U == Phi || IsExitTestOf(U, L))
        return true;
      auto *Merge = dyn_cast<PHINode>(U); // the latch merging the paths
      return Merge && all_of(Merge->users(), [&](User *V) {
               return V == Phi || IsExitTestOf(V, L);
             });
    });
  };
  // The fd a request arrived on, reloaded from the event that announced it
  // (events[i].data.fd) to reply on the same connection: the kernel has
  // the connection itself. Values that only become the fd of a receive or
  // a reply are not state the request needs.
  std::function<bool(Value *, unsigned)> OnlyLandmarkFd =
      [&](Value *V, unsigned Depth) -> bool {
    if (Depth > 4 || V->use_empty())
      return false;
    return all_of(V->uses(), [&](Use &U) {
      auto *User = dyn_cast<Instruction>(U.getUser());
      if (!User)
        return false;
      if (auto *CB = dyn_cast<CallBase>(User)) {
        std::optional<unsigned> Idx = landmarkIndex(*CB);
        return Idx && U.getOperandNo() == 0 &&
               Info.Landmarks[*Idx].Kind != LandmarkKind::FileIO;
      }
      if (isa<LoadInst>(User) || isa<GetElementPtrInst>(User) ||
          isa<CastInst>(User))
        return OnlyLandmarkFd(User, Depth + 1);
      return false;
    });
  };

  // The source address objects of the arrivals: a reply must go there.
  // With recvmsg the source is where the msghdr's msg_name points, and a
  // reply through the same msghdr goes back there.
  SmallPtrSet<const Value *, 2> SourceObjects, ArrivalHeaders;
  for (CallBase *A : P.ArrivalCalls) {
    StringRef Name = directCalleeName(*A);
    if (Name == "recvfrom" && A->arg_size() >= 5)
      SourceObjects.insert(getUnderlyingObject(A->getArgOperand(4)));
    if (Name == "recvmsg" && A->arg_size() >= 2) {
      const Value *Header = getUnderlyingObject(A->getArgOperand(1));
      ArrivalHeaders.insert(Header);
      for (const Value *Source : msgNameValues(Header))
        SourceObjects.insert(getUnderlyingObject(Source));
    }
  }

  for (BasicBlock *BB : P.Region) {
    for (Instruction &I : *BB) {
      if (isa<DbgInfoIntrinsic>(I))
        continue;
      // Landmark calls on the path: the reply, or I/O that blocks.
      if (std::optional<unsigned> Idx = landmarkIndex(I)) {
        const Landmark &L = Info.Landmarks[*Idx];
        auto *CB = cast<CallBase>(&I);
        StringRef Name = directCalleeName(*CB);
        if (L.Kind == LandmarkKind::Arrival) {
          Block(BB, Blocker::BlockingIO,
                (Name + " of a second request").str(), &I, I.getDebugLoc());
        } else if (L.Kind == LandmarkKind::FileIO) {
          Block(BB, Blocker::BlockingIO, Name, &I, I.getDebugLoc());
        } else if (L.Sockets.size() != 1 || L.Sockets.front() != SocketId) {
          Block(BB, Blocker::ReplyElsewhere,
                (Name + " on another socket").str(), &I, I.getDebugLoc());
        } else if (Name == "sendto" && CB->arg_size() >= 5 &&
                   !SourceObjects.contains(
                       getUnderlyingObject(CB->getArgOperand(4)))) {
          Block(BB, Blocker::ReplyElsewhere,
                "sendto to an address other than the request's source", &I,
                I.getDebugLoc());
        } else if (Name == "sendmsg" && CB->arg_size() >= 2) {
          const Value *Header = getUnderlyingObject(CB->getArgOperand(1));
          SmallVector<const Value *, 2> Names = msgNameValues(Header);
          bool ToSource =
              Names.empty()
                  ? ArrivalHeaders.contains(Header)
                  : all_of(Names, [&](const Value *V) {
                      return SourceObjects.contains(getUnderlyingObject(V));
                    });
          if (!ToSource)
            Block(BB, Blocker::ReplyElsewhere,
                  "sendmsg to an address other than the request's source", &I,
                  I.getDebugLoc());
        }
        continue;
      }
      if (MDNode *MD = I.getMetadata(DevirtMDKind)) {
        P.BoundedIn.push_back(
            {BB,
             {KernelForm::DevirtualisedCall,
              ("call through " +
               cast<MDString>(MD->getOperand(0))->getString())
                  .str(),
              I.getDebugLoc()}});
        continue;
      }
      Classification Cl = classifyInstruction(I, Ctx);
      if (auto *CB = dyn_cast<CallBase>(&I); CB && Refused.count(CB)) {
        Cl.Block = Refused.lookup(CB);
        Cl.Detail = CB->getCalledFunction()->getName().str();
        if (auto It = RefusedWhy.find(CB); It != RefusedWhy.end())
          Cl.Detail += " " + It->second;
      }
      if (Cl.Block) {
        // A landing pad has no line of its own (clang gives it the
        // function's last); the call that unwinds to it is the place.
        DebugLoc Loc = I.getDebugLoc();
        if (isa<LandingPadInst>(I))
          for (BasicBlock *Pred : predecessors(BB))
            if (isa<InvokeInst>(Pred->getTerminator()) &&
                Pred->getTerminator()->getDebugLoc()) {
              Loc = Pred->getTerminator()->getDebugLoc();
              break;
            }
        Block(BB, *Cl.Block, Cl.Detail, &I, Loc);
        continue;
      }
      if (std::string Why = unrestorableWrite(I, P, LI); !Why.empty()) {
        Block(BB, Blocker::UnrestorableWrite, Why, &I, I.getDebugLoc());
        continue;
      }
      if (Cl.Form != KernelForm::Native)
        P.BoundedIn.push_back({BB, {Cl.Form, Cl.Detail, I.getDebugLoc()}});
      // Values from the loop iteration before the receive: the kernel does
      // not have them. A phi only passes them on to the next iteration.
      if (isa<PHINode>(I))
        continue;
      for (Value *Op : I.operands()) {
        Value *Root = PreArrivalRoot(Op);
        if (!Root)
          if (auto *Phi = dyn_cast<PHINode>(Op); Phi && Carries.count(Phi))
            Root = Carries.lookup(Phi);
        if (!Root || IsDispatchControl(I, Root) || OnlyLandmarkFd(&I, 0))
          continue;
        std::string What = describeValue(Root);
        if (isa<PHINode>(Root))
          What = "loop-carried local " + What;
        Block(BB, Blocker::PreArrivalState, What, &I, I.getDebugLoc());
        break;
      }
    }
  }

  // More than one reply on a path: forward may-have-replied analysis.
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
      bool Out = RepliedIn(BB) ||
                 any_of(*BB, [&](Instruction &I) { return Replies.contains(&I); });
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
          Block(BB, Blocker::MultipleReplies,
                directCalleeName(cast<CallBase>(I)), &I, I.getDebugLoc());
        In = true;
      }
  }

  // Loops on the path: a bound from SCEV, a cap whose overflow falls back,
  // or, with no exit at all, a blocker.
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
      P.LoopsIn.push_back({Inner->getHeader(), {Loc, Trips, Trips}});
      continue;
    }
    SmallVector<BasicBlock *, 4> Exiting;
    Inner->getExitingBlocks(Exiting);
    if (!Exiting.empty()) {
      P.LoopsIn.push_back(
          {Inner->getHeader(), {Loc, 0, Limits.DefaultLoopCap}});
      continue;
    }
    for (BasicBlock *BB : Inner->blocks())
      if (P.Region.contains(BB))
        Block(BB, Blocker::UnboundedLoop, "", BB->getTerminator(), Loc);
  }
}

void Planner::findFallbackPoints(RequestPath &P, Candidate &C) {
  // Where the generated offload may still fall back besides the program's
  // slow paths (C.Exits): the checks the generator adds.
  for (const auto &[Header, L] : P.LoopsIn)
    if (P.Candidate.contains(Header) && !L.MaxTrips)
      C.FallbackPoints.push_back(
          {"loop-cap", L.Loc, formatv("more than {0} trips", L.Cap).str()});
  for (const auto &[BB, U] : P.BoundedIn)
    if (P.Candidate.contains(BB) && U.Form == KernelForm::BoundedLibc)
      C.FallbackPoints.push_back(
          {"libc-cap", U.Loc,
           U.Detail + " needs bytes beyond the BPF libc's cap or the object"});
  for (BasicBlock *BB : P.Candidate)
    for (Instruction &I : *BB) {
      if (auto *MC = dyn_cast<MemCpyInst>(&I);
          MC && !isa<ConstantInt>(MC->getLength()) &&
          sharedGlobalOf(MC->getRawDest()))
        C.FallbackPoints.push_back(
            {"undo-room", I.getDebugLoc(),
             formatv("a copy into shared state longer than the {0} bytes "
                     "the offload can keep to undo it",
                     MaxUndoneCopyBytes)
                 .str()});
      if (std::optional<unsigned> Idx = landmarkIndex(I))
        if (Info.Landmarks[*Idx].Kind == LandmarkKind::Reply)
          C.FallbackPoints.push_back(
              {"reply", I.getDebugLoc(),
               "the reply is longer than its buffer or a frame, or the "
               "frame cannot grow to hold it"});
    }
  for (const SharedGlobal &G : C.Shared)
    if (G.Need == SyncNeed::RecordProtocol && (G.KernelReads || G.KernelWrites))
      C.FallbackPoints.push_back(
          {"record-busy", DebugLoc(),
           G.Name + (G.KernelWrites ? " is held by another writer"
                                    : " changed while the request read it")});
}

void Planner::findEffects(RequestPath &P, Candidate &C) {
  // Every write to shared state on the fast path may be followed by a
  // fallback (the reply's own checks come last): the offload keeps the old
  // value and restores it if the request falls back, and writes it cannot
  // restore are blockers (unrestorableWrite).
  unsigned Exits = C.Exits.size();
  for (BasicBlock *BB : P.Region) {
    if (!P.Candidate.contains(BB))
      continue;
    for (Instruction &I : *BB) {
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      for (const Access &A : Acc) {
        if (!A.Write)
          continue;
        Effect E;
        E.At = &I;
        E.Target = A.GV->getName().str();
        E.Loc = I.getDebugLoc();
        E.Handling = EffectHandling::UndoneOnFallback;
        E.Why = formatv("{0} fallback exit(s) and {1} other fallback "
                        "point(s) on the fast path: the old value is kept "
                        "and restored if the request falls back after it",
                        Exits, C.FallbackPoints.size())
                    .str();
        C.Effects.push_back(std::move(E));
      }
    }
  }
}

void Planner::classifyShared(RequestPath &P, Candidate &C) {
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
    for (Function &F : *W)
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
      G.Size = M.getDataLayout().getTypeAllocSize(A.GV->getValueType());
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
  for (BasicBlock *BB : P.Candidate)
    for (Instruction &I : *BB) {
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      for (const Access &A : Acc) {
        Touched.insert(A.GV);
        Record(A, 0, P.ReachKernel.lookup(BB));
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
    if (P.Candidate.contains(&BB))
      continue;
    int Side = P.EventLoop->contains(&BB) ? 1 : 2;
    double Weight = P.Region.contains(&BB) ? P.ReachAll.lookup(&BB) : 0;
    for (Instruction &I : BB) {
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      for (const Access &A : Acc)
        if (Touched.count(A.GV))
          Record(A, Side, Weight);
    }
  }
  for (Function &F : *W) {
    if (&F == P.F || F.isDeclaration())
      continue;
    int Side = LoopFunctions.contains(&F) ? 1
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
      std::string Writers =
          G.KernelWrites && G.UserWrites ? "by the offload and in userspace"
          : G.KernelWrites               ? "by the offload"
                                         : "in userspace";
      std::string Readers =
          G.KernelReads && G.UserReads ? "on both sides"
          : G.KernelReads              ? "in the kernel"
          : G.UserReads                ? "in userspace"
                                       : "nowhere else";
      G.Why = "multi-word records written " + Writers + " and read " +
              Readers + ": seqlock record protocol";
      if (AllWord[Name])
        G.Why = "words updated by the offload together with " +
                NotWordAtomic.lookup(Name) +
                ", which a word at a time cannot make atomic; written " +
                Writers + " and read " + Readers + ": seqlock record protocol";
    }
    C.Shared.push_back(G);
  }
}

std::optional<Candidate> Planner::planGroup(unsigned LoopId,
                                            ArrayRef<unsigned> Arrivals,
                                            unsigned Index) {
  const EventLoop &EL = Info.Loops[LoopId];
  const Landmark &First = Info.Landmarks[Arrivals.front()];
  const Socket &S = Info.Sockets[First.Sockets.front()];
  Candidate C;
  C.Id = Index;
  C.Socket = S.Id;
  C.Kind = S.Kind;
  C.Loop = LoopId;
  unsigned Listener = S.AcceptedFrom.value_or(S.Id);
  for (const Binding *B : Info.bindingsOf(Listener))
    if (B->Port)
      C.Port = B->Port;

  RequestPath P;
  P.F = cast<Function>(VMap.lookup(EL.F));

  // Arrivals of this group in the working copy, and their region entries.
  SmallVector<CallBase *, 2> Calls;
  for (Instruction &I : instructions(*P.F))
    if (std::optional<unsigned> Idx = landmarkIndex(I))
      if (is_contained(Arrivals, *Idx))
        Calls.push_back(cast<CallBase>(&I));
  if (Calls.empty()) {
    note("ArrivalNotInlined",
         "the receive could not be brought into the event loop's function "
         "(recursion or size budget); not offloaded",
         First.Call);
    return std::nullopt;
  }
  for (CallBase *A : Calls) {
    P.ArrivalCalls.push_back(A);
    P.Entries.push_back(SplitBlock(A->getParent(), A->getNextNode()));
  }

  DominatorTree DT(*P.F);
  LoopInfo LI(DT);
  P.LI = &LI;
  TargetLibraryInfoImpl TLII(Triple(W->getTargetTriple()));
  TargetLibraryInfo TLI(TLII);
  AssumptionCache AC(*P.F);
  ScalarEvolution SE(*P.F, TLI, AC, DT, LI);
  BranchProbabilityInfo BPI(*P.F, LI, &TLI, &DT);
  BlockFrequencyInfo BFI(*P.F, BPI, LI);

  for (Instruction &I : instructions(*P.F))
    if (MDNode *MD = I.getMetadata(WaitMDKind))
      if (mdconst::extract<ConstantInt>(MD->getOperand(0))->getZExtValue() ==
          LoopId)
        if (Loop *L = LI.getLoopFor(I.getParent()))
          if (!P.EventLoop || L->contains(P.EventLoop))
            P.EventLoop = L;
  P.RequestLoop = LI.getLoopFor(P.ArrivalCalls.front()->getParent());
  if (!P.EventLoop || !P.RequestLoop || !P.EventLoop->contains(P.RequestLoop)) {
    note("NoRequestLoop",
         "the receive is not inside its event loop in the working copy; "
         "not offloaded",
         First.Call);
    return std::nullopt;
  }
  for (unsigned I = 1; I < P.ArrivalCalls.size(); ++I)
    if (LI.getLoopFor(P.ArrivalCalls[I]->getParent()) != P.RequestLoop)
      P.RequestLoop = P.EventLoop;

  double TotalEntry = 0;
  for (BasicBlock *E : P.Entries)
    TotalEntry += BFI.getBlockFreq(E).getFrequency();
  for (BasicBlock *E : P.Entries)
    P.EntryWeights.push_back(
        TotalEntry > 0 ? BFI.getBlockFreq(E).getFrequency() / TotalEntry
                       : 1.0 / P.Entries.size());

  // The region: from the arrivals to the end of the request.
  {
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

  classifyRegion(P, SE, LI, C, S.Id);
  // The candidate: feasible blocks reachable from an arrival through
  // feasible blocks, from which the end is reachable the same way.
  // With a profile, blocks the profile never saw are left out: the
  // candidate is the hot paths, and a cold block reached at run time falls
  // back like any other exit.
  SmallPtrSet<BasicBlock *, 16> &Cold = P.Cold;
  P.Profiled = P.F->hasProfileData();
  computeReach(P, BPI, /*KernelOnly=*/false);
  // Cold: no request reached it by the counts, or the profile's block
  // count (BlockFrequencyInfo's estimate) rounds to zero, which leaves out
  // a few blocks of code the workload barely touched: their requests fall
  // back, which is always safe.
  if (P.Profiled)
    for (BasicBlock *BB : P.Region) {
      std::optional<uint64_t> Count = BFI.getBlockProfileCount(BB);
      if (P.ReachAll.lookup(BB) < 1e-9 || (Count && *Count == 0))
        Cold.insert(BB);
    }
  auto Feasible = [&](BasicBlock *BB) {
    if (Cold.contains(BB))
      return false;
    auto It = P.BlockersIn.find(BB);
    return It == P.BlockersIn.end() || It->second.empty();
  };
  SmallPtrSet<BasicBlock *, 32> Forward;
  {
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
  }
  {
    SmallVector<BasicBlock *, 16> Work;
    for (BasicBlock *BB : Forward)
      if (any_of(successors(BB), [&](BasicBlock *S) { return isEnd(P, S); }))
        Work.push_back(BB);
    while (!Work.empty()) {
      BasicBlock *BB = Work.pop_back_val();
      if (!P.Candidate.insert(BB).second)
        continue;
      for (BasicBlock *Pred : predecessors(BB))
        if (Forward.contains(Pred))
          Work.push_back(Pred);
    }
  }

  computeReach(P, BPI, /*KernelOnly=*/true);

  // ω: the fraction of requests that reach the end inside the candidate.
  double Omega = 0;
  for (BasicBlock *BB : P.Candidate)
    for (BasicBlock *Succ : uniqueSuccessors(BB))
      if (isEnd(P, Succ))
        Omega += P.ReachKernel.lookup(BB) *
                 edgeProbability(P, BPI, BB, Succ);
  C.Omega = std::min(1.0, std::max(0.0, Omega));

  // Blockers, with how many requests get there; fallback exits.
  // The same source construct inlined twice is one blocker; a block in an
  // inner loop is reached at most by every request.
  std::map<std::tuple<Blocker, std::string, std::string>, size_t> SeenSite;
  for (BasicBlock *BB : P.Region)
    for (BlockerSite &Site : P.BlockersIn[BB]) {
      Site.Reach = onceReach(P, LI, BPI, BB);
      auto Key = std::make_tuple(Site.Reason, Site.Detail, loc(Site.Loc));
      auto [It, New] = SeenSite.try_emplace(Key, C.Blockers.size());
      if (New)
        C.Blockers.push_back(Site);
      else
        C.Blockers[It->second].Reach =
            std::min(1.0, C.Blockers[It->second].Reach + Site.Reach);
    }
  for (BasicBlock *BB : P.Region) {
    if (!P.Candidate.contains(BB))
      continue;
    for (BasicBlock *Succ : uniqueSuccessors(BB)) {
      if (P.Candidate.contains(Succ) || isEnd(P, Succ) || isDeadEnd(Succ))
        continue;
      FallbackExit X;
      X.At = BB->getTerminator();
      X.Loc = nearestLoc(X.At);
      X.Probability = P.ReachKernel.lookup(BB) *
                      edgeProbability(P, BPI, BB, Succ);
      // The first blocker on the way, for the report.
      SmallPtrSet<BasicBlock *, 16> Seen;
      SmallVector<BasicBlock *, 8> Work{Succ};
      while (!Work.empty() && X.Leadsto.empty()) {
        BasicBlock *Y = Work.pop_back_val();
        if (!Seen.insert(Y).second)
          continue;
        if (auto It = P.BlockersIn.find(Y);
            It != P.BlockersIn.end() && !It->second.empty()) {
          const BlockerSite &B = It->second.front();
          X.Leadsto = (blockerName(B.Reason) +
                       (B.Detail.empty() ? "" : " " + B.Detail))
                          .str();
          X.BlockerLoc = B.Loc;
          break;
        }
        if (!P.EventLoop->contains(Y)) {
          X.Leadsto = "LeavesEventLoop";
          break;
        }
        if (Cold.contains(Y)) {
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
      // One entry per source branch and destination.
      auto Same = find_if(C.Exits, [&](const FallbackExit &Y) {
        return loc(Y.Loc) == loc(X.Loc) && Y.Leadsto == X.Leadsto;
      });
      if (Same != C.Exits.end())
        Same->Probability += X.Probability;
      else
        C.Exits.push_back(std::move(X));
    }
  }

  for (auto &[BB, U] : P.BoundedIn)
    if (P.Candidate.contains(BB))
      C.Bounded.push_back(U);
  for (auto &[Header, L] : P.LoopsIn)
    if (P.Candidate.contains(Header))
      C.Loops.push_back(L);
  classifyShared(P, C);
  findFallbackPoints(P, C);
  // Code inlined at several call sites shows up once per source location.
  auto Dedupe = [](auto &Vec, auto Key) {
    std::set<std::string> Seen;
    auto End = std::remove_if(Vec.begin(), Vec.end(), [&](const auto &E) {
      return !Seen.insert(Key(E)).second;
    });
    Vec.erase(End, Vec.end());
  };
  Dedupe(C.Loops, [](const LoopBound &L) {
    return loc(L.Loc) + "/" + std::to_string(L.MaxTrips);
  });
  Dedupe(C.Bounded,
         [](const BoundedUse &U) { return loc(U.Loc) + "/" + U.Detail; });
  Dedupe(C.FallbackPoints, [](const FallbackPoint &X) {
    return loc(X.Loc) + "/" + X.Kind + "/" + X.Detail;
  });
  // Each effect's reason counts the fallback points, once each.
  findEffects(P, C);
  Dedupe(C.Effects, [](const Effect &E) {
    return loc(E.Loc) + "/" + E.Target + "/" +
           effectHandlingName(E.Handling).str();
  });

  // Work per request and the benefit.
  for (BasicBlock *BB : P.Region) {
    unsigned N = instructionCount(*BB);
    unsigned Shared = 0;
    for (Instruction &I : *BB) {
      SmallVector<Access, 2> Acc;
      accessesOf(I, Acc);
      Shared += Acc.size();
    }
    C.Work.UserInstructions += P.ReachAll.lookup(BB) * N;
    if (P.Candidate.contains(BB)) {
      C.Work.Instructions += P.ReachKernel.lookup(BB) * N;
      C.Work.SharedAccesses += P.ReachKernel.lookup(BB) * Shared;
    }
  }
  for (CallBase *A : P.ArrivalCalls)
    C.Arrivals.push_back(A->getDebugLoc());
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB)
      if (std::optional<unsigned> Idx = landmarkIndex(I))
        if (Info.Landmarks[*Idx].Kind == LandmarkKind::Reply &&
            P.Candidate.contains(BB))
          C.Replies.push_back(I.getDebugLoc());

  // An event loop that runs in threads the program starts itself: the
  // split assumes one event-loop thread (the offload does not take the
  // program's locks, and the user side is not rewritten for threads).
  const CallBase *ThreadStart = threadStarting(EL.F);
  if (ThreadStart) {
    auto *Copy = cast<Instruction>(VMap.lookup(ThreadStart));
    C.Blockers.insert(
        C.Blockers.begin(),
        {Blocker::ThreadOrLock,
         (directCalleeName(*ThreadStart) + " runs the event loop in " +
          EL.F->getName() + " in a thread")
             .str(),
         ThreadStart->getDebugLoc(), Copy, 1.0});
  }

  C.H = chooseHook(S, P, C.HookReason);
  C.Result = evaluateBenefit(Costs, C.H, C.Work, C.Omega);
  if (C.Omega <= 0) {
    C.Decision = "no request can be answered in the kernel: every path "
                 "from the receive meets a blocker";
  } else if (ThreadStart) {
    C.Result.Offload = false;
    C.Result.SavingNs = 0; // nothing is offloaded, nothing is saved
    C.Decision = ("keep in userspace: the event loop runs in threads started "
                  "by " + directCalleeName(*ThreadStart) + " at " +
                  loc(ThreadStart->getDebugLoc()) +
                  "; the split assumes one event-loop thread")
                     .str();
  } else if (C.Replies.empty()) {
    // Only drops are feasible: nothing the server is for happens in the
    // kernel, and the share of such requests is rarely known (a length
    // check's static estimate is a coin toss).
    C.Result.Offload = false;
    C.Result.SavingNs = 0;
    C.Decision = formatv("keep in userspace: the kernel could only drop "
                         "requests (omega {0:F3}); every reply path meets a "
                         "blocker",
                         C.Omega);
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
    PB.Kernel = P.Candidate.contains(BB);
    PB.Reach = P.ReachAll.lookup(BB);
    if (auto It = P.BlockersIn.find(BB);
        It != P.BlockersIn.end() && !It->second.empty())
      PB.Blocker = blockerName(It->second.front().Reason).str();
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
    if (P.Candidate.contains(BB)) {
      C.KernelBlocks.push_back(BB);
      for (BasicBlock *Succ : uniqueSuccessors(BB))
        if (isEnd(P, Succ) && !is_contained(C.EndTargets, Succ))
          C.EndTargets.push_back(Succ);
      for (Instruction &I : *BB)
        if (std::optional<unsigned> Idx = landmarkIndex(I))
          if (Info.Landmarks[*Idx].Kind == LandmarkKind::Reply)
            C.ReplyCalls.push_back(cast<CallBase>(&I));
    }
  C.EntryBlocks.assign(P.Entries.begin(), P.Entries.end());
  C.ArrivalCalls.assign(P.ArrivalCalls.begin(), P.ArrivalCalls.end());
  return C;
}

OffloadPlan Planner::run() {
  Plan.CostSource = Costs.Source;
  Plan.UsedProfile = M.getProfileSummary(/*IsCS=*/false) != nullptr ||
                     any_of(M, [](const Function &F) {
                       return F.hasProfileData();
                     });
  if (!Info.hasServer())
    return std::move(Plan);

  // Group the arrivals: one socket, one event loop.
  std::map<std::pair<unsigned, unsigned>, SmallVector<unsigned, 2>> Groups;
  for (unsigned I = 0; I < Info.Landmarks.size(); ++I) {
    const Landmark &L = Info.Landmarks[I];
    if (L.Kind != LandmarkKind::Arrival)
      continue;
    if (!L.Loop || L.Sockets.size() != 1) {
      note("ArrivalNotPlanned",
           L.Loop ? "the receive may be on several sockets; not offloaded"
                  : "the receive is not in an event loop (no poll/select/"
                    "epoll loop and no loop around it); not offloaded",
           L.Call);
      continue;
    }
    const Socket &S = Info.Sockets[L.Sockets.front()];
    if ((S.Kind != Transport::UDP && S.Kind != Transport::TCP) ||
        (S.Family != AddressFamily::IPv4 && S.Family != AddressFamily::IPv6)) {
      note("UnsupportedSocket",
           "only UDP and TCP over IPv4/IPv6 are offloaded; socket #" +
               Twine(S.Id) + " is " + transportName(S.Kind) + " " +
               familyName(S.Family),
           L.Call);
      continue;
    }
    Groups[{*L.Loop, S.Id}].push_back(I);
  }
  if (Groups.empty())
    return std::move(Plan);

  buildWorkingCopy();
  std::set<unsigned> Inlined;
  for (auto &[Key, Arrivals] : Groups)
    if (Inlined.insert(Key.first).second) {
      const EventLoop &EL = Info.Loops[Key.first];
      inlineLoopBody(*cast<Function>(VMap.lookup(EL.F)),
                     cast<BasicBlock>(VMap.lookup(EL.Header)));
    }
  std::set<const Function *> Simplified;
  for (auto &[Key, Arrivals] : Groups) {
    auto *F = cast<Function>(VMap.lookup(Info.Loops[Key.first].F));
    if (Simplified.insert(F).second)
      simplify(*F);
  }
  for (auto &[Key, Arrivals] : Groups)
    if (std::optional<Candidate> C =
            planGroup(Key.first, Arrivals, Plan.Candidates.size()))
      Plan.Candidates.push_back(std::move(*C));
  Plan.Working = W;
  return std::move(Plan);
}

} // namespace

OffloadPlan PlanAnalysis::run(Module &M, ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  if (!CostError.empty())
    emitError(M.getContext(), CostError);
  static const CostFile Defaults;
  const CostFile &C = Costs ? *Costs : Defaults;
  return Planner(M, Info, C, Limits).run();
}

// --- printing ------------------------------------------------------------


static std::string percent(double P) { return formatv("{0:F1}%", 100 * P); }

static StringRef kernelFormName(KernelForm F) {
  switch (F) {
  case KernelForm::Native:
    return "native";
  case KernelForm::BoundedLibc:
    return "bounded BPF implementation";
  case KernelForm::KernelHelper:
    return "BPF helper";
  case KernelForm::DevirtualisedCall:
    return "devirtualised through a constant table";
  }
  llvm_unreachable("unknown kernel form");
}

static std::string sides(bool R, bool W) {
  return std::string(R ? "r" : "-") + (W ? "w" : "-");
}

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
    for (const DebugLoc &A : C.Arrivals)
      OS << "  arrival: " << loc(A) << "\n";
    for (const DebugLoc &R : C.Replies)
      OS << "  reply: " << loc(R) << "\n";
    OS << formatv("  omega {0:F3}  rho {1:F3}  saving {2:F0} ns/request\n",
                  C.Omega, C.Result.Rho, C.Result.SavingNs);
    OS << formatv("  cost: kernel {0:F1} ns, userspace {1:F1} ns; fast path "
                  "{2:F1} instructions, {3:F1} shared accesses per request\n",
                  C.Result.KernelNs, C.Result.UserNs, C.Work.Instructions,
                  C.Work.SharedAccesses);
    OS << "  decision: " << C.Decision << "\n";
    for (const BlockerSite &B : C.Blockers) {
      OS << "  blocked: " << blockerName(B.Reason);
      if (!B.Detail.empty())
        OS << " " << B.Detail;
      OS << " at " << loc(B.Loc) << " (reached by " << percent(B.Reach)
         << " of requests)\n";
    }
    for (const FallbackExit &X : C.Exits)
      OS << "  fallback: " << loc(X.Loc) << " -> " << X.Leadsto
         << (X.BlockerLoc ? " at " + loc(X.BlockerLoc) : std::string())
         << " (" << percent(X.Probability) << " of requests)\n";
    for (const FallbackPoint &X : C.FallbackPoints)
      OS << "  fallback point: " << X.Kind
         << (X.Loc ? " at " + loc(X.Loc) : std::string()) << " (" << X.Detail
         << ")\n";
    for (const Effect &E : C.Effects)
      OS << "  effect: store to " << E.Target << " at " << loc(E.Loc) << ": "
         << effectHandlingName(E.Handling) << " (" << E.Why << ")\n";
    for (const LoopBound &L : C.Loops) {
      OS << "  loop: " << loc(L.Loc) << " ";
      if (L.MaxTrips)
        OS << "bounded, at most " << L.MaxTrips << " trips\n";
      else
        OS << "capped at " << L.Cap << " trips, overflow falls back\n";
    }
    for (const BoundedUse &U : C.Bounded)
      OS << "  kernel-form: " << U.Detail << " at " << loc(U.Loc) << ": "
         << kernelFormName(U.Form) << "\n";
    for (const SharedGlobal &G : C.Shared)
      OS << "  shared: " << G.Name << " (" << G.Size << " B) kernel "
         << sides(G.KernelReads, G.KernelWrites) << " userspace "
         << sides(G.UserReads, G.UserWrites) << " startup "
         << sides(false, G.StartupWrites)
         << formatv(" {0:F2}/{1:F2} accesses per request: ",
                    G.KernelAccessesPerRequest, G.UserAccessesPerRequest)
         << syncNeedName(G.Need) << " (" << G.Why << ")\n";
  }
  for (const Finding &F : Findings) {
    OS << "note: " << F.RemarkName << ": " << F.Message;
    if (F.At)
      OS << " (" << loc(F.At->getDebugLoc()) << ")";
    OS << "\n";
  }
  OS << "summary: " << Candidates.size()
     << (Candidates.size() == 1 ? " candidate, " : " candidates, ")
     << offloadedCount() << " offloaded\n";
}

/// The request path's blocks and edges (docs/report-schema.md).
static json::Object requestGraphJSON(const Candidate &C) {
  json::Array Blocks, Edges;
  for (const PathBlock &B : C.PathBlocks) {
    json::Object O{{"lines", json::Array(B.Lines)},
                   {"side", B.Kernel ? "kernel" : "userspace"},
                   {"reach", B.Reach}};
    if (!B.Blocker.empty())
      O["blocker"] = B.Blocker;
    Blocks.push_back(std::move(O));
  }
  for (const PathEdge &E : C.PathEdges)
    Edges.push_back(json::Object{
        {"from", E.From}, {"to", E.To}, {"probability", E.Probability}});
  return json::Object{{"blocks", std::move(Blocks)},
                      {"edges", std::move(Edges)}};
}

json::Value OffloadPlan::toJSON(const Module &M) const {
  json::Array Cands;
  for (const Candidate &C : Candidates) {
    json::Array Arrivals, Replies, Blockers, Exits, Points, Effects, Loops,
        Forms, Shared;
    for (const DebugLoc &A : C.Arrivals)
      Arrivals.push_back(loc(A));
    for (const DebugLoc &R : C.Replies)
      Replies.push_back(loc(R));
    for (const BlockerSite &B : C.Blockers)
      Blockers.push_back(json::Object{{"reason", blockerName(B.Reason)},
                                      {"detail", B.Detail},
                                      {"location", loc(B.Loc)},
                                      {"reach", B.Reach},
                                      {"advice", blockerAdvice(B.Reason)}});
    for (const FallbackExit &X : C.Exits)
      Exits.push_back(json::Object{{"location", loc(X.Loc)},
                                   {"leads_to", X.Leadsto},
                                   {"blocker_location", loc(X.BlockerLoc)},
                                   {"probability", X.Probability}});
    for (const FallbackPoint &X : C.FallbackPoints)
      Points.push_back(json::Object{{"kind", X.Kind},
                                    {"location", loc(X.Loc)},
                                    {"detail", X.Detail}});
    for (const Effect &E : C.Effects)
      Effects.push_back(json::Object{{"target", E.Target},
                                     {"location", loc(E.Loc)},
                                     {"handling", effectHandlingName(E.Handling)},
                                     {"why", E.Why}});
    for (const LoopBound &L : C.Loops)
      Loops.push_back(json::Object{{"location", loc(L.Loc)},
                                   {"max_trips", L.MaxTrips},
                                   {"cap", L.Cap}});
    for (const BoundedUse &U : C.Bounded)
      Forms.push_back(json::Object{{"what", U.Detail},
                                   {"location", loc(U.Loc)},
                                   {"form", kernelFormName(U.Form)}});
    for (const SharedGlobal &G : C.Shared)
      Shared.push_back(json::Object{
          {"name", G.Name},
          {"size", G.Size},
          {"kernel", sides(G.KernelReads, G.KernelWrites)},
          {"userspace", sides(G.UserReads, G.UserWrites)},
          {"startup_writes", G.StartupWrites},
          {"kernel_accesses_per_request", G.KernelAccessesPerRequest},
          {"user_accesses_per_request", G.UserAccessesPerRequest},
          {"sync", syncNeedName(G.Need)},
          {"why", G.Why}});
    json::Object O{
        {"id", C.Id},
        {"socket", C.Socket},
        {"transport", transportName(C.Kind)},
        {"event_loop", C.Loop},
        {"hook", hookName(C.H)},
        {"hook_reason", C.HookReason},
        {"arrivals", std::move(Arrivals)},
        {"replies", std::move(Replies)},
        {"omega", C.Omega},
        {"rho", C.Result.Rho},
        {"kernel_ns", C.Result.KernelNs},
        {"user_ns", C.Result.UserNs},
        {"saving_ns", C.Result.SavingNs},
        {"offload", C.Result.Offload},
        {"decision", C.Decision},
        {"work",
         json::Object{{"kernel_instructions", C.Work.Instructions},
                      {"shared_accesses", C.Work.SharedAccesses},
                      {"user_instructions", C.Work.UserInstructions}}},
        {"blockers", std::move(Blockers)},
        {"fallback_exits", std::move(Exits)},
        {"fallback_points", std::move(Points)},
        {"effects", std::move(Effects)},
        {"loops", std::move(Loops)},
        {"kernel_forms", std::move(Forms)},
        {"shared", std::move(Shared)},
        {"kernel_lines", json::Array(C.KernelLines)},
        {"userspace_lines", json::Array(C.UserLines)},
        {"request_cfg", requestGraphJSON(C)}};
    if (C.Port)
      O["port"] = *C.Port;
    else
      O["port"] = nullptr;
    Cands.push_back(std::move(O));
  }
  json::Array Notes;
  for (const Finding &F : Findings)
    Notes.push_back(json::Object{
        {"name", F.RemarkName},
        {"message", F.Message},
        {"location", F.At ? loc(F.At->getDebugLoc()) : std::string("?")}});
  // Where the files named in "file:line" locations are, for a report
  // that shows the source: every file with code in the module, by name.
  json::Object Sources;
  DebugInfoFinder Finder;
  Finder.processModule(M);
  for (const DISubprogram *SP : Finder.subprograms())
    if (const DIFile *File = SP->getFile(); File && SP->isDefinition()) {
      SmallString<256> Path(File->getDirectory());
      sys::path::append(Path, File->getFilename());
      if (sys::path::is_absolute(File->getFilename()))
        Path = File->getFilename();
      std::string Name = sys::path::filename(File->getFilename()).str();
      if (!Sources.get(Name))
        Sources[Name] = std::string(Path);
    }
  return json::Object{{"koffload_report_version", 1},
                      {"module", M.getSourceFileName()},
                      {"sources", std::move(Sources)},
                      {"weights", UsedProfile ? "profile" : "static"},
                      {"costs", CostSource},
                      {"candidates", std::move(Cands)},
                      {"findings", std::move(Notes)}};
}

// --- remarks -------------------------------------------------------------

using NV = DiagnosticInfoOptimizationBase::Argument;

/// A number in a remark, with a fixed precision so YAML stays stable.
static NV number(StringRef Key, double V, unsigned Decimals = 3) {
  char Buf[64];
  snprintf(Buf, sizeof(Buf), "%.*f", int(Decimals), V);
  return NV(Key, StringRef(Buf));
}

void emitPlanRemarks(const OffloadPlan &Plan) {
  for (const Candidate &C : Plan.Candidates) {
    const Instruction *At = C.ArrivalAt;
    LLVMContext &Ctx = At->getContext();
    std::string Weights = Plan.UsedProfile ? "profile" : "static estimate";
    if (C.offloaded()) {
      OptimizationRemark R(RemarkPassName, "Offloaded", At);
      R << "offloading requests on socket #" << NV("Socket", C.Socket)
        << " to " << NV("Hook", hookName(C.H)) << ": "
        << number("Omega", C.Omega, 3) << " of requests answered in the kernel ("
        << NV("Weights", Weights) << "), relative cost rho "
        << number("Rho", C.Result.Rho, 3) << ", expected saving "
        << number("SavingNs", C.Result.SavingNs, 0) << " ns per request";
      Ctx.diagnose(R);
    } else {
      OptimizationRemarkMissed R(RemarkPassName, "NotOffloaded", At);
      R << "requests on socket #" << NV("Socket", C.Socket)
        << " stay in userspace: " << NV("Decision", C.Decision) << " (omega "
        << number("Omega", C.Omega, 3) << ", rho " << number("Rho", C.Result.Rho, 3)
        << ", " << NV("Weights", Weights) << ")";
      Ctx.diagnose(R);
    }
    for (const BlockerSite &B : C.Blockers) {
      OptimizationRemarkMissed R(RemarkPassName, blockerName(B.Reason),
                                 B.Loc, B.At->getParent());
      R << NV("Reason", blockerName(B.Reason));
      if (!B.Detail.empty())
        R << " (" << NV("Detail", B.Detail) << ")";
      R << ": " << blockerAdvice(B.Reason) << "; reached by "
        << number("Reach", B.Reach, 3) << " of requests";
      Ctx.diagnose(R);
    }
    for (const FallbackExit &X : C.Exits) {
      OptimizationRemarkAnalysis R(RemarkPassName, "FallbackExit", X.Loc,
                                   X.At->getParent());
      R << "fallback to userspace here, towards " << NV("LeadsTo", X.Leadsto)
        << ", for " << number("Probability", X.Probability, 3) << " of requests";
      Ctx.diagnose(R);
    }
    for (const FallbackPoint &X : C.FallbackPoints) {
      OptimizationRemarkAnalysis R(RemarkPassName, "FallbackPoint", X.Loc,
                                   At->getParent());
      R << "the offload may fall back to userspace here: "
        << NV("Kind", X.Kind) << " (" << X.Detail << ")";
      Ctx.diagnose(R);
    }
    for (const Effect &E : C.Effects) {
      OptimizationRemarkAnalysis R(RemarkPassName, "Effect", E.Loc,
                                   E.At->getParent());
      R << "store to " << NV("Global", E.Target) << ": "
        << NV("Handling", effectHandlingName(E.Handling)) << " ("
        << E.Why << ")";
      Ctx.diagnose(R);
    }
    for (const SharedGlobal &G : C.Shared) {
      OptimizationRemarkAnalysis R(RemarkPassName, "SharedState", At);
      R << "shared global " << NV("Global", G.Name) << " ("
        << NV("Size", G.Size) << " bytes): " << NV("Sync", syncNeedName(G.Need))
        << " (" << G.Why << ")";
      Ctx.diagnose(R);
    }
    OptimizationRemarkAnalysis H(RemarkPassName, "Hook", At);
    H << "hook " << NV("Hook", hookName(C.H)) << ": " << C.HookReason;
    Ctx.diagnose(H);
  }
  // The planner's findings all say why a receive is not offloaded: Missed.
  for (const Finding &F : Plan.Findings) {
    const Function *In = F.At ? F.At->getFunction() : F.In;
    if (!In)
      continue;
    OptimizationRemarkMissed R(RemarkPassName, F.RemarkName,
                               F.At ? F.At->getDebugLoc() : DebugLoc(),
                               F.At ? F.At->getParent() : &In->getEntryBlock());
    R << F.Message;
    In->getContext().diagnose(R);
  }
}

PreservedAnalyses PlanPrinterPass::run(Module &M, ModuleAnalysisManager &MAM) {
  const OffloadPlan &Plan = MAM.getResult<PlanAnalysis>(M);
  Plan.print(OS, M);
  emitPlanRemarks(Plan);
  return PreservedAnalyses::all();
}

} // namespace koffload
