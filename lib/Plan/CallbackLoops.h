//===- CallbackLoops.h - The loops that run callbacks -----------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A callback server's event loop is inside its library (event_base_dispatch,
// ev_run) and a handler entry point's is inside the framework that calls it:
// the program has no loop around its receive. The prepare stage builds that
// loop in the working copy, one function per (event loop, socket):
//
//   for (;;) { <wait, tagged koffload.wait>; handler(fd, EV_READ, arg); }
//
// and inlines the handler into it like any loop body, so the request path
// (receive to the return to the loop's head), feasibility, fast path and
// generators see the shape they see in a poll loop.
//
// The handler's arguments: the fd is the registered socket; libevent's
// `what` and libev's `revents` are the read event; libevent's `arg` is the
// registration's when that is a constant (null, a global's address). Other
// values come from outside any request (a registration's run-time argument,
// a watcher on main's stack, the loop, a handler entry point's other
// parameters): an opaque call tagged koffload.outside whose text names it,
// which the feasibility stage reports as state the kernel does not have
// where the request uses it. A libev watcher's fd field reads as the fd.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_CALLBACKLOOPS_H
#define KOFFLOAD_PLAN_CALLBACKLOOPS_H

#include "llvm/ADT/STLFunctionalExtras.h"

#include <string>

namespace llvm {
class BasicBlock;
class Function;
class Module;
class Value;
} // namespace llvm

namespace koffload {

class LandmarkInfo;
struct EventLoop;

/// A library's dispatch loop or a handler entry point: the loop that runs
/// the callback is not in the program.
bool isCallbackLoop(const EventLoop &EL);

/// Builds in \p W the loop that runs event loop \p LoopId's callbacks for
/// socket \p SocketId (several registered for it: one per turn, chosen by
/// an opaque value). \p CopyOf maps the program's values to \p W's.
/// Returns the loop's header (the block to inline the callbacks into), or
/// null when no callback of that loop is registered for the socket.
llvm::BasicBlock *buildCallbackLoop(
    llvm::Module &W, const LandmarkInfo &Info, unsigned LoopId,
    unsigned SocketId,
    llvm::function_ref<llvm::Value *(const llvm::Value *)> CopyOf);

/// The function holding the event loop of (\p LoopId, \p SocketId) in the
/// working copy \p W: the loop built by buildCallbackLoop for a callback
/// loop, else the copy of the loop's own function. Null when there is none.
llvm::Function *requestLoopFunction(
    llvm::Module &W, const LandmarkInfo &Info, unsigned LoopId,
    unsigned SocketId,
    llvm::function_ref<llvm::Value *(const llvm::Value *)> CopyOf);

/// After the callbacks are inlined and their locals promoted: loads of a
/// libev watcher's fd field become the fd; a watcher that is a global
/// stands for itself again.
void foldCallbackWatchers(llvm::Function &F);

/// For a value of a callback loop that comes from outside any request
/// (koffload.outside): what it is, for a blocker ("the callback's argument
/// 'arg' registered by event_new at server.c:47"); else empty.
std::string outsideValueDescription(const llvm::Value *V);

} // namespace koffload

#endif // KOFFLOAD_PLAN_CALLBACKLOOPS_H
