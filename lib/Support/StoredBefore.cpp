//===- StoredBefore.cpp - What a local holds at a call --------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/StoredBefore.h"
#include "Landmarks/SocketCalls.h"
#include "Support/ValueSources.h"

#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"

#include <functional>

using namespace llvm;

namespace koffload {

Value *storedBefore(Instruction *At, const AllocaInst *Obj, int64_t Off,
                    uint64_t Size, Type *Ty, const CallBase *Arrival) {
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
      if (auto *MT = dyn_cast<MemTransferInst>(&I)) {
        std::optional<int64_t> O = Place(MT->getRawDest());
        if (!O) {
          if (getUnderlyingObject(MT->getRawDest()) == Obj)
            return nullptr;
          continue; // a copy out of the object reads it
        }
        auto *Len = dyn_cast<ConstantInt>(MT->getLength());
        if (Len && !Overlaps(*O, Len->getZExtValue()))
          continue;
        // A copy of a constant (`char s[] = "quit"` is one from
        // @__const.main.s) over the whole field: its bytes there.
        int64_t SrcOff = 0;
        auto *GV = dyn_cast<GlobalVariable>(
            GetPointerBaseWithConstantOffset(MT->getRawSource(), SrcOff, DL));
        if (!Len || !GV || !GV->isConstant() ||
            !GV->hasDefinitiveInitializer() || Off < *O ||
            Off + int64_t(Size) > *O + int64_t(Len->getZExtValue()))
          return nullptr;
        return ConstantFoldLoadFromConstPtr(
            GV, Ty, APInt(64, uint64_t(SrcOff + Off - *O)), DL);
      }
      if (auto *CB = dyn_cast<CallBase>(&I)) {
        if (isa<DbgInfoIntrinsic>(CB) || CB->isLifetimeStartOrEnd())
          continue;
        // The receive writes only the msghdr's results, and the buffers.
        if (CB == Arrival && !Overlaps(msghdr_offset::NameLen, 4) &&
            !Overlaps(msghdr_offset::ControlLen, 8) &&
            !Overlaps(msghdr_offset::Flags, 4))
          continue;
        for (unsigned ArgNo = 0; ArgNo < CB->arg_size(); ++ArgNo) {
          Value *A = CB->getArgOperand(ArgNo);
          if (A->getType()->isPointerTy() && getUnderlyingObject(A) == Obj &&
              callMayWriteArg(*CB, ArgNo))
            return nullptr; // strcmp's operands are only read
        }
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

Constant *constantAtReceive(CallBase *Recv, const AllocaInst *Obj) {
  const DataLayout &DL = Recv->getDataLayout();
  std::optional<TypeSize> Size = Obj->getAllocationSize(DL);
  if (!Size || Size->isScalable() || Size->getFixedValue() == 0 ||
      Size->getFixedValue() > MaxConstantLocal)
    return nullptr;
  Type *Ty = ArrayType::get(Type::getInt8Ty(Recv->getContext()),
                            Size->getFixedValue());
  return dyn_cast_or_null<Constant>(
      storedBefore(Recv, Obj, 0, Size->getFixedValue(), Ty, Recv));
}

} // namespace koffload
