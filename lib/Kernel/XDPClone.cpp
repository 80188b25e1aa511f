//===- XDPClone.cpp - The request path, cloned into XDP -------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The request path of the working copy, cloned block by block into the
// program: its stack objects in this CPU's scratch, its globals as maps,
// memcpy/memset/memcmp and the BPF libc's calls lowered, the send turned
// into a snapshot of the reply (written into the frame by the hook at the
// end, XDPUDP.cpp). Hook-independent.
//
//===----------------------------------------------------------------------===//

#include "Kernel/XDPGenerator.h"
#include "Landmarks/SocketCalls.h"
#include "Support/FormatSpec.h"

using namespace llvm;

namespace koffload {
namespace xdpgen {

/// How many bytes from the start of \p Obj the request path certainly
/// writes before \p Send, by stores and memory intrinsics of constant
/// place and size that dominate it (a reply prefix copied over the
/// request). Run-time lengths (sprintf's) are not counted.
uint64_t XDPGenerator::writtenPrefix(CallBase &Send, const AllocaInst *Obj,
                                     const DominatorTree &DT) {
  const DataLayout &DL = C.WorkFunction->getDataLayout();
  SmallVector<std::pair<uint64_t, uint64_t>, 4> Ranges;
  for (BasicBlock *BB : C.KernelBlocks)
    for (Instruction &I : *BB) {
      Value *Dest = nullptr;
      uint64_t N = 0;
      if (auto *St = dyn_cast<StoreInst>(&I)) {
        Dest = St->getPointerOperand();
        N = DL.getTypeStoreSize(St->getValueOperand()->getType());
      } else if (auto *MI = dyn_cast<MemIntrinsic>(&I)) {
        auto *Size = dyn_cast<ConstantInt>(MI->getLength());
        if (!Size)
          continue;
        Dest = MI->getDest();
        N = Size->getZExtValue();
      } else {
        continue;
      }
      int64_t Off = 0;
      if (GetPointerBaseWithConstantOffset(Dest, Off, DL) != Obj || Off < 0 ||
          !DT.dominates(&I, &Send))
        continue;
      Ranges.push_back({uint64_t(Off), uint64_t(Off) + N});
    }
  llvm::sort(Ranges);
  uint64_t End = 0;
  for (auto [From, To] : Ranges)
    if (From <= End)
      End = std::max(End, To);
  return End;
}

/// Whether \p CB is sprintf or snprintf (or their _chk forms) formatting
/// at the start of \p Obj; \p Bounded tells snprintf, which returns the
/// length it would have written, not what it wrote.
static bool formatsAtStart(const CallBase &CB, const AllocaInst *Obj,
                           const DataLayout &DL, bool &Bounded) {
  StringRef Name = directCalleeName(CB);
  Bounded = Name == "snprintf" || Name == "__snprintf_chk";
  int64_t Off = 0;
  return (Bounded || Name == "sprintf" || Name == "__sprintf_chk") &&
         CB.arg_size() >= 2 &&
         GetPointerBaseWithConstantOffset(CB.getArgOperand(0), Off, DL) ==
             Obj &&
         Off == 0;
}

/// How many bytes from the start of \p Obj the formatting calls that
/// dominate \p Send write there, at run time (the text and its NUL:
/// sprintf's result + 1, snprintf's min(result, size - 1) + 1 for a size
/// other than 0), as an i64 in the kernel function; null if none does.
/// writtenPrefix counts constant places and sizes only: without this, a
/// reply formatted over a shorter request ("visit 7" after "hi") fell
/// back for bytes the path had written itself.
Value *XDPGenerator::formattedPrefix(CallBase &Send, const AllocaInst *Obj,
                                     const DominatorTree &DT) {
  const DataLayout &DL = C.WorkFunction->getDataLayout();
  Value *Most = nullptr;
  for (BasicBlock *BB : C.KernelBlocks)
    for (Instruction &I : *BB) {
      auto *CB = dyn_cast<CallBase>(&I);
      bool Bounded;
      if (!CB || !formatsAtStart(*CB, Obj, DL, Bounded) ||
          !DT.dominates(CB, &Send))
        continue;
      Value *Ret = VMap.lookup(CB);
      if (!Ret || !Ret->getType()->isIntegerTy())
        continue;
      // A negative result (an error) wrote nothing we count.
      Value *Text = B.CreateSExt(Ret, I64);
      Text = B.CreateBinaryIntrinsic(Intrinsic::smax, Text,
                                     ConstantInt::get(I64, 0));
      Value *Bytes = B.CreateAdd(Text, ConstantInt::get(I64, 1));
      if (Bounded) {
        Value *Size = VMap.lookup(CB->getArgOperand(1));
        if (!Size && isa<ConstantInt>(CB->getArgOperand(1)))
          Size = CB->getArgOperand(1);
        if (!Size)
          continue;
        Size = B.CreateZExtOrTrunc(Size, I64);
        Bytes = B.CreateSelect(
            B.CreateICmpEQ(Size, ConstantInt::get(I64, 0)),
            ConstantInt::get(I64, 0),
            B.CreateBinaryIntrinsic(Intrinsic::umin, Bytes, Size));
      }
      Most = Most ? B.CreateBinaryIntrinsic(Intrinsic::umax, Most, Bytes)
                  : Bytes;
    }
  return Most;
}

/// Whether the reply's length \p Len is what sprintf returned for text it
/// formatted at the start of \p Obj (through casts, and phis or selects
/// of several such calls: one per literal a `%s` chose), so that the reply
/// is bytes the request wrote. (snprintf returns the length it would have
/// written: formattedPrefix checks those at run time.)
static bool lengthOfFormattedText(Value *Len, const AllocaInst *Obj,
                                  const DataLayout &DL) {
  SmallVector<Value *, 4> Work{Len};
  SmallPtrSet<Value *, 8> Seen;
  while (!Work.empty()) {
    Value *V = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    if (isa<CastInst>(V)) {
      Work.push_back(cast<CastInst>(V)->getOperand(0));
      continue;
    }
    if (auto *Phi = dyn_cast<PHINode>(V)) {
      append_range(Work, Phi->incoming_values());
      continue;
    }
    if (auto *Sel = dyn_cast<SelectInst>(V)) {
      Work.push_back(Sel->getTrueValue());
      Work.push_back(Sel->getFalseValue());
      continue;
    }
    auto *CB = dyn_cast<CallBase>(V);
    bool Bounded;
    if (!CB || !formatsAtStart(*CB, Obj, DL, Bounded) || Bounded)
      return false;
  }
  return true;
}

Error XDPGenerator::emitReplySnapshot(CallBase &Send) {
  // sendto(fd, buf, len, flags, addr, addrlen): remember which bytes; the
  // packet is rewritten from them only when the request is done, so a
  // fallback after the send still finds the packet untouched. The planner
  // proved the buffer is a stack object; checkReplyBuffers() that nothing
  // writes it after the send.
  const Message &M = Replies.lookup(&Send);
  auto *Obj = dyn_cast<AllocaInst>(getUnderlyingObject(M.Buf));
  Value *Len = VMap.lookup(M.Len);
  if (!Len && isa<ConstantInt>(M.Len))
    Len = M.Len;
  bool Local = Obj && Obj == M.Buf->stripPointerCasts() &&
               ScratchOffset.count(Obj);
  if (!Local && ConstantReplySize && !constantReplySources(M.Buf).empty()) {
    if (!Len)
      return refuse("the reply length comes from outside the path");
    return emitConstantReply(Send, M, Len);
  }
  if (!Local)
    return refuse("the reply is sent neither from the start of a local "
                  "buffer nor from constant data");
  if (!Len)
    return refuse("the reply length comes from outside the path");
  uint64_t Size =
      Obj->getAllocationSize(KM->getDataLayout())->getFixedValue();
  Len = B.CreateZExtOrTrunc(Len, I64);
  require(B.CreateICmpULE(Len, ConstantInt::get(
                                   I64, std::min<uint64_t>(Size, Limits.MaxReply))),
          "reply.fits");
  // The receive buffer's bytes past the received ones are, in the
  // original, whatever it held before the receive (unless it zeroed them:
  // initScratchObjects); here an earlier packet's. A reply that reaches
  // past the received bytes falls back, never sending those. (With the
  // reply's room checked first, every datagram fills a fixed-size reply.)
  if (Obj == getUnderlyingObject(Arrival.Buf) && !RecvBufZeroed &&
      !(C.ReplyRoom && RecvCap >= C.ReplyRoom) &&
      !lengthOfFormattedText(M.Len, Obj, C.WorkFunction->getDataLayout())) {
    // One dominator tree for both: what the path writes before the send.
    DominatorTree DT(*C.WorkFunction);
    uint64_t Written = writtenPrefix(Send, Obj, DT);
    auto *CLen = dyn_cast<ConstantInt>(Len);
    if (!CLen || CLen->getZExtValue() > Written) {
      Value *Known = B.CreateBinaryIntrinsic(
          Intrinsic::umax, B.CreateZExtOrTrunc(PayloadLen, I64),
          ConstantInt::get(I64, Written));
      if (Value *Formatted = formattedPrefix(Send, Obj, DT))
        Known = B.CreateBinaryIntrinsic(Intrinsic::umax, Known, Formatted);
      require(B.CreateICmpULE(Len, Known), "reply.received");
    }
  }
  B.CreateStore(ConstantInt::get(I8, 1), Replied);
  B.CreateStore(Len, ReplyLen);
  ReplyFrom.insert(ScratchOffset.lookup(Obj));
  ReplyBufSize = std::max(ReplyBufSize, Size);
  B.CreateStore(ConstantInt::get(I64, ScratchOffset.lookup(Obj)), ReplyOff);
  VMap[&Send] = B.CreateZExtOrTrunc(Len, Send.getType());
  return Error::success();
}

Error XDPGenerator::emitConstantReply(CallBase &Send, const Message &M,
                                      Value *Len) {
  // A reply of constant data (a string literal, a const table's entry,
  // one of several chosen by a select or phi): its bytes copied now into
  // the slot's constant-reply area, from the globals' read-only copies in
  // the program, so that the hook writes it as any reply buffer. Which
  // global the pointer is in, and how many bytes follow it there, is
  // found at run time: the program may send no more than that.
  Value *Src = VMap.lookup(M.Buf);
  if (!Src && isa<Constant>(M.Buf))
    Src = MapValue(M.Buf, VMap);
  if (!Src)
    return refuse("the reply buffer comes from outside the path");
  const DataLayout &DL = C.WorkFunction->getDataLayout();
  Value *At = B.CreatePtrToInt(opaque(Src), I64);
  Value *Avail = ConstantInt::get(I64, 0);
  for (const GlobalVariable *GV : constantReplySources(M.Buf)) {
    auto *New = dyn_cast_or_null<GlobalVariable>(VMap.lookup(GV));
    if (!New)
      return refuse("the reply is sent from " + GV->getName() +
                    ", which the kernel side does not have");
    uint64_t Size = DL.getTypeAllocSize(GV->getValueType());
    Value *Off = B.CreateSub(At, B.CreatePtrToInt(New, I64));
    Avail = B.CreateSelect(B.CreateICmpULT(Off, ConstantInt::get(I64, Size)),
                           B.CreateSub(ConstantInt::get(I64, Size), Off),
                           Avail);
  }
  Len = B.CreateZExtOrTrunc(Len, I64);
  require(B.CreateICmpULE(Len, Avail), "reply.in.constant");
  require(B.CreateICmpULE(Len, ConstantInt::get(I64, ConstantReplySize)),
          "reply.fits");
  ifThen(
      B.CreateICmpNE(Len, ConstantInt::get(I64, 0)), ConstantInt::get(I64, 0),
      [&] {
        Value *Len32 = B.CreateTrunc(opaque(Len), I32);
        require(B.CreateAnd(B.CreateICmpUGE(Len32, ConstantInt::get(I32, 1)),
                            B.CreateICmpULE(Len32, ConstantInt::get(
                                                       I32, ConstantReplySize))),
                "reply.copy.len");
        Value *Err = helper(HelperProbeReadKernel, I64,
                            {scratch(ConstantReplyOffset), Len32, Src});
        require(B.CreateICmpEQ(Err, ConstantInt::get(I64, 0)),
                "reply.copied");
        return Err;
      },
      "reply.copy");
  B.CreateStore(ConstantInt::get(I8, 1), Replied);
  B.CreateStore(Len, ReplyLen);
  ReplyFrom.insert(ConstantReplyOffset);
  ReplyBufSize = std::max(ReplyBufSize, ConstantReplySize);
  B.CreateStore(ConstantInt::get(I64, ConstantReplyOffset), ReplyOff);
  VMap[&Send] = B.CreateZExtOrTrunc(Len, Send.getType());
  return Error::success();
}

Error XDPGenerator::emitConstantStrlen(CallBase &Call) {
  // strlen of a pointer chosen between string literals (`reply = ok ?
  // "OK" : "ERROR"; sendto(fd, reply, strlen(reply), ...)`): the BPF libc
  // takes one object; here the literal the pointer starts, found at run
  // time as in emitConstantReply, gives its length, known now. A pointer
  // inside a literal falls back.
  Value *P = Call.getArgOperand(0);
  Value *Src = VMap.lookup(P);
  if (!Src && isa<Constant>(P))
    Src = MapValue(P, VMap);
  if (!Src)
    return refuse("strlen of a value from outside the path");
  Value *At = B.CreatePtrToInt(opaque(Src), I64);
  Value *None = ConstantInt::getAllOnesValue(I64);
  Value *Len = None;
  for (const GlobalVariable *GV : constantReplySources(P)) {
    auto *New = dyn_cast_or_null<GlobalVariable>(VMap.lookup(GV));
    auto *Data = dyn_cast<ConstantDataArray>(GV->getInitializer());
    if (!New || !Data || !Data->isString())
      continue; // no string there: a request that picks it falls back
    StringRef Str = Data->getAsString();
    size_t N = Str.find('\0');
    if (N == StringRef::npos)
      continue;
    Value *Off = B.CreateSub(At, B.CreatePtrToInt(New, I64));
    Len = B.CreateSelect(B.CreateICmpEQ(Off, ConstantInt::get(I64, 0)),
                         ConstantInt::get(I64, N), Len);
  }
  require(B.CreateICmpNE(Len, None), "strlen.of.literal");
  VMap[&Call] = B.CreateZExtOrTrunc(Len, Call.getType());
  return Error::success();
}

bool XDPGenerator::mayWriteInto(Instruction &I, const Value *Obj) const {
  // Conservatively: a store, memory intrinsic or call (other than the
  // receive and the sends) through a pointer into the object, or through
  // one whose object is unknown; any other write to memory.
  auto MayPointInto = [&](const Value *P) {
    const Value *O = getUnderlyingObject(P);
    return O == Obj || !(isa<AllocaInst>(O) || isa<GlobalVariable>(O));
  };
  if (auto *St = dyn_cast<StoreInst>(&I))
    return MayPointInto(St->getPointerOperand());
  if (auto *MI = dyn_cast<AnyMemIntrinsic>(&I))
    return MayPointInto(MI->getRawDest());
  if (auto *CB = dyn_cast<CallBase>(&I)) {
    if (CB == C.ArrivalCalls.front() || is_contained(C.ReplyCalls, CB) ||
        isa<DbgInfoIntrinsic>(CB) || CB->isLifetimeStartOrEnd())
      return false;
    // The end of a variable-size local's scope moves the stack pointer
    // back; it writes no object.
    if (auto *II = dyn_cast<IntrinsicInst>(CB);
        II && (II->getIntrinsicID() == Intrinsic::stacksave ||
               II->getIntrinsicID() == Intrinsic::stackrestore))
      return false;
    return any_of(CB->args(), [&](Value *A) {
      return A->getType()->isPointerTy() && MayPointInto(A);
    });
  }
  return I.mayWriteToMemory();
}

bool XDPGenerator::receiveBufferUnchanged() const {
  const Value *Buf = getUnderlyingObject(Arrival.Buf);
  for (BasicBlock *BB : C.KernelBlocks)
    for (Instruction &I : *BB)
      if (mayWriteInto(I, Buf))
        return false;
  return true;
}

Error XDPGenerator::checkReplyBuffers() {
  // Nothing may write a reply buffer after its send: the rest of the send's
  // block, and every kernel block after it.
  for (CallBase *Send : C.ReplyCalls) {
    // Constant data: nothing writes it.
    if (!constantReplySources(Replies.lookup(Send).Buf).empty())
      continue;
    const Value *Obj = getUnderlyingObject(Replies.lookup(Send).Buf);
    for (Instruction *I = Send->getNextNode(); I; I = I->getNextNode())
      if (mayWriteInto(*I, Obj))
        return refuse("the reply buffer is written after the send");
    SmallPtrSet<BasicBlock *, 16> Seen;
    SmallVector<BasicBlock *, 16> Work(successors(Send->getParent()));
    while (!Work.empty()) {
      BasicBlock *BB = Work.pop_back_val();
      if (!is_contained(C.KernelBlocks, BB) || !Seen.insert(BB).second)
        continue;
      for (Instruction &I : *BB)
        if (mayWriteInto(I, Obj))
          return refuse("the reply buffer is written after the send");
      append_range(Work, successors(BB));
    }
  }
  return Error::success();
}

Error XDPGenerator::emitMemIntrinsic(CallBase &Call) {
  auto *MI = cast<AnyMemIntrinsic>(&Call);
  Value *Len = VMap.lookup(MI->getLength());
  if (!Len && isa<Constant>(MI->getLength()))
    Len = MI->getLength();
  Value *Dst = VMap.lookup(MI->getRawDest());
  if (!Len || !Dst)
    return refuse("a memory operation uses a value from outside the path");
  if (isa<ConstantInt>(Len) && cast<ConstantInt>(Len)->getZExtValue() <= 512) {
    // Small constant sizes: the backend expands them.
    Instruction *New = Call.clone();
    New->setDebugLoc(DebugLoc()); // the user's debug info stays out
    New->dropUnknownNonDebugMetadata();
    B.Insert(New);
    RemapInstruction(New, VMap, RF_IgnoreMissingLocals);
    return Error::success();
  }
  Len = B.CreateZExtOrTrunc(Len, I64);
  uint64_t Cap = bytesAfter(MI->getRawDest());
  if (auto *MT = dyn_cast<AnyMemTransferInst>(MI))
    Cap = std::min(Cap, bytesAfter(MT->getRawSource()));
  require(B.CreateICmpULE(Len, ConstantInt::get(I64, Cap)), "mem.len.fits");
  if (auto *MS = dyn_cast<MemSetInst>(MI)) {
    Value *Byte = VMap.lookup(MS->getValue());
    if (!Byte && isa<Constant>(MS->getValue()))
      Byte = MS->getValue();
    if (!Byte)
      return refuse("memset of a value from outside the path");
    loop(
        Len, Cap,
        [&](Value *I) {
          B.CreateAlignedStore(Byte, B.CreateInBoundsGEP(I8, Dst, I),
                               Align(1));
        },
        "memset");
    return Error::success();
  }
  auto *MT = cast<AnyMemTransferInst>(MI);
  Value *Src = VMap.lookup(MT->getRawSource());
  if (!Src && isa<Constant>(MT->getRawSource()))
    Src = MapValue(MT->getRawSource(), VMap);
  if (!Src)
    return refuse("a copy from outside the path");
  if (GlobalVariable *DstGV = singleGlobalUnder(Dst, /*AllowNull=*/true);
      DstGV && isa<MemCpyInst>(MI)) {
    // One helper call instead of a byte loop, so the verifier checks it once
    // instead of once per byte and state: bpf_probe_read_kernel copies
    // between two places in kernel memory (map values here). The verifier
    // bounds the destination's offset and the length separately, so the
    // offset is kept at most size - cap and the length at most cap.
    uint64_t Size = KM->getDataLayout().getTypeAllocSize(DstGV->getValueType());
    // The smaller the length's bound, the more of the global a copy can
    // reach: the program's own bound on it (SCEV) when it has one; when
    // the object's bound leaves no room for the offset, what the undo log
    // can keep (a longer copy into shared memory falls back anyway when a
    // fallback may follow it: UndoLog.h).
    uint64_t CopyCap = Cap;
    if (std::optional<uint64_t> Max = workRangeMax(MI->getLength(), MI))
      CopyCap = std::min(CopyCap, std::max<uint64_t>(*Max, 1));
    if (Size <= CopyCap)
      CopyCap = std::min<uint64_t>(CopyCap, MaxUndoneCopyBytes);
    Cap = CopyCap;
    if (Size > Cap) {
      BasicBlock *Copy = BasicBlock::Create(Ctx, "copy", F);
      BasicBlock *Copied = BasicBlock::Create(Ctx, "copied", F);
      B.CreateCondBr(B.CreateICmpEQ(Len, ConstantInt::get(I64, 0)), Copied,
                     Copy);
      B.SetInsertPoint(Copy);
      // The destination may be null on paths a correct program does not
      // copy on (a lookup that found nothing); the verifier walks them
      // all, and must see the null tested on the register it subtracts.
      Value *DstReg = opaque(Dst);
      require(B.CreateIsNotNull(DstReg), "copy.dst.nonnull");
      Value *Off = opaque(B.CreateSub(B.CreatePtrToInt(DstReg, I64),
                                      B.CreatePtrToInt(DstGV, I64)));
      require(B.CreateICmpULE(Off, ConstantInt::get(I64, Size - Cap)),
              "copy.dst.ok");
      Value *To = B.CreateInBoundsGEP(I8, DstGV, Off);
      Value *Len32 = B.CreateTrunc(opaque(Len), I32);
      require(B.CreateAnd(B.CreateICmpUGE(Len32, ConstantInt::get(I32, 1)),
                          B.CreateICmpULE(Len32, ConstantInt::get(I32, Cap))),
              "copy.len.ok");
      Value *Err = helper(HelperProbeReadKernel, I64, {To, Len32, Src});
      require(B.CreateICmpEQ(Err, ConstantInt::get(I64, 0)), "copy.done");
      B.CreateBr(Copied);
      B.SetInsertPoint(Copied);
      return Error::success();
    }
  }
  // Byte copy; memmove's overlap cannot happen between the distinct
  // objects the path uses, and forward copy is right when dst < src.
  loop(
      Len, Cap,
      [&](Value *I) {
        Value *Byte =
            B.CreateAlignedLoad(I8, B.CreateInBoundsGEP(I8, Src, I), Align(1));
        B.CreateAlignedStore(Byte, B.CreateInBoundsGEP(I8, Dst, I), Align(1));
      },
      "memcpy");
  return Error::success();
}

Error XDPGenerator::emitMemcmp(CallBase &Call) {
  Value *A = VMap.lookup(Call.getArgOperand(0));
  Value *Bp = VMap.lookup(Call.getArgOperand(1));
  Value *N = VMap.lookup(Call.getArgOperand(2));
  if (!A && isa<Constant>(Call.getArgOperand(0)))
    A = MapValue(Call.getArgOperand(0), VMap);
  if (!Bp && isa<Constant>(Call.getArgOperand(1)))
    Bp = MapValue(Call.getArgOperand(1), VMap);
  if (!N && isa<Constant>(Call.getArgOperand(2)))
    N = Call.getArgOperand(2);
  if (!A || !Bp || !N)
    return refuse("memcmp of values from outside the path");
  N = B.CreateZExtOrTrunc(N, I64);
  uint64_t Cap = std::min(bytesAfter(Call.getArgOperand(0)),
                          bytesAfter(Call.getArgOperand(1)));
  require(B.CreateICmpULE(N, ConstantInt::get(I64, Cap)), "memcmp.len.fits");
  // Compare byte by byte and stop at the first difference, which is the
  // result, as memcmp's.
  BasicBlock *Pre = B.GetInsertBlock();
  BasicBlock *Head = BasicBlock::Create(Ctx, "memcmp.head", F);
  BasicBlock *Body = BasicBlock::Create(Ctx, "memcmp.body", F);
  BasicBlock *Exit = BasicBlock::Create(Ctx, "memcmp.exit", F);
  B.CreateBr(Head);
  B.SetInsertPoint(Head);
  PHINode *I = B.CreatePHI(I64, 2, "memcmp.i");
  I->addIncoming(ConstantInt::get(I64, 0), Pre);
  B.CreateCondBr(B.CreateAnd(B.CreateICmpULT(I, N),
                             B.CreateICmpULT(I, ConstantInt::get(I64, Cap))),
                 Body, Exit);
  Head->getTerminator()->setMetadata(marker::Capped, MDNode::get(Ctx, {}));
  B.SetInsertPoint(Body);
  Value *X = B.CreateZExt(
      B.CreateAlignedLoad(I8, B.CreateInBoundsGEP(I8, A, I), Align(1)), I32);
  Value *Y = B.CreateZExt(
      B.CreateAlignedLoad(I8, B.CreateInBoundsGEP(I8, Bp, I), Align(1)), I32);
  Value *Diff = B.CreateSub(X, Y);
  BasicBlock *BodyEnd = B.GetInsertBlock();
  I->addIncoming(B.CreateAdd(I, ConstantInt::get(I64, 1)), BodyEnd);
  B.CreateCondBr(B.CreateICmpEQ(Diff, ConstantInt::get(I32, 0)), Head, Exit);
  B.SetInsertPoint(Exit);
  PHINode *Result = B.CreatePHI(I32, 2, "memcmp.result");
  Result->addIncoming(ConstantInt::get(I32, 0), Head);
  Result->addIncoming(Diff, BodyEnd);
  VMap[&Call] = B.CreateSExtOrTrunc(Result, Call.getType());
  return Error::success();
}

Error XDPGenerator::cloneInstruction(Instruction &I) {
  if (isa<DbgInfoIntrinsic>(I))
    return Error::success();
  // `fds[i].fd` loaded again for the send: the reply goes back on the
  // request's own socket.
  if ((isa<LoadInst>(I) || isa<CastInst>(I)) &&
      onlyFdOf(&I, [&](const CallBase &CB) {
        return is_contained(C.ReplyCalls, &CB);
      }))
    return Error::success();
  // stdout or stderr for a recorded log call: the replay loads its own;
  // inet_ntoa of a recorded address: the replay calls it.
  if (onlyStreamOfLogCalls(I) || replayedForLogCalls(I))
    return Error::success();
  // Used only past the request's end (the dispatch loop's i++ for its
  // header): nothing the kernel runs needs it.
  if (!I.isTerminator() && !I.mayHaveSideEffects() && !I.use_empty() &&
      none_of(I.users(), [&](const User *U) {
        const auto *UI = dyn_cast<Instruction>(U);
        return !UI || is_contained(C.KernelBlocks, UI->getParent());
      }))
    return Error::success();
  if (auto *II = dyn_cast<IntrinsicInst>(&I)) {
    switch (II->getIntrinsicID()) {
    case Intrinsic::lifetime_start:
    case Intrinsic::lifetime_end:
    case Intrinsic::assume:
    case Intrinsic::experimental_noalias_scope_decl:
      return Error::success();
    // A variable-size local's scope (the planner keeps such locals off
    // the path: DynamicStack); the program's stack has no dynamic part.
    case Intrinsic::stacksave:
      VMap[II] = ConstantPointerNull::get(cast<PointerType>(II->getType()));
      return Error::success();
    case Intrinsic::stackrestore:
      return Error::success();
    case Intrinsic::memcpy:
    case Intrinsic::memmove:
    case Intrinsic::memset:
      return emitMemIntrinsic(*II);
    default:
      break;
    }
  }
  if (auto *CB = dyn_cast<CallBase>(&I); CB && !isa<IntrinsicInst>(CB)) {
    if (is_contained(C.ReplyCalls, CB))
      return emitReplySnapshot(*CB);
    StringRef Name = directCalleeName(*CB);
    if (Name == "memcmp" || Name == "bcmp")
      return emitMemcmp(*CB);
    if (Name == "clock_gettime" || Name == "time" || Name == "gettimeofday")
      return emitClockRead(*CB);
    if (isLogFunction(Name))
      return emitLogRecord(*CB);
    if (Name == "strlen" && CB->arg_size() == 1 &&
        constantReplySources(CB->getArgOperand(0)).size() > 1)
      return emitConstantStrlen(*CB);
    if (Name == "memcpy" || Name == "memmove" || Name == "memset")
      return refuse("libc " + Name + " call (not the intrinsic) on the path");

    if (Name == "sched_getcpu" && CB->arg_size() == 0) {
      VMap[CB] = B.CreateZExtOrTrunc(
          helper(HelperGetSmpProcessorId, B.getInt32Ty(), {}), CB->getType());
      return Error::success();
    }
    if (isBPFLibcCall(Name) || isFormatCallName(Name)) {
      // The BPF libc's koffload_<name>, linked in by linkBPFLibc();
      // sprintf/snprintf as its pieces (BPFFormat.cpp).
      const DataLayout &DL = C.WorkFunction->getDataLayout();
      auto ObjectOf = [&](const Value *O) -> std::optional<BPFLibcObject> {
        if (auto *AI = dyn_cast<AllocaInst>(O); AI && ScratchOffset.count(AI))
          return BPFLibcObject{Scratch, scratch(ScratchOffset.lookup(AI)),
                               AI->getAllocationSize(DL)->getFixedValue()};
        if (auto *GV = dyn_cast<GlobalVariable>(O))
          if (auto *New = dyn_cast_or_null<GlobalVariable>(VMap.lookup(GV)))
            return BPFLibcObject{New, New,
                                 DL.getTypeAllocSize(GV->getValueType())};
        return std::nullopt;
      };
      auto Launder = [&] { return scratch(LaunderOffset); };
      auto Status = [&]() -> Value * {
        if (!LibcStatus)
          LibcStatus = createBPFLibcStatus(*F);
        return LibcStatus;
      };
      BPFLibcSite Site{B, *F, Fallback, VMap, ObjectOf, Launder, Status};
      return isFormatCallName(Name) ? lowerFormatCall(*CB, Site)
                                    : lowerBPFLibcCall(*CB, Site);
    }
    if (isMissingFromBPFLibc(Name))
      return refuse("call to " + Name +
                    " is not generated yet (the BPF libc has no " + Name +
                    ": runtime/README.md)");
    return refuse("call to " + (Name.empty() ? StringRef("a function pointer")
                                             : Name) +
                  " is not generated yet");
  }
  mapHoistedCtypeTables(I, VMap, *F);
  Instruction *New = I.clone();
  New->setName(I.getName());
  New->setDebugLoc(DebugLoc());
  New->dropUnknownNonDebugMetadata();
  B.Insert(New);
  VMap[&I] = New;
  return Error::success();
}

Value *XDPGenerator::hoistedAddressBase(Value *V) const {
  // A GEP with constant indices or a cast, outside the path (the planner's
  // optimizations hoist such addresses of a local out of the event loop).
  while (auto *I = dyn_cast<Instruction>(V)) {
    if (is_contained(C.KernelBlocks, I->getParent()))
      break;
    auto *GEP = dyn_cast<GetElementPtrInst>(I);
    if (!(GEP && GEP->hasAllConstantIndices()) && !isa<CastInst>(I))
      break;
    V = I->getOperand(0);
  }
  return V;
}

void XDPGenerator::rebuildHoistedAddress(Value *V) {
  auto *I = dyn_cast<Instruction>(V);
  if (!I || VMap.count(I) || is_contained(C.KernelBlocks, I->getParent()) ||
      !isa<AllocaInst, GlobalVariable>(hoistedAddressBase(I)))
    return;
  rebuildHoistedAddress(I->getOperand(0));
  Instruction *New = I->clone();
  New->setDebugLoc(DebugLoc());
  B.Insert(New);
  RemapInstruction(New, VMap, RF_IgnoreMissingLocals);
  VMap[I] = New;
}

Error XDPGenerator::cloneRequestPath() {
  // Values the path finds on entry.
  VMap[C.ArrivalCalls.front()] = PayloadLen;
  // A handler's local that SROA carried around the event loop is undefined
  // when the request starts (the planner only allows such carries): zero.
  for (BasicBlock *BB : C.KernelBlocks)
    for (Instruction &I : *BB)
      for (Value *Op : I.operands())
        if (auto *Phi = dyn_cast<PHINode>(Op);
            Phi && !is_contained(C.KernelBlocks, Phi->getParent()) &&
            any_of(Phi->incoming_values(),
                   [](Value *V) { return isa<UndefValue>(V); }))
          VMap[Phi] = Constant::getNullValue(Phi->getType());
  {
    B.SetInsertPoint(FirstOf[C.EntryBlocks.front()]);
    for (auto &[AI, Off] : ScratchOffset)
      VMap[AI] = scratch(Off);
    for (BasicBlock *BB : C.KernelBlocks)
      for (Instruction &I : *BB)
        for (Value *Op : I.operands())
          rebuildHoistedAddress(Op);
  }
  for (BasicBlock *BB : C.KernelBlocks) {
    B.SetInsertPoint(FirstOf[BB]);
    for (Instruction &I : *BB)
      if (Error E = cloneInstruction(I))
        return E;
    LastOf[BB] = B.GetInsertBlock();
  }
  // Edges that leave the fast path fall back; edges that end the request go
  // to the epilogue; phis keep only the edges that exist in the kernel.
  for (BasicBlock &NB : *F)
    for (Instruction &I : NB) {
      if (auto *Phi = dyn_cast<PHINode>(&I))
        for (int K = Phi->getNumIncomingValues() - 1; K >= 0; --K) {
          BasicBlock *In = Phi->getIncomingBlock(K);
          if (In->getParent() == F)
            continue;
          if (LastOf.count(In))
            Phi->setIncomingBlock(K, LastOf[In]);
          else
            Phi->removeIncomingValue(K, /*DeletePHIIfEmpty=*/false);
        }
      if (I.isTerminator())
        for (unsigned S = 0; S < I.getNumSuccessors(); ++S) {
          BasicBlock *Succ = I.getSuccessor(S);
          if (Succ->getParent() == F)
            continue;
          Value *To = VMap.lookup(Succ);
          // Leaving the candidate: the program's own slow path.
          I.setSuccessor(S, To ? cast<BasicBlock>(To)
                               : countedFallback(Fallback, StatFallbackPath));
        }
      RemapInstruction(&I, VMap, RF_IgnoreMissingLocals);
    }
  // Anything still pointing into the working copy is a value the kernel
  // does not have.
  for (BasicBlock &NB : *F)
    for (Instruction &I : NB)
      for (Value *Op : I.operands()) {
        if (auto *OI = dyn_cast<Instruction>(Op); OI && OI->getFunction() != F)
          return refuse("the request path uses " + describe(OI) +
                        ", computed before the receive");
        if (auto *A = dyn_cast<Argument>(Op); A && A->getParent() != F)
          return refuse("the request path uses an argument of " +
                        A->getParent()->getName());
        if (auto *GV = dyn_cast<GlobalValue>(Op);
            GV && GV->getParent() != KM.get())
          return refuse("the request path uses " + GV->getName() +
                        ", which the kernel side does not have");
      }
  return Error::success();
}

} // namespace xdpgen
} // namespace koffload
