//===- Feasibility.cpp - Can an instruction run under the verifier? -------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/Feasibility.h"
#include "Plan/HeapRoots.h"
#include "Support/FormatSpec.h"
#include "Plan/TableLoads.h"
#include "Support/Names.h"
#include "Support/KernelModel.h"
#include "Support/LogRecords.h"
#include "Support/ValueSources.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace koffload {

StringRef blockerName(Blocker B) {
  switch (B) {
  case Blocker::BlockingIO:
    return "BlockingIO";
  case Blocker::NoBPFEquivalent:
    return "NoBPFEquivalent";
  case Blocker::UnknownExternal:
    return "UnknownExternal";
  case Blocker::FloatingPoint:
    return "FloatingPoint";
  case Blocker::IndirectCall:
    return "IndirectCall";
  case Blocker::Recursion:
    return "Recursion";
  case Blocker::InlineBudget:
    return "InlineBudget";
  case Blocker::UnboundedLoop:
    return "UnboundedLoop";
  case Blocker::DynamicStack:
    return "DynamicStack";
  case Blocker::MultipleReplies:
    return "MultipleReplies";
  case Blocker::ReplyElsewhere:
    return "ReplyElsewhere";
  case Blocker::PointerInSharedState:
    return "PointerInSharedState";
  case Blocker::WideIntegerArith:
    return "WideIntegerArith";
  case Blocker::ThreadOrLock:
    return "ThreadOrLock";
  case Blocker::InlineAsm:
    return "InlineAsm";
  case Blocker::Exceptions:
    return "Exceptions";
  case Blocker::PreArrivalState:
    return "PreArrivalState";
  case Blocker::LeavesEventLoop:
    return "LeavesEventLoop";
  case Blocker::UnrestorableWrite:
    return "UnrestorableWrite";
  case Blocker::SignedDivision:
    return "SignedDivision";
  case Blocker::NotInBPFLibc:
    return "NotInBPFLibc";
  case Blocker::NotGenerated:
    return "NotGenerated";
  case Blocker::UnreadClock:
    return "UnreadClock";
  }
  llvm_unreachable("unknown blocker");
}

StringRef blockerAdvice(Blocker B) {
  switch (B) {
  case Blocker::BlockingIO:
    return "system calls cannot run in the kernel fast path; keep them on "
           "a slow path or defer them to a background thread";
  case Blocker::NoBPFEquivalent:
    return "this libc call has no BPF equivalent; move it off the hot path";
  case Blocker::UnknownExternal:
    return "koffload cannot see this function's body; define it in the "
           "program or move the call off the hot path";
  case Blocker::FloatingPoint:
    return "BPF has no floating point; use fixed-point integers";
  case Blocker::IndirectCall:
    return "call through a constant function table or a switch instead";
  case Blocker::Recursion:
    return "BPF has no recursion; rewrite as a bounded loop";
  case Blocker::InlineBudget:
    return "the callee is larger than the request-path budget";
  case Blocker::UnboundedLoop:
    return "the loop has no exit; give it a bound";
  case Blocker::DynamicStack:
    return "use a fixed-size buffer instead of a run-time sized one";
  case Blocker::MultipleReplies:
    return "a request may get more than one reply; only single-reply paths "
           "are offloaded";
  case Blocker::ReplyElsewhere:
    return "the reply does not go to the request's source on its socket";
  case Blocker::PointerInSharedState:
    return "pointers stored in shared state mean nothing on the other side";
  case Blocker::WideIntegerArith:
    return "128-bit multiply/divide is not supported by the BPF backend";
  case Blocker::ThreadOrLock:
    return "threads and locks do not exist in the kernel fast path";
  case Blocker::InlineAsm:
    return "host assembly cannot run as BPF";
  case Blocker::Exceptions:
    return "exception handling cannot run as BPF";
  case Blocker::PreArrivalState:
    return "the request path uses a value computed in the loop before the "
           "receive, which the kernel does not have";
  case Blocker::LeavesEventLoop:
    return "the path leaves the event loop";
  case Blocker::SignedDivision:
    return "BPF (v3) divides unsigned only: divide unsigned values (or by "
           "a constant) on the hot path";
  case Blocker::NotGenerated:
    return "the kernel generator does not produce this request path yet "
           "(docs/architecture.md lists its limits)";
  case Blocker::UnreadClock:
    return "the offload reads CLOCK_REALTIME, CLOCK_TAI, CLOCK_MONOTONIC "
           "and CLOCK_BOOTTIME only (BPF helpers, and an offset for the wall "
           "clock): read one of those on the hot path, or keep the read off "
           "it";
  case Blocker::NotInBPFLibc:
    return "the BPF libc does not implement this call (runtime/README.md "
           "says why); move it off the hot path";
  case Blocker::UnrestorableWrite:
    return "a request that falls back after this write would apply it "
           "twice, and the offload can undo only single stores and small "
           "fixed-size copies outside loops: build the value in a local "
           "and store it once, after the loop";
  }
  llvm_unreachable("unknown blocker");
}

Classification classifyLibcCall(StringRef Name) {
  // One table for the planner and the generator (Support/KernelModel.h).
  Classification C;
  C.Detail = Name.str();
  std::optional<LibcFunction> F = lookupLibc(Name);
  if (!F) {
    C.Block = Blocker::UnknownExternal;
    C.Detail = sourceName(Name); // "operator new(unsigned long)", not _Znwm
    return C;
  }
  switch (F->Lowering) {
  case LibcLowering::BPFLibc:
  case LibcLowering::Inline:
    C.Form = KernelForm::BoundedLibc;
    return C;
  case LibcLowering::Helper:
    C.Form = KernelForm::KernelHelper;
    return C;
  case LibcLowering::Recorded:
    C.Form = KernelForm::RecordedCall;
    return C;
  case LibcLowering::Blocked:
    break;
  }
  switch (F->Block) {
  case LibcBlock::SystemCall:
    C.Block = Blocker::BlockingIO;
    break;
  case LibcBlock::UnreadClock:
    C.Block = Blocker::UnreadClock;
    break;
  case LibcBlock::NotInBPFLibc:
  case LibcBlock::NotIntrinsic:
    C.Block = Blocker::NotInBPFLibc;
    break;
  case LibcBlock::ThreadOrLock:
    C.Block = Blocker::ThreadOrLock;
    break;
  case LibcBlock::Exceptions:
    C.Block = Blocker::Exceptions;
    break;
  case LibcBlock::None:
  case LibcBlock::NoEquivalent:
    C.Block = Blocker::NoBPFEquivalent;
    if (!F->Reason.empty()) // perror: why errno has no value there
      C.Detail = (Name + " (" + F->Reason + ")").str();
    break;
  }
  return C;
}

static bool isWideArith(const Instruction &I) {
  switch (I.getOpcode()) {
  case Instruction::Mul:
  case Instruction::UDiv:
  case Instruction::SDiv:
  case Instruction::URem:
  case Instruction::SRem:
    return I.getType()->isIntegerTy() &&
           I.getType()->getIntegerBitWidth() > 64;
  default:
    return false;
  }
}

static bool touchesFloatingPoint(const Instruction &I) {
  if (I.getType()->isFPOrFPVectorTy())
    return true;
  if (isa<StoreInst>(I))
    return cast<StoreInst>(I).getValueOperand()->getType()->isFPOrFPVectorTy();
  if (isa<CallBase>(I))
    return false; // arguments are checked where they are computed
  for (const Use &Op : I.operands())
    if (Op->getType()->isFPOrFPVectorTy())
      return true;
  return false;
}

Classification classifyInstruction(const Instruction &I,
                                   const FeasibilityContext &Ctx) {
  Classification C;
  auto Block = [&](Blocker B, StringRef Detail = "") {
    C.Block = B;
    C.Detail = Detail.str();
    return C;
  };

  if (auto *Invoke = dyn_cast<InvokeInst>(&I))
    return Block(Blocker::Exceptions,
                 Invoke->getCalledFunction()
                     ? Invoke->getCalledFunction()->getName()
                     : "invoke");
  if (isa<LandingPadInst>(I))
    return Block(Blocker::Exceptions, "landingpad");
  if (isa<ResumeInst>(I))
    return Block(Blocker::Exceptions, "resume");
  if (isa<CatchPadInst>(I) || isa<CleanupPadInst>(I))
    return Block(Blocker::Exceptions);
  if (touchesFloatingPoint(I))
    return Block(Blocker::FloatingPoint);
  if (isWideArith(I))
    return Block(Blocker::WideIntegerArith);
  // By a constant, the optimizer turns it into multiplies and shifts.
  if (auto *BO = dyn_cast<BinaryOperator>(&I);
      BO &&
      (BO->getOpcode() == Instruction::SDiv ||
       BO->getOpcode() == Instruction::SRem) &&
      !isa<Constant>(BO->getOperand(1)))
    return Block(Blocker::SignedDivision);
  if (auto *AI = dyn_cast<AllocaInst>(&I))
    if (!AI->isStaticAlloca() && !isa<ConstantInt>(AI->getArraySize()))
      return Block(Blocker::DynamicStack);
  // A pointer stored into a global: only one the program kept in memory
  // itself (a node's next, moved to a list head) means the same on the
  // other side.
  if (auto *SI = dyn_cast<StoreInst>(&I))
    if (SI->getValueOperand()->getType()->isPointerTy() &&
        isa<GlobalVariable>(getUnderlyingObject(SI->getPointerOperand())) &&
        !isStoredPointer(SI->getValueOperand()))
      return Block(Blocker::PointerInSharedState,
                   getUnderlyingObject(SI->getPointerOperand())->getName());
  // Memory reached through a pointer the program keeps in a global (a
  // table calloc'd or new'd at start-up, DINT's kvs): the split serves the
  // program's allocations from a heap it shares with the offload, which
  // follows the pointer there (Plan/HeapRoots.h). A pointer the program
  // sets to something else (a global's or a local's address) is a
  // userspace address the offload cannot follow. Tables of pointers never
  // stored to (pointers to literals) stay: what they point to is constant
  // data.
  if (const Value *Addr = getLoadStorePointerOperand(&I))
    if (const GlobalVariable *GV = heapRootOf(Addr))
      if (std::optional<std::string> Where = nonHeapPointerStore(*GV)) {
        return Block(Blocker::PointerInSharedState,
                     "memory through the pointer in '" +
                         sourceName(GV->getName()) +
                         "' (set to other than memory the program "
                         "allocated " + *Where + ")");
      }

  auto *CB = dyn_cast<CallBase>(&I);
  if (!CB || Ctx.LandmarkCalls.contains(&I))
    return C;
  // inet_ntoa of an address a log call records: the replay calls it.
  if (replayedForLogCalls(I))
    return C;
  if (CB->isInlineAsm())
    return Block(Blocker::InlineAsm);

  if (auto *II = dyn_cast<IntrinsicInst>(CB)) {
    switch (II->getIntrinsicID()) {
    case Intrinsic::memcpy:
    case Intrinsic::memmove:
    case Intrinsic::memset:
      if (!isa<ConstantInt>(II->getArgOperand(2))) {
        // Named as the program wrote it: "memcpy", not the overload.
        C.Form = KernelForm::BoundedLibc;
        C.Detail = Intrinsic::getBaseName(II->getIntrinsicID())
                       .drop_front(strlen("llvm."))
                       .str();
      }
      return C;
    case Intrinsic::trap:
    case Intrinsic::debugtrap:
      return Block(Blocker::NoBPFEquivalent, "llvm.trap");
    default:
      // stacksave/stackrestore included: the inliner brackets every call
      // of a function with a run-time sized alloca with them; the alloca
      // itself is the blocker.
      return C; // debug info, lifetime markers, bswap, min/max, ...
    }
  }
  Function *Callee = CB->getCalledFunction();
  if (!Callee) {
    if (auto *CI = dyn_cast<CallInst>(CB)) {
      TableLoad T = tableCallTargets(*CI);
      if (T.Table) {
        C.Form = KernelForm::DevirtualisedCall;
        C.Detail = ("call through " + T.Table->getName()).str();
        return C;
      }
      if (!T.Why.empty())
        return Block(Blocker::IndirectCall, "through " + T.Why);
    }
    // Name the function pointer when it is a global or a field of one.
    if (auto *Load = dyn_cast<LoadInst>(
            CB->getCalledOperand()->stripPointerCasts()))
      if (auto *GV = dyn_cast<GlobalVariable>(
              getUnderlyingObject(Load->getPointerOperand())))
        return Block(Blocker::IndirectCall, ("through " + GV->getName()).str());
    return Block(Blocker::IndirectCall);
  }
  if (Ctx.Recursive.contains(Callee))
    return Block(Blocker::Recursion, Callee->getName());
  if (!Callee->isDeclaration())
    return Block(Blocker::InlineBudget, Callee->getName());
  Classification L = classifyLibcCall(directCalleeName(*CB));
  if (L.Form == KernelForm::KernelHelper && L.Detail == "clock_gettime") {
    // Only these clocks have a BPF helper: bpf_ktime_get_ns (the monotonic
    // clock), bpf_ktime_get_boot_ns and bpf_ktime_get_tai_ns; the wall
    // clock is TAI plus an offset the runtime publishes
    // (Kernel/XDPClock.cpp). CLOCK_MONOTONIC_RAW (not adjusted by NTP),
    // the coarse clocks and the CPU-time clocks have none. A clock read
    // does not block: say which clock.
    std::optional<uint64_t> Clock =
        CB->arg_size() ? evaluateConstantInt(CB->getArgOperand(0))
                       : std::nullopt;
    if (!Clock || (*Clock != 0 /*CLOCK_REALTIME*/ &&
                   *Clock != 1 /*CLOCK_MONOTONIC*/ &&
                   *Clock != 7 /*CLOCK_BOOTTIME*/ && *Clock != 11 /*TAI*/))
      return Block(Blocker::UnreadClock,
                   !Clock      ? "clock_gettime of a clock chosen at run time"
                   : *Clock == 4
                       ? "clock_gettime(CLOCK_MONOTONIC_RAW)"
                       : ("clock_gettime of clock " + Twine(*Clock)).str());
  }
  // glibc fills a timezone with zeros; the offload writes only the time.
  if (L.Form == KernelForm::KernelHelper && L.Detail == "gettimeofday" &&
      (CB->arg_size() != 2 || !isa<ConstantPointerNull>(CB->getArgOperand(1))))
    return Block(Blocker::UnreadClock, "gettimeofday with a timezone");
  // A log call is recorded only in the shapes the replay can make again
  // (Support/LogRecords.cpp, which the generator asks too).
  if (L.Form == KernelForm::RecordedCall)
    if (Expected<LogCallShape> Shape = recordedLogCall(*CB); !Shape) {
      // To a file: I/O, as any write to one.
      if (logsToOtherStream(*CB)) {
        consumeError(Shape.takeError());
        return Block(Blocker::BlockingIO, L.Detail);
      }
      return Block(Blocker::NoBPFEquivalent, toString(Shape.takeError()));
    }
  // sprintf/snprintf: the format is specialised at compile time; what it
  // cannot be (a variable format, %f, ...) is named, as the generator
  // would name it (Support/FormatSpec.h).
  if (L.isFeasible() && isFormatCallName(L.Detail))
    if (std::optional<std::string> Why = formatCallBlocker(*CB))
      return Block(Blocker::NotInBPFLibc, *Why);
  // An argument the BPF libc needs as a literal (strspn's set, made a bit
  // map at compile time): the generator refuses anything else.
  if (std::optional<LibcFunction> F = lookupLibc(L.Detail);
      L.isFeasible() && F && F->LiteralArg >= 0) {
    StringRef Literal;
    if (unsigned(F->LiteralArg) >= CB->arg_size() ||
        !getConstantStringInfo(CB->getArgOperand(F->LiteralArg), Literal))
      return Block(Blocker::NotInBPFLibc,
                   L.Detail + " with a " +
                       (F->MaxLiteral ? "needle" : "set") +
                       " that is not a string literal");
    if (F->MaxLiteral && Literal.size() > F->MaxLiteral)
      return Block(Blocker::NotInBPFLibc,
                   L.Detail + " with a needle longer than " +
                       std::to_string(F->MaxLiteral) + " bytes");
  }
  // C23's strto* also take "0b" prefixes in bases 0 and 2; the BPF libc's
  // do not (the generator refuses these calls: BPFLibc.cpp).
  if (L.isFeasible() && Callee->getName().starts_with("__isoc23_strto")) {
    auto *Base = CB->arg_size() == 3
                     ? dyn_cast<ConstantInt>(CB->getArgOperand(2))
                     : nullptr;
    if (!Base || Base->isZero() || Base->equalsInt(2))
      return Block(Blocker::NotInBPFLibc,
                   (Callee->getName() + " with base 0, 2 or a variable base")
                       .str());
  }
  // A library call the kernel runs reading or writing there
  // (strlen(ep->name) of a table written at start-up) cannot follow the
  // pointer: the BPF libc reads maps and the packet, not the heap
  // (Kernel/BPFHeapAccesses.cpp refuses it).
  if (L.isFeasible())
    for (const Use &Arg : CB->args())
      if (Arg->getType()->isPointerTy())
        if (const GlobalVariable *GV = heapRootOf(Arg))
          return Block(Blocker::PointerInSharedState,
                       "memory through the pointer in '" +
                           sourceName(GV->getName()) +
                           "', read by the C library");
  return L;
}

} // namespace koffload
