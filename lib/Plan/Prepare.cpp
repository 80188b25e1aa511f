//===- Prepare.cpp - Planning stage 1: the working copy -------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The transforms that make the working copy (Prepare.h lists them), in the
// order Preparer::run applies them.
//
//===----------------------------------------------------------------------===//

#include "Plan/Prepare.h"
#include "Plan/CallbackLoops.h"
#include "Plan/ColdPaths.h"
#include "Plan/LogCalls.h"
#include "Plan/LoopLocals.h"
#include "Plan/PeeledReceives.h"
#include "Plan/SinkCold.h"
#include "Plan/TableLoads.h"
#include "Landmarks/Landmarks.h"
#include "Landmarks/SocketCalls.h"
#include "Plan/PathUtils.h"
#include "Plan/RequestPaths.h"
#include "Support/AnalysisManagers.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/SCCIterator.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/CallGraph.h"
#include "llvm/Analysis/InstructionSimplify.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/IR/ConstantRange.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Transforms/Scalar/EarlyCSE.h"
#include "llvm/Transforms/Scalar/InstSimplifyPass.h"
#include "llvm/Transforms/Scalar/JumpThreading.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/LoopRotationUtils.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"

#include <set>

using namespace llvm;

namespace koffload {

AnalysisKey PrepareAnalysis::Key;

PreparedModule::PreparedModule() = default;
PreparedModule::PreparedModule(PreparedModule &&) = default;
PreparedModule &PreparedModule::operator=(PreparedModule &&) = default;
PreparedModule::~PreparedModule() {
  // The cached function analyses hold value handles into the working copy:
  // drop them first (the plan may keep the copy alive).
  if (AM)
    AM->FAM.clear();
  AM.reset();
}

Value *PreparedModule::copyOf(const Value *Original) const {
  return VMap ? VMap->lookup(Original) : nullptr;
}

FunctionAnalysisManager &PreparedModule::functionAnalyses() const {
  assert(AM && "no working copy");
  return AM->FAM;
}

bool PreparedModule::invalidate(Module &, const PreservedAnalyses &PA,
                                ModuleAnalysisManager::Invalidator &) {
  auto PAC = PA.getChecker<PrepareAnalysis>();
  return !PAC.preserved() && !PAC.preservedSet<AllAnalysesOn<Module>>();
}

/// Functions that are part of a call cycle (including self-recursion).
static SmallPtrSet<const Function *, 8> recursiveFunctions(Module &M) {
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

namespace {

/// Applies the transforms to a module: the working copy, or the program
/// itself for `koffload-prepare`. \p CopyOf maps the landmarks' values
/// (in the program) to the module's.
class Preparer {
public:
  Preparer(const LandmarkInfo &Info, const PlanLimits &Limits,
           FunctionAnalysisManager &FAM, PreparedModule &Out)
      : Info(Info), Limits(Limits), FAM(FAM), Recursive(Out.Recursive),
        Refused(Out.Refused), RefusedWhy(Out.RefusedWhy) {}

  void run(Module &W, const ArrivalGroups &Groups,
           function_ref<Value *(const Value *)> CopyOf);

private:
  const LandmarkInfo &Info;
  const PlanLimits &Limits;
  FunctionAnalysisManager &FAM;
  SmallPtrSet<const Function *, 8> &Recursive;
  DenseMap<const CallBase *, Blocker> &Refused;
  DenseMap<const CallBase *, std::string> &RefusedWhy;

  void tag(Module &W, function_ref<Value *(const Value *)> CopyOf);
  void undoPeeling(Function &F);
  void inlineLoopBody(Function &F, BasicBlock *Header);
  void simplify(Function &F);
  void rotateInnerLoops(Function &F);
  void foldArrivalResults(Function &F);
  void forwardReturnedDestinations(Function &F);
  bool splitLiteralChoices(Function &F);
  void splitAfterArrivals(Function &F, ArrayRef<unsigned> Arrivals);
};

} // namespace

void Preparer::tag(Module &W, function_ref<Value *(const Value *)> CopyOf) {
  // A receive or send in C++ with a destructor to run is an invoke: its
  // unwind edge is taken only when the thread is cancelled, never by a
  // request. In the working copy it becomes a call, so that the receive is
  // not a terminator (the request path starts right after it).
  auto ToCall = [&](const Instruction *Original) {
    if (auto *Inv = dyn_cast_or_null<InvokeInst>(CopyOf(Original)))
      changeToCall(Inv); // the map follows the replacement
  };
  for (const Landmark &L : Info.Landmarks)
    ToCall(L.Call);
  for (const EventLoop &L : Info.Loops)
    if (L.Wait)
      ToCall(L.Wait);
  // Tag the landmark calls so they can be found again after inlining.
  LLVMContext &Ctx = W.getContext();
  for (unsigned I = 0; I < Info.Landmarks.size(); ++I) {
    auto *Copy = cast_or_null<Instruction>(CopyOf(Info.Landmarks[I].Call));
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
    if (const CallBase *Wait = Info.Loops[I].Wait) // none: a handler entry
      if (auto *Copy = cast_or_null<Instruction>(CopyOf(Wait)))
        Copy->setMetadata(
            WaitMDKind,
            MDNode::get(Ctx, {ConstantAsMetadata::get(
                                 ConstantInt::get(Type::getInt64Ty(Ctx), I))}));
  for (Function &F : W) {
    F.removeFnAttr(Attribute::OptimizeNone);
    F.removeFnAttr(Attribute::NoInline);
  }
}

void Preparer::run(Module &W, const ArrivalGroups &Groups,
                   function_ref<Value *(const Value *)> CopyOf) {
  tag(W, CopyOf);
  // Before anything reads them: counters in main's locals are globals.
  promoteLocals(loopCarriedLocals(Info), CopyOf).commit();
  markColdPaths(W); // before inlining: the marks are copied with the calls
  Recursive = recursiveFunctions(W);
  std::set<const Function *> Unpeeled;
  for (auto &[Key, Arrivals] : Groups)
    if (auto *F = cast<Function>(CopyOf(Info.Loops[Key.first].F));
        Unpeeled.insert(F).second)
      undoPeeling(*F);
  std::set<unsigned> Inlined;
  for (auto &[Key, Arrivals] : Groups) {
    const EventLoop &EL = Info.Loops[Key.first];
    // A library's or framework's loop: built here (CallbackLoops.h).
    if (isCallbackLoop(EL)) {
      if (BasicBlock *Head =
              buildCallbackLoop(W, Info, Key.first, Key.second, CopyOf))
        inlineLoopBody(*Head->getParent(), Head);
      continue;
    }
    if (Inlined.insert(Key.first).second) {
      auto *F = cast<Function>(CopyOf(EL.F));
      inlineLoopBody(*F, cast<BasicBlock>(CopyOf(EL.Header)));
      FAM.invalidate(*F, PreservedAnalyses::none());
    }
  }
  auto LoopFunction = [&](const std::pair<unsigned, unsigned> &Key) {
    return requestLoopFunction(W, Info, Key.first, Key.second, CopyOf);
  };
  std::set<const Function *> Simplified;
  for (auto &[Key, Arrivals] : Groups) {
    Function *F = LoopFunction(Key);
    if (F && Simplified.insert(F).second) {
      simplify(*F);
      foldCallbackWatchers(*F);
      weighColdBranches(*F); // the CFG the later stages read
    }
  }
  // A receive that may be on several sockets is in a group per socket:
  // split after it once in each function it is in (a callback's loop is
  // built per socket, with its own copy of the receive).
  std::set<std::pair<const Function *, unsigned>> Split;
  for (auto &[Key, Arrivals] : Groups) {
    Function *F = LoopFunction(Key);
    if (!F)
      continue;
    SmallVector<unsigned, 2> New;
    for (unsigned A : Arrivals)
      if (Split.insert({F, A}).second)
        New.push_back(A);
    splitAfterArrivals(*F, New);
  }
  // The transforms changed the functions under the cached analyses.
  FAM.clear();
}

void Preparer::undoPeeling(Function &F) {
  // -O1's rotation put a copy of the receive in front of its loop
  // (PeeledReceives.h); the loop starts at the receive again.
  auto IsArrival = [&](const Instruction &I) {
    std::optional<unsigned> Idx = landmarkIndex(I);
    return Idx && Info.Landmarks[*Idx].Kind == LandmarkKind::Arrival;
  };
  for (unsigned Round = 0; Round < 8; ++Round) {
    FAM.invalidate(F, PreservedAnalyses::none());
    if (!undoPeeledReceives(F, FAM.getResult<LoopAnalysis>(F), IsArrival))
      break;
  }
  FAM.invalidate(F, PreservedAnalyses::none());
}

void Preparer::splitAfterArrivals(Function &F, ArrayRef<unsigned> Arrivals) {
  // The request path starts right after the receive: a block of its own,
  // the entry the generators start the offload's fast path at.
  SmallVector<CallBase *, 2> Calls;
  for (Instruction &I : instructions(F))
    if (std::optional<unsigned> Idx = landmarkIndex(I))
      if (is_contained(Arrivals, *Idx))
        Calls.push_back(cast<CallBase>(&I));
  for (CallBase *A : Calls)
    SplitBlock(A->getParent(), A->getNextNode());
  // The loop's own wait, when it is not a receive, starts a block too: a
  // request that reaches it is done (isEnd), though the loop's shape may
  // have put it after the handler in one block.
  SmallVector<Instruction *, 2> Waits;
  for (Instruction &I : instructions(F))
    if (I.getMetadata(WaitMDKind) && !landmarkIndex(I) &&
        &I != I.getParent()->getFirstNonPHI())
      Waits.push_back(&I);
  for (Instruction *W : Waits)
    SplitBlock(W->getParent(), W);
}

/// Functions that hold a receive (a tagged arrival) or call one that does:
/// the calls a loop must inline to have its request path at all.
static SmallPtrSet<const Function *, 8>
arrivalCallers(Module &W, const LandmarkInfo &Info) {
  SmallPtrSet<const Function *, 8> Result;
  SmallVector<const Function *, 8> Work;
  for (Function &G : W)
    for (Instruction &I : instructions(G))
      if (std::optional<unsigned> Idx = landmarkIndex(I);
          Idx && Info.Landmarks[*Idx].Kind == LandmarkKind::Arrival &&
          Result.insert(&G).second)
        Work.push_back(&G);
  while (!Work.empty()) {
    const Function *G = Work.pop_back_val();
    for (const Use &U : G->uses())
      if (auto *CB = dyn_cast<CallBase>(U.getUser());
          CB && CB->isCallee(&U) && Result.insert(CB->getFunction()).second)
        Work.push_back(CB->getFunction());
  }
  return Result;
}

void Preparer::inlineLoopBody(Function &F, BasicBlock *Header) {
  unsigned Inlined = 0;
  // The calls on the way to the receive are inlined whatever their size
  // (memcached's state machine holds it): without them there is no request
  // path to plan, and the blockers on it are the reason, not the size.
  SmallPtrSet<const Function *, 8> ToArrival =
      arrivalCallers(*F.getParent(), Info);
  for (unsigned Depth = 0; Depth < Limits.MaxInlineDepth; ++Depth) {
    // Each round changes F: its loops are computed afresh.
    {
      FAM.invalidate(F, PreservedAnalyses::none());
      LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
      Loop *L = LI.getLoopFor(Header);
      if (!L)
        return;
      // Calls through constant tables become switches over direct calls,
      // and pointers read from them (a table's names) selects among the
      // literals (TableLoads.h).
      SmallVector<CallInst *, 4> Indirect;
      SmallVector<LoadInst *, 8> Loads;
      SmallVector<BinaryOperator *, 4> Subs;
      for (BasicBlock *BB : L->blocks())
        for (Instruction &I : *BB)
          if (auto *CI = dyn_cast<CallInst>(&I);
              CI && CI->isIndirectCall() && !CI->isInlineAsm())
            Indirect.push_back(CI);
          else if (auto *LI = dyn_cast<LoadInst>(&I);
                   LI && LI->getType()->isPointerTy())
            Loads.push_back(LI);
          else if (I.getOpcode() == Instruction::Sub)
            Subs.push_back(cast<BinaryOperator>(&I));
      for (CallInst *CI : Indirect)
        devirtualiseTableCall(*CI);
      for (LoadInst *LI : Loads)
        if (LI->getParent())
          foldTableLoad(*LI);
      for (BinaryOperator *Sub : Subs)
        foldTableDistance(*Sub);
    }
    FAM.invalidate(F, PreservedAnalyses::none());
    LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
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
      bool Needed = ToArrival.contains(Callee);
      bool OverBudget = !Needed && (Size > Limits.MaxCalleeInstructions ||
                                    Inlined + Size > Limits.MaxInlinedInstructions);
      // A log function's level test goes in front of the call, which then
      // blocks only where it logs (LogCalls.h).
      if (Callee->isVarArg() || OverBudget)
        guardByEarlyReturn(*CB);
      if (Callee->isVarArg()) {
        // The inliner cannot expand va_start; BPF has no variadic calls.
        Refused[CB] = Blocker::InlineBudget;
        RefusedWhy[CB] = "(variadic: cannot be inlined)";
        continue;
      }
      if (OverBudget) {
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
        RefusedWhy[CB] =
            ("(not inlinable: " + Twine(R.getFailureReason()) + ")").str();
        continue;
      }
      if (!Needed)
        Inlined += Size;
    }
  }
}

void Preparer::simplify(Function &F) {
  // Promote locals to SSA values so that what a request path computes is
  // visible as data flow, and fold the control flow clang leaves for scope
  // cleanups (a switch on a cleanup slot has edges no execution takes).
  // Blocks map back to the source through their instructions' locations.
  FunctionPassManager Promote;
  Promote.addPass(SROAPass(SROAOptions::ModifyCFG));
  Promote.addPass(EarlyCSEPass());
  Promote.run(F, FAM);
  // Library calls whose results only a branch reads move into it.
  if (sinkColdComputations(F, FAM))
    FAM.invalidate(F, PreservedAnalyses::none());
  rotateInnerLoops(F);
  foldArrivalResults(F);
  forwardReturnedDestinations(F);
  FAM.invalidate(F, PreservedAnalyses::none());
  FunctionPassManager FPM;
  FPM.addPass(SimplifyCFGPass());
  FPM.addPass(JumpThreadingPass());
  FPM.addPass(InstSimplifyPass());
  FPM.addPass(SimplifyCFGPass());
  FPM.run(F, FAM);
  if (splitLiteralChoices(F))
    FAM.invalidate(F, PreservedAnalyses::none());
  // A pointer that walked a constant table (`ep++`) is dead once its reads
  // are folded (TableLoads.h), but its cycle of phi and step stays: the
  // kernel side would need the table's address for nothing.
  SmallVector<WeakTrackingVH, 8> Phis;
  for (BasicBlock &BB : F)
    for (PHINode &PN : BB.phis())
      if (PN.getType()->isPointerTy())
        Phis.push_back(&PN);
  for (WeakTrackingVH &V : Phis)
    if (auto *PN = dyn_cast_or_null<PHINode>(V))
      RecursivelyDeleteDeadPHINode(PN);
}

/// A string argument chosen between two literals (`visits == 1 ? "." :
/// "s."`, a select once SimplifyCFG folded the ternary): the kernel's libc
/// reads one object per string, so the call is made on each side of a
/// branch, each with its literal, and its result merged. Only the C
/// library's string and formatting calls, never a landmark (a reply of a
/// chosen literal is sent from constant data as it is).
bool Preparer::splitLiteralChoices(Function &F) {
  static const StringSet<> Calls = {
      "sprintf", "snprintf", "__sprintf_chk", "__snprintf_chk", "printf",
      "fprintf", "puts",     "fputs",         "syslog",         "strlen",
      "strcmp",  "strncmp",  "strcpy",        "strncpy",        "strcat",
      "strncat", "strchr",   "strstr",        "strtol",         "strtoul",
      "atoi"};
  auto Literal = [](Value *V) {
    auto *GV = dyn_cast<GlobalVariable>(V->stripPointerCasts());
    return GV && GV->isConstant() && GV->hasDefinitiveInitializer();
  };
  SmallVector<std::pair<CallInst *, unsigned>, 4> Work;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB) {
      auto *CI = dyn_cast<CallInst>(&I);
      if (!CI || !Calls.contains(directCalleeName(*CI)) ||
          landmarkIndex(*CI) || CI->isMustTailCall())
        continue;
      for (unsigned A = 0; A < CI->arg_size(); ++A)
        if (auto *Sel = dyn_cast<SelectInst>(CI->getArgOperand(A));
            Sel && Literal(Sel->getTrueValue()) &&
            Literal(Sel->getFalseValue()) &&
            Sel->getTrueValue() != Sel->getFalseValue()) {
          Work.push_back({CI, A});
          break; // one choice a call; a second one is split next time
        }
    }
  for (auto [CI, A] : Work) {
    auto *Sel = cast<SelectInst>(CI->getArgOperand(A));
    Instruction *Then = nullptr, *Else = nullptr;
    SplitBlockAndInsertIfThenElse(Sel->getCondition(), CI, &Then, &Else);
    CallInst *OnTrue = cast<CallInst>(CI->clone());
    CallInst *OnFalse = cast<CallInst>(CI->clone());
    OnTrue->setArgOperand(A, Sel->getTrueValue());
    OnFalse->setArgOperand(A, Sel->getFalseValue());
    OnTrue->insertBefore(Then);
    OnFalse->insertBefore(Else);
    if (!CI->getType()->isVoidTy()) {
      PHINode *Merge = PHINode::Create(CI->getType(), 2, "", CI);
      Merge->addIncoming(OnTrue, OnTrue->getParent());
      Merge->addIncoming(OnFalse, OnFalse->getParent());
      CI->replaceAllUsesWith(Merge);
    }
    CI->eraseFromParent();
    if (Sel->use_empty())
      Sel->eraseFromParent();
  }
  return !Work.empty();
}

void Preparer::forwardReturnedDestinations(Function &F) {
  // strcpy, strncpy, strcat, strncat, memcpy, memmove and memset return
  // their destination (C11 7.24): a test of the result is a test of the
  // buffer, which clang -O1 folds (`if (!strncpy(buf, "TIME", 4))`, a
  // time server's typo for strncmp: the reply behind it is dead code) and
  // the driver's -O0 IR did not.
  const TargetLibraryInfo &TLI = FAM.getResult<TargetLibraryAnalysis>(F);
  for (Instruction &I : instructions(F)) {
    auto *CB = dyn_cast<CallInst>(&I);
    Function *Callee = CB ? CB->getCalledFunction() : nullptr;
    LibFunc LF;
    if (!Callee || CB->use_empty() || CB->arg_size() < 1 ||
        !TLI.getLibFunc(*Callee, LF))
      continue;
    switch (LF) {
    case LibFunc_strcpy:
    case LibFunc_strncpy:
    case LibFunc_strcat:
    case LibFunc_strncat:
    case LibFunc_memcpy:
    case LibFunc_memmove:
    case LibFunc_memset:
      if (CB->getArgOperand(0)->getType() == CB->getType())
        CB->replaceAllUsesWith(CB->getArgOperand(0));
      break;
    default:
      break;
    }
  }
}

void Preparer::rotateInnerLoops(Function &F) {
  // clang's for/while loops test at the top, so the path that skips the
  // body is a CFG path even where the first test cannot fail (a write loop
  // over a request of at least one byte): the planner would think a request
  // can go round a blocked body. Rotated loops test the first iteration in
  // front of the loop, where the receive's range folds it. Event loops
  // (holding the wait or a receive) are left alone, and so are loops whose
  // header, which rotation copies, holds a landmark.
  DominatorTree &DT = FAM.getResult<DominatorTreeAnalysis>(F);
  LoopInfo &LI = FAM.getResult<LoopAnalysis>(F);
  AssumptionCache &AC = FAM.getResult<AssumptionAnalysis>(F);
  TargetTransformInfo &TTI = FAM.getResult<TargetIRAnalysis>(F);
  SimplifyQuery SQ(F.getParent()->getDataLayout());
  SmallVector<Loop *, 8> Loops;
  auto IsEventLoopCall = [&](Instruction &I) {
    if (I.getMetadata(WaitMDKind))
      return true;
    std::optional<unsigned> Idx = landmarkIndex(I);
    return Idx && Info.Landmarks[*Idx].Kind == LandmarkKind::Arrival;
  };
  for (Loop *L : LI.getLoopsInPreorder()) {
    bool Keep =
        any_of(L->blocks(),
               [&](BasicBlock *BB) { return any_of(*BB, IsEventLoopCall); }) ||
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

void Preparer::foldArrivalResults(Function &F) {
  // The offload runs when a request has arrived: the receive returns its
  // length, at least 1 and at most the buffer's size. Its error path
  // (n < 0) cannot happen there, and an empty datagram (n == 0) is passed
  // to userspace before the fast path starts (for TCP, end of stream never
  // reaches a stream verdict program). Comparisons of the result that the
  // range decides are folded (and a switch's cases outside it removed), so
  // those paths leave the plan instead of counting as requests the kernel
  // finishes.
  SmallVector<std::pair<Value *, ConstantRange>, 8> Work;
  SmallPtrSet<Value *, 4> Assumed; ///< the assumptions' own comparisons
  for (Instruction &I : instructions(F)) {
    std::optional<unsigned> Idx = landmarkIndex(I);
    if (!Idx || Info.Landmarks[*Idx].Kind != LandmarkKind::Arrival ||
        !I.getType()->isIntegerTy())
      continue;
    auto *CB = cast<CallBase>(&I);
    unsigned Bits = I.getType()->getIntegerBitWidth();
    bool Datagram = any_of(Info.Landmarks[*Idx].Sockets, [&](unsigned S) {
      return offloadTransport(Info.Sockets[S]) == Transport::UDP;
    });
    APInt Max = APInt::getSignedMaxValue(Bits);
    if (Datagram)
      Max = APInt(Bits, 65535);
    // recv(fd, buf, len, flags), recvfrom(...), read(fd, buf, len) and
    // their fortified forms: without MSG_TRUNC (0x20) the result is at
    // most len. A call without flags (read) has none set.
    std::optional<SocketCall> SC = decodeSocketCall(*CB);
    if (Value *LenArg = SC ? SC->length() : nullptr)
      if (std::optional<uint64_t> Len = evaluateConstantInt(LenArg)) {
        std::optional<uint64_t> Flags =
            SC->Info.Flags < 0 ? std::optional<uint64_t>(0)
            : SC->flags()      ? evaluateConstantInt(SC->flags())
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
            (isa<TruncInst>(Cast) || isa<SExtInst>(Cast) ||
             isa<ZExtInst>(Cast)))
          Work.push_back(
              {Cast, Range.castOp(Cast->getOpcode(),
                                  Cast->getType()->getIntegerBitWidth())});
        continue;
      }
      // clang -O1 merges `n == -1` and `n == 0` into one switch on n: the
      // cases the range excludes are dead edges.
      if (auto *SI = dyn_cast<SwitchInst>(U)) {
        SwitchInstProfUpdateWrapper SIW(*SI);
        for (auto Case = SI->case_begin(); Case != SI->case_end();) {
          if (Range.contains(Case->getCaseValue()->getValue())) {
            ++Case;
            continue;
          }
          Case->getCaseSuccessor()->removePredecessor(SI->getParent());
          Case = SIW.removeCase(Case);
        }
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

PreparedModule PrepareAnalysis::run(Module &M, ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  PreparedModule Result;
  if (!Info.hasServer())
    return Result;
  ArrivalGroups Groups = groupArrivals(Info);
  if (Groups.empty())
    return Result;
  Result.VMap = std::make_unique<ValueToValueMapTy>();
  Result.Working = CloneModule(M, *Result.VMap);
  Result.AM = std::make_unique<AnalysisManagers>();
  Preparer(Info, Limits, Result.AM->FAM, Result)
      .run(*Result.Working, Groups,
           [&](const Value *V) { return Result.VMap->lookup(V); });
  return Result;
}

PreservedAnalyses PreparePass::run(Module &M, ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  if (!Info.hasServer())
    return PreservedAnalyses::all();
  ArrivalGroups Groups = groupArrivals(Info);
  if (Groups.empty())
    return PreservedAnalyses::all();
  PreparedModule Discarded;
  AnalysisManagers AM;
  Preparer(Info, Limits, AM.FAM, Discarded).run(M, Groups, [](const Value *V) {
    return const_cast<Value *>(V);
  });
  return PreservedAnalyses::none();
}

} // namespace koffload
