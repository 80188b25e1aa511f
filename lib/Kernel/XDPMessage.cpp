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

#include <functional>

using namespace llvm;

namespace koffload {
namespace xdpgen {

/// The value last stored to bytes [Off, Off + Size) of the local \p Obj
/// before \p At, looking back through the blocks that lead there (every
/// path must give the same value); null when another write may come
/// between (a call given the object, a store at an unknown place in it),
/// the paths disagree, or a loop is reached first. A memset of zeros over
/// the field stores 0.
static Value *storedBefore(Instruction *At, const AllocaInst *Obj,
                           int64_t Off, uint64_t Size, Type *Ty,
                           const CallBase *Arrival) {
  const DataLayout &DL = At->getDataLayout();
  auto Place = [&](Value *P) -> std::optional<int64_t> {
    int64_t O = 0;
    if (GetPointerBaseWithConstantOffset(P, O, DL) != Obj)
      return std::nullopt;
    return O;
  };
  auto Overlaps = [&](int64_t O, uint64_t N) {
    return O < Off + int64_t(Size) && Off < O + int64_t(N);
  };
  // In one block, backwards from It: the value, "unknown" (nullptr with
  // Stop), or nothing here (look in the predecessors).
  auto InBlock = [&](BasicBlock *BB, BasicBlock::iterator It,
                     bool &Stop) -> Value * {
    Stop = true;
    while (It != BB->begin()) {
      Instruction &I = *--It;
      if (auto *St = dyn_cast<StoreInst>(&I)) {
        uint64_t N = DL.getTypeStoreSize(St->getValueOperand()->getType());
        std::optional<int64_t> O = Place(St->getPointerOperand());
        if (!O) {
          if (getUnderlyingObject(St->getPointerOperand()) == Obj)
            return nullptr; // somewhere in it
          continue;
        }
        if (*O == Off && N == Size && St->getValueOperand()->getType() == Ty)
          return St->getValueOperand();
        if (Overlaps(*O, N))
          return nullptr;
        continue;
      }
      if (auto *MS = dyn_cast<MemSetInst>(&I)) {
        std::optional<int64_t> O = Place(MS->getDest());
        auto *Len = dyn_cast<ConstantInt>(MS->getLength());
        if (!O) {
          if (getUnderlyingObject(MS->getDest()) == Obj)
            return nullptr;
          continue;
        }
        if (!Len || !Overlaps(*O, Len->getZExtValue()))
          continue;
        auto *Byte = dyn_cast<ConstantInt>(MS->getValue());
        if (Byte && Byte->isZero() && *O <= Off &&
            Off + int64_t(Size) <= *O + int64_t(Len->getZExtValue()))
          return Constant::getNullValue(Ty);
        return nullptr;
      }
      if (auto *CB = dyn_cast<CallBase>(&I)) {
        if (isa<DbgInfoIntrinsic>(CB) || CB->isLifetimeStartOrEnd())
          continue;
        // The receive writes only the msghdr's results, and the buffers.
        if (CB == Arrival && !Overlaps(msghdr_offset::NameLen, 4) &&
            !Overlaps(msghdr_offset::ControlLen, 8) &&
            !Overlaps(msghdr_offset::Flags, 4))
          continue;
        for (Value *A : CB->args())
          if (A->getType()->isPointerTy() && getUnderlyingObject(A) == Obj)
            return nullptr;
      }
    }
    Stop = false;
    return nullptr;
  };
  // Depth-first over the predecessors. A block already on the path closes
  // a cycle (a loop of the request between the store and the call): the
  // way round adds no store of its own, so it constrains nothing (nullopt);
  // a store inside the loop is met on the way round and must agree. Whole
  // blocks are answered once (diamonds in a row), unless the answer came
  // from a cycle through a block still on the path.
  SmallPtrSet<BasicBlock *, 16> OnPath;
  DenseMap<BasicBlock *, Value *> FromEnd;
  bool MetCycle = false;
  unsigned Steps = 0; // a bound on the walk: unknown past it
  std::function<std::optional<Value *>(BasicBlock *, BasicBlock::iterator)>
      Walk = [&](BasicBlock *BB,
                 BasicBlock::iterator It) -> std::optional<Value *> {
    if (++Steps > 4096)
      return nullptr;
    bool Whole = It == BB->end();
    if (Whole)
      if (auto Known = FromEnd.find(BB); Known != FromEnd.end())
        return Known->second;
    bool Stop;
    Value *Found = InBlock(BB, It, Stop);
    bool Cycle = false;
    if (!Stop) {
      if (pred_empty(BB) || OnPath.size() > 64)
        return nullptr;
      if (!OnPath.insert(BB).second) {
        MetCycle = true;
        return std::nullopt;
      }
      bool Any = false;
      for (BasicBlock *P : predecessors(BB)) {
        bool Before = MetCycle;
        MetCycle = false;
        std::optional<Value *> V = Walk(P, P->end());
        Cycle |= MetCycle;
        MetCycle |= Before;
        if (!V)
          continue; // round a loop: no store of its own
        if (!*V || (Any && *V != Found)) {
          Found = nullptr;
          Any = true;
          break;
        }
        Found = *V;
        Any = true;
      }
      OnPath.erase(BB);
      if (!Any)
        return std::nullopt;
    }
    if (Whole && !Cycle)
      FromEnd[BB] = Found;
    return Found;
  };
  return Walk(At->getParent(), At->getIterator()).value_or(nullptr);
}

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
/// short line) sends zeros, not an earlier packet's bytes. Other bytes
/// from before the receive: the receive buffer's past the received ones
/// make a reply that includes them fall back (emitReplySnapshot); the
/// planner refuses other locals read before the request writes them
/// (StaleLocals.h).
void XDPGenerator::zeroScratchObjects() {
  const DataLayout &DL = C.WorkFunction->getDataLayout();
  CallBase *Recv = C.ArrivalCalls.front();
  auto *RecvBuf = cast<AllocaInst>(getUnderlyingObject(Arrival.Buf));
  for (auto [Obj, Off] : ScratchOffset) {
    uint64_t Size = Obj->getAllocationSize(DL)->getFixedValue();
    Type *Ty = ArrayType::get(I8, Size);
    Value *Before = storedBefore(Recv, Obj, 0, Size, Ty, Recv);
    if (!Before || !isa<Constant>(Before) ||
        !cast<Constant>(Before)->isNullValue())
      continue;
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
