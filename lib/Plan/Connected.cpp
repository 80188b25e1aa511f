//===- Connected.cpp - Replies that go to a connected socket's peer -------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/Connected.h"
#include "Landmarks/Landmarks.h"
#include "Landmarks/SocketCalls.h"
#include "Plan/Prepare.h"
#include "Plan/RequestPaths.h"

#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;

namespace koffload {

bool repliesToConnectedPeer(const CallBase &Reply) {
  std::optional<SocketCall> SC = decodeSocketCall(Reply);
  return SC && SC->Info.sends() && !SC->address() && !SC->msghdr() &&
         !SC->iovec() && SC->buffer();
}

bool connectedBeforeArrivals(const LandmarkInfo &Info,
                             const PreparedModule &Prepared,
                             const RequestPath &P) {
  // A stream socket (an accepted connection) is connected by nature; the
  // hook choice keeps TCP out of XDP on its own.
  if (offloadTransport(Info.Sockets[P.Socket]) != Transport::UDP)
    return true;
  if (!P.F || P.ArrivalCalls.empty())
    return false;
  // Its own tree: a cached one would go stale when later stages change
  // the working copy without telling the analysis manager.
  DominatorTree DT(*P.F);
  for (const Connection *C : Info.connectionsOf(P.Socket)) {
    // A connect() that may be of another socket connects none for sure.
    if (C->Sockets.size() != 1)
      continue;
    const auto *Copy = dyn_cast_or_null<CallBase>(Prepared.copyOf(C->Call));
    if (!Copy || Copy->getFunction() != P.F)
      continue;
    if (all_of(P.ArrivalCalls,
               [&](const CallBase *A) { return DT.dominates(Copy, A); }))
      return true;
  }
  return false;
}

} // namespace koffload
