//===- SplitTCP.h - The user half of a TCP split ----------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// What a TCP split adds to the user half (SplitUser.h does the rest): the
// calls through which the runtime (runtime/rt/koffload-tcp.c) joins each
// accepted connection to the offload, keeps the connection's order with
// the kernel's replies (the bytes userspace read and answered; a wait for
// the kernel's replies before userspace writes its own), and lets the
// connection go at close.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_USER_SPLITTCP_H
#define KOFFLOAD_USER_SPLITTCP_H

namespace llvm {
class Module;
} // namespace llvm

namespace koffload {

struct Candidate;
class LandmarkInfo;

/// Adds the TCP runtime's calls to \p M for the connections of \p C's
/// listening socket.
void addTCPRuntimeCalls(llvm::Module &M, const Candidate &C,
                        const LandmarkInfo &Info);

} // namespace koffload

#endif // KOFFLOAD_USER_SPLITTCP_H
