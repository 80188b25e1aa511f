//===- SkSkbTCP.cpp - The SK_SKB/TCP hook of the generator ----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// What is particular to TCP (SkSkbTCPAdapter.h): the program is an sk_skb
// stream verdict without a stream parser, run on each skb of a connection
// the runtime joined to the SOCKHASH. An skb is what one read() of the
// original could return: the request path runs on it when it fits the
// read's buffer, the connection is ours and in order (koffload_tcp_begin);
// its reply is staged in the connection's ticket ring and the skb, its
// length unchanged, marked and redirected to the socket's egress
// (koffload_tcp_stage, koffload_tcp_send), where the sk_msg program
// (koffload_tcp_msg) swaps it for the reply. Every pass is counted in the
// connection's `passed` (koffload_tcp_pass): userspace answers it first.
//
//===----------------------------------------------------------------------===//

#include "Kernel/SkSkbTCPAdapter.h"
#include "Kernel/BPFMaps.h"
#include "Landmarks/SocketCalls.h"
#include "koffload/abi.h"

using namespace llvm;

namespace koffload {
namespace xdpgen {

namespace {
constexpr uint64_t HelperSkbLoadBytes = 26;
constexpr uint64_t HelperSkbPullData = 39;
constexpr uint64_t SkbLenOffset = 0; ///< struct __sk_buff's len (u32)

/// The descriptor a socket call names, seen through the local it was
/// loaded from when that local is stored once (-O0 code: `int fd = ...;`).
const Value *descriptorSource(const Value *Fd) {
  Fd = Fd->stripPointerCasts();
  auto *L = dyn_cast<LoadInst>(Fd);
  if (!L)
    return Fd;
  auto *Local = dyn_cast<AllocaInst>(L->getPointerOperand());
  if (!Local)
    return Fd;
  const StoreInst *Only = nullptr;
  for (const User *U : Local->users()) {
    if (isa<LoadInst>(U))
      continue;
    auto *S = dyn_cast<StoreInst>(U);
    if (!S || S->getPointerOperand() != Local || Only)
      return Fd;
    Only = S;
  }
  return Only ? Only : Fd;
}
} // namespace

SkSkbTCPAdapter::SkSkbTCPAdapter(XDPGenerator &G, const OffloadSpec &Spec)
    : G(G), C(Spec), Ctx(G.Ctx), B(G.B),
      Traits{"sk_skb/stream_verdict", KOFFLOAD_TCP_VERDICT_NAME,
             HookVerdicts{SK_PASS, SK_DROP, SK_PASS},
             /*HeadersSize=*/0, /*PeerAddressLen=*/0, /*Stream=*/true} {}

Error SkSkbTCPAdapter::checkSpec(Value *PeerAddress) const {
  if (PeerAddress)
    return refuse("a receive on a TCP connection that asks for the peer's "
                  "address is not generated");
  // The plan checks a datagram's room for the reply before writes it
  // cannot undo (OffloadSpec::ReplyRoom); a TCP reply has no such check
  // (staging it can still fail), so such writes stay in userspace.
  if (C.ReplyRoom)
    return refuse("the request path writes state it cannot undo, and a TCP "
                  "reply is staged after the writes");
  // The reply must go back on the connection the request came from: the
  // kernel can only write to the skb's own socket.
  std::optional<SocketCall> In = decodeSocketCall(*C.ArrivalCalls.front());
  if (!In || !In->fd())
    return refuse("the receive's descriptor is not known");
  const Value *From = descriptorSource(In->fd());
  for (CallBase *Send : C.ReplyCalls) {
    std::optional<SocketCall> Out = decodeSocketCall(*Send);
    if (!Out || !Out->fd() || descriptorSource(Out->fd()) != From)
      return refuse("a reply is written to a descriptor that is not shown to "
                    "be the request's connection");
  }
  return Error::success();
}

GlobalVariable *SkSkbTCPAdapter::map(StringRef Name) {
  return mapGlobal(*G.KM, Name, 6);
}

Value *SkSkbTCPAdapter::call(IRBuilder<> &IRB, StringRef Name, Type *Ret,
                             ArrayRef<Value *> Args) {
  SmallVector<Type *, 5> Params;
  for (Value *A : Args)
    Params.push_back(A->getType());
  FunctionCallee Fn =
      G.KM->getOrInsertFunction(Name, FunctionType::get(Ret, Params, false));
  return IRB.CreateCall(Fn, Args);
}

/// The connection's slot when the offload may answer this skb, else the
/// skb passes; the payload's length.
Value *SkSkbTCPAdapter::receiveHeaders() {
  Value *Skb = G.F->getArg(0);
  Conn = call(B, "koffload_tcp_begin", G.Ptr,
              {Skb, map(KOFFLOAD_TCP_SLOTS), map(KOFFLOAD_TCP_CONNS)});
  G.require(B.CreateIsNotNull(Conn), "tcp.in.order");
  Value *Len = B.CreateAlignedLoad(
      G.I32, B.CreateConstInBoundsGEP1_64(G.I8, Skb, SkbLenOffset), Align(4),
      "skb.len");
  return B.CreateZExt(Len, G.I64);
}

/// The skb's bytes into the frame area, where the receive buffer lies.
void SkSkbTCPAdapter::checkPayload(Value *Payload) {
  Value *Len32 = B.CreateTrunc(G.opaque(Payload), G.I32);
  G.require(B.CreateAnd(B.CreateICmpUGE(Len32, G.B.getInt32(1)),
                        B.CreateICmpULE(Len32, G.B.getInt32(C.Limits.MaxReply))),
            "skb.fits");
  Value *Err = G.helper(HelperSkbLoadBytes, G.I64,
                        {G.F->getArg(0), B.getInt32(0),
                         G.scratch(G.FrameOffset), Len32});
  G.require(B.CreateICmpEQ(Err, B.getInt64(0)), "skb.loaded");
  // Linear, so that a redirected skb is one message for sk_msg (and the
  // mark a direct write); here, before the path's writes, where failing
  // still passes it untouched.
  Value *Pulled = G.helper(HelperSkbPullData, G.I64, {G.F->getArg(0), Len32});
  G.require(B.CreateICmpEQ(Pulled, B.getInt64(0)), "skb.linear");
}

/// The reply staged (a failure still falls back), then past the commit the
/// skb marked and redirected.
void SkSkbTCPAdapter::writeReply() {
  Value *Len = B.CreateIntrinsic(
      Intrinsic::umin, {G.I64},
      {B.CreateLoad(G.I64, G.ReplyLen), B.getInt64(C.Limits.MaxReply)});
  // The buffer's offset in the slot is one of the reply buffers' offsets;
  // a select over them keeps it a known constant for the verifier.
  Value *Off = B.CreateLoad(G.I64, G.ReplyOff);
  Value *Src = G.scratch(*G.ReplyFrom.begin());
  for (uint64_t O : G.ReplyFrom)
    Src = B.CreateSelect(B.CreateICmpEQ(Off, B.getInt64(O)), G.scratch(O),
                         Src);
  // Opaque: the library's own bound check must reach the verifier (LLVM
  // would drop it, knowing the umin above).
  Value *Staged = call(B, "koffload_tcp_stage", G.I32,
                       {Conn, map(KOFFLOAD_TCP_TICKETS), Src,
                        G.opaque(Len)});
  G.require(B.CreateICmpEQ(Staged, B.getInt32(0)), "tcp.staged");
  G.commit();
  G.countStat(B, StatAnswered);
  B.CreateRet(call(B, "koffload_tcp_send", G.I32,
                   {G.F->getArg(0), Conn, map(KOFFLOAD_TCP_SOCKS)}));
}

void SkSkbTCPAdapter::emitPass(IRBuilder<> &IRB) {
  IRB.CreateRet(call(IRB, "koffload_tcp_pass", G.I32,
                     {G.F->getArg(0), map(KOFFLOAD_TCP_SLOTS),
                      map(KOFFLOAD_TCP_CONNS)}));
}

/// sk_msg on the same SOCKHASH: the marked messages become their replies.
void SkSkbTCPAdapter::addCompanionPrograms() {
  Function *Msg = Function::Create(FunctionType::get(G.I32, {G.Ptr}, false),
                                   GlobalValue::ExternalLinkage,
                                   KOFFLOAD_TCP_MSG_NAME, *G.KM);
  Msg->setSection("sk_msg");
  Msg->addFnAttr(Attribute::NoUnwind);
  IRBuilder<> MB(BasicBlock::Create(Ctx, "entry", Msg));
  MB.CreateRet(call(MB, "koffload_tcp_msg", G.I32,
                    {Msg->getArg(0), map(KOFFLOAD_TCP_SK),
                     map(KOFFLOAD_TCP_CONNS), map(KOFFLOAD_TCP_TICKETS)}));
}

void SkSkbTCPAdapter::addMapBTF(DIBuilder &DIB, DICompileUnit *CU,
                                DIFile *File) {
  auto Add = [&](StringRef Name, ArrayRef<MapField> Fields) {
    koffload::addMapBTF(DIB, CU, File, map(Name), Fields);
  };
  // Sockets by cookie (the verdict redirects to its own), slots by cookie,
  // the slot in the socket's storage (sk_msg has no cookie helper).
  Add(KOFFLOAD_TCP_SOCKS, {{"type", MapTypeSockhash},
                           {"key_size", 8},
                           {"value_size", 8},
                           {"max_entries", KOFFLOAD_TCP_MAX_CONNS}});
  Add(KOFFLOAD_TCP_SLOTS, {{"type", MapTypeHash},
                           {"key_size", 8},
                           {"value_size", 4},
                           {"max_entries", KOFFLOAD_TCP_MAX_CONNS}});
  // Socket storage needs BTF key and value types.
  DIType *Int = DIB.createBasicType("int", 32, dwarf::DW_ATE_signed);
  DIType *U32 = DIB.createBasicType("unsigned int", 32, dwarf::DW_ATE_unsigned);
  Add(KOFFLOAD_TCP_SK, {{"type", MapTypeSkStorage},
                        {"map_flags", MapFlagNoPrealloc},
                        {"key", 0, Int},
                        {"value", 0, U32}});
  Add(KOFFLOAD_TCP_CONNS, {{"type", MapTypeArray},
                           {"map_flags", MapFlagMmapable},
                           {"key_size", 4},
                           {"value_size", sizeof(koffload_tcp_conn)},
                           {"max_entries", KOFFLOAD_TCP_MAX_CONNS}});
  Add(KOFFLOAD_TCP_TICKETS,
      {{"type", MapTypeArray},
       {"key_size", 4},
       {"value_size", sizeof(koffload_tcp_ticket)},
       {"max_entries", KOFFLOAD_TCP_MAX_CONNS * KOFFLOAD_TCP_IN_FLIGHT}});
}

} // namespace xdpgen
} // namespace koffload
