//===- XDPNet.cpp - Ethernet, IPv4 and IPv6 layers of the XDP hook -------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The layers under UDP, one function per layer and direction: the
// Ethernet addresses swapped for the reply; IPv4 (no options, not a
// fragment) and IPv6 (no extension headers) checked on the way in, with
// the peer's sockaddr_in/sockaddr_in6 the receive fills, and rewritten on
// the way out. The UDP layer (XDPUDP.cpp) calls the IPv4 or the IPv6 one.
//
//===----------------------------------------------------------------------===//

#include "Kernel/XDPUDPAdapter.h"

using namespace llvm;

namespace koffload {
namespace xdpgen {

//===-- Ethernet ----------------------------------------------------------===//

void XDPUDPAdapter::swapEthernetAddresses() {
  Value *DstMac0 = loadPkt(I32, 0), *DstMac1 = loadPkt(I16, 4);
  Value *SrcMac0 = loadPkt(I32, 6), *SrcMac1 = loadPkt(I16, 10);
  storePkt(SrcMac0, 0);
  storePkt(SrcMac1, 4);
  storePkt(DstMac0, 6);
  storePkt(DstMac1, 10);
}

//===-- IPv4 --------------------------------------------------------------===//

Value *XDPUDPAdapter::checkIPv4Headers() {
  require(B.CreateICmpEQ(loadPkt(I16, EthType), ConstantInt::get(I16, 0x0008)),
          "ipv4");
  require(B.CreateICmpEQ(loadPkt(I8, IpStart), ConstantInt::get(I8, 0x45)),
          "no.ip.options");
  require(B.CreateICmpEQ(B.CreateAnd(loadPkt(I16, IpFragOff),
                                     ConstantInt::get(I16, 0xff3f)),
                         ConstantInt::get(I16, 0)),
          "no.fragment");
  require(B.CreateICmpEQ(loadPkt(I8, IpProto), ConstantInt::get(I8, 17)),
          "udp");
  // The stack drops a header with a wrong checksum before any socket.
  {
    require(B.CreateICmpEQ(ipv4HeaderSum(), ConstantInt::get(I64, 0xffff)),
            "ip.csum.ok");
  }
  // Martian sources (0/8, 127/8, multicast and reserved 224/3) never reach
  // a socket; broadcast and multicast destinations are answered by the
  // original from its own address, which the offload does not know: both
  // are userspace's (or the stack's) to handle. First octet in the low
  // byte of the little-endian words.
  {
    Value *Src0 = B.CreateTrunc(loadPkt(I32, IpSaddr), I8);
    Value *Dst = loadPkt(I32, IpDaddr);
    Value *Dst0 = B.CreateTrunc(Dst, I8);
    require(B.CreateICmpNE(Src0, ConstantInt::get(I8, 0)), "src.not.zero");
    require(B.CreateICmpNE(Src0, ConstantInt::get(I8, 127)),
            "src.not.loopback");
    require(B.CreateICmpULT(Src0, ConstantInt::get(I8, 224)), "src.unicast");
    require(B.CreateICmpULT(Dst0, ConstantInt::get(I8, 224)), "dst.unicast");
    require(B.CreateICmpNE(Dst, ConstantInt::get(I32, 0xffffffff)),
            "dst.not.broadcast");
  }
  checkPort();
  checkAddress();
  // Lengths must agree with the frame; a malformed one goes to userspace.
  Value *TotLen = B.CreateZExt(
      B.CreateUnaryIntrinsic(Intrinsic::bswap, loadPkt(I16, IpTotLen)), I64);
  Value *UdpLength = udpLength();
  require(B.CreateICmpULE(B.CreateAdd(TotLen, ConstantInt::get(I64, IpStart)),
                          frameLength()),
          "ip.len.fits");
  require(
      B.CreateICmpEQ(TotLen, B.CreateAdd(UdpLength, ConstantInt::get(I64, 20))),
      "udp.len.agrees");
  require(B.CreateICmpUGE(UdpLength, ConstantInt::get(I64, 8)), "udp.len.ok");
  return B.CreateSub(UdpLength, ConstantInt::get(I64, 8), "payload");
}

/// The client's struct sockaddr_in, at scratch offset \p O.
void XDPUDPAdapter::storePeerSockaddr4(uint64_t O) {
  // struct sockaddr_in of the client.
  B.CreateStore(ConstantInt::get(I16, 2 /*AF_INET*/), scratch(O));
  B.CreateStore(loadPkt(I16, UdpSport), scratch(O + 2));
  B.CreateStore(loadPkt(I32, IpSaddr), scratch(O + 4));
  B.CreateStore(ConstantInt::get(I64, 0), scratch(O + 8));
}

/// The IPv4 header of a reply of \p Len payload bytes.
void XDPUDPAdapter::rewriteIPv4Reply(Value *Len) {
  Value *Saddr = loadPkt(I32, IpSaddr), *Daddr = loadPkt(I32, IpDaddr);
  storePkt(Daddr, IpSaddr);
  storePkt(Saddr, IpDaddr);
  storePkt(net16(B.CreateAdd(Len, ConstantInt::get(I64, 28))), IpTotLen);
  storePkt(ConstantInt::get(I8, 64), IpTtl);
  // The original's reply has the socket's TOS (0), not the request's.
  storePkt(ConstantInt::get(I8, 0), IpStart + 1);
  // A zero UDP checksum means "none" over IPv4; clients accept it.
  // IPv4 header checksum over the ten 16-bit words.
  storePkt(ConstantInt::get(I16, 0), IpCsum);
  storePkt(B.CreateTrunc(B.CreateNot(ipv4HeaderSum()), I16), IpCsum);
}

//===-- IPv6 --------------------------------------------------------------===//

Value *XDPUDPAdapter::checkIPv6Headers() {
  // Ethernet + IPv6 whose next header is UDP; extension headers, like IPv4
  // options, are userspace's.
  require(B.CreateICmpEQ(loadPkt(I16, EthType), ConstantInt::get(I16, 0xdd86)),
          "ipv6");
  require(B.CreateICmpEQ(B.CreateLShr(loadPkt(I8, Ip6Start), 4),
                         ConstantInt::get(I8, 6)),
          "version6");
  require(B.CreateICmpEQ(loadPkt(I8, Ip6NextHeader), ConstantInt::get(I8, 17)),
          "udp6");
  // Multicast (ff00::/8) sources never reach a socket; multicast
  // destinations are answered from the server's own address: both are not
  // the offload's.
  require(B.CreateICmpNE(loadPkt(I8, Ip6Saddr), ConstantInt::get(I8, 0xff)),
          "src6.unicast");
  require(B.CreateICmpNE(loadPkt(I8, Ip6Daddr), ConstantInt::get(I8, 0xff)),
          "dst6.unicast");
  checkPort();
  checkAddress();
  Value *PayLen = B.CreateZExt(
      B.CreateUnaryIntrinsic(Intrinsic::bswap, loadPkt(I16, Ip6PayloadLen)),
      I64);
  Value *UdpLength = udpLength();
  require(B.CreateICmpULE(B.CreateAdd(PayLen, ConstantInt::get(I64, UdpOff)),
                          frameLength()),
          "ip6.len.fits");
  require(B.CreateICmpEQ(PayLen, UdpLength), "udp6.len.agrees");
  require(B.CreateICmpUGE(UdpLength, ConstantInt::get(I64, 8)), "udp6.len.ok");
  return B.CreateSub(UdpLength, ConstantInt::get(I64, 8), "payload");
}

/// The client's struct sockaddr_in6, at scratch offset \p O.
void XDPUDPAdapter::storePeerSockaddr6(uint64_t O) {
  // struct sockaddr_in6: family, port, flow info 0, address, scope 0.
  B.CreateStore(ConstantInt::get(I16, 10 /*AF_INET6*/), scratch(O));
  B.CreateStore(loadPkt(I16, UdpOff), scratch(O + 2));
  B.CreateStore(ConstantInt::get(I32, 0), scratch(O + 4));
  for (unsigned W = 0; W < 4; ++W)
    B.CreateStore(loadPkt(I32, Ip6Saddr + 4 * W), scratch(O + 8 + 4 * W));
  B.CreateStore(ConstantInt::get(I32, 0), scratch(O + 24));
}

/// The IPv6 header of a reply of \p Len payload bytes.
void XDPUDPAdapter::rewriteIPv6Reply(Value *Len) {
  for (unsigned W = 0; W < 4; ++W) {
    Value *S = loadPkt(I32, Ip6Saddr + 4 * W);
    Value *D = loadPkt(I32, Ip6Daddr + 4 * W);
    storePkt(D, Ip6Saddr + 4 * W);
    storePkt(S, Ip6Daddr + 4 * W);
  }
  storePkt(net16(B.CreateAdd(Len, ConstantInt::get(I64, 8))), Ip6PayloadLen);
  storePkt(ConstantInt::get(I8, 64), Ip6HopLimit);
  // Version 6, traffic class and flow label 0: the request's are not the
  // reply's.
  storePkt(ConstantInt::get(I32, 0x60), Ip6Start);
  // IPv6 requires the UDP checksum; written after the payload below.
}

//===-- The layers' tables ------------------------------------------------===//

const NetLayer IPv4Net = {"IPv4",
                          UdpStart,
                          PayloadStart,
                          IpSaddr,
                          IpDaddr,
                          /*AddrWords=*/1,
                          /*PseudoProto=*/0x1100,
                          /*SockaddrLen=*/16,
                          /*ChecksumRequired=*/false,
                          &XDPUDPAdapter::checkIPv4Headers,
                          &XDPUDPAdapter::storePeerSockaddr4,
                          &XDPUDPAdapter::rewriteIPv4Reply};

const NetLayer IPv6Net = {"IPv6",
                          /*UdpOff=*/Ip6Start + 40,
                          /*PayloadOff=*/Ip6Start + 40 + 8,
                          Ip6Saddr,
                          Ip6Daddr,
                          /*AddrWords=*/4,
                          /*PseudoProto=*/0x11000000,
                          /*SockaddrLen=*/28,
                          /*ChecksumRequired=*/true,
                          &XDPUDPAdapter::checkIPv6Headers,
                          &XDPUDPAdapter::storePeerSockaddr6,
                          &XDPUDPAdapter::rewriteIPv6Reply};

} // namespace xdpgen
} // namespace koffload
