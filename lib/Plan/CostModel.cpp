//===- CostModel.cpp - Does the offload pay? ------------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/CostModel.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;

namespace koffload {

StringRef hookName(Hook H) {
  switch (H) {
  case Hook::XDP:
    return "xdp";
  case Hook::TC:
    return "tc";
  case Hook::SkSkb:
    return "sk_skb";
  }
  llvm_unreachable("unknown hook");
}

double CostFile::hookNs(Hook H) const {
  switch (H) {
  case Hook::XDP:
    return XdpHookNs + XdpContextNs;
  case Hook::TC:
    return TcHookNs + TcContextNs;
  case Hook::SkSkb:
    return SkSkbHookNs + SkSkbContextNs;
  }
  llvm_unreachable("unknown hook");
}

double CostFile::deliveryNs(Hook H) const {
  return H == Hook::SkSkb ? TcpSocketDeliveryNs : SocketDeliveryNs;
}

namespace {
/// The cost file's keys, bound to the fields they set.
template <typename Fn> void forEachField(CostFile &C, Fn F) {
  F("xdp_hook_ns", C.XdpHookNs);
  F("xdp_context_ns", C.XdpContextNs);
  F("tc_hook_ns", C.TcHookNs);
  F("tc_context_ns", C.TcContextNs);
  F("sk_skb_hook_ns", C.SkSkbHookNs);
  F("sk_skb_context_ns", C.SkSkbContextNs);
  F("parse_ns", C.ParseNs);
  F("array_map_access_ns", C.ArrayMapAccessNs);
  F("bpf_insn_ns", C.BpfInsnNs);
  F("socket_delivery_ns", C.SocketDeliveryNs);
  F("tcp_socket_delivery_ns", C.TcpSocketDeliveryNs);
  F("user_insn_ns", C.UserInsnNs);
  F("user_mmap_access_ns", C.UserMmapAccessNs);
  F("margin", C.Margin);
}
} // namespace

json::Value CostFile::toJSON() const {
  json::Object O;
  CostFile Copy = *this;
  forEachField(Copy, [&](StringRef Key, double &V) { O[Key] = V; });
  return json::Value(std::move(O));
}

Expected<CostFile> CostFile::fromJSON(StringRef Text, StringRef Source) {
  Expected<json::Value> Parsed = json::parse(Text);
  if (!Parsed)
    return createStringError(inconvertibleErrorCode(),
                             "cost file %s: %s", Source.str().c_str(),
                             toString(Parsed.takeError()).c_str());
  const json::Object *O = Parsed->getAsObject();
  if (!O)
    return createStringError(inconvertibleErrorCode(),
                             "cost file %s: not a JSON object",
                             Source.str().c_str());
  CostFile C;
  C.Source = Source.str();
  StringSet<> Known;
  std::string Error;
  forEachField(C, [&](StringRef Key, double &V) {
    Known.insert(Key);
    if (const json::Value *Field = O->get(Key)) {
      std::optional<double> D = Field->getAsNumber();
      if (!D || *D < 0)
        Error = ("'" + Key + "' must be a non-negative number").str();
      else
        V = *D;
    }
  });
  for (const auto &KV : *O)
    if (!Known.contains(KV.first) && KV.first != "comment" &&
        KV.first != "machine" && KV.first != "date")
      Error = ("unknown key '" + KV.first.str() + "'");
  if (!Error.empty())
    return createStringError(inconvertibleErrorCode(), "cost file %s: %s",
                             Source.str().c_str(), Error.c_str());
  return C;
}

Expected<CostFile> CostFile::load(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(Path);
  if (!Buf)
    return createStringError(Buf.getError(), "cannot read cost file %s: %s",
                             Path.str().c_str(),
                             Buf.getError().message().c_str());
  return fromJSON((*Buf)->getBuffer(), Path);
}

Benefit evaluateBenefit(const CostFile &Costs, Hook H, const FastPathWork &W,
                        double Omega) {
  Benefit B;
  B.Omega = Omega;
  switch (H) {
  case Hook::XDP:
    B.KernelFigures = {{"xdp_hook_ns", Costs.XdpHookNs},
                       {"xdp_context_ns", Costs.XdpContextNs}};
    break;
  case Hook::TC:
    B.KernelFigures = {{"tc_hook_ns", Costs.TcHookNs},
                       {"tc_context_ns", Costs.TcContextNs}};
    break;
  case Hook::SkSkb:
    B.KernelFigures = {{"sk_skb_hook_ns", Costs.SkSkbHookNs},
                       {"sk_skb_context_ns", Costs.SkSkbContextNs}};
    break;
  }
  B.KernelFigures.append({{"parse_ns", Costs.ParseNs},
                          {"array_map_access_ns", Costs.ArrayMapAccessNs,
                           false},
                          {"bpf_insn_ns", Costs.BpfInsnNs, false}});
  B.UserFigures = {{H == Hook::SkSkb ? "tcp_socket_delivery_ns"
                                     : "socket_delivery_ns",
                    Costs.deliveryNs(H)},
                   {"user_insn_ns", Costs.UserInsnNs, false},
                   {"user_mmap_access_ns", Costs.UserMmapAccessNs, false}};
  B.KernelNs = Costs.hookNs(H) + Costs.ParseNs +
               W.SharedAccesses * Costs.ArrayMapAccessNs +
               W.Instructions * Costs.BpfInsnNs;
  B.UserNs = Costs.deliveryNs(H) + W.UserInstructions * Costs.UserInsnNs +
             W.SharedAccesses * Costs.UserMmapAccessNs;
  B.Rho = B.UserNs > 0 ? B.KernelNs / B.UserNs : 1.0;
  B.SavingNs = (Omega - B.Rho) * B.UserNs;
  B.Offload = Omega > B.Rho + Costs.Margin;
  return B;
}

} // namespace koffload
