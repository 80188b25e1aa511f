//===- HookAdapter.cpp - The spec's hook, chosen in one place -------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The one place a spec picks its hook adapter (HookAdapter.h): a new hook
// adds its case here and its own files beside XDPUDP.cpp.
//
//===----------------------------------------------------------------------===//

#include "Kernel/SkSkbTCPAdapter.h"
#include "Kernel/XDPUDPAdapter.h"

using namespace llvm;

namespace koffload {
namespace xdpgen {

HookAdapter::~HookAdapter() = default;

void HookAdapter::emitPass(IRBuilder<> &IRB) {
  IRB.CreateRet(IRB.getInt32(traits().Verdicts.Pass));
}

Expected<std::unique_ptr<HookAdapter>>
createHookAdapter(XDPGenerator &Core, const OffloadSpec &Spec) {
  if (Spec.Family != AddressFamily::IPv4 && Spec.Family != AddressFamily::IPv6)
    return refuse("only IPv4 and IPv6 sockets are generated");
  if (Spec.Kind == Transport::TCP)
    return std::make_unique<SkSkbTCPAdapter>(Core, Spec);
  if (Spec.Kind != Transport::UDP)
    return refuse("only UDP (XDP) and TCP (sk_skb) offloads are generated");
  const NetLayer &Net =
      Spec.Family == AddressFamily::IPv6 ? IPv6Net : IPv4Net;
  return std::make_unique<XDPUDPAdapter>(Core, Spec, Net);
}

} // namespace xdpgen
} // namespace koffload
