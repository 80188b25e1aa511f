//===- OffloadSpec.cpp - What to generate for one offload -----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Kernel/OffloadSpec.h"
#include "Plan/KernelLimits.h"
#include "Support/Refusal.h"

#include <arpa/inet.h>

using namespace llvm;

namespace koffload {

/// The first binding of socket \p Id to a constant address other than the
/// wildcard, parsed for \p Family; none: the runtime tells the program.
static std::optional<std::array<uint8_t, 16>>
boundAddress(const LandmarkInfo &Info, unsigned Id, AddressFamily Family) {
  int AF = Family == AddressFamily::IPv6 ? AF_INET6 : AF_INET;
  for (const Binding *Bd : Info.bindingsOf(Id)) {
    std::array<uint8_t, 16> A{};
    if (!Bd->Address || Bd->isWildcard() ||
        inet_pton(AF, Bd->Address->c_str(), A.data()) != 1)
      continue;
    return A;
  }
  return std::nullopt;
}

Expected<OffloadSpec> buildOffloadSpec(const OffloadPlan &Plan,
                                       const Candidate &C,
                                       const LandmarkInfo &Info,
                                       const XDPLimits &Limits) {
  if (!C.WorkFunction)
    return refuse("the plan has no request path for this candidate");
  if (C.Socket >= Info.Sockets.size())
    return refuse("the candidate's socket is not among the landmarks'");
  OffloadSpec S;
  S.Working = Plan.Working;
  S.WorkFunction = C.WorkFunction;
  S.KernelBlocks = C.KernelBlocks;
  S.EntryBlocks = C.EntryBlocks;
  S.ArrivalCalls = C.ArrivalCalls;
  S.ReplyCalls = C.ReplyCalls;
  S.EndTargets = C.EndTargets;
  S.Kind = C.Kind;
  const Socket &Sock = Info.Sockets[C.Socket];
  S.Family = Sock.Family;
  if (S.Family == AddressFamily::Unknown && Sock.Families.onlyInet()) {
    S.Family = Sock.Families.contains(AddressFamily::IPv4)
                   ? AddressFamily::IPv4
                   : AddressFamily::IPv6;
    S.FamilyAtRunTime = true;
  }
  S.Port = C.Port;
  S.BoundAddress = boundAddress(Info, C.Socket, S.Family);
  S.Connected = !Info.connectionsOf(C.Socket).empty();
  for (const SharedGlobal &G : C.Shared)
    S.Shared.push_back({G.Name, G.KernelReads, G.KernelWrites, G.Need});
  S.Limits = Limits;
  if (any_of(C.FallbackPoints,
             [](const FallbackPoint &X) { return X.Kind == "reply-room"; })) {
    SmallVector<const CallBase *, 4> Replies(C.ReplyCalls.begin(),
                                             C.ReplyCalls.end());
    std::optional<uint64_t> Room = fixedReplySize(Replies, Limits.MaxReply);
    if (!Room)
      return refuse("the plan checks the reply's room first, but a reply "
                    "is not of a fixed size that fits its buffer and a frame");
    S.ReplyRoom = *Room;
  }
  return S;
}

} // namespace koffload
