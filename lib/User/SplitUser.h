//===- SplitUser.h - The user half of a split -------------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Makes the program the user half of a split: it carries its offload (the
// verified BPF object, embedded) and, after bind()ing the offloaded socket,
// asks the runtime (runtime/rt/koffload-rt.h, koffload_rt_bound) to load and
// attach it, having told it the plan's rho (koffload_rt_set_rho), which the
// adaptive runtime weighs the measured omega against. The globals it shares with the offload and writes after
// start-up are reached through a pointer each, which the runtime turns to
// the map memory the kernel sees (seeded with the values they have then);
// requests handled in userspace take the record protocol's sequence words
// of the record globals they may write (koffload_rt_request_begin/end
// around each request). The program stays complete: if the offload does
// not run, nothing changes.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_USER_SPLITUSER_H
#define KOFFLOAD_USER_SPLITUSER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

namespace llvm {
class Module;
} // namespace llvm

namespace koffload {

struct Candidate;
class LandmarkInfo;

/// Rewrites \p M (the original module, not the planner's working copy) as
/// described above, with \p Object embedded.
llvm::Error splitUserModule(llvm::Module &M, const Candidate &C,
                            const LandmarkInfo &Info,
                            llvm::ArrayRef<char> Object);

} // namespace koffload

#endif // KOFFLOAD_USER_SPLITUSER_H
