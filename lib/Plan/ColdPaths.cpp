//===- ColdPaths.cpp - Failure reports as cold calls ----------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Without a profile, ω comes from BranchProbabilityInfo's static estimate,
// which splits a branch it knows nothing about 50/50. Servers test each
// request's header and, when it is bad, report and drop it:
//
//     if (hdr.magic != MAGIC) { fprintf(stderr, "Bad packet\n"); continue; }
//
// so every such test halved the weight of the path real requests take, and
// a chain of them put a failure report above the reply. Compilers already
// know these paths are rare; this file hands that knowledge to BPI instead
// of inventing weights of its own:
//
//  - BPI weighs a block that holds a call with the `cold` attribute at
//    about 1/17 of an ordinary sibling (BlockExecWeight::COLD vs DEFAULT),
//    and carries that weight back to the blocks that lead only there. So
//    calls that report a failure are marked `cold` here, from a short table
//    of what C code uses for that by convention: perror, err/errx/warn/
//    warnx (and their v- forms), glibc's error/error_at_line; writes to the
//    standard error stream (fprintf, vfprintf, fputs, fputc, putc, fwrite
//    whose stream is a load of the global `stderr`; dprintf or write to fd
//    2); syslog/vsyslog with a constant priority of LOG_ERR or worse. printf
//    and puts are not in it: stdout is where servers log ordinary requests.
//  - A defined function every way through which passes such a call (a
//    variadic `fail(fmt, ...)` wrapper around vfprintf(stderr, ...): the
//    call post-dominates its entry) is itself a failure report: calls to it
//    are marked too, so the mark holds where the inliner cannot expand the
//    wrapper.
//  - Calls that never return (exit, abort, err, __assert_fail, or anything
//    declared noreturn): BPI already weighs a block ending in `unreachable`
//    after one at almost nothing; they are marked `cold` as well, for the
//    rare noreturn call clang does not follow with `unreachable`.
//  - __builtin_expect: clang emits llvm.expect at -O1 and above (koffload
//    build compiles with -O2 -disable-llvm-passes; at -O0 clang drops the
//    hint) and LowerExpectIntrinsic turns it into branch weights, which BPI
//    reads. The plugin runs before that pass in clang's pipeline, so the
//    working copy runs it itself.
//
// BPI alone is not enough in a server's loop: its weights spread over the
// post-dominator tree, and in an event loop with no exit (`for (;;)`) that
// tree's root is an arbitrary block of the loop, from which the cold
// weight spreads to the branch and to its other side alike (50/50 again).
// So once the working copy's CFG is final, weighColdBranches writes BPI's
// own COLD:DEFAULT weights (0xffff:0xfffff, 1/17 for the cold side) on each
// branch a side of which runs straight into a cold call or `unreachable`,
// and scales a cold side of a branch that already has llvm.expect's weights
// by the same factor. A function with a profile is left alone.
//
// Continue-on-error needs nothing more: the report marks the branch that
// goes back to the loop head cold. A silent `continue` or an error return
// without a report is left to BPI: a filter that drops most traffic looks
// the same.
//
// Error checks of system calls are the exception: a system call's -1 (or
// a NULL FILE *) is its failure whatever the program does next, so the side
// of `fd == -1`, `n < 0`, `f == NULL` (or a switch's negative case) on the
// result of open, read, sendto, fopen, ... gets the same cold weight. BPI's
// own heuristic for such tests (`== -1`, `< 0`, `== NULL` unlikely) gives
// only 12:20, and its loop and cold-block weights take precedence over it
// anyway. A zero result is not a failure (end of file, a timeout); the
// receive's own results are folded by the prepare stage (a request has
// arrived: at least one byte).
//
// One more test BPI weighs 12:20 though its rare side is much rarer: an
// event loop's counter that wraps, as in a chat server's
// `clients[last++] = from; for (i = 0; i < last; i++) send(...)` with an
// unsigned char `last`: the loop is skipped once every 256 messages, when
// `last` wraps to 0. ScalarEvolution knows the counter (an add recurrence
// of the event loop); a test that singles out one of its values gets
// weights of 1 to the period minus one.
//
// With a profile none of this matters: clang's branch weights from the
// counts take precedence (PathUtils' edgeProbability).
//
// The marks are on the working copy only; the program is not changed.
//
//===----------------------------------------------------------------------===//

#include "Plan/ColdPaths.h"
#include "Plan/PathUtils.h"
#include "Support/KernelModel.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/PostDominators.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/ConstantRange.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/ProfDataUtils.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/Scalar/LowerExpectIntrinsic.h"

using namespace llvm;

namespace koffload {

/// True for the value of the C `stderr` stream: a load of the global.
static bool isStderr(const Value *V) {
  auto *Load = dyn_cast<LoadInst>(V->stripPointerCasts());
  if (!Load)
    return false;
  auto *GV = dyn_cast<GlobalVariable>(
      Load->getPointerOperand()->stripPointerCasts());
  return GV && GV->getName() == "stderr";
}

namespace {
/// How a library call reports a failure.
enum class Report { None, Always, StreamArg0, StreamArg1, StreamArg3, Fd2,
                    SyslogPriority };
} // namespace

/// True when \p CB reports a failure by the conventions of C libraries.
static bool isLibraryFailureReport(const CallBase &CB) {
  const Function *F = CB.getCalledFunction();
  if (!F || !F->isDeclaration())
    return false;
  StringRef Name = F->getName();
  // _FORTIFY_SOURCE spellings keep the stream, fd or priority first:
  // __fprintf_chk(stream, flag, fmt, ...), __syslog_chk(pri, flag, ...).
  if (Name.starts_with("__") && Name.ends_with("_chk"))
    Name = Name.drop_front(2).drop_back(4);
  Report R = StringSwitch<Report>(Name)
                 .Cases("perror", "err", "errx", "verr", "verrx", "warn",
                        "warnx", "vwarn", "vwarnx", Report::Always)
                 .Cases("error", "error_at_line", "herror", Report::Always)
                 .Cases("fprintf", "vfprintf", Report::StreamArg0)
                 .Cases("fputs", "fputc", "putc", Report::StreamArg1)
                 .Case("fwrite", Report::StreamArg3)
                 .Cases("dprintf", "vdprintf", "write", Report::Fd2)
                 .Cases("syslog", "vsyslog", Report::SyslogPriority)
                 .Default(Report::None);
  auto Arg = [&](unsigned I) -> const Value * {
    return I < CB.arg_size() ? CB.getArgOperand(I) : nullptr;
  };
  auto *First = dyn_cast_or_null<ConstantInt>(Arg(0));
  switch (R) {
  case Report::None:
    return false;
  case Report::Always:
    return true;
  case Report::StreamArg0:
    return Arg(0) && isStderr(Arg(0));
  case Report::StreamArg1:
    return Arg(1) && isStderr(Arg(1));
  case Report::StreamArg3:
    return Arg(3) && isStderr(Arg(3));
  case Report::Fd2:
    return First && First->getZExtValue() == 2;
  case Report::SyslogPriority:
    // LOG_EMERG 0 ... LOG_ERR 3 in the low three bits; the rest is the
    // facility.
    return First && (First->getZExtValue() & 7) <= 3;
  }
  llvm_unreachable("unknown report kind");
}

/// True when every way through \p F passes a cold call: F always reports
/// (or never returns). A function that may loop forever without one (a
/// server's loop with an exit(1) on errors) is not a report.
static bool alwaysReports(Function &F) {
  if (F.isDeclaration())
    return false;
  PostDominatorTree PDT(F);
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (auto *CB = dyn_cast<CallBase>(&I);
          CB && CB->hasFnAttr(Attribute::Cold) &&
          PDT.dominates(&BB, &F.getEntryBlock()))
        return true;
  return false;
}

unsigned markColdPaths(Module &M) {
  unsigned Marked = 0;
  auto Mark = [&](CallBase &CB) {
    if (CB.hasFnAttr(Attribute::Cold))
      return false;
    CB.addFnAttr(Attribute::Cold);
    ++Marked;
    return true;
  };
  for (Function &F : M)
    for (Instruction &I : instructions(F))
      if (auto *CB = dyn_cast<CallBase>(&I))
        if (!isa<IntrinsicInst>(CB) &&
            (CB->doesNotReturn() || isLibraryFailureReport(*CB)))
          Mark(*CB);
  // Wrappers: a function that always reports makes its callers' calls
  // reports, up to a few levels of wrappers.
  SmallPtrSet<const Function *, 8> Reporters;
  for (unsigned Round = 0; Round < 4; ++Round) {
    bool Changed = false;
    for (Function &F : M)
      if (!Reporters.contains(&F) && alwaysReports(F)) {
        Reporters.insert(&F);
        Changed = true;
      }
    if (!Changed)
      break;
    for (Function &F : M)
      for (Instruction &I : instructions(F))
        if (auto *CB = dyn_cast<CallBase>(&I))
          if (Function *Callee = CB->getCalledFunction();
              Callee && Reporters.contains(Callee))
            Mark(*CB);
  }
  // __builtin_expect, as clang's own pipeline would lower it.
  FunctionAnalysisManager FAM;
  LowerExpectIntrinsicPass Lower;
  for (Function &F : M)
    if (!F.isDeclaration())
      Lower.run(F, FAM);
  return Marked;
}

/// True when the successor \p S of a branch leads only to a failure report:
/// it, or the straight line of blocks it starts, holds a cold call or ends
/// in `unreachable`.
static bool isColdSuccessor(const BasicBlock *S) {
  for (unsigned Depth = 0; S && Depth < 8; ++Depth) {
    if (isa<UnreachableInst>(S->getTerminator()))
      return true;
    for (const Instruction &I : *S)
      if (auto *CB = dyn_cast<CallBase>(&I);
          CB && CB->hasFnAttr(Attribute::Cold))
        return true;
    S = S->getSingleSuccessor();
    if (S && !S->getSinglePredecessor())
      return false;
  }
  return false;
}

/// The system call whose result \p V is (through integer casts), if any:
/// a call of the libc model's SystemCall functions (KernelModel.h).
static const CallBase *systemCallResult(const Value *V) {
  while (isa<TruncInst>(V) || isa<SExtInst>(V) || isa<ZExtInst>(V))
    V = cast<CastInst>(V)->getOperand(0);
  auto *CB = dyn_cast<CallBase>(V);
  const Function *Callee = CB ? CB->getCalledFunction() : nullptr;
  if (!Callee || !Callee->isDeclaration())
    return nullptr;
  StringRef Name = Callee->getName();
  if (Name.starts_with("__") && Name.ends_with("_chk"))
    Name = Name.drop_front(2).drop_back(4);
  std::optional<LibcFunction> L = lookupLibc(Name);
  if (!L && Name.ends_with("64"))
    L = lookupLibc(Name.drop_back(2));
  return L && L->Block == LibcBlock::SystemCall ? CB : nullptr;
}

/// recv, recvfrom, recvmsg (and their fortified forms): a datagram's
/// length. (Not read: a short read of a file is no malformed request.)
static bool isReceive(const CallBase &CB) {
  StringRef Name = directCalleeName(CB);
  return Name == "recv" || Name == "recvfrom" || Name == "recvmsg";
}

/// A header longer than this is not a length check's threshold.
static constexpr uint64_t MaxHeaderBytes = 64;

/// For each successor of \p T: true when taking it means a system call
/// failed (its result is negative, or a NULL pointer), or a receive
/// returned fewer bytes than a header.
static SmallVector<bool, 4> failedSystemCallSides(const Instruction *T) {
  SmallVector<bool, 4> Failed(T->getNumSuccessors(), false);
  if (auto *SI = dyn_cast<SwitchInst>(T)) {
    if (systemCallResult(SI->getCondition()))
      for (auto Case : SI->cases())
        if (Case.getCaseValue()->isNegative())
          Failed[Case.getSuccessorIndex()] = true;
    return Failed;
  }
  auto *Br = dyn_cast<BranchInst>(T);
  auto *Cmp = Br && Br->isConditional()
                  ? dyn_cast<ICmpInst>(Br->getCondition())
                  : nullptr;
  if (!Cmp)
    return Failed;
  ICmpInst::Predicate Pred = Cmp->getPredicate();
  const Value *Result = Cmp->getOperand(0);
  auto *C = dyn_cast<Constant>(Cmp->getOperand(1));
  if (!systemCallResult(Result)) {
    Result = Cmp->getOperand(1);
    C = dyn_cast<Constant>(Cmp->getOperand(0));
    Pred = ICmpInst::getSwappedPredicate(Pred);
  }
  if (!C || !systemCallResult(Result))
    return Failed;
  // Which side holds exactly the failures: the region of results for which
  // the test is true, or its complement, within the negative numbers.
  std::optional<bool> FailedWhen;
  if (Result->getType()->isPointerTy()) {
    if (C->isNullValue() && ICmpInst::isEquality(Pred))
      FailedWhen = Pred == ICmpInst::ICMP_EQ;
  } else if (auto *CI = dyn_cast<ConstantInt>(C)) {
    unsigned Bits = CI->getBitWidth();
    ConstantRange Negative(APInt::getSignedMinValue(Bits),
                           APInt::getZero(Bits));
    ConstantRange True =
        ConstantRange::makeExactICmpRegion(Pred, CI->getValue());
    if (!True.isEmptySet() && Negative.contains(True))
      FailedWhen = true;
    else if (!True.isFullSet() && Negative.contains(True.inverse()))
      FailedWhen = false;
  }
  // A receive's result against a small length (`if (res > 8)`, memcached's
  // frame header): the side where fewer bytes came than a header holds is
  // a malformed datagram, as rare as a failure. (`n > 0` is not one: an
  // empty datagram is left to userspace before the fast path starts.)
  if (auto *CI = dyn_cast<ConstantInt>(C);
      !FailedWhen && CI && ICmpInst::isRelational(Pred) &&
      isReceive(*systemCallResult(Result)) && CI->getValue().sge(1) &&
      CI->getValue().ult(MaxHeaderBytes)) {
    unsigned Bits = CI->getBitWidth();
    ConstantRange Short(APInt::getSignedMinValue(Bits), CI->getValue() + 1);
    ConstantRange True =
        ConstantRange::makeExactICmpRegion(Pred, CI->getValue());
    if (!True.isEmptySet() && Short.contains(True))
      FailedWhen = true;
    else if (!True.isFullSet() && Short.contains(True.inverse()))
      FailedWhen = false;
  }
  if (FailedWhen)
    Failed[*FailedWhen ? 0 : 1] = true;
  return Failed;
}

/// The side of \p T taken only when an event loop's counter has one value,
/// and how many requests apart that value comes round: `last++` into an
/// unsigned char is 0 again once every 256 requests. ScalarEvolution sees
/// the counter as an add recurrence of the event loop (through the
/// widening casts C's promotions add); the test, mapped back to the
/// counter's own width, singles out one value or all values but one.
static std::optional<std::pair<unsigned, uint64_t>>
counterWrapSide(const Instruction *T, ScalarEvolution &SE) {
  auto *Br = dyn_cast<BranchInst>(T);
  auto *Cmp = Br && Br->isConditional() ? dyn_cast<ICmpInst>(Br->getCondition())
                                        : nullptr;
  if (!Cmp || !Cmp->getOperand(0)->getType()->isIntegerTy())
    return std::nullopt;
  ICmpInst::Predicate Pred = Cmp->getPredicate();
  Value *X = Cmp->getOperand(0);
  auto *C = dyn_cast<ConstantInt>(Cmp->getOperand(1));
  if (!C) {
    X = Cmp->getOperand(1);
    C = dyn_cast<ConstantInt>(Cmp->getOperand(0));
    Pred = ICmpInst::getSwappedPredicate(Pred);
  }
  if (!C)
    return std::nullopt;
  // The values of X for which the test is true, narrowed through casts.
  ConstantRange True = ConstantRange::makeExactICmpRegion(Pred, C->getValue());
  while (isa<ZExtInst>(X) || isa<SExtInst>(X)) {
    auto *Cast = cast<CastInst>(X);
    unsigned Narrow = Cast->getSrcTy()->getIntegerBitWidth();
    unsigned Wide = Cast->getDestTy()->getIntegerBitWidth();
    ConstantRange Image = isa<ZExtInst>(Cast)
                              ? ConstantRange::getFull(Narrow).zeroExtend(Wide)
                              : ConstantRange::getFull(Narrow).signExtend(Wide);
    True = True.intersectWith(Image).truncate(Narrow);
    X = Cast->getOperand(0);
  }
  unsigned Side;
  if (True.isSingleElement())
    Side = 0;
  else if (True.inverse().isSingleElement())
    Side = 1;
  else
    return std::nullopt;
  auto *AR = dyn_cast<SCEVAddRecExpr>(SE.getSCEV(X));
  if (!AR || !AR->isAffine() || !AR->getLoop()->contains(T->getParent()))
    return std::nullopt;
  auto *Step = dyn_cast<SCEVConstant>(AR->getStepRecurrence(SE));
  if (!Step || Step->getAPInt().isZero())
    return std::nullopt;
  // An event loop: it holds its wait (or blocking receive).
  bool EventLoop = any_of(AR->getLoop()->blocks(), [](const BasicBlock *BB) {
    return any_of(*BB, [](const Instruction &I) {
      return I.getMetadata(WaitMDKind) != nullptr;
    });
  });
  if (!EventLoop)
    return std::nullopt;
  unsigned Bits =
      Step->getAPInt().getBitWidth() - Step->getAPInt().countr_zero();
  return std::make_pair(Side, Bits >= 63 ? ~uint64_t(0) : uint64_t(1) << Bits);
}

unsigned weighColdBranches(Function &F) {
  // BPI's COLD and DEFAULT block weights (BranchProbabilityInfo.h).
  constexpr uint32_t Cold = 0xffff, Default = 0xfffff;
  if (F.hasProfileData())
    return 0;
  unsigned Weighed = 0;
  DominatorTree DT(F);
  LoopInfo LI(DT);
  TargetLibraryInfoImpl TLII(Triple(F.getParent()->getTargetTriple()));
  TargetLibraryInfo TLI(TLII, &F);
  AssumptionCache AC(F);
  ScalarEvolution SE(F, TLI, AC, DT, LI);
  for (BasicBlock &BB : F) {
    Instruction *T = BB.getTerminator();
    unsigned N = T->getNumSuccessors();
    if (N < 2 || !(isa<BranchInst>(T) || isa<SwitchInst>(T)))
      continue;
    SmallVector<bool, 4> IsCold = failedSystemCallSides(T);
    for (unsigned I = 0; I < N; ++I)
      IsCold[I] = IsCold[I] || isColdSuccessor(T->getSuccessor(I));
    if (none_of(IsCold, [](bool C) { return C; })) {
      // A counter's wrap: once per period of requests, unless the program
      // said otherwise with llvm.expect.
      if (auto Wrap = counterWrapSide(T, SE); Wrap && !hasProfMD(*T)) {
        uint32_t Other =
            uint32_t(std::min<uint64_t>(Wrap->second - 1, Default));
        setBranchWeights(
            *T, {Wrap->first == 0 ? 1u : Other, Wrap->first == 0 ? Other : 1u},
            /*IsExpected=*/false);
        ++Weighed;
      }
      continue;
    }
    if (all_of(IsCold, [](bool C) { return C; }))
      continue;
    SmallVector<uint32_t, 4> Weights;
    if (extractBranchWeights(*T, Weights) && Weights.size() == N) {
      // llvm.expect's weights: a cold successor weighs as much less again.
      for (unsigned I = 0; I < N; ++I)
        if (IsCold[I])
          Weights[I] = std::max<uint32_t>(
              1, uint64_t(Weights[I]) * Cold / Default);
    } else {
      Weights.clear();
      for (unsigned I = 0; I < N; ++I)
        Weights.push_back(IsCold[I] ? Cold : Default);
    }
    setBranchWeights(*T, Weights, /*IsExpected=*/false);
    ++Weighed;
  }
  return Weighed;
}

} // namespace koffload
