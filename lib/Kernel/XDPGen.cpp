//===- XDPGen.cpp - Generate the XDP offload of a spec --------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The generator's driver and its hook-independent steps: what the spec
// asks that is supported (the receive's and sends' messages are in
// XDPMessage.cpp), the per-CPU scratch layout, the server's globals as
// maps, the prologue and the end around the hook's entry points (the
// runtime's switch, this CPU's slot and counters, the receive's results,
// reply or drop), the record protocol, the legalisation passes
// (BPFLegalize.h), the undo on fallback and BTF. The request path's
// cloning is in XDPClone.cpp, the XDP/UDP hook in XDPUDP.cpp
// (XDPGenerator.h).
//
//===----------------------------------------------------------------------===//

#include "Kernel/XDPGenerator.h"
#include "Kernel/BPFHeapAccesses.h"
#include "Landmarks/SocketCalls.h"

using namespace llvm;

namespace koffload {
namespace xdpgen {

Error XDPGenerator::checkSupported() {
  // The one place the spec picks its hook (HookAdapter.h).
  Expected<std::unique_ptr<HookAdapter>> Adapter = createHookAdapter(*this, C);
  if (!Adapter)
    return Adapter.takeError();
  Hook = std::move(*Adapter);
  if (C.EntryBlocks.size() != 1 || C.ArrivalCalls.size() != 1)
    return refuse("requests arrive at several receive sites");
  if (Error E = checkMessages())
    return E;
  if (Error E = Hook->checkSpec(Arrival.Addr))
    return E;

  for (const SharedGlobalSpec &G : C.Shared) {
    if (!G.KernelWrites)
      continue;
    // Words updated in place are generated (atomically, see
    // makeUpdatesAtomic); records need the seqlock protocol, which comes
    // with the user side.
    if (G.Need == SyncNeed::AtomicRMW || G.Need == SyncNeed::PlainWord) {
      AtomicGlobals.insert(G.Name);
      continue;
    }
    if (G.Need != SyncNeed::RecordProtocol)
      return refuse("the fast path writes shared state (" + G.Name + ", " +
                    syncNeedName(G.Need) +
                    "); its synchronization is not generated yet");
  }
  // Records under the sequence protocol (see enterRecords()): those the
  // fast path writes, and those it reads while userspace writes them.
  for (const SharedGlobalSpec &G : C.Shared)
    if (G.Need == SyncNeed::RecordProtocol &&
        (G.KernelWrites || G.KernelReads))
      Records.push_back({G.Name, G.KernelWrites});
  return Error::success();
}

Error XDPGenerator::layOutScratch() {
  // Every stack object the request path touches, the receive's buffer and
  // source address first.
  const DataLayout &DL = C.WorkFunction->getDataLayout();
  SetVector<AllocaInst *> Objects;
  auto *RecvBuf = dyn_cast<AllocaInst>(getUnderlyingObject(Arrival.Buf));
  if (!RecvBuf || RecvBuf != Arrival.Buf->stripPointerCasts())
    return refuse("the receive buffer is not (the start of) a local array");
  Objects.insert(RecvBuf);
  for (Value *V : {Arrival.Addr, Arrival.AddrLen, Arrival.Header})
    if (V)
      if (auto *AI = dyn_cast<AllocaInst>(getUnderlyingObject(V)))
        Objects.insert(AI);
  for (BasicBlock *BB : C.KernelBlocks)
    for (Instruction &I : *BB)
      for (Value *Op : I.operands())
        if (auto *AI = dyn_cast<AllocaInst>(hoistedAddressBase(Op)))
          Objects.insert(AI);
  // The receive buffer comes first, over the frame area: the whole UDP
  // payload is copied there once, for its checksum and as the receive's
  // data (the bytes past the buffer's size belong to no object). Room for a
  // padded last word.
  FrameOffset = 0;
  uint64_t Off = Limits.MaxReply + 8;
  for (AllocaInst *AI : Objects) {
    std::optional<TypeSize> Size = AI->getAllocationSize(DL);
    if (!Size || Size->isScalable())
      return refuse("a stack object of run-time size is on the path");
    if (AI == RecvBuf) {
      ScratchOffset[AI] = FrameOffset;
      Off = std::max(Off, alignTo(Size->getFixedValue(), 8));
      continue;
    }
    Off = alignTo(Off, 8);
    ScratchOffset[AI] = Off;
    Off += Size->getFixedValue();
  }
  // Replies of constant data are copied here (emitConstantReply): as
  // large as the largest global they come from, at most one frame (at
  // least a byte: a reply from an empty global is still one of these).
  for (auto &[Send, M] : Replies)
    for (const GlobalVariable *GV : constantReplySources(M.Buf))
      ConstantReplySize = std::max<uint64_t>(
          {ConstantReplySize, 1,
           std::min<uint64_t>(Limits.MaxReply,
                              DL.getTypeAllocSize(GV->getValueType()))});
  if (ConstantReplySize) {
    Off = alignTo(Off, 8);
    ConstantReplyOffset = Off;
    Off += ConstantReplySize;
  }
  Off = alignTo(Off, 8);
  LaunderOffset = Off;
  Off += 8;
  PartialOffset = Off;
  Off += 8;
  HeadersOffset = Off;
  Off += alignTo(Hook->traits().HeadersSize, 8);
  // The bytes copies into shared memory overwrite, kept to undo them
  // (UndoLog.h): in this CPU's slot, not on the 512-byte BPF stack.
  UndoBytesOffset = Off;
  UndoBytesReserved =
      any_of(C.Shared, [](const SharedGlobalSpec &G) { return G.KernelWrites; });
  if (UndoBytesReserved)
    Off += UndoBytesSize;
  Off = layOutLog(Off);
  PerCPU = alignTo(Off, 8);
  ArrayType *Ty = ArrayType::get(I8, PerCPU * Limits.MaxCPUs);
  Scratch = new GlobalVariable(*KM, Ty, false, GlobalValue::ExternalLinkage,
                               ConstantAggregateZero::get(Ty),
                               "koffload_scratch");
  Scratch->setAlignment(Align(8));
  return Error::success();
}

Error XDPGenerator::mapGlobals() {
  // The globals the path uses, with their layout and initial bytes.
  SmallVector<const Value *, 16> Work;
  for (BasicBlock *BB : C.KernelBlocks)
    for (Instruction &I : *BB) {
      // A log call's format, literals and stream stay userspace's: only
      // what it records is read here (XDPLog.cpp).
      if (onlyStreamOfLogCalls(I) || replayedForLogCalls(I))
        continue;
      if (auto *CB = dyn_cast<CallBase>(&I);
          CB && isLogFunction(directCalleeName(*CB))) {
        if (Expected<LogCallShape> S = recordedLogCall(*CB)) {
          for (const LogField &Fld : S->Fields)
            if (Fld.Kind == LogField::Int || Fld.Kind == LogField::String ||
                Fld.Kind == LogField::AddrString ||
                Fld.Kind == LogField::Bytes)
              Work.push_back(recordedOperand(*CB, Fld));
          continue;
        } else {
          consumeError(S.takeError()); // refused when cloned
        }
      }
      for (Value *Op : I.operands())
        Work.push_back(Op);
    }
  SmallPtrSet<const Value *, 32> Seen;
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    if (auto *GV = dyn_cast<GlobalVariable>(V)) {
      if (VMap.count(GV))
        continue;
      auto *NewGV = new GlobalVariable(
          *KM, GV->getValueType(), GV->isConstant(),
          GV->isConstant() ? GlobalValue::PrivateLinkage
                           : GlobalValue::ExternalLinkage,
          nullptr, GV->getName());
      NewGV->setAlignment(GV->getAlign());
      VMap[GV] = NewGV;
      if (!GV->isConstant())
        ProgramGlobals.insert(NewGV);
      if (GV->hasInitializer())
        Work.push_back(GV->getInitializer());
      continue;
    }
    if (auto *Fn = dyn_cast<Function>(V)) {
      // Intrinsics are declared in the kernel module too; other calls are
      // handled one by one, and a function in data is refused later.
      if (Fn->isIntrinsic() && !VMap.count(Fn))
        VMap[Fn] = KM->getOrInsertFunction(Fn->getName(),
                                           Fn->getFunctionType(),
                                           Fn->getAttributes())
                       .getCallee();
      continue;
    }
    if (auto *CE = dyn_cast<Constant>(V))
      for (const Use &Op : CE->operands())
        Work.push_back(Op.get());
  }
  SmallVector<std::pair<GlobalVariable *, GlobalVariable *>, 8> Globals;
  for (auto KV : VMap)
    if (auto *GV = dyn_cast<GlobalVariable>(const_cast<Value *>(KV.first)))
      Globals.push_back({GV, cast<GlobalVariable>(KV.second)});
  for (auto [Old, New] : Globals) {
    if (!Old->hasInitializer())
      continue;
    Constant *Init = MapValue(Old->getInitializer(), VMap);
    if (!Init)
      return refuse("the initializer of " + Old->getName() +
                    " refers to code");
    New->setInitializer(Init);
  }
  return Error::success();
}

void XDPGenerator::emitPrologue(BasicBlock *FirstRequestBlock) {
  BasicBlock *Entry = BasicBlock::Create(Ctx, "entry", F, &F->front());
  B.SetInsertPoint(Entry);
  Replied = B.CreateAlloca(I8, nullptr, "replied");
  ReplyLen = B.CreateAlloca(I64, nullptr, "reply.len");
  ReplyOff = B.CreateAlloca(I64, nullptr, "reply.off");
  B.CreateStore(ConstantInt::get(I64, 0), ReplyOff);
  B.CreateStore(ConstantInt::get(I8, 0), Replied);
  B.CreateStore(ConstantInt::get(I64, 0), ReplyLen);

  // First the runtime's switch: while it is set the offload is idle, and
  // costs one load per packet (ControlGlobalName).
  {
    ArrayType *Ty = ArrayType::get(I8, ControlSize);
    auto *Control = new GlobalVariable(*KM, Ty, false,
                                       GlobalValue::ExternalLinkage,
                                       ConstantAggregateZero::get(Ty),
                                       ControlGlobalName);
    Control->setAlignment(Align(64));
    Value *Pass = B.CreateAlignedLoad(
        I32, B.CreateConstInBoundsGEP1_64(I8, Control, ControlPassOffset),
        Align(4), "control.pass");
    require(B.CreateICmpEQ(Pass, ConstantInt::get(I32, 0)), "offload.on");
  }

  // Everything not addressed to the service passes untouched.
  Value *Payload = Hook->receiveHeaders();

  // This CPU's scratch slot.
  Value *Cpu = B.CreateZExt(helper(HelperGetSmpProcessorId, I32, {}), I64);
  require(B.CreateICmpULT(Cpu, ConstantInt::get(I64, Limits.MaxCPUs)),
          "cpu.ok");
  Cpu = opaque(Cpu);
  CpuBase = B.CreateInBoundsGEP(
      I8, Scratch, B.CreateMul(Cpu, ConstantInt::get(I64, PerCPU)),
      "scratch");
  // From here on the request is the service's: its outcome is counted, in
  // this CPU's row of koffload_stats, and a fallback counts as one.
  {
    ArrayType *Ty = ArrayType::get(I64, uint64_t(StatCount) * Limits.MaxCPUs);
    Stats = new GlobalVariable(*KM, Ty, false, GlobalValue::ExternalLinkage,
                               ConstantAggregateZero::get(Ty), StatsGlobalName);
    Stats->setAlignment(Align(8));
    CpuStats = B.CreateInBoundsGEP(
        I8, Stats, B.CreateMul(Cpu, ConstantInt::get(I64, StatCount * 8)),
        "stats");
    BasicBlock *Counted = BasicBlock::Create(Ctx, "fallback.counted", F);
    IRBuilder<> CB(Counted);
    countStat(CB, StatFallback);
    Hook->emitPass(CB);
    Fallback = Counted;
  }

  // The path's objects the program zeroes before each receive, zeroed
  // here before the payload lands on the receive buffer.
  initScratchObjects();

  // A datagram whose checksum is wrong never reaches the socket: the stack
  // drops it, so the offload must not answer it.
  Hook->checkPayload(Payload);

  // The receive: the payload, truncated to the buffer as recvfrom would.
  CallBase *Recv = C.ArrivalCalls.front();
  auto *Buf = cast<AllocaInst>(getUnderlyingObject(Arrival.Buf));
  uint64_t BufOff = ScratchOffset.lookup(Buf);
  Value *BufLen = Arrival.Len;
  uint64_t Cap = Buf->getAllocationSize(KM->getDataLayout())->getFixedValue();
  if (auto *CI = dyn_cast<ConstantInt>(BufLen))
    Cap = std::min<uint64_t>(Cap, CI->getZExtValue());
  RecvCap = Cap;
  // A stream's receive leaves what does not fit for the next one, which
  // the kernel cannot hand back: such a request is userspace's.
  if (Hook->traits().Stream)
    require(B.CreateICmpULE(Payload, ConstantInt::get(Payload->getType(), Cap)),
            "fits.receive");
  PayloadLen = B.CreateIntrinsic(Intrinsic::umin, {I64},
                                 {Payload, ConstantInt::get(I64, Cap)});
  // The planner folded the receive's result to [1, buffer size]: an empty
  // datagram is userspace's (DESIGN: the plan's foldArrivalResults).
  require(B.CreateICmpNE(PayloadLen, ConstantInt::get(I64, 0)), "not.empty");
  // The plan moved the reply's one check that can fail here, before the
  // path's first write (OffloadSpec::ReplyRoom): a datagram at least as
  // long as any reply leaves the frame room for it, so the reply never
  // grows the frame and nothing past the writes falls back for it.
  if (C.ReplyRoom)
    require(B.CreateICmpUGE(Payload, ConstantInt::get(Payload->getType(),
                                                      C.ReplyRoom)),
            "reply.room");
  // The buffer's bytes are already there: it lies over the frame area,
  // where checkPayload() copied the payload.
  assert(BufOff == FrameOffset && "the receive buffer is the frame area");
  (void)BufOff;
  {
    if (auto *Src = dyn_cast_or_null<AllocaInst>(
            Arrival.Addr ? getUnderlyingObject(Arrival.Addr) : nullptr))
      Hook->storePeerAddress(ScratchOffset.lookup(Src));
    if (auto *Len = dyn_cast_or_null<AllocaInst>(
            Arrival.AddrLen ? getUnderlyingObject(Arrival.AddrLen) : nullptr))
      B.CreateStore(ConstantInt::get(I32, Hook->traits().PeerAddressLen),
                    scratch(ScratchOffset.lookup(Len)));
    // recvmsg also sets the msghdr's msg_namelen, msg_controllen (no
    // control messages were asked for) and msg_flags (MSG_TRUNC when the
    // datagram did not fit).
    if (auto *H = dyn_cast_or_null<AllocaInst>(
            Arrival.Header ? getUnderlyingObject(Arrival.Header) : nullptr)) {
      uint64_t O = ScratchOffset.lookup(H);
      if (Arrival.Addr)
        B.CreateStore(ConstantInt::get(I32, Hook->traits().PeerAddressLen),
                      scratch(O + msghdr_offset::NameLen));
      B.CreateStore(ConstantInt::get(I64, 0),
                    scratch(O + msghdr_offset::ControlLen));
      B.CreateStore(
          B.CreateSelect(B.CreateICmpUGT(Payload, ConstantInt::get(I64, Cap)),
                         ConstantInt::get(I32, 0x20 /*MSG_TRUNC*/),
                         ConstantInt::get(I32, 0)),
          scratch(O + msghdr_offset::Flags));
    }
  }
  // The payload was copied whole: a receive of fewer bytes than its buffer
  // leaves the rest as it was, zeros here.
  if (RecvBufZeroed) {
    uint64_t Size = Buf->getAllocationSize(KM->getDataLayout())->getFixedValue();
    if (Cap < Size)
      B.CreateMemSet(scratch(BufOff + Cap), ConstantInt::get(I8, 0),
                     Size - Cap, Align(1));
  }
  // The receive's result (ssize_t) is the payload length.
  PayloadLen = B.CreateZExtOrTrunc(PayloadLen, Recv->getType());
  resetLogBatch();
  enterRecords();
  addLogDiscard();
  B.CreateBr(FirstRequestBlock);
}

void XDPGenerator::emitEpilogue() {
  // The request is done: with a reply, rewrite the packet into it and send
  // it back out of the interface; without one, the request was consumed.
  // The records stay held until the verdict (commit()): the reply's own
  // checks (its size, room to grow the frame) may still fall back, and the
  // path's writes are then undone before anyone else sees them.
  B.SetInsertPoint(End);
  copyLogBatch();
  checkRecordsUnchanged();
  emitReplyOrDrop();
}

void XDPGenerator::emitReplyOrDrop() {
  if (ReplyFrom.empty()) {
    commit();
    countStat(B, StatDropped);
    B.CreateRet(ConstantInt::get(I32, verdicts().Drop));
    return;
  }
  BasicBlock *Reply = BasicBlock::Create(Ctx, "reply", F);
  BasicBlock *Drop = BasicBlock::Create(Ctx, "drop", F);
  B.CreateCondBr(
      B.CreateICmpNE(B.CreateLoad(I8, Replied), ConstantInt::get(I8, 0)),
      Reply, Drop);
  B.SetInsertPoint(Drop);
  commit();
  countStat(B, StatDropped);
  B.CreateRet(ConstantInt::get(I32, verdicts().Drop));

  B.SetInsertPoint(Reply);
  Hook->writeReply();
}

void XDPGenerator::enterRecords() {
  // The record protocol (DESIGN-NOTES §5), one sequence word per global:
  // even when no one writes, odd while a writer holds it. A request that
  // writes the global takes it (even -> odd by compare-and-exchange: a
  // contended or held record falls back) and releases it at the end
  // (+2: readers see it changed); one that only reads checks at the end
  // that it is still the even number it began with, else falls back (its
  // reads may be torn; it wrote nothing). Userspace does the same on the
  // mmap'd word. Ordering: x86's TSO orders loads with loads and stores
  // with stores, the compare-and-exchange is a full barrier, and a
  // compiler barrier keeps the accesses inside.
  UnlockedFallback = Fallback;
  if (Records.empty()) {
    addUndo();
    return;
  }
  for (BasicBlock &BB : *F)
    if (&BB != End && !is_contained(make_second_range(FirstOf), &BB))
      UnlockedBlocks.insert(&BB);
  for (RecordGuard &R : Records) {
    R.Seq = new GlobalVariable(*KM, I32, false, GlobalValue::ExternalLinkage,
                               ConstantInt::get(I32, 0),
                               Twine(RecordSeqPrefix) + R.Name);
    R.Seq->setAlignment(Align(8));
    R.Start = B.CreateAlignedLoad(I32, R.Seq, Align(4), /*isVolatile=*/true,
                                  "seq");
    require(B.CreateICmpEQ(B.CreateAnd(R.Start, 1), ConstantInt::get(I32, 0)),
            "record.even", StatFallbackBusy);
    if (!R.Writes)
      continue;
    Value *Swap = B.CreateAtomicCmpXchg(
        R.Seq, R.Start, B.CreateAdd(R.Start, ConstantInt::get(I32, 1)),
        MaybeAlign(4), AtomicOrdering::SequentiallyConsistent,
        AtomicOrdering::SequentiallyConsistent);
    require(B.CreateExtractValue(Swap, 1), "record.locked", StatFallbackBusy);
    // From here on a fallback releases the record first: this block, and
    // the ones require() adds after it, hold the record.
    BasicBlock *Release = BasicBlock::Create(Ctx, "release." + R.Name, F);
    IRBuilder<> RB(Release);
    RB.CreateAlignedStore(RB.CreateAdd(R.Start, ConstantInt::get(I32, 2)),
                          R.Seq, Align(4), /*isVolatile=*/true);
    RB.CreateBr(Fallback);
    Fallback = Release;
    UnlockedBlocks.erase(B.GetInsertBlock());
  }
  compilerBarrier();
  addUndo();
}

void XDPGenerator::checkRecordsUnchanged() {
  if (Records.empty())
    return;
  compilerBarrier();
  for (RecordGuard &R : Records)
    if (!R.Writes)
      require(B.CreateICmpEQ(B.CreateAlignedLoad(I32, R.Seq, Align(4),
                                                 /*isVolatile=*/true),
                             R.Start),
              "record.unchanged", StatFallbackBusy);
}

void XDPGenerator::commit() {
  // Past the last check that can fall back: the path's writes stand, its
  // log records go to userspace, and the records they went into are
  // released.
  submitLogBatch();
  if (Records.empty())
    return;
  compilerBarrier();
  for (RecordGuard &R : Records)
    if (R.Writes)
      B.CreateAlignedStore(B.CreateAdd(R.Start, ConstantInt::get(I32, 2)),
                           R.Seq, Align(4), /*isVolatile=*/true);
}

Error XDPGenerator::legalise() {
  auto Mark = [&](Instruction *I, const char *Kind,
                  std::optional<uint64_t> Value = std::nullopt) {
    SmallVector<Metadata *, 1> Ops;
    if (Value)
      Ops.push_back(ConstantAsMetadata::get(ConstantInt::get(I64, *Value)));
    I->setMetadata(Kind, MDNode::get(Ctx, Ops));
  };
  Mark(Fallback->getTerminator(), marker::Fallback);
  if (UnlockedFallback)
    Mark(UnlockedFallback->getTerminator(), marker::UnlockedFallback);
  for (BasicBlock *BB : UnlockedBlocks)
    Mark(BB->getTerminator(), marker::Unlocked);
  Mark(cast<Instruction>(CpuBase), marker::Row, PerCPU);
  Mark(cast<Instruction>(CpuBase), marker::Launder, LaunderOffset);
  Mark(cast<Instruction>(CpuStats), marker::Row, uint64_t(StatCount) * 8);
  for (const auto &Name : AtomicGlobals)
    if (GlobalVariable *GV = KM->getNamedGlobal(Name.getKey()))
      GV->setMetadata(marker::Atomic, MDNode::get(Ctx, {}));
  setLegaliseLimit(*KM, "loop-cap", Limits.LoopCap);
  // A write no save can undo on the path (the planner's rule,
  // Plan/SharedState.cpp): offsets proven in bounds are clamped, not
  // checked, so no fallback follows it there (BPFBoundAccesses.cpp).
  bool Unsavable = false;
  for (BasicBlock *BB : C.KernelBlocks)
    for (Instruction &I : *BB) {
      Value *P = nullptr;
      if (auto *CX = dyn_cast<AtomicCmpXchgInst>(&I))
        P = CX->getPointerOperand();
      else if (auto *RMW = dyn_cast<AtomicRMWInst>(&I);
               RMW && RMW->getOperation() != AtomicRMWInst::Add &&
               RMW->getOperation() != AtomicRMWInst::Sub)
        P = RMW->getPointerOperand();
      Unsavable |= P && isa<GlobalVariable>(getUnderlyingObject(P));
    }
  setLegaliseLimit(*KM, "clamp-proven", Unsavable);
  setLegaliseLimit(*KM, "short-loop", Limits.ShortLoop);
  bool Iterate = Limits.Iterators != XDPLimits::Iterate::None;
  setLegaliseLimit(*KM, "iterate",
                   Limits.Iterators == XDPLimits::Iterate::AllLoops ? 2 : 1);
  AnalysisManagers AM;
  ModulePassManager MPM;
  addLegalisationPasses(MPM, Iterate);
  MPM.run(*KM, AM.MAM);
  if (std::optional<std::string> Why = legaliseRefusal(*KM))
    return refuse(*Why);
  return Error::success();
}

void XDPGenerator::addLicenseAndBTF() {
  // GPL-only helpers need the license; BTF for the globals makes libbpf
  // create their maps mmap-able (DESIGN-NOTES §6).
  Constant *License = ConstantDataArray::getString(Ctx, "GPL");
  auto *LicenseGV =
      new GlobalVariable(*KM, License->getType(), true,
                         GlobalValue::ExternalLinkage, License, "_license");
  LicenseGV->setSection("license");
  LicenseGV->setAlignment(Align(1));

  DIBuilder DIB(*KM);
  DIFile *File = DIB.createFile("koffload.bpf.c", "/");
  DICompileUnit *CU = DIB.createCompileUnit(dwarf::DW_LANG_C11, File,
                                            "koffload", true, "", 0);
  DIBasicType *Byte = DIB.createBasicType("unsigned char", 8,
                                          dwarf::DW_ATE_unsigned_char);
  for (GlobalVariable &GV : KM->globals()) {
    if (GV.isConstant() || GV.getName() == "_license" ||
        GV.getSection() == ".maps")
      continue;
    uint64_t Size = KM->getDataLayout().getTypeAllocSize(GV.getValueType());
    DINodeArray Sub = DIB.getOrCreateArray({DIB.getOrCreateSubrange(0, Size)});
    DICompositeType *Ty = DIB.createArrayType(Size * 8, 8, Byte, Sub);
    GV.addDebugInfo(DIB.createGlobalVariableExpression(
        CU, GV.getName(), GV.getName(), File, 1, Ty, false));
  }
  // Kernel functions: libbpf finds them by name in the kernel's BTF and
  // checks this prototype against it (a pointer to a struct matches a
  // pointer to any struct). Only bpf_iter_num's are called: an iterator
  // pointer in, int or int * out.
  DIBasicType *Int = DIB.createBasicType("int", 32, dwarf::DW_ATE_signed);
  DICompositeType *Iter = DIB.createStructType(
      CU, "bpf_iter_num", File, 1, 64, 64, DINode::FlagZero, nullptr,
      DIB.getOrCreateArray({}));
  for (Function &Fn : KM->functions()) {
    if (!Fn.isDeclaration() || Fn.getSection() != ".ksyms")
      continue;
    auto TypeOf = [&](Type *T, DIType *Pointee) -> Metadata * {
      if (T->isVoidTy())
        return nullptr;
      if (T->isPointerTy())
        return DIB.createPointerType(Pointee, 64);
      return Int;
    };
    SmallVector<Metadata *, 4> Types{TypeOf(Fn.getReturnType(), Int)};
    for (Type *P : Fn.getFunctionType()->params())
      Types.push_back(TypeOf(P, Iter));
    Fn.setSubprogram(DIB.createFunction(
        File, Fn.getName(), StringRef(), File, 1,
        DIB.createSubroutineType(DIB.getOrCreateTypeArray(Types)), 1,
        DINode::FlagPrototyped, DISubprogram::SPFlagZero));
  }
  addLogMapBTF(DIB, CU, File);
  addHeapMapBTF(*KM, DIB, CU, File);
  Hook->addMapBTF(DIB, CU, File);
  DIB.finalize();
  KM->addModuleFlag(Module::Warning, "Debug Info Version",
                    DEBUG_METADATA_VERSION);
  KM->addModuleFlag(Module::Warning, "Dwarf Version", 5);
}

Expected<std::unique_ptr<Module>> XDPGenerator::run() {
  if (Error E = checkSupported())
    return std::move(E);
  if (Error E = checkReplyBuffers())
    return std::move(E);
  KM = std::make_unique<Module>("koffload.bpf", Ctx);
  KM->setTargetTriple(BPFTriple);
  KM->setDataLayout(BPFDataLayout);
  I8 = B.getInt8Ty();
  I16 = B.getInt16Ty();
  I32 = B.getInt32Ty();
  I64 = B.getInt64Ty();
  Ptr = B.getPtrTy();

  F = Function::Create(FunctionType::get(I32, {Ptr}, false),
                       GlobalValue::ExternalLinkage,
                       Hook->traits().ProgramName, *KM);
  F->setSection(Hook->traits().Section);
  F->addFnAttr(Attribute::NoUnwind);
  Fallback = BasicBlock::Create(Ctx, "fallback", F);
  B.SetInsertPoint(Fallback);
  Hook->emitPass(B);
  End = BasicBlock::Create(Ctx, "end", F);

  if (Error E = layOutScratch())
    return std::move(E);
  if (Error E = mapGlobals())
    return std::move(E);
  for (BasicBlock *BB : C.KernelBlocks) {
    BasicBlock *New = BasicBlock::Create(Ctx, BB->getName(), F);
    FirstOf[BB] = New;
    VMap[BB] = New;
  }
  for (BasicBlock *BB : C.EndTargets)
    VMap[BB] = End;
  emitPrologue(FirstOf[C.EntryBlocks.front()]);
  if (Error E = cloneRequestPath())
    return std::move(E);
  emitEpilogue();
  // After the epilogue: the hook's reply calls its library too.
  Hook->addCompanionPrograms();
  if (Error E = linkBPFLibc(*KM, *F, Limits.LibcBitcode))
    return std::move(E);
  if (Error E = legalise())
    return std::move(E);
  {
    auto UndoBytesAt = [&](IRBuilder<> &IRB, uint64_t Off) {
      return IRB.CreateConstInBoundsGEP1_64(I8, CpuBase, UndoBytesOffset + Off);
    };
    UndoArea Area{UndoBytesReserved ? UndoBytesSize : 0, UndoBytesAt};
    if (Error E = undoWritesOnFallback(
            *F, Undo,
            [&](const GlobalVariable *GV) {
              return ProgramGlobals.contains(GV);
            },
            Area))
      return std::move(E);
  }
  addLicenseAndBTF();
  stripLegaliseMarkers(*KM);
  return std::move(KM);
}

} // namespace xdpgen

using xdpgen::XDPGenerator;

Expected<std::unique_ptr<Module>> generateXDPModule(const OffloadSpec &Spec) {
  if (!Spec.WorkFunction)
    return refuse("the spec has no request path");
  return XDPGenerator(Spec).run();
}

} // namespace koffload
