//===- XDPGen.cpp - Generate the XDP offload of a candidate ---------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Kernel/XDPGen.h"
#include "Kernel/BPFHelpers.h"
#include "Kernel/BPFLegalize.h"
#include "Kernel/BPFLibc.h"
#include "Kernel/BPFTarget.h"
#include "Kernel/OffloadSpec.h"
#include "Kernel/UndoLog.h"
#include "Plan/Feasibility.h"
#include "Plan/Plan.h"
#include "Support/AnalysisManagers.h"
#include "Support/Refusal.h"
#include "Support/ValueSources.h"

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

using namespace llvm;

namespace koffload {

namespace {

// XDP actions (uapi/linux/bpf.h); the helper ids are in BPFHelpers.h.
enum : unsigned { XDP_DROP = 1, XDP_PASS = 2, XDP_TX = 3 };
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

// struct msghdr and struct iovec on LP64 (recvmsg, sendmsg).
enum : uint64_t {
  MsgName = 0,
  MsgNameLen = 8,
  MsgIov = 16,
  MsgIovLen = 24,
  MsgControl = 32,
  MsgControlLen = 40,
  MsgFlags = 48,
  IovBase = 0,
  IovLen = 8,
};

class XDPGenerator {
public:
  explicit XDPGenerator(const OffloadSpec &Spec)
      : C(Spec), Limits(Spec.Limits), Ctx(C.WorkFunction->getContext()),
        B(Ctx) {}

  Expected<std::unique_ptr<Module>> run();

private:
  const OffloadSpec &C; ///< what to generate (named C as in candidate)
  const XDPLimits &Limits;
  LLVMContext &Ctx;
  IRBuilder<> B;
  std::unique_ptr<Module> KM;
  Function *F = nullptr;
  Type *I8 = nullptr, *I16 = nullptr, *I32 = nullptr, *I64 = nullptr,
       *Ptr = nullptr;

  // Per-CPU scratch: the request path's stack objects, at fixed offsets.
  GlobalVariable *Scratch = nullptr;
  GlobalVariable *Service = nullptr; ///< see ServiceGlobalName
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
  DenseMap<const AllocaInst *, uint64_t> ScratchOffset;
  Value *CpuBase = nullptr;
  uint64_t LaunderOffset = 0; ///< an 8-byte slot for laundering values
  uint64_t PartialOffset = 0; ///< the request's checksum was partial (i8)
  uint64_t HeadersOffset = 0; ///< the headers, when a reply grows at the head
  uint64_t UndoBytesOffset = 0; ///< UndoBytesSize bytes, if the path writes
  bool UndoBytesReserved = false;
  uint64_t FrameOffset = 0;   ///< the request's whole payload, for its checksum

  Value *Ctxt = nullptr, *Data = nullptr, *DataEnd = nullptr;
  /// IPv6 socket: frames are Ethernet + IPv6 (no extension headers) + UDP.
  bool V6 = false;
  uint64_t UdpOff = UdpStart, PayloadOff = PayloadStart;
  Value *PayloadLen = nullptr; ///< what the receive returns
  AllocaInst *Replied = nullptr, *ReplyLen = nullptr, *ReplyOff = nullptr;
  SmallSetVector<uint64_t, 2> ReplyFrom; ///< slot offsets of reply buffers
  uint64_t ReplyBufSize = 0;             ///< the (IPv6: only) reply buffer's size
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
  Error checkReplyBuffers();
  Error emitClockGettime(CallBase &Call);
  /// The local or global under an address computed outside the path (a
  /// constant GEP or cast chain), else the value itself.
  Value *hoistedAddressBase(Value *V) const;
  /// Such an address, rebuilt at the start of the path.
  void rebuildHoistedAddress(Value *V);
  void enterRecords();
  void checkRecordsUnchanged();
  void commit();
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
  void emitUDP6Checksum(Value *Len);
  Value *sumScratchBytes(uint64_t BufOff, uint64_t BufSize, Value *Len);
  void checkUDPChecksum(Value *Payload);
  /// The UDP pseudo-header's sum (unfolded), from the packet's addresses
  /// and UDP length field.
  Value *udpPseudoSum();
  /// Generic XDP and a partial request: the reply is sent in the request's
  /// skb, still marked partial (ServiceGenericXDP).
  Value *replyStaysPartial();
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
      return ProbeRead;
    case HelperXdpStoreBytes:
      return StoreBytes;
    case HelperCsumDiff:
      return CsumDiff;
    default:
      return {};
    }
  }
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
  }
  /// Only packets to the bound address: a compile-time constant, or else
  /// the address the runtime writes into the service global (with a mask:
  /// zero, any). One compare per word, as for a constant: every test of the
  /// prologue the verifier can split on multiplies the states it walks.
  void checkAddress() {
    uint64_t DstOff = V6 ? Ip6Daddr : IpDaddr;
    unsigned Words = V6 ? 4 : 1;
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
      Service = new GlobalVariable(*KM, Ty, false, GlobalValue::ExternalLinkage,
                                   ConstantAggregateZero::get(Ty),
                                   ServiceGlobalName);
      Service->setAlignment(Align(8));
    }
    return B.CreateConstInBoundsGEP1_64(I8, Service, Off);
  }
  Value *checkIPv4Headers();
  Value *checkIPv6Headers();
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
        4, KM->getDataLayout().getTypeStoreSize(T).getFixedValue()));
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
  /// The IPv4 header's 16-bit one's complement sum (0xffff when its
  /// checksum is right; with the checksum field 0, the complement of it).
  Value *ipv4HeaderSum() {
    Value *Sum = ConstantInt::get(I64, 0);
    for (unsigned W = 0; W < 10; ++W)
      Sum = B.CreateAdd(Sum, B.CreateZExt(loadPkt(I16, IpStart + 2 * W), I64));
    return fold16(Sum);
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

Error XDPGenerator::checkSupported() {
  if (C.Kind != Transport::UDP)
    return refuse("only UDP offloads (XDP) are generated so far");
  if (C.Family != AddressFamily::IPv4 && C.Family != AddressFamily::IPv6)
    return refuse("only IPv4 and IPv6 sockets are generated");
  V6 = C.Family == AddressFamily::IPv6;
  if (C.EntryBlocks.size() != 1 || C.ArrivalCalls.size() != 1)
    return refuse("requests arrive at several receive sites");
  if (Error E = checkMessages())
    return E;
  if (V6) {
    UdpOff = 54;
    PayloadOff = 62;
    if (Arrival.Addr)
      if (auto *Src = dyn_cast<AllocaInst>(getUnderlyingObject(Arrival.Addr)))
        if (Src->getAllocationSize(Src->getDataLayout())
                .value_or(TypeSize::getFixed(0)) < 28)
          return refuse("the source address buffer is smaller than a "
                        "sockaddr_in6");
    if (C.ReplyCalls.size() > 1)
      return refuse("IPv6 replies from several send sites are not generated "
                    "yet (the UDP checksum is computed from one buffer)");
  }

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
        if (CB == Arrival && !Overlaps(MsgNameLen, 4) &&
            !Overlaps(MsgControlLen, 8) && !Overlaps(MsgFlags, 4))
          continue;
        for (Value *A : CB->args())
          if (A->getType()->isPointerTy() && getUnderlyingObject(A) == Obj)
            return nullptr;
      }
    }
    Stop = false;
    return nullptr;
  };
  // Depth-first over the predecessors; a block on the path twice is a
  // loop. Whole blocks are answered once (diamonds in a row).
  SmallPtrSet<BasicBlock *, 16> OnPath;
  DenseMap<BasicBlock *, Value *> FromEnd;
  std::function<Value *(BasicBlock *, BasicBlock::iterator)> Walk =
      [&](BasicBlock *BB, BasicBlock::iterator It) -> Value * {
    bool Whole = It == BB->end();
    if (Whole)
      if (auto Known = FromEnd.find(BB); Known != FromEnd.end())
        return Known->second;
    bool Stop;
    Value *Found = InBlock(BB, It, Stop);
    if (!Stop) {
      if (pred_empty(BB) || !OnPath.insert(BB).second || OnPath.size() > 64)
        return nullptr;
      for (BasicBlock *P : predecessors(BB)) {
        Value *V = Walk(P, P->end());
        if (!V || (Found && V != Found)) {
          Found = nullptr;
          break;
        }
        Found = V;
      }
      OnPath.erase(BB);
    }
    if (Whole)
      FromEnd[BB] = Found;
    return Found;
  };
  return Walk(At->getParent(), At->getIterator());
}

Expected<XDPGenerator::Message> XDPGenerator::messageOf(CallBase &CB) {
  StringRef Name = directCalleeName(CB);
  Message M;
  if (Name == "recv" || Name == "recvfrom" || Name == "sendto") {
    M.Buf = CB.getArgOperand(1);
    M.Len = CB.getArgOperand(2);
    if (Name == "recvfrom" && CB.arg_size() >= 6) {
      M.Addr = CB.getArgOperand(4);
      M.AddrLen = CB.getArgOperand(5);
    }
    return M;
  }
  if (Name != "recvmsg" && Name != "sendmsg")
    return refuse(Name + " is not generated yet (recv, recvfrom, recvmsg, "
                         "sendto, sendmsg are)");
  // The msghdr's fields and its one iovec, as last stored before the call.
  M.Header = CB.getArgOperand(1);
  auto *H = dyn_cast<AllocaInst>(getUnderlyingObject(M.Header));
  if (!H || H != M.Header->stripPointerCasts())
    return refuse(Name + "'s msghdr is not a local");
  const CallBase *Recv = C.ArrivalCalls.front();
  Type *I64Ty = Type::getInt64Ty(Ctx), *PtrTy = PointerType::get(Ctx, 0);
  auto Field = [&](const AllocaInst *Obj, int64_t Off, Type *Ty) {
    return storedBefore(&CB, Obj, Off, 8, Ty, Recv); // 8-byte fields
  };
  auto *Count = dyn_cast_or_null<ConstantInt>(Field(H, MsgIovLen, I64Ty));
  if (!Count || !Count->isOne())
    return refuse(Name + " with other than one iovec is not generated yet");
  Value *Control = Field(H, MsgControl, PtrTy);
  if (!Control)
    return refuse(Name + "'s msg_control is not known where it is called");
  if (!isa<ConstantPointerNull>(Control))
    return refuse(Name + " with control messages is not generated");
  Value *Iov = Field(H, MsgIov, PtrTy);
  auto *IovObj = Iov ? dyn_cast<AllocaInst>(getUnderlyingObject(Iov)) : nullptr;
  if (!IovObj || IovObj != Iov->stripPointerCasts())
    return refuse(Name + "'s iovec is not a local koffload can follow");
  M.Buf = Field(IovObj, IovBase, PtrTy);
  M.Len = Field(IovObj, IovLen, I64Ty);
  if (!M.Buf || !M.Len)
    return refuse(Name + "'s buffer or length is not known where it is "
                         "called");
  Value *Addr = Field(H, MsgName, PtrTy);
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
  Off = alignTo(Off, 8);
  LaunderOffset = Off;
  Off += 8;
  PartialOffset = Off;
  Off += 8;
  HeadersOffset = Off;
  Off += alignTo(PayloadOff, 8);
  // The bytes copies into shared memory overwrite, kept to undo them
  // (UndoLog.h): in this CPU's slot, not on the 512-byte BPF stack.
  UndoBytesOffset = Off;
  UndoBytesReserved =
      any_of(C.Shared, [](const SharedGlobalSpec &G) { return G.KernelWrites; });
  if (UndoBytesReserved)
    Off += UndoBytesSize;
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
    for (Instruction &I : *BB)
      for (Value *Op : I.operands())
        Work.push_back(Op);
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

Value *XDPGenerator::checkIPv4Headers() {
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
    require(B.CreateICmpNE(Src0, ConstantInt::get(I8, 127)), "src.not.loopback");
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
  require(B.CreateICmpEQ(TotLen, B.CreateAdd(UdpLength,
                                             ConstantInt::get(I64, 20))),
          "udp.len.agrees");
  require(B.CreateICmpUGE(UdpLength, ConstantInt::get(I64, 8)), "udp.len.ok");
  return B.CreateSub(UdpLength, ConstantInt::get(I64, 8), "payload");
}

Value *XDPGenerator::checkIPv6Headers() {
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

  Ctxt = F->getArg(0);
  loadPacketBounds();
  // Everything not addressed to the service passes untouched.
  require(B.CreateICmpULE(pkt(Data, PayloadOff), DataEnd), "headers");
  Value *Payload = V6 ? checkIPv6Headers() : checkIPv4Headers();

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
    CB.CreateRet(ConstantInt::get(I32, XDP_PASS));
    Fallback = Counted;
  }

  // A datagram whose checksum is wrong never reaches the socket: the stack
  // drops it, so the offload must not answer it.
  checkUDPChecksum(Payload);

  // The receive: the payload, truncated to the buffer as recvfrom would.
  CallBase *Recv = C.ArrivalCalls.front();
  auto *Buf = cast<AllocaInst>(getUnderlyingObject(Arrival.Buf));
  uint64_t BufOff = ScratchOffset.lookup(Buf);
  Value *BufLen = Arrival.Len;
  uint64_t Cap = Buf->getAllocationSize(KM->getDataLayout())->getFixedValue();
  if (auto *CI = dyn_cast<ConstantInt>(BufLen))
    Cap = std::min<uint64_t>(Cap, CI->getZExtValue());
  PayloadLen = B.CreateIntrinsic(Intrinsic::umin, {I64},
                                 {Payload, ConstantInt::get(I64, Cap)});
  // The planner folded the receive's result to [1, buffer size]: an empty
  // datagram is userspace's (DESIGN: the plan's foldArrivalResults).
  require(B.CreateICmpNE(PayloadLen, ConstantInt::get(I64, 0)), "not.empty");
  // The buffer's bytes are already there: it lies over the frame area,
  // where checkUDPChecksum() copied the payload.
  assert(BufOff == FrameOffset && "the receive buffer is the frame area");
  (void)BufOff;
  {
    if (auto *Src = dyn_cast_or_null<AllocaInst>(
            Arrival.Addr ? getUnderlyingObject(Arrival.Addr) : nullptr)) {
      uint64_t O = ScratchOffset.lookup(Src);
      if (!V6) {
        // struct sockaddr_in of the client.
        B.CreateStore(ConstantInt::get(I16, 2 /*AF_INET*/), scratch(O));
        B.CreateStore(loadPkt(I16, UdpSport), scratch(O + 2));
        B.CreateStore(loadPkt(I32, IpSaddr), scratch(O + 4));
        B.CreateStore(ConstantInt::get(I64, 0), scratch(O + 8));
      } else {
        // struct sockaddr_in6: family, port, flow info 0, address, scope 0.
        B.CreateStore(ConstantInt::get(I16, 10 /*AF_INET6*/), scratch(O));
        B.CreateStore(loadPkt(I16, UdpOff), scratch(O + 2));
        B.CreateStore(ConstantInt::get(I32, 0), scratch(O + 4));
        for (unsigned W = 0; W < 4; ++W)
          B.CreateStore(loadPkt(I32, Ip6Saddr + 4 * W), scratch(O + 8 + 4 * W));
        B.CreateStore(ConstantInt::get(I32, 0), scratch(O + 24));
      }
    }
    if (auto *Len = dyn_cast_or_null<AllocaInst>(
            Arrival.AddrLen ? getUnderlyingObject(Arrival.AddrLen) : nullptr))
      B.CreateStore(ConstantInt::get(I32, V6 ? 28 : 16),
                    scratch(ScratchOffset.lookup(Len)));
    // recvmsg also sets the msghdr's msg_namelen, msg_controllen (no
    // control messages were asked for) and msg_flags (MSG_TRUNC when the
    // datagram did not fit).
    if (auto *H = dyn_cast_or_null<AllocaInst>(
            Arrival.Header ? getUnderlyingObject(Arrival.Header) : nullptr)) {
      uint64_t O = ScratchOffset.lookup(H);
      if (Arrival.Addr)
        B.CreateStore(ConstantInt::get(I32, V6 ? 28 : 16),
                      scratch(O + MsgNameLen));
      B.CreateStore(ConstantInt::get(I64, 0), scratch(O + MsgControlLen));
      B.CreateStore(
          B.CreateSelect(B.CreateICmpUGT(Payload, ConstantInt::get(I64, Cap)),
                         ConstantInt::get(I32, 0x20 /*MSG_TRUNC*/),
                         ConstantInt::get(I32, 0)),
          scratch(O + MsgFlags));
    }
  }
  // The receive's result (ssize_t) is the payload length.
  PayloadLen = B.CreateZExtOrTrunc(PayloadLen, Recv->getType());
  enterRecords();
  B.CreateBr(FirstRequestBlock);
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
  if (!Obj || Obj != M.Buf->stripPointerCasts() ||
      !ScratchOffset.count(Obj))
    return refuse("the reply is not sent from the start of a local buffer");
  if (!Len)
    return refuse("the reply length comes from outside the path");
  uint64_t Size =
      Obj->getAllocationSize(KM->getDataLayout())->getFixedValue();
  Len = B.CreateZExtOrTrunc(Len, I64);
  require(B.CreateICmpULE(Len, ConstantInt::get(
                                   I64, std::min<uint64_t>(Size, Limits.MaxReply))),
          "reply.fits");
  B.CreateStore(ConstantInt::get(I8, 1), Replied);
  B.CreateStore(Len, ReplyLen);
  ReplyFrom.insert(ScratchOffset.lookup(Obj));
  ReplyBufSize = std::max(ReplyBufSize, Size);
  B.CreateStore(ConstantInt::get(I64, ScratchOffset.lookup(Obj)), ReplyOff);
  VMap[&Send] = B.CreateZExtOrTrunc(Len, Send.getType());
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

Error XDPGenerator::emitClockGettime(CallBase &Call) {
  // clock_gettime(clock, &ts) = 0 with ts from the kernel's clock itself:
  // bpf_ktime_get_ns is CLOCK_MONOTONIC, bpf_ktime_get_boot_ns
  // CLOCK_BOOTTIME (the planner lets no other clock through).
  std::optional<uint64_t> Clock = evaluateConstantInt(Call.getArgOperand(0));
  if (!Clock || (*Clock != 1 && *Clock != 7))
    return refuse("clock_gettime of a clock without a BPF helper");
  Value *TS = VMap.lookup(Call.getArgOperand(1));
  if (!TS)
    return refuse("clock_gettime's timespec is not on the path");
  Value *Ns = helper(*Clock == 1 ? HelperKtimeGetNs : HelperKtimeGetBootNs,
                     I64, {});
  Value *Billion = ConstantInt::get(I64, 1000000000);
  B.CreateAlignedStore(B.CreateUDiv(Ns, Billion), TS, Align(8)); // tv_sec
  B.CreateAlignedStore(B.CreateURem(Ns, Billion),
                       B.CreateConstInBoundsGEP1_64(I8, TS, 8),
                       Align(8)); // tv_nsec
  VMap[&Call] = ConstantInt::get(Call.getType(), 0);
  return Error::success();
}

Error XDPGenerator::cloneInstruction(Instruction &I) {
  if (isa<DbgInfoIntrinsic>(I))
    return Error::success();
  if (auto *II = dyn_cast<IntrinsicInst>(&I)) {
    switch (II->getIntrinsicID()) {
    case Intrinsic::lifetime_start:
    case Intrinsic::lifetime_end:
    case Intrinsic::assume:
    case Intrinsic::experimental_noalias_scope_decl:
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
    if (Name == "clock_gettime")
      return emitClockGettime(*CB);
    if (Name == "memcpy" || Name == "memmove" || Name == "memset")
      return refuse("libc " + Name + " call (not the intrinsic) on the path");
    if (isBPFLibcCall(Name)) {
      // The BPF libc's koffload_<name>, linked in by linkBPFLibc().
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
      return lowerBPFLibcCall(*CB,
                              {B, *F, Fallback, VMap, ObjectOf, Launder, Status});
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
                               "koffload_seq_" + R.Name);
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
  // Past the last check that can fall back: the path's writes stand, and
  // the records they went into are released.
  if (Records.empty())
    return;
  compilerBarrier();
  for (RecordGuard &R : Records)
    if (R.Writes)
      B.CreateAlignedStore(B.CreateAdd(R.Start, ConstantInt::get(I32, 2)),
                           R.Seq, Align(4), /*isVolatile=*/true);
}

void XDPGenerator::emitEpilogue() {
  // The request is done: with a reply, rewrite the packet into it and send
  // it back out of the interface; without one, the request was consumed.
  // The records stay held until the verdict (commit()): the reply's own
  // checks (its size, room to grow the frame) may still fall back, and the
  // path's writes are then undone before anyone else sees them.
  B.SetInsertPoint(End);
  checkRecordsUnchanged();
  emitReplyOrDrop();
}

void XDPGenerator::emitReplyOrDrop() {
  if (ReplyFrom.empty()) {
    commit();
    countStat(B, StatDropped);
    B.CreateRet(ConstantInt::get(I32, XDP_DROP));
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
  B.CreateRet(ConstantInt::get(I32, XDP_DROP));

  B.SetInsertPoint(Reply);
  Value *Len = B.CreateIntrinsic(
      Intrinsic::umin, {I64},
      {B.CreateLoad(I64, ReplyLen), ConstantInt::get(I64, Limits.MaxReply)});
  Value *OldLen =
      B.CreateSub(B.CreatePtrToInt(DataEnd, I64), B.CreatePtrToInt(Data, I64));
  Value *NewLen = B.CreateAdd(Len, ConstantInt::get(I64, PayloadOff));
  Value *Delta = B.CreateTrunc(B.CreateSub(NewLen, OldLen), I32);
  // Same length (an echo, say): no resize.
  Value *Err = ifThen(
      B.CreateICmpNE(Delta, ConstantInt::get(I32, 0)), ConstantInt::get(I64, 0),
      [&] { return helper(HelperXdpAdjustTail, I64, {Ctxt, Delta}); },
      "resize");
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
        require(B.CreateICmpEQ(Moved, ConstantInt::get(I64, 0)), "head.moved");
        Value *Headers = scratch(HeadersOffset);
        Value *Size = ConstantInt::get(I32, PayloadOff);
        Value *Loaded =
            helper(HelperXdpLoadBytes, I64, {Ctxt, Delta, Headers, Size});
        require(B.CreateICmpEQ(Loaded, ConstantInt::get(I64, 0)),
                "headers.loaded");
        return helper(HelperXdpStoreBytes, I64,
                      {Ctxt, ConstantInt::get(I32, 0), Headers, Size});
      },
      "grow.head");
  require(B.CreateICmpEQ(Err, ConstantInt::get(I64, 0)), "resized");
  // The packet moved: reload its bounds.
  loadPacketBounds();
  require(B.CreateICmpULE(pkt(Data, PayloadOff), DataEnd), "headers2");
  // Swap Ethernet, IP and UDP source and destination.
  Value *DstMac0 = loadPkt(I32, 0), *DstMac1 = loadPkt(I16, 4);
  Value *SrcMac0 = loadPkt(I32, 6), *SrcMac1 = loadPkt(I16, 10);
  storePkt(SrcMac0, 0);
  storePkt(SrcMac1, 4);
  storePkt(DstMac0, 6);
  storePkt(DstMac1, 10);
  auto Net16 = [&](Value *V) {
    return B.CreateUnaryIntrinsic(Intrinsic::bswap, B.CreateTrunc(V, I16));
  };
  Value *Sport = loadPkt(I16, UdpOff), *Dport = loadPkt(I16, UdpOff + 2);
  storePkt(Dport, UdpOff);
  storePkt(Sport, UdpOff + 2);
  storePkt(Net16(B.CreateAdd(Len, ConstantInt::get(I64, 8))), UdpOff + 4);
  storePkt(ConstantInt::get(I16, 0), UdpOff + 6);
  if (!V6) {
    Value *Saddr = loadPkt(I32, IpSaddr), *Daddr = loadPkt(I32, IpDaddr);
    storePkt(Daddr, IpSaddr);
    storePkt(Saddr, IpDaddr);
    storePkt(Net16(B.CreateAdd(Len, ConstantInt::get(I64, 28))), IpTotLen);
    storePkt(ConstantInt::get(I8, 64), IpTtl);
    // The original's reply has the socket's TOS (0), not the request's.
    storePkt(ConstantInt::get(I8, 0), IpStart + 1);
    // A zero UDP checksum means "none" over IPv4; clients accept it.
    // IPv4 header checksum over the ten 16-bit words.
    storePkt(ConstantInt::get(I16, 0), IpCsum);
    storePkt(B.CreateTrunc(B.CreateNot(ipv4HeaderSum()), I16), IpCsum);
  } else {
    for (unsigned W = 0; W < 4; ++W) {
      Value *S = loadPkt(I32, Ip6Saddr + 4 * W);
      Value *D = loadPkt(I32, Ip6Daddr + 4 * W);
      storePkt(D, Ip6Saddr + 4 * W);
      storePkt(S, Ip6Daddr + 4 * W);
    }
    storePkt(Net16(B.CreateAdd(Len, ConstantInt::get(I64, 8))),
             Ip6PayloadLen);
    storePkt(ConstantInt::get(I8, 64), Ip6HopLimit);
    // Version 6, traffic class and flow label 0: the request's are not the
    // reply's.
    storePkt(ConstantInt::get(I32, 0x60), Ip6Start);
    // IPv6 requires the UDP checksum; written after the payload below.
  }
  // The payload, from the reply buffer, in one helper call.
  BasicBlock *Write = BasicBlock::Create(Ctx, "write.reply", F);
  BasicBlock *Written = BasicBlock::Create(Ctx, "written", F);
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
  Value *Off = B.CreateLoad(I64, ReplyOff);
  Value *Src = scratch(*ReplyFrom.begin());
  for (uint64_t O : ReplyFrom)
    Src = B.CreateSelect(B.CreateICmpEQ(Off, ConstantInt::get(I64, O)),
                         scratch(O), Src);
  // A reply of the received bytes themselves (an echo) is already in the
  // packet, in place.
  Value *InPlace = ConstantInt::getFalse(Ctx);
  if (receiveBufferUnchanged())
    InPlace = B.CreateAnd(
        B.CreateICmpEQ(Off, ConstantInt::get(I64, FrameOffset)),
        B.CreateICmpULE(Len, B.CreateZExtOrTrunc(PayloadLen, I64)));
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
  if (V6)
    emitUDP6Checksum(Len);
  // The request's skb goes back out still marked partial (generic XDP):
  // the reply's partial form, which a receiver trusts and a device that
  // completes checksums completes right.
  Value *Partial = B.CreateTrunc(fold16(udpPseudoSum()), I16);
  storePkt(
      B.CreateSelect(replyStaysPartial(), Partial, loadPkt(I16, UdpOff + 6)),
      UdpOff + 6);
  commit();
  countStat(B, StatAnswered);
  B.CreateRet(ConstantInt::get(I32, XDP_TX));
}

Value *XDPGenerator::sumScratchBytes(uint64_t BufOff, uint64_t BufSize,
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

void XDPGenerator::checkUDPChecksum(Value *Payload) {
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
                       scratch(FrameOffset), Len32});
  require(B.CreateICmpEQ(Err, ConstantInt::get(I64, 0)), "frame.loaded");
  // A wrong checksum is no request (the stack drops the datagram): passed,
  // and counted apart from the fallbacks (StatBadChecksum), out of ω.
  BasicBlock *Bad = BasicBlock::Create(Ctx, "csum.bad", F);
  {
    IRBuilder<> BB(Bad);
    countStat(BB, StatBadChecksum);
    BB.CreateRet(ConstantInt::get(I32, XDP_PASS));
  }
  auto RequireOr = [&](Value *Ok, const Twine &Name) {
    BasicBlock *Cont = BasicBlock::Create(Ctx, Name, F);
    B.CreateCondBr(Ok, Cont, Bad);
    B.SetInsertPoint(Cont);
  };
  BasicBlock *Checked = BasicBlock::Create(Ctx, "csum.checked", F);
  Value *Field = loadPkt(I16, UdpOff + 6);
  // Whether the checksum was taken in its partial form, for the reply
  // (replyStaysPartial): kept in the scratch slot, not in a register the
  // verifier would track, as two states, down the whole request path.
  B.CreateStore(ConstantInt::get(I8, 0), scratch(PartialOffset));
  if (!V6) {
    // Over IPv4 a zero checksum means none was computed.
    BasicBlock *Check = BasicBlock::Create(Ctx, "csum.check", F);
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
                      sumScratchBytes(FrameOffset, Limits.MaxReply, Payload));
  Value *Whole = B.CreateICmpEQ(fold16(Total), ConstantInt::get(I64, 0xffff));
  Value *Partial =
      B.CreateAnd(B.CreateAnd(Lazy, PartialForm), B.CreateNot(Whole));
  RequireOr(B.CreateOr(Whole, Partial), "csum.right");
  B.CreateStore(B.CreateZExt(Partial, I8), scratch(PartialOffset));
  B.CreateBr(Checked);
  B.SetInsertPoint(Checked);
}

Value *XDPGenerator::udpPseudoSum() {
  // Sums are of words as they lie in memory: one's complement addition does
  // not care about byte order as long as the result is used the same way.
  // The 16-bit UDP length as it lies in memory, shifted: IPv4's
  // pseudo-header has it after bytes 0 and 17, IPv6's after 0 0 (32 bits),
  // with 0 0 0 17 after it.
  Value *Sum = ConstantInt::get(I64, 0);
  unsigned Words = V6 ? 4 : 1;
  for (unsigned W = 0; W < Words; ++W) {
    Sum = B.CreateAdd(
        Sum,
        B.CreateZExt(loadPkt(I32, (V6 ? Ip6Saddr : IpSaddr) + 4 * W), I64));
    Sum = B.CreateAdd(
        Sum,
        B.CreateZExt(loadPkt(I32, (V6 ? Ip6Daddr : IpDaddr) + 4 * W), I64));
  }
  Value *LenRaw = B.CreateZExt(loadPkt(I16, UdpOff + 4), I64);
  Sum = B.CreateAdd(Sum, B.CreateShl(LenRaw, 16));
  return B.CreateAdd(Sum, ConstantInt::get(I64, V6 ? 0x11000000 : 0x1100));
}

Value *XDPGenerator::replyStaysPartial() {
  Value *Flags = B.CreateAlignedLoad(I32, service(ServiceFlagsOffset), Align(4),
                                     "service.flags");
  Value *Generic = B.CreateICmpNE(
      B.CreateAnd(Flags, ConstantInt::get(I32, ServiceGenericXDP)),
      ConstantInt::get(I32, 0));
  Value *Partial = B.CreateICmpNE(B.CreateLoad(I8, scratch(PartialOffset)),
                                  ConstantInt::get(I8, 0));
  return B.CreateAnd(Generic, Partial);
}

void XDPGenerator::emitUDP6Checksum(Value *Len) {
  // The one's complement sum of the pseudo-header (addresses, UDP length,
  // next header), the UDP header and the payload. Sums are of 32-bit words
  // as they lie in memory: one's complement addition does not care about
  // byte order as long as the result is stored the same way. The payload
  // is summed from the reply buffer with bpf_csum_diff (512 bytes a call,
  // whole words), its last 1-3 bytes by hand, padded with zeros.
  uint64_t BufOff = ReplyFrom.front();
  uint64_t BufSize = ReplyBufSize;
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
    if (GV.isConstant() || GV.getName() == "_license")
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
                       GlobalValue::ExternalLinkage, XDPProgramName, *KM);
  F->setSection("xdp");
  F->addFnAttr(Attribute::NoUnwind);
  Fallback = BasicBlock::Create(Ctx, "fallback", F);
  B.SetInsertPoint(Fallback);
  B.CreateRet(ConstantInt::get(I32, XDP_PASS));
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
  if (Error E = linkBPFLibc(*KM, *F, Limits.LibcBitcode))
    return std::move(E);
  emitEpilogue();
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

} // namespace

Expected<std::unique_ptr<Module>> generateXDPModule(const OffloadSpec &Spec) {
  if (!Spec.WorkFunction)
    return refuse("the spec has no request path");
  return XDPGenerator(Spec).run();
}

} // namespace koffload
