//===- StaleLocals.h - Locals a request reads from before it ----*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A local of the event loop's function (an array or struct the optimiser
// kept in memory) that the request path reads, but that was written
// before the receive — at start-up (a reply prefix copied from argv, a
// hello received before the loop) or by an earlier request outside the
// path — holds bytes the kernel does not have: the offload's copy of the
// local starts empty. Such a read is state from before the receive
// (PreArrivalState), unless the request itself writes the bytes first (a
// write on the path that dominates the read) or the receive fills them
// (the buffer, the source address and its length, through a msghdr), or
// the program set them once before its loop from a constant and never
// writes them in it (`char quit[] = "quit"`: the offload's copy starts
// with those bytes).
// Reads that only become the fd of a receive or a reply, and objects the
// loop's wait fills (epoll events, pollfds), are not request state.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_STALELOCALS_H
#define KOFFLOAD_PLAN_STALELOCALS_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <string>
#include <utility>

namespace llvm {
class AllocaInst;
class Instruction;
class Value;
} // namespace llvm

namespace koffload {

struct RequestPath;

/// The reads on \p P's region of locals whose bytes may come from before
/// the request, with the local read; at most one read per local, the
/// first in the region's order.
/// \p OnlyFd tells a value that only becomes a landmark's fd.
llvm::SmallVector<std::pair<llvm::Instruction *, llvm::AllocaInst *>, 2>
staleLocalReads(const RequestPath &P,
                llvm::function_ref<bool(llvm::Value *)> OnlyFd);

/// The writes on \p P's region to locals that carry bytes from one request
/// to the next (some turn of the event loop reads them before writing
/// them: a table of clients in a local of main): the offload writes its
/// own copy, so a later request served in userspace would miss the write.
/// At most one write per local.
llvm::SmallVector<std::pair<llvm::Instruction *, llvm::AllocaInst *>, 2>
carriedLocalWrites(const RequestPath &P);

} // namespace koffload

#endif // KOFFLOAD_PLAN_STALELOCALS_H
