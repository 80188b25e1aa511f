//===- KernelLimits.cpp - Request paths the generator cannot produce ------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/KernelLimits.h"
#include "Landmarks/Landmarks.h"
#include "Landmarks/SocketCalls.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/ConstantRange.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace koffload {

namespace {

KernelLimitSites one(const Instruction *At, const Twine &Detail) {
  KernelLimitSites Sites;
  Sites.push_back({Blocker::NotGenerated, Detail.str(), At});
  return Sites;
}

/// \p V as a whole local (the generator's rule: the alloca itself, through
/// casts only), else null.
const AllocaInst *wholeLocal(const Value *V) {
  if (!V)
    return nullptr;
  const auto *AI = dyn_cast<AllocaInst>(getUnderlyingObject(V));
  if (!AI)
    return nullptr;
  // The alloca, through casts and zero-offset GEPs (&buf[0]).
  APInt Off(AI->getDataLayout().getIndexTypeSizeInBits(V->getType()), 0);
  const Value *Base = V->stripAndAccumulateConstantOffsets(
      AI->getDataLayout(), Off, /*AllowNonInbounds=*/true);
  return Base == AI && Off.isZero() ? AI : nullptr;
}

/// What the program stores into the 8-byte field at \p Offset of \p Obj:
/// the stored values, and whether a memset of zeros covers the field.
struct FieldStores {
  SmallVector<const Value *, 2> Values;
  bool Zeroed = false;
  bool Unknown = false; ///< a write koffload cannot place (a call, ...)
};

FieldStores fieldStores(const AllocaInst &Obj, uint64_t Offset) {
  FieldStores FS;
  const DataLayout &DL = Obj.getDataLayout();
  SmallVector<std::pair<const Value *, int64_t>, 8> Work{{&Obj, 0}};
  SmallPtrSet<const Value *, 8> Seen;
  while (!Work.empty()) {
    auto [V, Off] = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    for (const User *U : V->users()) {
      if (const auto *GEP = dyn_cast<GEPOperator>(U)) {
        APInt C(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
        if (GEP->accumulateConstantOffset(DL, C))
          Work.push_back({GEP, Off + C.getSExtValue()});
        else
          FS.Unknown = true;
        continue;
      }
      if (isa<BitCastOperator>(U) || isa<AddrSpaceCastOperator>(U)) {
        Work.push_back({U, Off});
        continue;
      }
      if (const auto *St = dyn_cast<StoreInst>(U)) {
        if (St->getPointerOperand() != V) {
          FS.Unknown = true; // the pointer escapes into memory
          continue;
        }
        uint64_t Size = DL.getTypeStoreSize(St->getValueOperand()->getType());
        if (Off == int64_t(Offset) && Size == 8)
          FS.Values.push_back(St->getValueOperand());
        else if (Off < int64_t(Offset + 8) &&
                 Off + int64_t(Size) > int64_t(Offset))
          FS.Unknown = true; // a partial or wider write of the field
        continue;
      }
      if (const auto *MS = dyn_cast<MemSetInst>(U)) {
        const auto *Len = dyn_cast<ConstantInt>(MS->getLength());
        const auto *Val = dyn_cast<ConstantInt>(MS->getValue());
        if (MS->getDest() == V && Len && Val && Val->isZero() &&
            Off <= int64_t(Offset) &&
            Off + int64_t(Len->getZExtValue()) >= int64_t(Offset + 8))
          FS.Zeroed = true;
        else if (MS->getDest() == V)
          FS.Unknown = true;
        continue;
      }
      if (isa<LoadInst>(U))
        continue;
      if (const auto *II = dyn_cast<IntrinsicInst>(U);
          II && (II->isLifetimeStartOrEnd() || isa<DbgInfoIntrinsic>(II)))
        continue;
      // recvmsg/sendmsg themselves read the header and write its results.
      if (const auto *CB = dyn_cast<CallBase>(U))
        if (std::optional<SocketCall> SC = decodeSocketCall(*CB);
            SC && SC->msghdr() == V)
          continue;
      FS.Unknown = true;
    }
  }
  return FS;
}

/// Whether every value the field may hold at a call is \p Accept-ed: each
/// store, or zero when only a memset sets it (clang initialises a struct
/// with a memset and then stores the named fields). False when nothing
/// sets it.
template <typename Pred>
bool fieldAlways(const FieldStores &FS, Pred Accept, Type *Zero) {
  if (FS.Unknown || (FS.Values.empty() && !FS.Zeroed))
    return false;
  if (FS.Values.empty())
    return Accept(Constant::getNullValue(Zero));
  return all_of(FS.Values, Accept);
}

/// The constant globals under \p V into \p Out; false if a value it may
/// take is not in one.
bool addConstantSources(const Value *V,
                        SmallSetVector<const GlobalVariable *, 4> &Out,
                        SmallPtrSetImpl<const Value *> &Seen) {
  if (!Seen.insert(V).second)
    return true;
  SmallVector<const Value *, 4> Objects;
  getUnderlyingObjects(V, Objects, nullptr, 0);
  for (const Value *O : Objects) {
    if (const auto *GV = dyn_cast<GlobalVariable>(O)) {
      if (!GV->isConstant() || !GV->hasDefinitiveInitializer())
        return false;
      Out.insert(GV);
      continue;
    }
    // A null candidate (a table's sentinel) has no bytes: a run-time
    // check finds it in no global.
    if (isa<ConstantPointerNull>(O))
      continue;
    // A pointer loaded from a constant table (`replies[code]`): any of
    // the table's pointers.
    const auto *L = dyn_cast<LoadInst>(O);
    if (!L || !L->getType()->isPointerTy())
      return false;
    SmallSetVector<const GlobalVariable *, 4> Tables;
    if (!addConstantSources(L->getPointerOperand(), Tables, Seen))
      return false;
    for (const GlobalVariable *Table : Tables) {
      SmallVector<const Constant *, 8> Work{Table->getInitializer()};
      while (!Work.empty()) {
        const Constant *C = Work.pop_back_val();
        if (const auto *GV = dyn_cast<GlobalVariable>(C)) {
          if (!GV->isConstant() || !GV->hasDefinitiveInitializer())
            return false;
          Out.insert(GV);
        } else if (isa<GlobalValue>(C)) {
          return false; // a function's address
        } else {
          for (const Use &Op : C->operands())
            Work.push_back(cast<Constant>(Op.get()));
        }
      }
    }
  }
  return true;
}

} // namespace

SmallVector<const GlobalVariable *, 4> constantReplySources(const Value *P) {
  SmallSetVector<const GlobalVariable *, 4> Sources;
  SmallPtrSet<const Value *, 8> Seen;
  if (!P || !P->getType()->isPointerTy() ||
      !addConstantSources(P, Sources, Seen) || Sources.size() > 16)
    return {};
  return SmallVector<const GlobalVariable *, 4>(Sources.begin(),
                                                Sources.end());
}

KernelLimitSites checkSocketLimits(const Socket &S, const Instruction *At) {
  if (offloadTransport(S) != Transport::UDP)
    return one(At, "only UDP offloads (XDP) are generated so far");
  // A family chosen at run time among IPv4 and IPv6 is generated for one
  // of them, checked against the bound family (OffloadSpec).
  if (S.Family != AddressFamily::IPv4 && S.Family != AddressFamily::IPv6 &&
      !S.Families.onlyInet())
    return one(At, "only IPv4 and IPv6 sockets are generated");
  return {};
}

KernelLimitSites checkReceiveSites(ArrayRef<const CallBase *> Arrivals,
                                   unsigned EntryBlocks) {
  if (Arrivals.size() == 1 && EntryBlocks == 1)
    return {};
  KernelLimitSites Sites;
  for (const CallBase *A : Arrivals)
    Sites.push_back(
        {Blocker::NotGenerated, "requests arrive at several receive sites", A});
  return Sites;
}

KernelLimitSites checkMessageCall(const CallBase &CB) {
  std::optional<SocketCall> SC = decodeSocketCall(CB);
  StringRef Name = SC ? SC->name() : StringRef("the call");
  if (!SC || !(Name == "recv" || Name == "recvfrom" || Name == "recvmsg" ||
               Name == "read" || Name == "send" || Name == "sendto" ||
               Name == "sendmsg" || Name == "write"))
    return one(&CB, Name + " is not generated yet (recv, recvfrom, recvmsg, "
                           "read, send, sendto, sendmsg, write are)");
  if (!SC->msghdr())
    return {};
  const AllocaInst *H = wholeLocal(SC->msghdr());
  if (!H)
    return one(&CB, Name + "'s msghdr is not a local");
  LLVMContext &Ctx = CB.getContext();
  Type *I64 = Type::getInt64Ty(Ctx), *Ptr = PointerType::getUnqual(Ctx);
  auto IsOne = [](const Value *V) {
    const auto *C = dyn_cast<ConstantInt>(V);
    return C && C->isOne();
  };
  if (!fieldAlways(fieldStores(*H, msghdr_offset::IovLen), IsOne, I64))
    return one(&CB, Name + " with other than one iovec is not generated yet");
  FieldStores Control = fieldStores(*H, msghdr_offset::Control);
  if (Control.Unknown || (Control.Values.empty() && !Control.Zeroed))
    return one(&CB, Name + "'s msg_control is not known where it is called");
  if (!fieldAlways(
          Control, [](const Value *V) { return isa<ConstantPointerNull>(V); },
          Ptr))
    return one(&CB, Name + " with control messages is not generated");
  if (!fieldAlways(
          fieldStores(*H, msghdr_offset::Iov),
          [](const Value *V) { return wholeLocal(V) != nullptr; }, Ptr))
    return one(&CB, Name + "'s iovec is not a local koffload can follow");
  FieldStores MsgName = fieldStores(*H, msghdr_offset::Name);
  if (MsgName.Unknown || (MsgName.Values.empty() && !MsgName.Zeroed))
    return one(&CB, Name + "'s msg_name is not known where it is called");
  return {};
}

KernelLimitSites checkBuffers(const CallBase &Arrival,
                              ArrayRef<const CallBase *> Replies) {
  KernelLimitSites Sites;
  std::optional<SocketCall> R = decodeSocketCall(Arrival);
  if (R && R->buffer() && !wholeLocal(R->buffer()))
    Sites.push_back({Blocker::NotGenerated,
                     "the receive buffer is not (the start of) a local array",
                     &Arrival});
  for (const CallBase *Send : Replies) {
    std::optional<SocketCall> S = decodeSocketCall(*Send);
    if (S && S->buffer() && !wholeLocal(S->buffer()) &&
        constantReplySources(S->buffer()).empty())
      Sites.push_back({Blocker::NotGenerated,
                       "the reply is sent neither from the start of a local "
                       "buffer nor from constant data",
                       Send});
  }
  return Sites;
}

KernelLimitSites checkIPv6(const Socket &S, const CallBase &Arrival,
                           ArrayRef<const CallBase *> Replies) {
  if (S.Family != AddressFamily::IPv6)
    return {};
  KernelLimitSites Sites;
  std::optional<SocketCall> R = decodeSocketCall(Arrival);
  if (const Value *Addr = R ? R->address() : nullptr)
    if (const auto *Src = dyn_cast<AllocaInst>(getUnderlyingObject(Addr)))
      if (Src->getAllocationSize(Src->getDataLayout())
              .value_or(TypeSize::getFixed(0)) < 28)
        Sites.push_back({Blocker::NotGenerated,
                         "the source address buffer is smaller than a "
                         "sockaddr_in6",
                         &Arrival});
  if (Replies.size() > 1)
    for (const CallBase *Send : Replies)
      Sites.push_back({Blocker::NotGenerated,
                       "IPv6 replies from several send sites are not "
                       "generated yet (the UDP checksum is computed from "
                       "one buffer)",
                       Send});
  return Sites;
}

/// The values \p V may take, unsigned: by its arithmetic (a remainder by a
/// constant) and its known bits (a mask), through zero extensions and
/// truncations.
static ConstantRange unsignedRange(const Value *V, const DataLayout &DL,
                                   unsigned Depth = 0) {
  unsigned Bits = V->getType()->getIntegerBitWidth();
  if (const auto *Z = dyn_cast<ZExtInst>(V); Z && Depth < 4)
    return unsignedRange(Z->getOperand(0), DL, Depth + 1).zeroExtend(Bits);
  // `(uint32_t)(hash % N)` (DINT's lock servers): clang -O1 folds the cast
  // pair, the driver's IR keeps it.
  if (const auto *T = dyn_cast<TruncInst>(V); T && Depth < 4)
    return unsignedRange(T->getOperand(0), DL, Depth + 1).truncate(Bits);
  ConstantRange R = computeConstantRange(V, /*ForSigned=*/false);
  return R.intersectWith(
      ConstantRange::fromKnownBits(computeKnownBits(V, DL), false),
      ConstantRange::Unsigned);
}

bool offsetProvablyWithin(const Value *Ptr, const GlobalVariable &GV,
                          uint64_t AccessSize) {
  const DataLayout &DL = GV.getDataLayout();
  const auto *GEP = dyn_cast<GEPOperator>(Ptr->stripPointerCasts());
  if (!GEP || GEP->getPointerOperand()->stripPointerCasts() != &GV)
    return false;
  unsigned Bits = DL.getIndexTypeSizeInBits(GEP->getType());
  MapVector<Value *, APInt> Variable;
  APInt Constant(Bits, 0);
  if (!GEP->collectOffset(DL, Bits, Variable, Constant) ||
      Constant.isNegative())
    return false;
  uint64_t Size = DL.getTypeAllocSize(GV.getValueType());
  // The largest offset, in 128 bits so the sum cannot wrap.
  APInt Max = Constant.zext(128);
  for (auto &[V, Scale] : Variable) {
    ConstantRange R = unsignedRange(V, DL);
    if (Scale.isNegative() || R.isFullSet() || R.isWrappedSet() ||
        R.getSignedMin().isNegative())
      return false;
    Max += R.getUnsignedMax().zextOrTrunc(128) * Scale.zext(128);
  }
  return AccessSize <= Size && Max.ule(Size - AccessSize);
}

std::optional<uint64_t> fixedReplySize(ArrayRef<const CallBase *> Replies,
                                       uint64_t MaxReply) {
  // The generator's rule for a reply from a local (XDPClone.cpp:
  // emitReplySnapshot): the alloca itself, through casts only.
  std::optional<uint64_t> Longest;
  for (const CallBase *Send : Replies) {
    std::optional<SocketCall> SC = decodeSocketCall(*Send);
    if (!SC || SC->msghdr() || !SC->buffer())
      return std::nullopt;
    const auto *Len = dyn_cast_or_null<ConstantInt>(SC->length());
    const auto *Obj = dyn_cast<AllocaInst>(SC->buffer()->stripPointerCasts());
    if (!Len || !Obj)
      return std::nullopt;
    std::optional<TypeSize> Size = Obj->getAllocationSize(Obj->getDataLayout());
    uint64_t N = Len->getZExtValue();
    if (!Size || Size->isScalable() || N > Size->getFixedValue() ||
        N > MaxReply)
      return std::nullopt;
    Longest = std::max(Longest.value_or(0), N);
  }
  return Longest;
}

namespace {

/// Whether \p V is true exactly when \p CX succeeded (1), exactly when it
/// failed (-1), or neither is known (0).
int exchangeOutcome(const Value *V, const AtomicCmpXchgInst &CX,
                    unsigned Depth = 0) {
  if (Depth > 6)
    return 0;
  if (const auto *EV = dyn_cast<ExtractValueInst>(V))
    return EV->getAggregateOperand() == &CX && EV->getIndices()[0] == 1 ? 1
                                                                         : 0;
  if (const auto *Z = dyn_cast<ZExtInst>(V))
    return Z->getSrcTy()->isIntegerTy(1)
               ? exchangeOutcome(Z->getOperand(0), CX, Depth + 1)
               : 0;
  if (const auto *T = dyn_cast<TruncInst>(V)) {
    // A flag stored as a byte and truncated back (clang's bool).
    const auto *Z = dyn_cast<ZExtInst>(T->getOperand(0));
    return T->getDestTy()->isIntegerTy(1) && Z &&
                   Z->getSrcTy()->isIntegerTy(1)
               ? exchangeOutcome(Z->getOperand(0), CX, Depth + 1)
               : 0;
  }
  if (const auto *X = dyn_cast<BinaryOperator>(V))
    if (X->getOpcode() == Instruction::Xor)
      if (const auto *One = dyn_cast<ConstantInt>(X->getOperand(1));
          One && One->getType()->isIntegerTy(1) && One->isOne())
        return -exchangeOutcome(X->getOperand(0), CX, Depth + 1);
  const auto *Cmp = dyn_cast<ICmpInst>(V);
  if (!Cmp || !Cmp->isEquality())
    return 0;
  int Sign = Cmp->getPredicate() == ICmpInst::ICMP_EQ ? 1 : -1;
  for (unsigned K = 0; K < 2; ++K) {
    const Value *A = Cmp->getOperand(K), *Other = Cmp->getOperand(1 - K);
    // The old value against the expected one.
    if (const auto *EV = dyn_cast<ExtractValueInst>(A);
        EV && EV->getAggregateOperand() == &CX && EV->getIndices()[0] == 0 &&
        Other == CX.getCompareOperand())
      return Sign;
    // A flag against zero: `flag != 0` is the flag.
    if (const auto *Zero = dyn_cast<ConstantInt>(Other); Zero && Zero->isZero())
      if (int Flag = exchangeOutcome(A, CX, Depth + 1))
        return -Sign * Flag;
  }
  return 0;
}

} // namespace

SmallVector<std::pair<const BasicBlock *, const BasicBlock *>, 4>
failedExchangeEdges(const AtomicCmpXchgInst &CX,
                    function_ref<bool(const BasicBlock *)> EndsRequest) {
  SmallVector<std::pair<const BasicBlock *, const BasicBlock *>, 4> Edges;
  const BasicBlock *At = CX.getParent();
  // In a cycle within the request, an earlier trip's exchange may have
  // succeeded.
  {
    SmallPtrSet<const BasicBlock *, 32> Seen;
    SmallVector<const BasicBlock *, 16> Work(successors(At));
    while (!Work.empty()) {
      const BasicBlock *BB = Work.pop_back_val();
      if (EndsRequest && EndsRequest(BB))
        continue;
      if (BB == At)
        return {};
      if (Seen.insert(BB).second)
        append_range(Work, successors(BB));
    }
  }
  // The values that say how it went, and the branches on them.
  SmallVector<const Value *, 8> Work{&CX};
  SmallPtrSet<const Value *, 16> Seen;
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    for (const User *U : V->users()) {
      if (isa<ExtractValueInst>(U) || isa<CastInst>(U) || isa<ICmpInst>(U) ||
          isa<BinaryOperator>(U))
        Work.push_back(U);
      if (const auto *Br = dyn_cast<BranchInst>(U);
          Br && Br->isConditional()) {
        int Outcome = exchangeOutcome(Br->getCondition(), CX);
        if (Outcome && Br->getSuccessor(0) != Br->getSuccessor(1))
          Edges.push_back(
              {Br->getParent(), Br->getSuccessor(Outcome > 0 ? 1 : 0)});
      }
      const auto *Sw = dyn_cast<SwitchInst>(U);
      const auto *EV = dyn_cast<ExtractValueInst>(V);
      const auto *Expected = dyn_cast<ConstantInt>(CX.getCompareOperand());
      if (!Sw || !EV || EV->getAggregateOperand() != &CX ||
          EV->getIndices()[0] != 0 || !Expected)
        continue;
      // Where the expected value goes is where the exchange succeeded;
      // every other destination, reached only by another value, is a
      // failure's.
      const BasicBlock *Success = Sw->getDefaultDest();
      for (auto Case : Sw->cases())
        if (Case.getCaseValue() == Expected)
          Success = Case.getCaseSuccessor();
      for (const BasicBlock *Dest : successors(Sw->getParent()))
        if (Dest != Success &&
            !is_contained(Edges, std::make_pair(Sw->getParent(), Dest)))
          Edges.push_back({Sw->getParent(), Dest});
    }
  }
  return Edges;
}

KernelLimitSites checkKernelLimits(const Socket &S,
                                   ArrayRef<const CallBase *> Arrivals,
                                   unsigned EntryBlocks,
                                   ArrayRef<const CallBase *> Replies) {
  KernelLimitSites Sites =
      checkSocketLimits(S, Arrivals.empty() ? nullptr : Arrivals.front());
  if (!Sites.empty())
    return Sites;
  Sites = checkReceiveSites(Arrivals, EntryBlocks);
  if (!Sites.empty() || Arrivals.empty())
    return Sites;
  for (const CallBase *CB : concat<const CallBase *const>(Arrivals, Replies))
    append_range(Sites, checkMessageCall(*CB));
  if (!Sites.empty())
    return Sites;
  append_range(Sites, checkIPv6(S, *Arrivals.front(), Replies));
  append_range(Sites, checkBuffers(*Arrivals.front(), Replies));
  return Sites;
}

} // namespace koffload
