//===- XDPGenerator.h - The XDP generator's class (private) -----*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The generator of XDPGen.h, shared by the files that define its members:
//   XDPGen.cpp      the core driver: what is supported, messages, scratch
//                   layout, globals to maps, prologue and end around the
//                   hook's entry points, records, legalisation, BTF
//   XDPClone.cpp    the request path cloned into the program (libc, mem
//                   intrinsics, the reply snapshot)
//   XDPClock.cpp    the clocks the path reads
// and by the hook adapters (HookAdapter.h), which build with its public
// builder and helpers: XDPUDP.cpp + XDPNet.cpp (XDPUDPAdapter.h).
// Only those files include it.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_XDPGENERATOR_H
#define KOFFLOAD_KERNEL_XDPGENERATOR_H

#include "Kernel/XDPGen.h"
#include "Kernel/BPFHelpers.h"
#include "Kernel/HookAdapter.h"
#include "Kernel/BPFLegalize.h"
#include "Kernel/BPFLibc.h"
#include "Kernel/BPFTarget.h"
#include "Kernel/OffloadSpec.h"
#include "Kernel/UndoLog.h"
#include "Plan/Feasibility.h"
#include "Plan/KernelLimits.h"
#include "Plan/Plan.h"
#include "Support/AnalysisManagers.h"
#include "Support/LogRecords.h"
#include "Support/Refusal.h"
#include "Support/ValueSources.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/CFG.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/LoopUtils.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

namespace koffload {
namespace xdpgen {

using namespace llvm;

class XDPGenerator {
public:
  explicit XDPGenerator(const OffloadSpec &Spec)
      : C(Spec), Limits(Spec.Limits), Ctx(C.WorkFunction->getContext()),
        B(Ctx) {}

  Expected<std::unique_ptr<Module>> run();

  // Everything below is public to the hook adapters (HookAdapter.h), which
  // build with the core's builder and helpers (require, ifThen, helper,
  // scratch, opaque, fold16, countStat, commit) and read its reply
  // snapshot (ReplyLen, ReplyOff, ReplyFrom) and scratch layout; the class
  // itself is private to lib/Kernel.
  const OffloadSpec &C; ///< what to generate (named C as in candidate)
  /// The spec's hook (createHookAdapter(), checkSupported()): the core
  /// asks it for everything that differs between hooks.
  std::unique_ptr<HookAdapter> Hook;
  const HookVerdicts &verdicts() const { return Hook->traits().Verdicts; }
  const XDPLimits &Limits;
  LLVMContext &Ctx;
  IRBuilder<> B;
  std::unique_ptr<Module> KM;
  Function *F = nullptr;
  Type *I8 = nullptr, *I16 = nullptr, *I32 = nullptr, *I64 = nullptr,
       *Ptr = nullptr;

  // Per-CPU scratch: the request path's stack objects, at fixed offsets.
  GlobalVariable *Scratch = nullptr;
  GlobalVariable *Stats = nullptr;   ///< see StatsGlobalName
  Value *CpuStats = nullptr;         ///< this CPU's row of it
  void countStat(IRBuilder<> &IRB, unsigned Which) {
    Value *At = IRB.CreateConstInBoundsGEP1_64(I8, CpuStats, 8 * Which);
    IRB.CreateAlignedStore(
        IRB.CreateAdd(IRB.CreateAlignedLoad(I64, At, Align(8)),
                      ConstantInt::get(I64, 1)),
        At, Align(8));
  }
  uint64_t PerCPU = 0;
  /// In layout order, so that the program is built the same every run.
  MapVector<const AllocaInst *, uint64_t> ScratchOffset;
  Value *CpuBase = nullptr;
  uint64_t LaunderOffset = 0; ///< an 8-byte slot for laundering values
  uint64_t PartialOffset = 0; ///< the request's checksum was partial (i8)
  uint64_t HeadersOffset = 0; ///< the headers, when a reply grows at the head
  uint64_t UndoBytesOffset = 0; ///< UndoBytesSize bytes, if the path writes
  bool UndoBytesReserved = false;
  uint64_t FrameOffset = 0;   ///< the request's whole payload, for its checksum

  Value *PayloadLen = nullptr; ///< what the receive returns
  /// The receive buffer holds zeros past what the receive fills, as the
  /// program's memset before the receive left it (initScratchObjects);
  /// otherwise those bytes are the original's stale ones, unknown here.
  bool RecvBufZeroed = false;
  uint64_t RecvCap = 0; ///< the most bytes the receive fills
  void initScratchObjects();
  uint64_t writtenPrefix(CallBase &Send, const AllocaInst *Obj,
                         const DominatorTree &DT);
  Value *formattedPrefix(CallBase &Send, const AllocaInst *Obj,
                         const DominatorTree &DT);
  AllocaInst *Replied = nullptr, *ReplyLen = nullptr, *ReplyOff = nullptr;
  SmallSetVector<uint64_t, 2> ReplyFrom; ///< slot offsets of reply buffers
  uint64_t ReplyBufSize = 0;             ///< the (IPv6: only) reply buffer's size
  /// The slot's area a reply of constant data is copied into
  /// (emitConstantReply); reserved only when a send has such a reply.
  uint64_t ConstantReplyOffset = 0, ConstantReplySize = 0;
  BasicBlock *Fallback = nullptr, *End = nullptr;
  /// The BPF libc's status struct, made at the first libc call.
  AllocaInst *LibcStatus = nullptr;

  ValueToValueMapTy VMap;
  DenseMap<const BasicBlock *, BasicBlock *> FirstOf, LastOf;

  static std::string describe(const Instruction *I) {
    return I->hasName() ? ("'" + I->getName() + "'").str() : "a value";
  }
  Error checkSupported();
  Error layOutScratch();
  Error mapGlobals();
  void emitPrologue(BasicBlock *FirstRequestBlock);
  Error cloneRequestPath();
  Error cloneInstruction(Instruction &I);
  Error emitReplySnapshot(CallBase &Send);
  struct Message;
  Error emitConstantReply(CallBase &Send, const Message &M, Value *Len);
  Error emitConstantStrlen(CallBase &Call);
  Error checkReplyBuffers();
  /// clock_gettime, time, gettimeofday (XDPClock.cpp).
  Error emitClockRead(CallBase &Call);
  Value *wallClockNs();
  /// The local or global under an address computed outside the path (a
  /// constant GEP or cast chain), else the value itself.
  Value *hoistedAddressBase(Value *V) const;
  /// Such an address, rebuilt at the start of the path.
  void rebuildHoistedAddress(Value *V);
  void enterRecords();
  void checkRecordsUnchanged();
  void commit();

  // The request's log records (XDPLog.cpp, Support/LogRecords.h): staged
  // in the scratch slot on the way, a ring buffer record reserved at the
  // first, the batch copied into it at the path's end, submitted at the
  // commit, discarded on a fallback.
  SmallVector<CallBase *, 2> LogSites; ///< id = index
  uint64_t LogAreaOffset = 0; ///< the staged batch (koffload_log_batch)
  uint64_t LogBatchCap = 0;   ///< its entries' room (0: no log sites)
  GlobalVariable *LogRing = nullptr;
  AllocaInst *LogRecord = nullptr; ///< the reserved record, or null
  uint64_t layOutLog(uint64_t Off);
  void resetLogBatch();
  void addLogDiscard();
  Error emitLogRecord(CallBase &Call);
  void emitLogString(const LogField &Fld, Value *Str, Value *Dst,
                     Value *Precision);
  void reserveLogRecord();
  void copyLogBatch();
  void submitLogBatch();
  void addLogMapBTF(DIBuilder &DIB, DICompileUnit *CU, DIFile *File);
  /// The undo step in front of the path's fallbacks (see Undo).
  void addUndo() {
    Undo = BasicBlock::Create(Ctx, "fallback.undo", F);
    BranchInst::Create(Fallback, Undo);
    Fallback = Undo;
  }
  void emitReplyOrDrop();
  void compilerBarrier() {
    FunctionType *FT = FunctionType::get(B.getVoidTy(), false);
    B.CreateCall(FT, InlineAsm::get(FT, "", "~{memory}", true));
  }
  /// Nothing on the path writes the receive buffer after the receive.
  bool receiveBufferUnchanged() const;
  /// May \p I write into \p Obj (a local)? Conservative.
  bool mayWriteInto(Instruction &I, const Value *Obj) const;
  Error emitMemIntrinsic(CallBase &Call);
  Error emitMemcmp(CallBase &Call);
  void emitEpilogue();
  /// Folds a sum of 32-bit words to the 16-bit one's complement sum.
  Value *fold16(Value *Sum) {
    for (unsigned Fold = 0; Fold < 4; ++Fold)
      Sum = B.CreateAdd(B.CreateAnd(Sum, ConstantInt::get(I64, 0xffff)),
                        B.CreateLShr(Sum, 16));
    return Sum;
  }
  /// Leaves the markers the legalisation passes read (BPFLegalize.h) and
  /// runs them.
  Error legalise();
  /// The largest value \p V of the working copy can have at \p At: by the
  /// program's own tests on the way there (`if (nlen > 15) continue;`:
  /// a branch on V against a constant whose edge dominates At), or by its
  /// arithmetic (SCEV).
  std::optional<uint64_t> workRangeMax(Value *V, Instruction *At) {
    Function &WF = *At->getFunction();
    DominatorTree DT(WF);
    unsigned Bits = V->getType()->getIntegerBitWidth();
    ConstantRange R = ConstantRange::getFull(Bits);
    for (DomTreeNode *N = DT.getNode(At->getParent()); N && N->getIDom();
         N = N->getIDom()) {
      BasicBlock *D = N->getIDom()->getBlock();
      auto *Br = dyn_cast<BranchInst>(D->getTerminator());
      auto *Cmp = Br && Br->isConditional()
                      ? dyn_cast<ICmpInst>(Br->getCondition())
                      : nullptr;
      auto *Bound = Cmp ? dyn_cast<ConstantInt>(Cmp->getOperand(1)) : nullptr;
      if (!Bound || Cmp->getOperand(0) != V)
        continue;
      for (unsigned K = 0; K < 2; ++K)
        if (DT.dominates(BasicBlockEdge(D, Br->getSuccessor(K)),
                         At->getParent()))
          R = R.intersectWith(ConstantRange::makeExactICmpRegion(
              K == 0 ? Cmp->getPredicate() : Cmp->getInversePredicate(),
              Bound->getValue()));
    }
    std::optional<uint64_t> Max;
    if (!R.isFullSet() && !R.isEmptySet() && R.getUnsignedMax().ult(MaxVarOff))
      Max = R.getUnsignedMax().getZExtValue();
    LoopInfo LI(DT);
    AssumptionCache AC(WF);
    TargetLibraryInfoImpl TLII(Triple(WF.getParent()->getTargetTriple()));
    TargetLibraryInfo TLI(TLII);
    ScalarEvolution SE(WF, TLI, AC, DT, LI);
    if (std::optional<uint64_t> ByScev = rangeMax(SE, V))
      Max = Max ? std::min(*Max, *ByScev) : *ByScev;
    return Max;
  }
  StringSet<> AtomicGlobals; ///< shared words the fast path writes
  /// What a receive or a send names (in the planner's working copy).
  struct Message {
    Value *Buf = nullptr;     ///< the data buffer
    Value *Len = nullptr;     ///< receive: its capacity; send: the bytes
    Value *Addr = nullptr;    ///< the peer's sockaddr buffer, if named
    Value *AddrLen = nullptr; ///< recvfrom: the socklen_t it sets
    Value *Header = nullptr;  ///< recvmsg/sendmsg: the struct msghdr
  };
  Message Arrival;
  DenseMap<const CallBase *, Message> Replies;
  Expected<Message> messageOf(CallBase &CB);
  Error checkMessages();
  /// A record-protocol global and its sequence word (koffload_seq_<name>).
  struct RecordGuard {
    std::string Name;
    bool Writes;
    GlobalVariable *Seq = nullptr;
    Value *Start = nullptr; ///< the sequence number the request began with
  };
  SmallVector<RecordGuard, 2> Records;
  BasicBlock *UnlockedFallback = nullptr; ///< the fallback before any lock
  /// On the way to every fallback of the request path, before the records
  /// are released: undoes the path's writes (undoWritesOnFallback).
  BasicBlock *Undo = nullptr;
  /// The program's globals in the kernel module (not koffload's own).
  SmallPtrSet<const GlobalVariable *, 16> ProgramGlobals;
  /// The prologue's and epilogue's blocks: no record is held there.
  SmallPtrSet<BasicBlock *, 32> UnlockedBlocks;
  void addLicenseAndBTF();

  // Small builders.
  Value *helper(uint64_t Id, Type *Ret, ArrayRef<Value *> Args) {
    CallInst *Call = createBPFHelperCall(B, Id, Ret, Args);
    // The buffers a helper only reads: a write into shared memory is
    // undone on a fallback (UndoLog.h), a read needs nothing.
    for (unsigned ArgNo : readOnlyHelperArgs(Id))
      Call->addParamAttr(ArgNo, Attribute::ReadOnly);
    return Call;
  }
  static ArrayRef<unsigned> readOnlyHelperArgs(uint64_t Id) {
    static const unsigned ProbeRead[] = {2}, StoreBytes[] = {2},
                          CsumDiff[] = {0, 2};
    switch (Id) {
    case HelperProbeReadKernel:
    case HelperProbeReadKernelStr:
      return ProbeRead;
    case HelperXdpStoreBytes:
      return StoreBytes;
    case HelperCsumDiff:
      return CsumDiff;
    default:
      return {};
    }
  }
  /// Continues where \p Ok holds; otherwise the request falls back.
  /// The builder may be at the end of a block being built or in the middle
  /// of a finished one (a check inserted before an access); then the rest
  /// of the block moves to the continuation.
  /// \p CountAs: a fallback reason counted in koffload_stats on the way.
  void require(Value *Ok, const Twine &Name,
               std::optional<unsigned> CountAs = std::nullopt) {
    BasicBlock *Head = B.GetInsertBlock();
    // Outside the request path proper no record is held (enterRecords).
    bool Unlocked = UnlockedBlocks.contains(Head);
    BasicBlock *To = Unlocked ? UnlockedFallback : Fallback;
    if (CountAs)
      To = countedFallback(To, *CountAs);
    if (Lost)
      To = Lost;
    if (B.GetInsertPoint() == Head->end()) {
      BasicBlock *Cont = BasicBlock::Create(Ctx, Name, F);
      B.CreateCondBr(Ok, Cont, To);
      B.SetInsertPoint(Cont);
      if (Unlocked)
        UnlockedBlocks.insert(Cont);
      return;
    }
    BasicBlock *Tail = Head->splitBasicBlock(B.GetInsertPoint(), Name);
    Head->getTerminator()->eraseFromParent();
    B.SetInsertPoint(Head);
    B.CreateCondBr(Ok, Tail, To);
    B.SetInsertPoint(Tail, Tail->getFirstInsertionPt());
    if (Unlocked)
      UnlockedBlocks.insert(Tail);
  }
  /// Set past the commit (enterCommitted): where a failed check goes.
  BasicBlock *Lost = nullptr;
  /// From here on (the reply's writing, when the prologue checked its
  /// room: OffloadSpec::ReplyRoom) the path's writes stand: a check that
  /// fails loses the reply, as the wire may, instead of falling back, so
  /// userspace never applies them again. None of these checks can fail
  /// once the datagram is as long as the reply.
  void enterCommitted() {
    IRBuilderBase::InsertPointGuard Guard(B);
    Lost = BasicBlock::Create(Ctx, "reply.lost", F);
    B.SetInsertPoint(Lost);
    commit();
    countStat(B, StatDropped);
    B.CreateRet(ConstantInt::get(I32, verdicts().Drop));
  }
  /// A block that counts a fallback reason, then goes on to \p To.
  DenseMap<std::pair<BasicBlock *, unsigned>, BasicBlock *> CountedFallbacks;
  BasicBlock *countedFallback(BasicBlock *To, unsigned Which) {
    BasicBlock *&BB = CountedFallbacks[{To, Which}];
    if (!BB) {
      BB = BasicBlock::Create(Ctx, "fallback.reason", F);
      IRBuilder<> CB(BB);
      countStat(CB, Which);
      CB.CreateBr(To);
    }
    return BB;
  }
  /// `Cond ? Then() : Otherwise` as control flow, for code that must not
  /// run when \p Cond is false (a helper call, a load).
  Value *ifThen(Value *Cond, Value *Otherwise, function_ref<Value *()> Then,
                const Twine &Name) {
    BasicBlock *Pre = B.GetInsertBlock();
    BasicBlock *Do = BasicBlock::Create(Ctx, Name, F);
    BasicBlock *Done = BasicBlock::Create(Ctx, Name + ".done", F);
    B.CreateCondBr(Cond, Do, Done);
    B.SetInsertPoint(Do);
    Value *V = Then();
    BasicBlock *DoEnd = B.GetInsertBlock();
    B.CreateBr(Done);
    B.SetInsertPoint(Done);
    PHINode *Phi = B.CreatePHI(V->getType(), 2);
    Phi->addIncoming(Otherwise, Pre);
    Phi->addIncoming(V, DoEnd);
    return Phi;
  }
  /// Emits `for (i = 0; i < N && i < Cap; i++) Body(i)`; returns with the
  /// builder after the loop. N is i64.
  void loop(Value *N, uint64_t Cap, function_ref<void(Value *)> Body,
            const Twine &Name) {
    BasicBlock *Pre = B.GetInsertBlock();
    BasicBlock *Head = BasicBlock::Create(Ctx, Name + ".head", F);
    BasicBlock *BodyBB = BasicBlock::Create(Ctx, Name + ".body", F);
    BasicBlock *Exit = BasicBlock::Create(Ctx, Name + ".exit", F);
    B.CreateBr(Head);
    B.SetInsertPoint(Head);
    PHINode *I = B.CreatePHI(I64, 2, Name + ".i");
    I->addIncoming(ConstantInt::get(I64, 0), Pre);
    Value *More = B.CreateAnd(B.CreateICmpULT(I, N),
                              B.CreateICmpULT(I, ConstantInt::get(I64, Cap)));
    B.CreateCondBr(More, BodyBB, Exit);
    B.SetInsertPoint(BodyBB);
    Body(I);
    I->addIncoming(B.CreateAdd(I, ConstantInt::get(I64, 1)),
                   B.GetInsertBlock());
    B.CreateBr(Head);
    B.SetInsertPoint(Exit);
    Head->getTerminator()->setMetadata(marker::Capped,
                                       MDNode::get(Ctx, {}));
  }
  /// The one global of the kernel module \p P points into, if any. While
  /// cloning, operands still name the working copy's objects (remapped at
  /// the end): its stack objects live in the scratch array, its globals
  /// have their kernel copies.
  /// \p AllowNull: also when P may be null on some path (the caller tests
  /// the register it uses).
  GlobalVariable *singleGlobalUnder(Value *P, bool AllowNull = false) {
    SmallVector<const Value *, 4> Objects;
    getUnderlyingObjects(P, Objects, nullptr, 0);
    GlobalVariable *GV = nullptr;
    for (const Value *O : Objects) {
      if (AllowNull && isa<ConstantPointerNull>(O))
        continue;
      GlobalVariable *G = nullptr;
      if (auto *AI = dyn_cast<AllocaInst>(O); AI && ScratchOffset.count(AI))
        G = Scratch;
      else if (auto *Old = dyn_cast<GlobalVariable>(O))
        G = Old->getParent() == KM.get()
                ? const_cast<GlobalVariable *>(Old)
                : dyn_cast_or_null<GlobalVariable>(VMap.lookup(Old));
      if (!G || (GV && G != GV))
        return nullptr;
      GV = G;
    }
    return GV;
  }

  /// How many bytes can follow \p P (a pointer of the working copy) in its
  /// object, when that is known; else the loop cap.
  uint64_t bytesAfter(const Value *P) const {
    const DataLayout &DL = C.WorkFunction->getDataLayout();
    APInt Off(64, 0);
    const Value *Base = P->stripAndAccumulateConstantOffsets(DL, Off, true);
    uint64_t Size = 0;
    if (auto *AI = dyn_cast<AllocaInst>(Base)) {
      if (std::optional<TypeSize> TS = AI->getAllocationSize(DL))
        Size = TS->getFixedValue();
    } else if (auto *GV = dyn_cast<GlobalVariable>(Base)) {
      Size = DL.getTypeAllocSize(GV->getValueType());
    }
    if (!Size || Off.isNegative() || Off.getZExtValue() >= Size)
      return Limits.LoopCap;
    return std::min<uint64_t>(Limits.LoopCap, Size - Off.getZExtValue());
  }

  /// This CPU's slot plus \p Off, computed where the builder is (CpuBase
  /// dominates the whole request path).
  Value *scratchAt(uint64_t Off) {
    return B.CreateConstInBoundsGEP1_64(I8, CpuBase, Off);
  }

  /// The scratch slot of this CPU plus \p Off.
  Value *scratch(uint64_t Off) {
    return B.CreateConstInBoundsGEP1_64(I8, CpuBase, Off);
  }
  /// A value the optimizer cannot see through, so the bound the verifier
  /// learns from the check is on the register actually used.
  Value *opaque(Value *V) {
    FunctionType *FT = FunctionType::get(V->getType(), {V->getType()}, false);
    InlineAsm *IA = InlineAsm::get(FT, "", "=r,0", /*hasSideEffects=*/true);
    return B.CreateCall(FT, IA, {V});
  }
};



} // namespace xdpgen
} // namespace koffload

#endif // KOFFLOAD_KERNEL_XDPGENERATOR_H
