//===- XDPMessage.cpp - The receive's and the replies' messages -----------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Where each socket call of the request path has its buffer, its length
// and its peer's address (XDPGenerator::Message): the operands of recv,
// recvfrom, read, send, sendto and write; for recvmsg and sendmsg the
// fields of the msghdr and of its iovec as last stored before the call
// (storedBefore). What the planner predicts of these refusals is in
// Plan/KernelLimits.cpp (checkMessageCall).
//
//===----------------------------------------------------------------------===//

#include "Kernel/XDPGenerator.h"
#include "Landmarks/SocketCalls.h"
#include "Support/StoredBefore.h"

using namespace llvm;

namespace koffload {
namespace xdpgen {

Expected<XDPGenerator::Message> XDPGenerator::messageOf(CallBase &CB) {
  // The operands by the one decoder of socket calls (SocketCalls.h).
  std::optional<SocketCall> SC = decodeSocketCall(CB);
  StringRef Name = SC ? SC->name() : directCalleeName(CB);
  Message M;
  // send and write go to the connected peer, the request's source
  // (Plan/Connected.h); read is recv without flags.
  if (Name == "recv" || Name == "recvfrom" || Name == "sendto" ||
      Name == "read" || Name == "send" || Name == "write") {
    M.Buf = SC->buffer();
    M.Len = SC->length();
    if (SC->Info.AddrLenOut && SC->address() && SC->addressLength()) {
      M.Addr = SC->address();
      M.AddrLen = SC->addressLength();
    }
    return M;
  }
  if (Name != "recvmsg" && Name != "sendmsg")
    return refuse(Name + " is not generated yet (recv, recvfrom, recvmsg, "
                         "read, send, sendto, sendmsg, write are)");
  // The msghdr's fields and its one iovec, as last stored before the call.
  M.Header = SC->msghdr();
  auto *H = dyn_cast<AllocaInst>(getUnderlyingObject(M.Header));
  if (!H || H != M.Header->stripPointerCasts())
    return refuse(Name + "'s msghdr is not a local");
  const CallBase *Recv = C.ArrivalCalls.front();
  Type *I64Ty = Type::getInt64Ty(Ctx), *PtrTy = PointerType::get(Ctx, 0);
  auto Field = [&](const AllocaInst *Obj, int64_t Off, Type *Ty) {
    return storedBefore(&CB, Obj, Off, 8, Ty, Recv); // 8-byte fields
  };
  auto *Count =
      dyn_cast_or_null<ConstantInt>(Field(H, msghdr_offset::IovLen, I64Ty));
  if (!Count || !Count->isOne())
    return refuse(Name + " with other than one iovec is not generated yet");
  Value *Control = Field(H, msghdr_offset::Control, PtrTy);
  if (!Control)
    return refuse(Name + "'s msg_control is not known where it is called");
  if (!isa<ConstantPointerNull>(Control))
    return refuse(Name + " with control messages is not generated");
  Value *Iov = Field(H, msghdr_offset::Iov, PtrTy);
  auto *IovObj = Iov ? dyn_cast<AllocaInst>(getUnderlyingObject(Iov)) : nullptr;
  if (!IovObj || IovObj != Iov->stripPointerCasts())
    return refuse(Name + "'s iovec is not a local koffload can follow");
  M.Buf = Field(IovObj, iovec_offset::Base, PtrTy);
  M.Len = Field(IovObj, iovec_offset::Len, I64Ty);
  if (!M.Buf || !M.Len)
    return refuse(Name + "'s buffer or length is not known where it is "
                         "called");
  Value *Addr = Field(H, msghdr_offset::Name, PtrTy);
  if (!Addr)
    return refuse(Name + "'s msg_name is not known where it is called");
  if (!isa<ConstantPointerNull>(Addr))
    M.Addr = Addr;
  return M;
}

Error XDPGenerator::checkMessages() {
  Expected<Message> Recv = messageOf(*C.ArrivalCalls.front());
  if (!Recv)
    return Recv.takeError();
  Arrival = *Recv;
  for (CallBase *Send : C.ReplyCalls) {
    Expected<Message> M = messageOf(*Send);
    if (!M)
      return M.takeError();
    Replies[Send] = *M;
  }
  return Error::success();
}

/// The original's stack objects keep their bytes from one request to the
/// next; this CPU's slot has an earlier request's instead, maybe one
/// userspace never saw. Bytes the program zeroes before each receive (a
/// memset of the object on every path to it) are zeroed here too, so a
/// reply of them (a 256-byte reply of a buffer zeroed, then filled with a
/// short line) sends zeros, not an earlier packet's bytes; bytes it sets
/// once before its loop and never writes again (`char quit[] = "quit"`,
/// compared with each request) are stored here, as the planner assumed
/// (StaleLocals.h). Other bytes from before the receive: the receive
/// buffer's past the received ones make a reply that includes them fall
/// back (emitReplySnapshot); the planner refuses other locals read before
/// the request writes them.
void XDPGenerator::initScratchObjects() {
  const DataLayout &DL = C.WorkFunction->getDataLayout();
  CallBase *Recv = C.ArrivalCalls.front();
  auto *RecvBuf = cast<AllocaInst>(getUnderlyingObject(Arrival.Buf));
  for (auto [Obj, Off] : ScratchOffset) {
    uint64_t Size = Obj->getAllocationSize(DL)->getFixedValue();
    Type *Ty = ArrayType::get(I8, Size);
    Value *Before = storedBefore(Recv, Obj, 0, Size, Ty, Recv);
    auto *Known = dyn_cast_or_null<Constant>(Before);
    if (!Known)
      continue;
    if (!Known->isNullValue()) {
      if (Constant *Bytes = constantAtReceive(Recv, Obj))
        B.CreateStore(Bytes, scratch(Off));
      continue;
    }
    // At most 512 bytes a memset: the backend expands each into stores.
    for (uint64_t At = 0; At < Size; At += 512)
      B.CreateMemSet(scratch(Off + At), ConstantInt::get(I8, 0),
                     std::min<uint64_t>(512, Size - At), Align(1));
    if (Obj == RecvBuf)
      RecvBufZeroed = true;
  }
}


} // namespace xdpgen
} // namespace koffload
