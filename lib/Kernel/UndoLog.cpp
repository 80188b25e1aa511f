//===- UndoLog.cpp - Undo the offload's writes when a request falls back --===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// See UndoLog.h for what is generated and why.
//
//===----------------------------------------------------------------------===//

#include "Kernel/UndoLog.h"
#include "Kernel/BPFHelpers.h"
#include "Kernel/BPFLegalize.h"
#include "Kernel/BPFHeapAccesses.h"
#include "Landmarks/Landmarks.h"
#include "Plan/Feasibility.h"
#include "Plan/KernelLimits.h"
#include "koffload/abi.h"

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Analysis/CFG.h"
#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"

#include <optional>

using namespace llvm;

namespace koffload {

namespace {

/// One write to shared memory, and how it is undone.
struct Write {
  Instruction *I;
  GlobalVariable *GV;
  /// Why it cannot be undone, if it cannot.
  std::string Obstacle;
  /// Into the shared heap (BPFHeapAccesses.cpp): GV is the heap map.
  bool intoHeap() const { return GV->getName() == KOFFLOAD_HEAP_MAP; }
};

/// Copies of at most this many bytes into shared memory are undone from a
/// copy of the old bytes in the UndoArea.
constexpr uint64_t MaxUndoneCopy = MaxUndoneCopyBytes;

std::string placeOf(const Instruction &I) {
  if (!I.getDebugLoc())
    return std::string();
  return " (" + formatLocation(I.getDebugLoc()) + ")";
}

/// A bpf_probe_read_kernel call: (dst, u32 size, src). The generator
/// copies into shared memory with it when the length is known only at run
/// time (XDPGenerator::emitMemIntrinsic).
bool isProbeRead(const CallBase &CB) {
  return isBPFHelperCall(CB, HelperProbeReadKernel) && CB.arg_size() == 3;
}

/// The constant length of a memcpy/memmove/memset into shared memory, if
/// small enough to be saved.
std::optional<uint64_t> savedCopyLength(const AnyMemIntrinsic &MI) {
  auto *Len = dyn_cast<ConstantInt>(MI.getLength());
  if (!Len || Len->getZExtValue() > MaxUndoneCopy)
    return std::nullopt;
  return Len->getZExtValue();
}

/// The shared global \p P points into, if any; the heap map's global for
/// an access into the shared heap (BPFHeapAccesses.cpp).
GlobalVariable *
sharedTarget(Value *P, function_ref<bool(const GlobalVariable *)> IsShared) {
  if (const GlobalVariable *Heap = heapTarget(P))
    return const_cast<GlobalVariable *>(Heap);
  auto *GV = dyn_cast<GlobalVariable>(getUnderlyingObject(P, 0));
  return GV && IsShared(GV) ? GV : nullptr;
}

/// The writes to shared globals in \p F, in reverse post-order (a write
/// that can run before another on some path comes first, outside loops).
SmallVector<Write, 16>
findWrites(Function &F, LoopInfo &LI,
           function_ref<bool(const GlobalVariable *)> IsShared) {
  SmallVector<Write, 16> Writes;
  ReversePostOrderTraversal<Function *> RPOT(&F);
  for (BasicBlock *BB : RPOT) {
    bool InLoop = LI.getLoopFor(BB) != nullptr;
    for (Instruction &I : *BB) {
      Write W{&I, nullptr};
      if (auto *St = dyn_cast<StoreInst>(&I)) {
        W.GV = sharedTarget(St->getPointerOperand(), IsShared);
      } else if (auto *RMW = dyn_cast<AtomicRMWInst>(&I)) {
        W.GV = sharedTarget(RMW->getPointerOperand(), IsShared);
        if (RMW->getOperation() != AtomicRMWInst::Add &&
            RMW->getOperation() != AtomicRMWInst::Sub)
          W.Obstacle = "an atomic update other than an add";
      } else if (auto *CX = dyn_cast<AtomicCmpXchgInst>(&I)) {
        W.GV = sharedTarget(CX->getPointerOperand(), IsShared);
        // A spin lock's acquire (koffload-bpf-spin-locks) is undone by
        // releasing the lock: no one else writes it while it is held.
        if (!CX->getMetadata(marker::Lock))
          W.Obstacle = "a compare-and-exchange";
      } else if (auto *MI = dyn_cast<AnyMemIntrinsic>(&I)) {
        W.GV = sharedTarget(MI->getRawDest(), IsShared);
        if (MI->isVolatile() || !savedCopyLength(*MI))
          W.Obstacle = "a copy of run-time or large length";
      } else if (auto *CB = dyn_cast<CallBase>(&I);
                 CB && isProbeRead(*CB)) {
        // A copy of run-time length: the old bytes are saved first, if
        // there are at most MaxUndoneCopy of them (else it falls back).
        W.GV = sharedTarget(CB->getArgOperand(0), IsShared);
      } else if (auto *CB = dyn_cast<CallBase>(&I)) {
        // The generator's empty asm statements (opaque values, compiler
        // barriers) write nothing.
        if (isa<DbgInfoIntrinsic>(CB) || CB->isLifetimeStartOrEnd() ||
            CB->onlyReadsMemory() || CB->isInlineAsm())
          continue;
        // The BPF libc's functions only read their string arguments (their
        // parameters say so); a helper that fills memory does not.
        for (unsigned ArgNo = 0; ArgNo < CB->arg_size(); ++ArgNo)
          if (CB->getArgOperand(ArgNo)->getType()->isPointerTy() &&
              !CB->onlyReadsMemory(ArgNo))
            if (GlobalVariable *GV =
                    sharedTarget(CB->getArgOperand(ArgNo), IsShared)) {
              W.GV = GV;
              Function *Callee = CB->getCalledFunction();
              W.Obstacle = Callee ? ("a call to " + Callee->getName() +
                                     " that may write into it")
                                        .str()
                                  : "a helper call that may write into it";
            }
      }
      if (!W.GV)
        continue;
      if (InLoop && W.Obstacle.empty())
        W.Obstacle = "a write inside a loop";
      Writes.push_back(W);
    }
  }
  return Writes;
}

/// The slots that remember one write until the request ends.
struct Slots {
  AllocaInst *Done, *At;
  AllocaInst *Old = nullptr; ///< the old value or the amount added
  uint64_t SavedAt = 0;      ///< a copy: its old bytes' offset in the area
  AllocaInst *Len = nullptr; ///< a copy of run-time length: its length
};

/// Before the copy \p Copy (bpf_probe_read_kernel into shared memory):
/// saves the bytes it overwrites into \p Old, or falls back to \p Undo
/// when they are more than fit (nothing of this copy is written yet).
/// The length is the register the generator checked against the
/// destination's room, so the verifier knows both copies are in bounds.
void saveBeforeCopy(CallBase &Copy, Value *Old, BasicBlock *Undo) {
  IRBuilder<> B(&Copy);
  Value *To = Copy.getArgOperand(0), *Len = Copy.getArgOperand(1);
  BasicBlock *Head = Copy.getParent();
  BasicBlock *Save = Head->splitBasicBlock(&Copy, "undo.save");
  Head->getTerminator()->eraseFromParent();
  B.SetInsertPoint(Head);
  B.CreateCondBr(B.CreateICmpULE(Len, ConstantInt::get(Len->getType(),
                                                        MaxUndoneCopy)),
                 Save, Undo);
  B.SetInsertPoint(&Copy);
  Value *Err = createBPFHelperCall(B, HelperProbeReadKernel, B.getInt64Ty(),
                          {Old, Len, To});
  BasicBlock *Write = Save->splitBasicBlock(&Copy, "undo.saved");
  Save->getTerminator()->eraseFromParent();
  B.SetInsertPoint(Save);
  B.CreateCondBr(B.CreateICmpEQ(Err, ConstantInt::get(Err->getType(), 0)),
                 Write, Undo);
}

/// \p SavedAt: where in \p Area a copy's old bytes go.
Slots recordWrite(Write &W, IRBuilder<> &EB, BasicBlock *Undo,
                  const UndoArea &Area, uint64_t SavedAt) {
  if (auto *CB = dyn_cast<CallBase>(W.I); CB && isProbeRead(*CB)) {
    LLVMContext &Ctx = W.I->getContext();
    Type *I8 = Type::getInt8Ty(Ctx);
    std::string Name = ("undo." + W.GV->getName()).str();
    Value *To = CB->getArgOperand(0), *Len = CB->getArgOperand(1);
    Slots S{EB.CreateAlloca(I8, nullptr, Name + ".done"),
            EB.CreateAlloca(To->getType(), nullptr, Name + ".at"), nullptr,
            SavedAt, EB.CreateAlloca(Len->getType(), nullptr, Name + ".len")};
    EB.CreateStore(ConstantInt::get(I8, 0), S.Done);
    IRBuilder<> AB(CB);
    saveBeforeCopy(*CB, Area.At(AB, SavedAt), Undo);
    IRBuilder<> B(CB->getNextNode());
    B.CreateStore(To, S.At);
    B.CreateStore(Len, S.Len);
    B.CreateStore(ConstantInt::get(I8, 1), S.Done);
    return S;
  }
  LLVMContext &Ctx = W.I->getContext();
  Type *I8 = Type::getInt8Ty(Ctx);
  Value *P = getLoadStorePointerOperand(W.I);
  Type *ValTy;
  if (auto *MI = dyn_cast<AnyMemIntrinsic>(W.I)) {
    P = MI->getRawDest();
    ValTy = nullptr;
  } else if (auto *RMW = dyn_cast<AtomicRMWInst>(W.I)) {
    P = RMW->getPointerOperand();
    ValTy = RMW->getValOperand()->getType();
  } else if (auto *CX = dyn_cast<AtomicCmpXchgInst>(W.I)) {
    P = CX->getPointerOperand();
    ValTy = CX->getCompareOperand()->getType();
  } else {
    ValTy = cast<StoreInst>(W.I)->getValueOperand()->getType();
  }
  std::string Name = ("undo." + W.GV->getName()).str();
  Slots S{EB.CreateAlloca(I8, nullptr, Name + ".done"),
          EB.CreateAlloca(P->getType(), nullptr, Name + ".at"),
          ValTy ? EB.CreateAlloca(ValTy, nullptr, Name + ".old") : nullptr,
          SavedAt};
  // A write into the heap: its address differs from path to path (a
  // chunk's map value), and the optimizer would test the flag through a
  // condition it knows to agree (the request's type), which the verifier
  // may not follow: it then sees a restore through an address never set
  // ("invalid mem access 'scalar'"). Volatile slots keep the flag and the
  // address in memory, where the verifier tracks them on each path.
  bool Heap = W.intoHeap();
  EB.CreateStore(ConstantInt::get(I8, 0), S.Done, Heap);
  EB.CreateStore(Constant::getNullValue(P->getType()), S.At, Heap);
  if (S.Old)
    EB.CreateStore(Constant::getNullValue(ValTy), S.Old);

  IRBuilder<> B(W.I);
  Value *Old = nullptr;
  if (auto *MI = dyn_cast<AnyMemIntrinsic>(W.I))
    B.CreateMemCpy(Area.At(B, SavedAt), Align(1), P, MaybeAlign(1),
                   *savedCopyLength(*MI));
  else if (auto *RMW = dyn_cast<AtomicRMWInst>(W.I))
    Old = RMW->getValOperand(); // undone by adding its opposite
  else if (auto *CX = dyn_cast<AtomicCmpXchgInst>(W.I))
    Old = CX->getCompareOperand(); // the free lock, stored back
  else
    Old = B.CreateLoad(ValTy, P, cast<StoreInst>(W.I)->isVolatile(),
                       Name + ".was");
  B.SetInsertPoint(W.I->getNextNode());
  B.CreateStore(P, S.At, Heap);
  if (Old)
    B.CreateStore(Old, S.Old);
  // A lock's try wrote only if it took the lock.
  Value *Wrote = ConstantInt::get(I8, 1);
  if (isa<AtomicCmpXchgInst>(W.I))
    Wrote = B.CreateZExt(B.CreateExtractValue(W.I, 1), I8);
  B.CreateStore(Wrote, S.Done, Heap);
  return S;
}

/// At \p B (in the undo chain): if the write happened, undo it.
void restore(const Write &W, const Slots &S, const UndoArea &Area,
             IRBuilder<> &B) {
  LLVMContext &Ctx = W.I->getContext();
  Function *F = B.GetInsertBlock()->getParent();
  BasicBlock *Do = BasicBlock::Create(Ctx, "undo.write", F);
  BasicBlock *Next = BasicBlock::Create(Ctx, "undo.next", F);
  bool Heap = W.intoHeap(); // see recordWrite
  Value *Done = B.CreateLoad(Type::getInt8Ty(Ctx), S.Done, Heap);
  B.CreateCondBr(B.CreateICmpNE(Done, ConstantInt::get(Done->getType(), 0)),
                 Do, Next);
  B.SetInsertPoint(Do);
  Value *P = B.CreateLoad(S.At->getAllocatedType(), S.At, Heap);
  if (S.Len) {
    Value *Len = B.CreateLoad(S.Len->getAllocatedType(), S.Len);
    createBPFHelperCall(B, HelperProbeReadKernel, B.getInt64Ty(),
                        {P, Len, Area.At(B, S.SavedAt)});
  } else if (auto *MI = dyn_cast<AnyMemIntrinsic>(W.I)) {
    B.CreateMemCpy(P, MaybeAlign(1), Area.At(B, S.SavedAt), Align(1),
                   *savedCopyLength(*MI));
  } else if (auto *CX = dyn_cast<AtomicCmpXchgInst>(W.I)) {
    // Released: the free value back, with the acquire's ordering.
    Value *Free = B.CreateLoad(S.Old->getAllocatedType(), S.Old);
    B.CreateAtomicRMW(AtomicRMWInst::Xchg, P, Free, CX->getAlign(),
                      CX->getSuccessOrdering());
  } else if (auto *RMW = dyn_cast<AtomicRMWInst>(W.I)) {
    Value *Added = B.CreateLoad(S.Old->getAllocatedType(), S.Old);
    auto Op = RMW->getOperation() == AtomicRMWInst::Add ? AtomicRMWInst::Sub
                                                        : AtomicRMWInst::Add;
    B.CreateAtomicRMW(Op, P, Added, RMW->getAlign(), RMW->getOrdering());
  } else {
    auto *St = cast<StoreInst>(W.I);
    Value *Old = B.CreateLoad(S.Old->getAllocatedType(), S.Old);
    B.CreateAlignedStore(Old, P, St->getAlign(), St->isVolatile());
  }
  B.CreateBr(Next);
  B.SetInsertPoint(Next);
}

/// Whether a fallback that bypasses \p Undo can follow \p From: a return
/// of a value other than the commit's, reached without passing \p Undo.
bool bypassesUndo(Instruction *From, BasicBlock *Undo,
                  function_ref<bool(ReturnInst &)> IsFallback) {
  SmallPtrSet<BasicBlock *, 32> Seen;
  SmallVector<BasicBlock *, 16> Work(successors(From->getParent()));
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    if (BB == Undo || !Seen.insert(BB).second)
      continue;
    if (auto *Ret = dyn_cast<ReturnInst>(BB->getTerminator());
        Ret && IsFallback(*Ret))
      return true;
    append_range(Work, successors(BB));
  }
  return false;
}

/// Whether \p Undo can follow the write \p W. A compare-and-exchange
/// wrote nothing on the edges where it failed (failedExchangeEdges), and
/// a branch on a constant the generator built (a reply's result is its
/// length) goes one way: neither can lead a fallback after it.
bool mayFallBackAfter(const Write &W, BasicBlock *Undo, DominatorTree &DT,
                      LoopInfo &LI) {
  auto *CX = dyn_cast<AtomicCmpXchgInst>(W.I);
  if (!CX)
    return isPotentiallyReachable(W.I, &Undo->front(), nullptr, &DT, &LI);
  auto Failed = failedExchangeEdges(*CX);
  const DataLayout &DL = CX->getDataLayout();
  SmallPtrSet<const BasicBlock *, 32> Seen;
  SmallVector<const BasicBlock *, 16> Work{CX->getParent()};
  while (!Work.empty()) {
    const BasicBlock *BB = Work.pop_back_val();
    const Instruction *Term = BB->getTerminator();
    std::optional<unsigned> Taken;
    if (auto *Br = dyn_cast<BranchInst>(Term); Br && Br->isConditional()) {
      Constant *Cond = dyn_cast<Constant>(Br->getCondition());
      if (auto *I = dyn_cast<Instruction>(Br->getCondition());
          I && all_of(I->operands(),
                      [](Value *Op) { return isa<Constant>(Op); }))
        Cond = ConstantFoldInstruction(const_cast<Instruction *>(I), DL);
      if (auto *CI = dyn_cast_or_null<ConstantInt>(Cond))
        Taken = CI->isOne() ? 0 : 1;
    }
    for (unsigned K = 0; K < Term->getNumSuccessors(); ++K) {
      const BasicBlock *Succ = Term->getSuccessor(K);
      if ((Taken && K != *Taken) ||
          is_contained(Failed, std::make_pair(BB, Succ)))
        continue;
      if (Succ == Undo)
        return true;
      if (Seen.insert(Succ).second)
        Work.push_back(Succ);
    }
  }
  return false;
}

} // namespace

Error undoWritesOnFallback(Function &F, BasicBlock *Undo,
                           function_ref<bool(const GlobalVariable *)> IsShared,
                           const UndoArea &Area) {
  DominatorTree DT(F);
  LoopInfo LI(DT);
  SmallVector<Write, 16> Writes = findWrites(F, LI, IsShared);

  // The fallbacks: the returns Undo leads to.
  SmallPtrSet<ReturnInst *, 4> Fallbacks;
  {
    SmallPtrSet<BasicBlock *, 8> Seen;
    SmallVector<BasicBlock *, 8> Work{Undo};
    while (!Work.empty()) {
      BasicBlock *BB = Work.pop_back_val();
      if (!Seen.insert(BB).second)
        continue;
      if (auto *Ret = dyn_cast<ReturnInst>(BB->getTerminator()))
        Fallbacks.insert(Ret);
      append_range(Work, successors(BB));
    }
  }
  auto IsFallback = [&](ReturnInst &Ret) {
    for (ReturnInst *FB : Fallbacks)
      if (Ret.getReturnValue() == FB->getReturnValue())
        return true;
    return false;
  };

  // Which writes to undo: decided on the CFG as it is, before the saves
  // split blocks.
  SmallVector<Write, 16> ToUndo;
  uint64_t StackBytes = 0;
  for (Write &W : Writes) {
    if (bypassesUndo(W.I, Undo, IsFallback))
      return createStringError(
          inconvertibleErrorCode(),
          "a fallback after a write to " + W.GV->getName() + placeOf(*W.I) +
              " would not undo it");
    if (!mayFallBackAfter(W, Undo, DT, LI))
      continue; // nothing can fall back after it: committed in place
    if (!W.Obstacle.empty())
      return createStringError(
          inconvertibleErrorCode(),
          "the request path writes " + W.GV->getName() + placeOf(*W.I) +
              " in " + W.Obstacle +
              ", and may still fall back to userspace after it (a loop's "
              "trip cap, a libc call's cap, the reply's size): the write "
              "cannot be undone, and userspace would apply it again");
    if (auto *MI = dyn_cast<AnyMemIntrinsic>(W.I))
      StackBytes += alignTo(*savedCopyLength(*MI), 8);
    else if (auto *CB = dyn_cast<CallBase>(W.I); CB && isProbeRead(*CB))
      StackBytes += MaxUndoneCopy;
    if (StackBytes > Area.Size)
      return createStringError(
          inconvertibleErrorCode(),
          "the request path copies more into " + W.GV->getName() +
              placeOf(*W.I) + " and the other shared globals than the " +
              Twine(Area.Size) +
              " bytes the offload can keep to undo them, and may still "
              "fall back to userspace after it");
    ToUndo.push_back(W);
  }

  SmallVector<std::pair<Write, Slots>, 16> Undone;
  IRBuilder<> EB(&F.getEntryBlock(), F.getEntryBlock().getFirstInsertionPt());
  uint64_t SavedAt = 0;
  for (Write &W : ToUndo) {
    Undone.push_back({W, recordWrite(W, EB, Undo, Area, SavedAt)});
    if (auto *MI = dyn_cast<AnyMemIntrinsic>(W.I))
      SavedAt += alignTo(*savedCopyLength(*MI), 8);
    else if (auto *CB = dyn_cast<CallBase>(W.I); CB && isProbeRead(*CB))
      SavedAt += MaxUndoneCopy;
  }
  if (Undone.empty())
    return Error::success();

  // Newest first, before whatever Undo did already (releasing records).
  Instruction *Term = Undo->getTerminator();
  BasicBlock *Rest = Undo->splitBasicBlock(Term, "undo.done");
  Undo->getTerminator()->eraseFromParent();
  IRBuilder<> B(Undo);
  for (auto &[W, S] : reverse(Undone))
    restore(W, S, Area, B);
  B.CreateBr(Rest);
  return Error::success();
}

} // namespace koffload
