//===- ThreadStarts.h - Threads the program starts itself -------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Whether an event loop runs in a thread the program starts: the split
// assumes one event-loop thread (the offload does not take the program's
// locks, and the user side is not rewritten for threads), so such a loop
// is a ThreadOrLock blocker at the call that starts the thread.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_THREADSTARTS_H
#define KOFFLOAD_PLAN_THREADSTARTS_H

#include "llvm/IR/DebugLoc.h"

#include <optional>
#include <string>

namespace llvm {
class CallBase;
class Function;
class Module;
} // namespace llvm

namespace koffload {

struct ThreadStart {
  const llvm::CallBase *Call; ///< in the program's own code where known
  std::string Starter;        ///< "pthread_create", "std::thread", ...
  llvm::DebugLoc Loc;         ///< the line in the program's own code
};

/// The start of a thread that runs \p LoopF: pthread_create and
/// thrd_create with their start routine, and std::thread (libstdc++'s
/// _M_start_thread) with the callable its state object runs.
std::optional<ThreadStart> threadRunning(const llvm::Module &M,
                                         const llvm::Function &LoopF);

} // namespace koffload

#endif // KOFFLOAD_PLAN_THREADSTARTS_H
