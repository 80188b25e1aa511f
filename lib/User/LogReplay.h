//===- LogReplay.h - The replays of the offload's log records ---*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The user half of recorded log calls (Support/LogRecords.h): for each log
// site of the offloaded path, a function of the split program that takes
// the site's ring buffer entry and makes the original call -- the same
// function, the same constant format and literals, stdout or stderr as
// the program's own stream (so buffering stays the program's) -- with the
// entry's integers and strings. The runtime calls them through a table
// the program registers before binding (koffload_rt_log_sites,
// runtime/rt/koffload-rt.h).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_USER_LOGREPLAY_H
#define KOFFLOAD_USER_LOGREPLAY_H

#include <utility>

namespace llvm {
class Constant;
class Module;
} // namespace llvm

namespace koffload {

struct Candidate;

/// The replay functions of \p C's log sites, in \p M, and their table:
/// {the table, its length}; {nullptr, 0} when the path logs nothing.
std::pair<llvm::Constant *, unsigned> emitLogReplays(llvm::Module &M,
                                                     const Candidate &C);

} // namespace koffload

#endif // KOFFLOAD_USER_LOGREPLAY_H
