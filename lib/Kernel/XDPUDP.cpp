//===- XDPUDP.cpp - The XDP/UDP hook of the generator ---------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// What is particular to XDP and UDP, the entry points the core's prologue
// and end call (XDPGen.cpp): receiveHeaders() (the frame's headers,
// checked layer by layer in XDPNet.cpp, the service's port and address),
// checkPayload() (the UDP checksum, the payload copied into the receive
// buffer), storePeerAddress()/peerAddressLen() (the client's sockaddr) and
// writeReply() (ports swapped, lengths, the layers below rewritten by
// XDPNet.cpp, the UDP checksum, XDP_TX): XDPUDPAdapter, the HookAdapter
// of UDP specs (HookAdapter.cpp picks it). An SK_SKB/TCP hook is another
// HookAdapter beside this file.
//
//===----------------------------------------------------------------------===//

#include "Kernel/XDPUDPAdapter.h"

using namespace llvm;

namespace koffload {
namespace xdpgen {

XDPUDPAdapter::XDPUDPAdapter(XDPGenerator &G, const OffloadSpec &Spec,
                             const NetLayer &Net)
    : G(G), C(Spec), Limits(Spec.Limits), Ctx(G.Ctx), B(G.B),
      I8(Type::getInt8Ty(Ctx)), I16(Type::getInt16Ty(Ctx)),
      I32(Type::getInt32Ty(Ctx)), I64(Type::getInt64Ty(Ctx)),
      Ptr(PointerType::get(Ctx, 0)), Net(&Net), UdpOff(Net.UdpOff),
      PayloadOff(Net.PayloadOff),
      Traits{"xdp", XDPProgramName, XDPVerdicts, Net.PayloadOff,
             Net.SockaddrLen} {}

Error XDPUDPAdapter::checkSpec(Value *PeerAddress) const {
  if (!Net->ChecksumRequired)
    return Error::success();
  // (IPv6.) An IPv4 buffer's size is not checked here (to do: the same
  // check for sockaddr_in).
  if (PeerAddress)
    if (auto *Src = dyn_cast<AllocaInst>(getUnderlyingObject(PeerAddress)))
      if (Src->getAllocationSize(Src->getDataLayout())
              .value_or(TypeSize::getFixed(0)) < Net->SockaddrLen)
        return refuse("the source address buffer is smaller than a "
                      "sockaddr_in6");
  if (C.ReplyCalls.size() > 1)
    return refuse("IPv6 replies from several send sites are not generated "
                  "yet (the UDP checksum is computed from one buffer)");
  return Error::success();
}

/// The frame up to the UDP payload: a request to the service? Leaves the
/// payload's length (i64).
Value *XDPUDPAdapter::receiveHeaders() {
  Ctxt = G.F->getArg(0);
  loadPacketBounds();
  require(B.CreateICmpULE(pkt(Data, PayloadOff), DataEnd), "headers");
  return (this->*Net->CheckHeaders)();
}

/// The payload as the socket would get it: its checksum right, copied into
/// the receive buffer (checkUDPChecksum()).
void XDPUDPAdapter::checkPayload(Value *Payload) {
  checkUDPChecksum(Payload);
}

void XDPUDPAdapter::storePeerAddress(uint64_t Off) {
  (this->*Net->StorePeerSockaddr)(Off);
}

/// The reply (the core's snapshot: ReplyOff, ReplyLen) written into the
/// frame, sent back out of the interface.
void XDPUDPAdapter::writeReply() {
  // The prologue checked the datagram is as long as any reply: the frame
  // only shrinks, and the path's writes are committed here.
  if (C.ReplyRoom)
    G.enterCommitted();
  Value *Len = B.CreateIntrinsic(
      Intrinsic::umin, {I64},
      {B.CreateLoad(I64, G.ReplyLen),
       ConstantInt::get(I64, Limits.MaxReply)});
  Value *OldLen =
      B.CreateSub(B.CreatePtrToInt(DataEnd, I64), B.CreatePtrToInt(Data, I64));
  Value *NewLen = B.CreateAdd(Len, ConstantInt::get(I64, PayloadOff));
  Value *Delta = B.CreateTrunc(B.CreateSub(NewLen, OldLen), I32);
  // Same length (an echo, say): no resize.
  Value *Err = ifThen(
      B.CreateICmpNE(Delta, ConstantInt::get(I32, 0)), ConstantInt::get(I64, 0),
      [&] { return helper(HelperXdpAdjustTail, I64, {Ctxt, Delta}); },
      "resize");
  if (!C.ReplyRoom) {
    // Longer, and no room at the tail: at the head, which XDP guarantees
    // (256 bytes); native XDP on veth runs on the sender's buffer, which
    // seldom has tailroom. The headers move to the new start; the payload
    // is written whole below.
    Value *Grow = B.CreateAnd(B.CreateICmpNE(Err, ConstantInt::get(I64, 0)),
                              B.CreateICmpSGT(Delta, ConstantInt::get(I32, 0)));
    // A partial skb's checksum offsets count from its head: moved headers
    // would have a device write the checksum into the payload.
    require(B.CreateNot(B.CreateAnd(Grow, replyStaysPartial())),
            "partial.in.place");
    Err = ifThen(
        Grow, Err,
        [&] {
          Value *Moved =
              helper(HelperXdpAdjustHead, I64, {Ctxt, B.CreateNeg(Delta)});
          require(B.CreateICmpEQ(Moved, ConstantInt::get(I64, 0)),
                  "head.moved");
          Value *Headers = scratch(G.HeadersOffset);
          Value *Size = ConstantInt::get(I32, PayloadOff);
          Value *Loaded =
              helper(HelperXdpLoadBytes, I64, {Ctxt, Delta, Headers, Size});
          require(B.CreateICmpEQ(Loaded, ConstantInt::get(I64, 0)),
                  "headers.loaded");
          return helper(HelperXdpStoreBytes, I64,
                        {Ctxt, ConstantInt::get(I32, 0), Headers, Size});
        },
        "grow.head");
  }
  require(B.CreateICmpEQ(Err, ConstantInt::get(I64, 0)), "resized");
  // The packet moved: reload its bounds.
  loadPacketBounds();
  require(B.CreateICmpULE(pkt(Data, PayloadOff), DataEnd), "headers2");
  // Swap Ethernet, IP and UDP source and destination.
  swapEthernetAddresses();
  Value *Sport = loadPkt(I16, UdpOff), *Dport = loadPkt(I16, UdpOff + 2);
  storePkt(Dport, UdpOff);
  storePkt(Sport, UdpOff + 2);
  storePkt(net16(B.CreateAdd(Len, ConstantInt::get(I64, 8))), UdpOff + 4);
  storePkt(ConstantInt::get(I16, 0), UdpOff + 6);
  (this->*Net->RewriteReply)(Len);
  // The payload, from the reply buffer, in one helper call.
  BasicBlock *Write = BasicBlock::Create(Ctx, "write.reply", G.F);
  BasicBlock *Written = BasicBlock::Create(Ctx, "written", G.F);
  B.CreateCondBr(B.CreateICmpEQ(Len, ConstantInt::get(I64, 0)), Written,
                 Write);
  B.SetInsertPoint(Write);
  Value *Len32 = B.CreateTrunc(opaque(Len), I32);
  require(B.CreateAnd(
              B.CreateICmpUGE(Len32, ConstantInt::get(I32, 1)),
              B.CreateICmpULE(Len32, ConstantInt::get(I32, Limits.MaxReply))),
          "reply.len.bounded");
  // The buffer's offset in the slot is one of the reply buffers' offsets;
  // a select over them keeps it a known constant for the verifier.
  Value *Off = B.CreateLoad(I64, G.ReplyOff);
  Value *Src = scratch(*G.ReplyFrom.begin());
  for (uint64_t O : G.ReplyFrom)
    Src = B.CreateSelect(B.CreateICmpEQ(Off, ConstantInt::get(I64, O)),
                         scratch(O), Src);
  // A reply of the received bytes themselves (an echo) is already in the
  // packet, in place.
  Value *InPlace = ConstantInt::getFalse(Ctx);
  if (G.receiveBufferUnchanged())
    InPlace = B.CreateAnd(
        B.CreateICmpEQ(Off, ConstantInt::get(I64, G.FrameOffset)),
        B.CreateICmpULE(Len, B.CreateZExtOrTrunc(G.PayloadLen, I64)));
  Value *StoreErr = ifThen(
      B.CreateNot(InPlace), ConstantInt::get(I64, 0),
      [&] {
        return helper(HelperXdpStoreBytes, I64,
                      {Ctxt, ConstantInt::get(I32, PayloadOff), Src, Len32});
      },
      "store.reply");
  require(B.CreateICmpEQ(StoreErr, ConstantInt::get(I64, 0)), "stored");
  B.CreateBr(Written);
  B.SetInsertPoint(Written);
  if (Net->ChecksumRequired)
    emitUDP6Checksum(Len);
  // The request's skb goes back out still marked partial (generic XDP):
  // the reply's partial form, which a receiver trusts and a device that
  // completes checksums completes right.
  Value *Partial = B.CreateTrunc(fold16(udpPseudoSum()), I16);
  storePkt(
      B.CreateSelect(replyStaysPartial(), Partial, loadPkt(I16, UdpOff + 6)),
      UdpOff + 6);
  G.commit();
  countStat(B, StatAnswered);
  B.CreateRet(ConstantInt::get(I32, Traits.Verdicts.Answer));
}

Value *XDPUDPAdapter::sumScratchBytes(uint64_t BufOff, uint64_t BufSize,
                                     Value *Len) {
  // The bytes [BufOff, BufOff + Len) of this CPU's slot as 32-bit words
  // (the last one zero-padded), unfolded: bpf_csum_diff takes whole words,
  // at most 512 bytes a call; the last 1-3 bytes are added by hand.
  Value *Sum = ConstantInt::get(I64, 0);
  Value *Words = B.CreateAnd(Len, ConstantInt::get(I64, ~uint64_t(3)));
  Value *Seed = ConstantInt::get(I32, 0);
  for (uint64_t Chunk = 0; Chunk < BufSize; Chunk += 512) {
    uint64_t Max = std::min<uint64_t>(512, BufSize - Chunk) & ~uint64_t(3);
    if (!Max)
      break;
    Value *Left = B.CreateSub(Words, ConstantInt::get(I64, Chunk));
    Seed = ifThen(
        B.CreateICmpSGT(Left, ConstantInt::get(I64, 0)), Seed,
        [&]() -> Value * {
          Value *Size = B.CreateTrunc(
              opaque(B.CreateIntrinsic(Intrinsic::umin, {I64},
                                       {Left, ConstantInt::get(I64, Max)})),
              I32);
          require(B.CreateAnd(B.CreateICmpUGE(Size, ConstantInt::get(I32, 4)),
                              B.CreateICmpULE(Size, ConstantInt::get(I32, Max))),
                  "csum.size.ok");
          Value *Part =
              helper(HelperCsumDiff, I64,
                     {ConstantPointerNull::get(cast<PointerType>(Ptr)),
                      ConstantInt::get(I32, 0), scratch(BufOff + Chunk), Size,
                      Seed});
          require(B.CreateICmpSGE(Part, ConstantInt::get(I64, 0)), "csum.ok");
          return B.CreateTrunc(Part, I32);
        },
        "csum.chunk");
  }
  Sum = B.CreateAdd(Sum, B.CreateZExt(Seed, I64));
  // The last len % 4 bytes, as a zero-padded word.
  Value *Rest = B.CreateAnd(Len, ConstantInt::get(I64, 3));
  Value *Tail = ConstantInt::get(I64, 0);
  for (unsigned K = 0; K < 3; ++K)
    Tail = ifThen(
        B.CreateICmpUGT(Rest, ConstantInt::get(I64, K)), Tail,
        [&]() -> Value * {
          Value *Byte = B.CreateZExt(
              B.CreateAlignedLoad(
                  I8,
                  B.CreateInBoundsGEP(
                      I8, scratch(BufOff),
                      B.CreateAdd(Words, ConstantInt::get(I64, K))),
                  Align(1)),
              I64);
          return B.CreateOr(Tail, B.CreateShl(Byte, 8 * K));
        },
        "csum.tail");
  Sum = B.CreateAdd(Sum, Tail);
  return Sum;
}

void XDPUDPAdapter::checkUDPChecksum(Value *Payload) {
  // The payload, copied once into the frame area (the receive buffer lies
  // over it; see layOutScratch): one helper call the verifier checks once.
  // Empty or larger than one frame's payload: userspace's.
  Value *Len32 = B.CreateTrunc(opaque(Payload), I32);
  require(B.CreateAnd(
              B.CreateICmpUGE(Len32, ConstantInt::get(I32, 1)),
              B.CreateICmpULE(Len32, ConstantInt::get(I32, Limits.MaxReply))),
          "frame.fits");
  Value *Err = helper(HelperXdpLoadBytes, I64,
                      {Ctxt, ConstantInt::get(I32, PayloadOff),
                       scratch(G.FrameOffset), Len32});
  require(B.CreateICmpEQ(Err, ConstantInt::get(I64, 0)), "frame.loaded");
  // A wrong checksum is no request (the stack drops the datagram): passed,
  // and counted apart from the fallbacks (StatBadChecksum), out of ω.
  BasicBlock *Bad = BasicBlock::Create(Ctx, "csum.bad", G.F);
  {
    IRBuilder<> BB(Bad);
    countStat(BB, StatBadChecksum);
    BB.CreateRet(ConstantInt::get(I32, Traits.Verdicts.Pass));
  }
  auto RequireOr = [&](Value *Ok, const Twine &Name) {
    BasicBlock *Cont = BasicBlock::Create(Ctx, Name, G.F);
    B.CreateCondBr(Ok, Cont, Bad);
    B.SetInsertPoint(Cont);
  };
  BasicBlock *Checked = BasicBlock::Create(Ctx, "csum.checked", G.F);
  Value *Field = loadPkt(I16, UdpOff + 6);
  // Whether the checksum was taken in its partial form, for the reply
  // (replyStaysPartial): kept in the scratch slot, not in a register the
  // verifier would track, as two states, down the whole request path.
  B.CreateStore(ConstantInt::get(I8, 0), scratch(G.PartialOffset));
  if (!Net->ChecksumRequired) {
    // Over IPv4 a zero checksum means none was computed.
    BasicBlock *Check = BasicBlock::Create(Ctx, "csum.check", G.F);
    B.CreateCondBr(B.CreateICmpEQ(Field, ConstantInt::get(I16, 0)), Checked,
                   Check);
    B.SetInsertPoint(Check);
  } else {
    // Over IPv6 it is mandatory: the stack drops a zero one.
    RequireOr(B.CreateICmpNE(Field, ConstantInt::get(I16, 0)), "csum6.set");
  }
  Value *Pseudo = udpPseudoSum();
  // On a veth (the runtime says so: ServiceLazyChecksums) the peer's
  // kernel leaves the checksum partial, the field the folded pseudo-header
  // sum, and the receiving stack trusts it: so does the offload. Elsewhere
  // only a right checksum is right.
  Value *Flags = B.CreateAlignedLoad(I32, service(ServiceFlagsOffset), Align(4),
                                     "service.flags");
  Value *Lazy = B.CreateICmpNE(
      B.CreateAnd(Flags, ConstantInt::get(I32, ServiceLazyChecksums)),
      ConstantInt::get(I32, 0));
  // Both folds carry end-around: a nonzero sum folds to 1..0xffff alike.
  Value *PartialForm = B.CreateICmpEQ(B.CreateZExt(Field, I64), fold16(Pseudo));
  // Pseudo-header, UDP header (checksum included) and payload sum to 0xffff
  // when the checksum is right. Summed in the partial case too: a whole
  // checksum that happens to equal the partial form is a whole one.
  Value *Total = Pseudo;
  Total = B.CreateAdd(Total, B.CreateZExt(loadPkt(I32, UdpOff), I64));
  Total = B.CreateAdd(Total, B.CreateZExt(loadPkt(I32, UdpOff + 4), I64));
  Total = B.CreateAdd(Total,
                      sumScratchBytes(G.FrameOffset, Limits.MaxReply, Payload));
  Value *Whole = B.CreateICmpEQ(fold16(Total), ConstantInt::get(I64, 0xffff));
  Value *Partial =
      B.CreateAnd(B.CreateAnd(Lazy, PartialForm), B.CreateNot(Whole));
  RequireOr(B.CreateOr(Whole, Partial), "csum.right");
  B.CreateStore(B.CreateZExt(Partial, I8), scratch(G.PartialOffset));
  B.CreateBr(Checked);
  B.SetInsertPoint(Checked);
}

Value *XDPUDPAdapter::udpPseudoSum() {
  // Sums are of words as they lie in memory: one's complement addition does
  // not care about byte order as long as the result is used the same way.
  // The 16-bit UDP length as it lies in memory, shifted: IPv4's
  // pseudo-header has it after bytes 0 and 17, IPv6's after 0 0 (32 bits),
  // with 0 0 0 17 after it.
  Value *Sum = ConstantInt::get(I64, 0);
  for (unsigned W = 0; W < Net->AddrWords; ++W) {
    Sum = B.CreateAdd(
        Sum, B.CreateZExt(loadPkt(I32, Net->SaddrOff + 4 * W), I64));
    Sum = B.CreateAdd(
        Sum, B.CreateZExt(loadPkt(I32, Net->DaddrOff + 4 * W), I64));
  }
  Value *LenRaw = B.CreateZExt(loadPkt(I16, UdpOff + 4), I64);
  Sum = B.CreateAdd(Sum, B.CreateShl(LenRaw, 16));
  return B.CreateAdd(Sum, ConstantInt::get(I64, Net->PseudoProto));
}

Value *XDPUDPAdapter::replyStaysPartial() {
  Value *Flags = B.CreateAlignedLoad(I32, service(ServiceFlagsOffset), Align(4),
                                     "service.flags");
  Value *Generic = B.CreateICmpNE(
      B.CreateAnd(Flags, ConstantInt::get(I32, ServiceGenericXDP)),
      ConstantInt::get(I32, 0));
  Value *Partial = B.CreateICmpNE(B.CreateLoad(I8, scratch(G.PartialOffset)),
                                  ConstantInt::get(I8, 0));
  return B.CreateAnd(Generic, Partial);
}

void XDPUDPAdapter::emitUDP6Checksum(Value *Len) {
  // The one's complement sum of the pseudo-header (addresses, UDP length,
  // next header), the UDP header and the payload. Sums are of 32-bit words
  // as they lie in memory: one's complement addition does not care about
  // byte order as long as the result is stored the same way. The payload
  // is summed from the reply buffer with bpf_csum_diff (512 bytes a call,
  // whole words), its last 1-3 bytes by hand, padded with zeros.
  uint64_t BufOff = G.ReplyFrom.front();
  uint64_t BufSize = G.ReplyBufSize;
  Value *Sum = ConstantInt::get(I64, 0);
  for (unsigned W = 0; W < 4; ++W) {
    Sum = B.CreateAdd(Sum, B.CreateZExt(loadPkt(I32, Ip6Saddr + 4 * W), I64));
    Sum = B.CreateAdd(Sum, B.CreateZExt(loadPkt(I32, Ip6Daddr + 4 * W), I64));
  }
  Value *UdpLen32 = B.CreateTrunc(B.CreateAdd(Len, ConstantInt::get(I64, 8)),
                                  I32);
  Sum = B.CreateAdd(
      Sum, B.CreateZExt(B.CreateUnaryIntrinsic(Intrinsic::bswap, UdpLen32),
                        I64));
  Sum = B.CreateAdd(Sum, ConstantInt::get(I64, 0x11000000)); // 0 0 0 17
  Sum = B.CreateAdd(Sum, B.CreateZExt(loadPkt(I32, UdpOff), I64));
  Sum = B.CreateAdd(Sum, B.CreateZExt(loadPkt(I32, UdpOff + 4), I64));

  Sum = B.CreateAdd(Sum, sumScratchBytes(BufOff, BufSize, Len));
  // 0 is sent as 0xffff (0 means "no checksum").
  Sum = fold16(Sum);
  Value *Csum = B.CreateTrunc(B.CreateNot(Sum), I16);
  Csum = B.CreateSelect(B.CreateICmpEQ(Csum, ConstantInt::get(I16, 0)),
                        ConstantInt::get(I16, 0xffff), Csum);
  storePkt(Csum, UdpOff + 6);
}

} // namespace xdpgen
} // namespace koffload
