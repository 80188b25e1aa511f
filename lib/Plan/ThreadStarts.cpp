//===- ThreadStarts.cpp - Threads the program starts itself ---------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/ThreadStarts.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

namespace {

/// libstdc++'s own code (std::thread's constructor, vector::emplace_back):
/// not where the program starts the thread.
bool inStd(const Function &F) { return F.getName().starts_with("_ZNSt"); }

/// The direct calls of \p F.
SmallVector<const CallBase *, 4> directCalls(const Function &F) {
  SmallVector<const CallBase *, 4> Calls;
  for (const User *U : F.users())
    if (const auto *CB = dyn_cast<CallBase>(U);
        CB && CB->getCalledFunction() == &F)
      Calls.push_back(CB);
  return Calls;
}

/// The line in the program's own function: the outermost location of an
/// inlined call.
DebugLoc outermost(DebugLoc DL) {
  while (DL && DL.getInlinedAt())
    DL = DebugLoc(DL.getInlinedAt());
  return DL;
}

/// pthread_create(&t, attr, start, arg), thrd_create(&t, start, arg): the
/// start routine and everything it calls directly run in the new thread.
std::optional<ThreadStart> posixStart(const Module &M, const Function &LoopF) {
  for (const Function &F : M)
    for (const Instruction &I : instructions(F)) {
      const auto *CB = dyn_cast<CallBase>(&I);
      if (!CB)
        continue;
      std::optional<unsigned> StartArg = threadStartOperand(*CB);
      if (!StartArg)
        continue;
      const auto *Start =
          dyn_cast<Function>(CB->getArgOperand(*StartArg)->stripPointerCasts());
      if (Start && reachesByCalls(*Start, LoopF))
        return ThreadStart{CB, directCalleeName(*CB).str(), CB->getDebugLoc()};
    }
  return std::nullopt;
}

/// std::thread: its constructor stores the callable in a state object and
/// calls std::thread::_M_start_thread, whose thread runs the state's
/// virtual _M_run. A lambda (or functor) is called directly from that
/// _M_run; a function pointer is stored into the state where the thread is
/// started, and called through it. So the loop runs in a thread when an
/// _M_run reaches it, or when its address is taken in a function that
/// starts a thread (DINT's `std::thread(run_server, i)`).
std::optional<ThreadStart> stdThreadStart(const Module &M,
                                          const Function &LoopF) {
  SmallVector<const CallBase *, 4> Starts;
  for (const Function &F : M)
    for (const Instruction &I : instructions(F))
      if (const auto *CB = dyn_cast<CallBase>(&I);
          CB &&
          directCalleeName(*CB).starts_with("_ZNSt6thread15_M_start_thread"))
        Starts.push_back(CB);
  if (Starts.empty())
    return std::nullopt;
  // The call in the program's own code that leads to \p Start.
  auto UserCall = [&](const CallBase *Start) {
    const CallBase *At = Start;
    for (unsigned Depth = 0; Depth < 4 && inStd(*At->getFunction()); ++Depth) {
      SmallVector<const CallBase *, 4> Callers =
          directCalls(*At->getFunction());
      if (Callers.empty())
        break;
      At = Callers.back();
    }
    return ThreadStart{At, "std::thread", outermost(At->getDebugLoc())};
  };
  for (const Function &F : M)
    if (!F.isDeclaration() &&
        F.getName().starts_with("_ZNSt6thread11_State_impl") &&
        F.getName().ends_with("6_M_runEv") && reachesByCalls(F, LoopF))
      return UserCall(Starts.front());
  for (const CallBase *Start : Starts) {
    // The functions from which this start is reached, the program's own
    // and libstdc++'s templates between.
    SmallVector<const Function *, 4> Starters{Start->getFunction()};
    for (unsigned I = 0; I < Starters.size() && I < 8; ++I)
      if (inStd(*Starters[I]))
        for (const CallBase *CB : directCalls(*Starters[I]))
          Starters.push_back(CB->getFunction());
    for (const Function *S : Starters)
      for (const Instruction &I : instructions(*S))
        for (const Use &Op : I.operands()) {
          const auto *CB = dyn_cast<CallBase>(&I);
          if (CB && CB->isCallee(&Op))
            continue;
          if (const auto *Fn = dyn_cast<Function>(Op->stripPointerCasts());
              Fn && !Fn->isDeclaration() && reachesByCalls(*Fn, LoopF))
            return UserCall(Start);
        }
  }
  return std::nullopt;
}

} // namespace

std::optional<ThreadStart> threadRunning(const Module &M,
                                         const Function &LoopF) {
  if (std::optional<ThreadStart> T = posixStart(M, LoopF))
    return T;
  return stdThreadStart(M, LoopF);
}

} // namespace koffload
