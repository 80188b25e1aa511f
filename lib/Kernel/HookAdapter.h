//===- HookAdapter.h - What a hook provides the generator -------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The generator's core (XDPGen.cpp, XDPClone.cpp, UndoLog.cpp, the record
// protocol) is hook-independent: it builds one BPF function around the
// request path and asks the hook, through this interface only, for what
// differs between hooks. One vocabulary, mapped per hook in its own files
// (as Cilium's ctx/xdp.h and ctx/skb.h): XDP/UDP is XDPUDPAdapter
// (XDPUDP.cpp, with the layers under UDP in XDPNet.cpp).
//
// SK_SKB/TCP is SkSkbTCPAdapter (SkSkbTCP.cpp). A new hook is a new class
// deriving from HookAdapter in its own files, plus its case in
// createHookAdapter() (HookAdapter.cpp, the one place a spec's transport
// picks its hook); nothing in the core changes.
// It must provide:
//
//   traits     the program's section and name, its verdict numbers
//              (answer, drop, pass), the bytes in front of the payload
//              (the core keeps room for them in the scratch slot, for a
//              reply that moves them), the peer address's length;
//   checkSpec  its own refusals of the spec, before anything is built;
//   receive    receiveHeaders(): from the program's context, the headers
//              checked (is this the service's request? else fall back
//              untouched) and the payload's length left; checkPayload():
//              the payload validated as the socket would see it (a
//              checksum) and copied into the scratch slot's frame area;
//              storePeerAddress(): the client's sockaddr into scratch;
//   reply      writeReply(): the reply buffer recorded by the core (its
//              offset and length) written into the packet, lengths and
//              checksums fixed, then commit() and the answer verdict.
//   pass       emitPass(): the fallback's verdict (default: return it).
//   companions addCompanionPrograms(), addMapBTF(): programs and maps of
//              the hook's own beside the request path's (TCP's sk_msg).
//
// The hook builds with the core's builder and helpers (BPFGenCore, the
// public part of XDPGenerator: require(), scratch(), helper(), ...), and
// keeps its own state (the context and packet pointers, the service
// global, its network layer).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_HOOKADAPTER_H
#define KOFFLOAD_KERNEL_HOOKADAPTER_H

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <memory>

namespace llvm {
class DIBuilder;
class DICompileUnit;
class DIFile;
class Value;
} // namespace llvm

namespace koffload {

struct OffloadSpec;

namespace xdpgen {

class XDPGenerator;

/// How a request ends, in the hook's numbers: the hook-independent code
/// (XDPGen.cpp, XDPClone.cpp) returns these and never a hook's literal.
struct HookVerdicts {
  unsigned Answer; ///< the reply goes out (XDP: back out of the interface)
  unsigned Drop;   ///< consumed without a reply
  unsigned Pass;   ///< untouched, to the stack and the server (fallback)
};

/// What the core needs to know of a hook, fixed once the adapter is made.
struct HookTraits {
  llvm::StringRef Section;     ///< the program's ELF section ("xdp")
  llvm::StringRef ProgramName; ///< the program's function name
  HookVerdicts Verdicts;
  /// The bytes in front of the payload (Ethernet, IP, UDP headers): the
  /// scratch slot keeps room for them, for a reply that moves them.
  uint64_t HeadersSize;
  /// sizeof the sockaddr a receive fills with the peer's address.
  uint32_t PeerAddressLen;
  /// A stream (TCP): a receive returns at most its buffer and leaves the
  /// rest for the next one, so a request longer than the buffer falls back
  /// (a datagram is truncated to it instead).
  bool Stream = false;
};

class HookAdapter {
public:
  virtual ~HookAdapter();

  virtual const HookTraits &traits() const = 0;

  /// The hook's own refusals of the spec. \p PeerAddress: the buffer the
  /// receive fills with the client's address, if it names one.
  virtual llvm::Error checkSpec(llvm::Value *PeerAddress) const = 0;

  /// At the start of the program (the builder there): checks the headers
  /// of a request to the service, else falls back untouched; returns the
  /// payload's length (i64).
  virtual llvm::Value *receiveHeaders() = 0;
  /// Validates the payload of \p PayloadLen bytes as the socket would get
  /// it and copies it to the scratch slot's frame area.
  virtual void checkPayload(llvm::Value *PayloadLen) = 0;
  /// Writes the client's sockaddr at scratch offset \p Off.
  virtual void storePeerAddress(uint64_t Off) = 0;
  /// At the end of a request with a reply: writes it into the packet,
  /// commits and returns the answer verdict (or falls back).
  virtual void writeReply() = 0;
  /// Returns the pass verdict from \p IRB's block (a fallback: the request
  /// goes to userspace untouched). A hook that counts what it passes
  /// (TCP's ordering) does so here.
  virtual void emitPass(llvm::IRBuilder<> &IRB);
  /// Before the BPF libc is linked: programs the hook needs beside the
  /// request path's (TCP's sk_msg).
  virtual void addCompanionPrograms() {}
  /// The BTF of the hook's own maps.
  virtual void addMapBTF(llvm::DIBuilder &, llvm::DICompileUnit *,
                         llvm::DIFile *) {}
};

/// The adapter of the spec's hook (its transport and family), building
/// with \p Core; a refusal for a hook not generated.
llvm::Expected<std::unique_ptr<HookAdapter>>
createHookAdapter(XDPGenerator &Core, const OffloadSpec &Spec);

} // namespace xdpgen
} // namespace koffload

#endif // KOFFLOAD_KERNEL_HOOKADAPTER_H
