//===- Connected.h - Replies that go to a connected socket's peer -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// send() and write() name no destination: on a UDP socket they go to the
// peer connect() gave it (without one they fail, EDESTADDRREQ). Such a
// socket receives only its peer's datagrams, so the offload's reply, which
// goes back to the request's source, goes to that peer: right only when
// the socket is connected before every receive of the path, and only for
// datagrams from the peer (the runtime writes the peer into
// koffload_service after each connect(); the program answers nothing
// else). The feasibility stage (PathFeasibility.cpp) blocks such a reply
// when no connect() is seen there.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_CONNECTED_H
#define KOFFLOAD_PLAN_CONNECTED_H

namespace llvm {
class CallBase;
} // namespace llvm

namespace koffload {

class LandmarkInfo;
class PreparedModule;
struct RequestPath;

/// \p Reply names no destination (send, write): it goes to the socket's
/// connected peer.
bool repliesToConnectedPeer(const llvm::CallBase &Reply);

/// A connect() of P's socket alone, in the request path's function, runs
/// before each of its receives (dominates them); or the socket is a
/// stream socket, whose replies go to its connection.
bool connectedBeforeArrivals(const LandmarkInfo &Info,
                             const PreparedModule &Prepared,
                             const RequestPath &P);

} // namespace koffload

#endif // KOFFLOAD_PLAN_CONNECTED_H
