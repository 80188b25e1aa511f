//===- XDPUDPAdapter.h - The XDP/UDP hook adapter (private) -----*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The XDP/UDP hook (HookAdapter.h), private to the files that define it:
//   XDPUDP.cpp      the entry points (receiveHeaders, checkPayload,
//                   storePeerAddress, writeReply): UDP port, address,
//                   checksums, the reply in the frame
//   XDPNet.cpp      the layers under UDP: Ethernet, IPv4, IPv6 (NetLayer)
// Its state is its own: the context and packet pointers, the service
// global, the network layer. It builds with the core's builder and helpers
// (XDPGenerator's public part).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_XDPUDPADAPTER_H
#define KOFFLOAD_KERNEL_XDPUDPADAPTER_H

#include "Kernel/XDPGenerator.h"

namespace koffload {
namespace xdpgen {

using namespace llvm;

// XDP actions (uapi/linux/bpf.h); the helper ids are in BPFHelpers.h.
enum : unsigned { XDP_DROP = 1, XDP_PASS = 2, XDP_TX = 3 };

class XDPUDPAdapter;

/// The network layer under UDP, as the layers above it need it: where
/// things are in the frame, what the addresses look like, and the layer's
/// own steps (XDPNet.cpp: IPv4Net, IPv6Net). Chosen once from the socket's
/// family; nothing else tests the family.
struct NetLayer {
  const char *Name;
  uint64_t UdpOff;     ///< where the UDP header starts in the frame
  uint64_t PayloadOff; ///< where the UDP payload starts
  uint64_t SaddrOff, DaddrOff;
  unsigned AddrWords;   ///< 32-bit words of an address
  uint64_t PseudoProto; ///< the protocol's place in the pseudo-header sum
  uint32_t SockaddrLen; ///< sizeof(struct sockaddr_in/sockaddr_in6)
  /// The UDP checksum is mandatory (IPv6): a zero one is not "none", and
  /// the reply computes it; optional (IPv4): a zero one is none, the reply
  /// sends none.
  bool ChecksumRequired;
  /// Checks the frame's headers up to UDP's, leaves the payload's length.
  Value *(XDPUDPAdapter::*CheckHeaders)();
  /// Writes the client's sockaddr at a scratch offset.
  void (XDPUDPAdapter::*StorePeerSockaddr)(uint64_t);
  /// Rewrites the layer's header for a reply of a payload length.
  void (XDPUDPAdapter::*RewriteReply)(Value *);
};

inline constexpr HookVerdicts XDPVerdicts{XDP_TX, XDP_DROP, XDP_PASS};

// Offsets in an untagged Ethernet + IPv4 (no options) + UDP frame.
enum : uint64_t {
  EthType = 12,
  IpStart = 14,
  IpTotLen = 16,
  IpFragOff = 20,
  IpTtl = 22,
  IpProto = 23,
  IpCsum = 24,
  IpSaddr = 26,
  IpDaddr = 30,
  UdpStart = 34,
  UdpSport = 34,
  UdpDport = 36,
  UdpLen = 38,
  UdpCsum = 40,
  PayloadStart = 42,
  // Ethernet + IPv6 (40 bytes, no extension headers) + UDP.
  Ip6Start = 14,
  Ip6PayloadLen = 18,
  Ip6NextHeader = 20,
  Ip6HopLimit = 21,
  Ip6Saddr = 22,
  Ip6Daddr = 38,
};

class XDPUDPAdapter final : public HookAdapter {
public:
  XDPUDPAdapter(XDPGenerator &G, const OffloadSpec &Spec, const NetLayer &Net);

  const HookTraits &traits() const override { return Traits; }
  Error checkSpec(Value *PeerAddress) const override;
  Value *receiveHeaders() override;
  void checkPayload(Value *Payload) override;
  void storePeerAddress(uint64_t Off) override;
  void writeReply() override;

private:
  XDPGenerator &G; ///< the core: its builder, helpers, reply snapshot
  const OffloadSpec &C;
  const XDPLimits &Limits;
  LLVMContext &Ctx;
  IRBuilder<> &B;
  Type *I8, *I16, *I32, *I64, *Ptr;
  /// The socket's network layer, chosen once from its family.
  const NetLayer *Net;
  uint64_t UdpOff, PayloadOff; ///< Net's
  HookTraits Traits;
  Value *Ctxt = nullptr, *Data = nullptr, *DataEnd = nullptr;
  GlobalVariable *Service = nullptr; ///< see ServiceGlobalName

  // The core's helpers, under the names the hook's code uses.
  void require(Value *Ok, const Twine &Name,
               std::optional<unsigned> CountAs = std::nullopt) {
    G.require(Ok, Name, CountAs);
  }
  Value *ifThen(Value *Cond, Value *Otherwise, function_ref<Value *()> Then,
                const Twine &Name) {
    return G.ifThen(Cond, Otherwise, Then, Name);
  }
  Value *helper(uint64_t Id, Type *Ret, ArrayRef<Value *> Args) {
    return G.helper(Id, Ret, Args);
  }
  Value *scratch(uint64_t Off) { return G.scratch(Off); }
  Value *opaque(Value *V) { return G.opaque(V); }
  Value *fold16(Value *Sum) { return G.fold16(Sum); }
  void countStat(IRBuilder<> &IRB, unsigned Which) { G.countStat(IRB, Which); }

  void emitUDP6Checksum(Value *Len);
  Value *sumScratchBytes(uint64_t BufOff, uint64_t BufSize, Value *Len);
  void checkUDPChecksum(Value *Payload);
  /// The UDP pseudo-header's sum (unfolded), from the packet's addresses
  /// and UDP length field.
  Value *udpPseudoSum();
  /// Generic XDP and a partial request: the reply is sent in the request's
  /// skb, still marked partial (ServiceGenericXDP).
  Value *replyStaysPartial();
  /// data and data_end from struct xdp_md (u32 fields at offsets 0 and 4).
  void loadPacketBounds() {
    auto Field = [&](uint64_t Off, const Twine &Name) {
      Value *Raw = B.CreateAlignedLoad(
          I32, B.CreateConstInBoundsGEP1_64(I8, Ctxt, Off), Align(4));
      return B.CreateIntToPtr(B.CreateZExt(Raw, I64), Ptr, Name);
    };
    Data = Field(0, "data");
    DataEnd = Field(4, "data_end");
  }
  Value *pkt(Value *Base, uint64_t Off) {
    return B.CreateConstInBoundsGEP1_64(I8, Base, Off);
  }
  Value *frameLength() {
    return B.CreateSub(B.CreatePtrToInt(DataEnd, I64),
                       B.CreatePtrToInt(Data, I64));
  }
  Value *udpLength() {
    return B.CreateZExt(
        B.CreateUnaryIntrinsic(Intrinsic::bswap, loadPkt(I16, UdpOff + 4)),
        I64);
  }
  void checkPort() {
    // Source port 0 means "no reply wanted" (RFC 768): the original's
    // sendto() to it fails, so it sends nothing.
    require(B.CreateICmpNE(loadPkt(I16, UdpOff), ConstantInt::get(I16, 0)),
            "src.port");
    Value *Ours;
    if (C.Port) {
      uint16_t Port = *C.Port;
      Ours = ConstantInt::get(I16, uint16_t((Port >> 8) | (Port << 8)));
    } else {
      // Learned at run time; 0 until the runtime sets it.
      Ours = B.CreateAlignedLoad(I16, service(ServicePortOffset), Align(2),
                                 "service.port");
      require(B.CreateICmpNE(Ours, ConstantInt::get(I16, 0)),
              "service.configured");
    }
    require(B.CreateICmpEQ(loadPkt(I16, UdpOff + 2), Ours), "our.port");
    if (C.FamilyAtRunTime)
      checkBoundFamily();
  }
  /// A socket whose family was chosen at run time: only frames of the
  /// family it was bound with (the runtime's flag; none yet: none).
  void checkBoundFamily() {
    unsigned Bit = Net->AddrWords == 1 ? ServiceBoundInet : ServiceBoundInet6;
    Value *Flags = B.CreateAlignedLoad(I32, service(ServiceFlagsOffset),
                                       Align(4), "service.flags");
    require(B.CreateICmpNE(B.CreateAnd(Flags, ConstantInt::get(I32, Bit)),
                           ConstantInt::get(I32, 0)),
            "bound.family");
  }
  /// A connected socket receives only its peer's datagrams
  /// (Plan/Connected.h): the source must be the peer the runtime wrote
  /// (its port 0: not connected, or not yet told; nothing answered).
  void checkPeer() {
    Value *Port = B.CreateAlignedLoad(I16, service(ServicePeerPortOffset),
                                      Align(2), "service.peer.port");
    require(B.CreateICmpNE(Port, ConstantInt::get(I16, 0)), "connected");
    require(B.CreateICmpEQ(loadPkt(I16, UdpOff), Port), "from.peer.port");
    for (unsigned W = 0; W < Net->AddrWords; ++W)
      require(B.CreateICmpEQ(loadPkt(I32, Net->SaddrOff + 4 * W),
                             B.CreateAlignedLoad(
                                 I32, service(ServicePeerOffset + 4 * W),
                                 Align(4), "service.peer")),
              "from.peer");
  }
  /// Only packets to the bound address: a compile-time constant, or else
  /// the address the runtime writes into the service global (with a mask:
  /// zero, any). One compare per word, as for a constant: every test of the
  /// prologue the verifier can split on multiplies the states it walks.
  void checkAddress() {
    if (C.Connected)
      checkPeer();
    uint64_t DstOff = Net->DaddrOff;
    unsigned Words = Net->AddrWords;
    if (C.BoundAddress) {
      for (unsigned W = 0; W < Words; ++W) {
        uint32_t Word;
        memcpy(&Word, C.BoundAddress->data() + 4 * W, 4);
        require(B.CreateICmpEQ(loadPkt(I32, DstOff + 4 * W),
                               ConstantInt::get(I32, Word)),
                "our.address");
      }
      return;
    }
    for (unsigned W = 0; W < Words; ++W) {
      Value *Mask = B.CreateAlignedLoad(
          I32, service(ServiceMaskOffset + 4 * W), Align(4), "service.mask");
      Value *Addr = B.CreateAlignedLoad(
          I32, service(ServiceAddrOffset + 4 * W), Align(4), "service.addr");
      require(B.CreateICmpEQ(B.CreateAnd(loadPkt(I32, DstOff + 4 * W), Mask),
                             Addr),
              "our.address");
    }
  }
  Value *service(uint64_t Off) {
    if (!Service) {
      ArrayType *Ty = ArrayType::get(I8, ServiceSize);
      Service = new GlobalVariable(*G.KM, Ty, false,
                                   GlobalValue::ExternalLinkage,
                                   ConstantAggregateZero::get(Ty),
                                   ServiceGlobalName);
      Service->setAlignment(Align(8));
    }
    return B.CreateConstInBoundsGEP1_64(I8, Service, Off);
  }
  /// The IPv4 header's 16-bit one's complement sum (0xffff when its
  /// checksum is right; with the checksum field 0, the complement of it).
  Value *ipv4HeaderSum() {
    Value *Sum = ConstantInt::get(I64, 0);
    for (unsigned W = 0; W < 10; ++W)
      Sum = B.CreateAdd(Sum, B.CreateZExt(loadPkt(I16, IpStart + 2 * W), I64));
    return fold16(Sum);
  }

public:
  // The layers under UDP (XDPNet.cpp); public for their tables.
  Value *checkIPv4Headers();
  Value *checkIPv6Headers();
  void swapEthernetAddresses();
  void storePeerSockaddr4(uint64_t O);
  void storePeerSockaddr6(uint64_t O);
  void rewriteIPv4Reply(Value *Len);
  void rewriteIPv6Reply(Value *Len);
  /// The low 16 bits of \p V in network byte order.
  Value *net16(Value *V) {
    return B.CreateUnaryIntrinsic(Intrinsic::bswap, B.CreateTrunc(V, I16));
  }

  // Header fields at their natural alignment, as BPF C's struct iphdr and
  // udphdr have them: one load per field instead of one per byte (the
  // verifier allows unaligned packet access where the CPU does).
  Value *loadPkt(Type *T, uint64_t Off) {
    return B.CreateAlignedLoad(T, pkt(Data, Off), fieldAlign(T));
  }
  void storePkt(Value *V, uint64_t Off) {
    B.CreateAlignedStore(V, pkt(Data, Off), fieldAlign(V->getType()));
  }
  Align fieldAlign(Type *T) {
    return Align(std::min<uint64_t>(
        4, G.KM->getDataLayout().getTypeStoreSize(T).getFixedValue()));
  }
};

/// Ethernet + IPv4 without options, and Ethernet + IPv6 without extension
/// headers (XDPNet.cpp).
extern const NetLayer IPv4Net, IPv6Net;

} // namespace xdpgen
} // namespace koffload

#endif // KOFFLOAD_KERNEL_XDPUDPADAPTER_H
