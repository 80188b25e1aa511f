//===- LogCalls.h - A log function's level test before its call -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Part of the prepare stage (Prepare.h): a call the inliner refuses (a
// variadic log function, a helper over the budget) often returns at once
// when a test fails (`if (level > log_level) return;`). LogCalls.cpp copies
// that test in front of the call, so that the call, and the fallback it
// means, stays only where the function would do something.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_LOGCALLS_H
#define KOFFLOAD_PLAN_LOGCALLS_H

namespace llvm {
class CallBase;
} // namespace llvm

namespace koffload {

/// When \p CB's callee starts with a test free of side effects that can
/// return at once (at most \p MaxTest instructions, no loops), copies the
/// test in front of \p CB, which then runs only on the test's other side.
/// \p CB stays the same call (in a block of its own). Returns whether it
/// did.
bool guardByEarlyReturn(llvm::CallBase &CB, unsigned MaxTest = 32);

} // namespace koffload

#endif // KOFFLOAD_PLAN_LOGCALLS_H
