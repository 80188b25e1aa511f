//===- SkSkbTCPAdapter.h - The SK_SKB/TCP hook adapter (private) -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The TCP hook (HookAdapter.h): the request path runs in an sk_skb stream
// verdict on each skb of a connection the runtime joined, and an sk_msg
// program on the same SOCKHASH writes the replies. SkSkbTCP.cpp builds the
// program's side; the fixed parts (the connection's slot and order, the
// ticket of a reply, the mark and redirect, the sk_msg swap) are BPF C in
// runtime/bpf/hook-tcp.bpf.c, linked and inlined like the BPF libc.
// docs/tcp-mechanism.md says why this mechanism and no other.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_SKSKBTCPADAPTER_H
#define KOFFLOAD_KERNEL_SKSKBTCPADAPTER_H

#include "Kernel/XDPGenerator.h"

namespace koffload {
namespace xdpgen {

using namespace llvm;

// sk_skb verdicts (uapi/linux/bpf.h enum sk_action). An answer is the
// redirect helper's own verdict (koffload_tcp_send).
enum : unsigned { SK_DROP = 0, SK_PASS = 1 };

class SkSkbTCPAdapter final : public HookAdapter {
public:
  SkSkbTCPAdapter(XDPGenerator &G, const OffloadSpec &Spec);

  const HookTraits &traits() const override { return Traits; }
  Error checkSpec(Value *PeerAddress) const override;
  Value *receiveHeaders() override;
  void checkPayload(Value *Payload) override;
  void storePeerAddress(uint64_t) override {}
  void writeReply() override;
  void emitPass(IRBuilder<> &IRB) override;
  void addCompanionPrograms() override;
  void addMapBTF(DIBuilder &DIB, DICompileUnit *CU, DIFile *File) override;

private:
  XDPGenerator &G;
  const OffloadSpec &C;
  LLVMContext &Ctx;
  IRBuilder<> &B;
  HookTraits Traits;
  /// The connection's slot (koffload_tcp_conn), from the prologue.
  Value *Conn = nullptr;

  /// The map \p Name of the generated module (made at first use).
  GlobalVariable *map(StringRef Name);
  /// A call of the hook library's \p Name (hook-tcp.bpf.c).
  Value *call(IRBuilder<> &IRB, StringRef Name, Type *Ret,
              ArrayRef<Value *> Args);
};

} // namespace xdpgen
} // namespace koffload

#endif // KOFFLOAD_KERNEL_SKSKBTCPADAPTER_H
