//===- BPFHeapAccesses.cpp - koffload-bpf-heap-accesses -------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// JOB: every load, store, atomic update or constant-length copy through a
// pointer the program keeps in memory (a table it allocated at start-up,
// the next node of a chain) is made an access into the shared heap
// (koffload/abi.h, "koffload_heap"). Such a pointer is a userspace
// address on both sides: the offload loads it from shared memory and may
// compare it, store it back or follow it, and only where it dereferences
// it is the address translated, into the heap map's chunk and the offset
// in it. An address outside the heap, an access that does not fit in its
// chunk, or a heap the runtime has not published yet (base 0): the
// request falls back (!koffload.fallback).
//
//   before:                             after:
//     %n = load ptr, ptr %slot            %n = load ptr, ptr %slot
//     %k = getelementptr i8, %n, 8        %k = getelementptr i8, %n, 8
//     %v = load i64, ptr %k               %off = sub (ptrtoint %k),
//                                                (load @koffload_heap_base)
//                                         br (icmp ult %off, 2^40), ok, fb
//                                       ok:
//                                         store (trunc (%off >> 22)), %key
//                                         %c = bpf_map_lookup_elem(
//                                                @koffload_heap, %key)
//                                         br (icmp ne %c, null), ok2, fb
//                                       ok2:
//                                         %w = and %off, CHUNK - 1
//                                         (checked <= CHUNK - 8, plainly
//                                          and opaque, as bound-accesses)
//                                         %v = load i64, gep i8 %c, %w
//
// A pointer loaded from memory is a userspace address unless it was loaded
// from the BPF stack (where only the offload's own pointers are kept).
// Each access is translated on its own: the lookup is a few instructions
// (the kernel inlines an array map's lookup), and it keeps every access
// checked where the verifier sees it.
//
// REFUSES a pointer that may point into the heap or into something else
// (the stack, the packet, a global), a copy of run-time length through a
// heap pointer, and a call other than a BPF libc read that is passed one.
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFHeapAccesses.h"
#include "Kernel/BPFMaps.h"
#include "Kernel/BPFHelpers.h"
#include "Kernel/BPFLegalize.h"
#include "Plan/HeapRoots.h"

#include "koffload/abi.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

namespace {

/// Offsets from the heap's base past this are refused before the lookup
/// (the chunk's index then fits the map's u32 key).
constexpr uint64_t HeapMaxBytes = uint64_t(1) << 40;
constexpr uint64_t HelperMapLookupElem = 1;

/// How the pointer \p Ptr of an access may be based: all userspace
/// addresses (true), none (false), or some of each (refused: nullopt).
std::optional<bool> basedOnUserPointers(const Value *Ptr) {
  SmallVector<const Value *, 4> Objects;
  getUnderlyingObjects(Ptr, Objects, nullptr, 0);
  bool User = false, Other = false;
  for (const Value *O : Objects) {
    if (isa<ConstantPointerNull>(O))
      continue;
    (isProgramPointer(O) ? User : Other) = true;
  }
  if (User && Other)
    return std::nullopt;
  return User;
}

/// An operand of an access through a userspace address, to translate.
struct Pending {
  Instruction *I;
  unsigned Op;         ///< operand index of the address
  uint64_t Bytes;      ///< the access's size
  uint64_t AtomicAlign; ///< an atomic's alignment, else 0
};

class HeapAccesses {
  Module &M;
  const MarkedProgram &P;
  const DataLayout &DL;
  IRBuilder<> B;
  Type *I8, *I32, *I64;
  GlobalVariable *Base = nullptr, *Map = nullptr;
  AllocaInst *Key = nullptr;

public:
  bool Changed = false;
  HeapAccesses(Module &M, const MarkedProgram &P)
      : M(M), P(P), DL(M.getDataLayout()), B(M.getContext()),
        I8(B.getInt8Ty()), I32(B.getInt32Ty()), I64(B.getInt64Ty()) {}
  bool run();

private:
  Value *translate(Instruction *At, Value *Ptr, uint64_t Bytes,
                   uint64_t AtomicAlign = 0, Value *Len = nullptr);
  void translateAll(ArrayRef<Pending> Work);
};

Value *HeapAccesses::translate(Instruction *At, Value *Ptr, uint64_t Bytes,
                               uint64_t AtomicAlign, Value *Len) {
  if (!Base) {
    Base = heapBaseGlobal(M);
    Map = heapMapGlobal(M);
    IRBuilder<> EB(&P.F->getEntryBlock(),
                   P.F->getEntryBlock().getFirstInsertionPt());
    Key = EB.CreateAlloca(I32, nullptr, "heap.key");
  }
  Changed = true;
  B.SetInsertPoint(At);
  Value *Off = B.CreateSub(B.CreatePtrToInt(Ptr, I64),
                           B.CreateAlignedLoad(I64, Base, Align(8)),
                           "heap.off");
  P.require(B, B.CreateICmpULT(Off, ConstantInt::get(I64, HeapMaxBytes)),
            "heap.in");
  B.CreateAlignedStore(
      B.CreateTrunc(B.CreateLShr(Off, KOFFLOAD_HEAP_CHUNK_SHIFT), I32), Key,
      Align(4));
  Value *Chunk = createBPFHelperCall(B, HelperMapLookupElem, B.getPtrTy(),
                                     {Map, Key});
  P.require(B, B.CreateIsNotNull(Chunk), "heap.chunk");
  Value *Max = ConstantInt::get(I64, KOFFLOAD_HEAP_CHUNK - Bytes);
  Value *Within =
      B.CreateAnd(Off, ConstantInt::get(I64, KOFFLOAD_HEAP_CHUNK - 1));
  P.require(B, B.CreateICmpULE(Within, Max), "heap.fits");
  if (Len) // a copy of run-time length: all of it in the chunk
    P.require(B,
              B.CreateICmpULE(B.CreateAdd(Within, B.CreateZExt(Len, I64)),
                              ConstantInt::get(I64, KOFFLOAD_HEAP_CHUNK)),
              "heap.fits");
  Value *Opaque = opaque(B, Within);
  P.require(B, B.CreateICmpULE(Opaque, Max), "heap.fits");
  if (AtomicAlign > 1) {
    // The verifier checks an atomic's alignment strictly: the offset's low
    // bits must be known zero (a misaligned atomic falls back).
    Value *Low = ConstantInt::get(I64, AtomicAlign - 1);
    P.require(B, B.CreateICmpEQ(B.CreateAnd(Opaque, Low),
                                ConstantInt::get(I64, 0)),
              "heap.aligned");
    // Masked past another opaque copy, so the optimizer, which knows the
    // bits are zero, keeps the mask the verifier needs to see.
    Opaque = B.CreateAnd(opaque(B, Opaque),
                         ConstantInt::get(I64, ~(AtomicAlign - 1)));
  }
  return B.CreateInBoundsGEP(I8, Chunk, Opaque, "heap.at");
}

bool HeapAccesses::run() {
  SmallVector<Pending, 32> Work;
  SmallVector<Instruction *, 64> Accesses;
  for (BasicBlock &BB : *P.F)
    for (Instruction &I : BB)
      if (isa<LoadInst>(I) || isa<StoreInst>(I) || isa<AtomicRMWInst>(I) ||
          isa<AtomicCmpXchgInst>(I) || isa<CallBase>(I))
        Accesses.push_back(&I);
  auto Refuse = [&](Instruction *I, const Twine &Why) {
    std::string Where;
    if (const DebugLoc &DL = I->getDebugLoc())
      Where = (" at line " + Twine(DL.getLine())).str();
    refuseLegalise(M, Why + Where);
    return false;
  };
  for (Instruction *I : Accesses) {
    if (auto *MI = dyn_cast<AnyMemTransferInst>(I)) {
      for (unsigned Op : {0u, 1u}) {
        Value *Ptr = MI->getArgOperand(Op);
        std::optional<bool> User = basedOnUserPointers(Ptr);
        if (!User)
          return Refuse(I, "a pointer on the path may point into the heap "
                           "or elsewhere");
        if (!*User)
          continue;
        auto *Len = dyn_cast<ConstantInt>(MI->getLength());
        if (!Len || Len->getZExtValue() > KOFFLOAD_HEAP_CHUNK)
          return Refuse(I, "a copy of run-time length through a pointer "
                           "into the heap");
        Work.push_back({I, Op, Len->getZExtValue(), 0});
      }
      continue;
    }
    if (auto *MS = dyn_cast<MemSetInst>(I)) {
      std::optional<bool> User = basedOnUserPointers(MS->getDest());
      if (!User)
        return Refuse(I, "a pointer on the path may point into the heap "
                         "or elsewhere");
      if (!*User)
        continue;
      auto *Len = dyn_cast<ConstantInt>(MS->getLength());
      if (!Len || Len->getZExtValue() > KOFFLOAD_HEAP_CHUNK)
        return Refuse(I, "a fill of run-time length through a pointer into "
                         "the heap");
      Work.push_back({I, 0, Len->getZExtValue(), 0});
      continue;
    }
    if (auto *CB = dyn_cast<CallBase>(I)) {
      if (isa<DbgInfoIntrinsic>(CB) || CB->isLifetimeStartOrEnd() ||
          CB->isInlineAsm())
        continue;
      // bpf_probe_read_kernel(dst, len, src): the generator's copy of
      // run-time length. From the heap, the source is translated and must
      // hold len bytes in its chunk (the helper reads any kernel address:
      // past the chunk it would read the kernel's memory).
      if (isBPFHelperCall(*CB, HelperProbeReadKernel) && CB->arg_size() == 3 &&
          !basedOnUserPointers(CB->getArgOperand(0)).value_or(true) &&
          basedOnUserPointers(CB->getArgOperand(2)).value_or(false)) {
        CB->setArgOperand(2, translate(I, CB->getArgOperand(2), 1, 0,
                                       CB->getArgOperand(1)));
        continue;
      }
      for (Value *Arg : CB->args())
        if (Arg->getType()->isPointerTy() &&
            basedOnUserPointers(Arg).value_or(true)) {
          Function *Callee = CB->getCalledFunction();
          return Refuse(I, "a call" +
                               (Callee ? " to " + Callee->getName() : "") +
                               " is passed a pointer into the heap");
        }
      continue;
    }
    unsigned PtrOp;
    Type *AccTy;
    if (auto *L = dyn_cast<LoadInst>(I)) {
      PtrOp = L->getPointerOperandIndex();
      AccTy = L->getType();
    } else if (auto *S = dyn_cast<StoreInst>(I)) {
      PtrOp = S->getPointerOperandIndex();
      AccTy = S->getValueOperand()->getType();
    } else if (auto *RMW = dyn_cast<AtomicRMWInst>(I)) {
      PtrOp = RMW->getPointerOperandIndex();
      AccTy = RMW->getValOperand()->getType();
    } else {
      auto *CX = cast<AtomicCmpXchgInst>(I);
      PtrOp = CX->getPointerOperandIndex();
      AccTy = CX->getCompareOperand()->getType();
    }
    Value *Ptr = I->getOperand(PtrOp);
    std::optional<bool> User = basedOnUserPointers(Ptr);
    if (!User)
      return Refuse(I, "a pointer on the path may point into the heap or "
                       "elsewhere");
    // Into the heap, only the program's own pointers: the offload's
    // (the stack, the packet, a map) mean nothing to userspace.
    if (auto *S = dyn_cast<StoreInst>(I);
        S && *User && S->getValueOperand()->getType()->isPointerTy() &&
        !isa<ConstantPointerNull>(S->getValueOperand()) &&
        !basedOnUserPointers(S->getValueOperand()).value_or(false))
      return Refuse(I, "the offload would store its own pointer into the "
                       "heap");
    if (*User) {
      uint64_t Bytes = DL.getTypeStoreSize(AccTy);
      Work.push_back({I, PtrOp, Bytes, I->isAtomic() ? Bytes : 0});
    }
  }
  translateAll(Work);
  return true;
}

void HeapAccesses::translateAll(ArrayRef<Pending> Work) {
  // Accesses at constant offsets from one pointer (a node's fields) share
  // one translation, made where it dominates them all, for the extent
  // they cover: one lookup, and none of them can fall back once the first
  // has not (a field read after a lock's release must not: the release
  // cannot be undone). The others are translated each on its own.
  DominatorTree DT(*P.F);
  struct Group {
    SmallVector<std::pair<const Pending *, uint64_t>, 4> Members; // offset
    uint64_t Extent = 0, Align = 1;
  };
  MapVector<Value *, Group> Groups;
  SmallVector<const Pending *, 8> Alone;
  for (const Pending &W : Work) {
    Value *Ptr = W.I->getOperand(W.Op);
    APInt Off(64, 0);
    Value *Base = Ptr->stripAndAccumulateConstantOffsets(DL, Off, true);
    if (Off.isNegative() || Off.getZExtValue() + W.Bytes > KOFFLOAD_HEAP_CHUNK ||
        (W.AtomicAlign > 1 && Off.getZExtValue() % W.AtomicAlign)) {
      Alone.push_back(&W);
      continue;
    }
    Group &G = Groups[Base];
    G.Members.push_back({&W, Off.getZExtValue()});
    G.Extent = std::max(G.Extent, Off.getZExtValue() + W.Bytes);
    G.Align = std::max(G.Align, W.AtomicAlign);
  }
  // Where each group's translation goes: the nearest block that dominates
  // every access; in it, the first access there, else its end. All found
  // before any translation splits a block (the tree would be stale).
  SmallVector<Instruction *, 8> Places;
  for (auto &[Base, G] : Groups) {
    BasicBlock *Dom = G.Members.front().first->I->getParent();
    for (auto &[W, Off] : G.Members)
      Dom = DT.findNearestCommonDominator(Dom, W->I->getParent());
    Instruction *At = Dom->getTerminator();
    for (Instruction &I : *Dom)
      if (any_of(G.Members, [&](auto &M) { return M.first->I == &I; })) {
        At = &I;
        break;
      }
    Places.push_back(At);
  }
  for (auto [K, Entry] : enumerate(Groups)) {
    auto &[Base, G] = Entry;
    Value *T = translate(Places[K], Base, G.Extent, G.Align);
    for (auto &[W, Off] : G.Members) {
      B.SetInsertPoint(W->I);
      W->I->setOperand(W->Op,
                       Off ? B.CreateConstInBoundsGEP1_64(I8, T, Off) : T);
    }
  }
  for (const Pending *W : Alone)
    W->I->setOperand(W->Op, translate(W->I, W->I->getOperand(W->Op),
                                      W->Bytes, W->AtomicAlign));
}

} // namespace

GlobalVariable *heapBaseGlobal(Module &M) {
  if (GlobalVariable *GV = M.getGlobalVariable(KOFFLOAD_HEAP_BASE_GLOBAL))
    return GV;
  Type *I64 = Type::getInt64Ty(M.getContext());
  auto *GV = new GlobalVariable(M, I64, false, GlobalValue::ExternalLinkage,
                                ConstantInt::get(I64, 0),
                                KOFFLOAD_HEAP_BASE_GLOBAL);
  GV->setAlignment(Align(8));
  return GV;
}

GlobalVariable *heapMapGlobal(Module &M) {
  // A BTF-defined map (`.maps`): its numbers are in its BTF
  // (addHeapMapBTF).
  return mapGlobal(M, KOFFLOAD_HEAP_MAP, 4);
}

void addHeapMapBTF(Module &M, DIBuilder &DIB, DICompileUnit *CU,
                   DIFile *File) {
  GlobalVariable *GV = M.getGlobalVariable(KOFFLOAD_HEAP_MAP);
  if (!GV)
    return;
  // The runtime replaces the map with the program's heap
  // (bpf_map__reuse_fd), whose entries are its chunks.
  addMapBTF(DIB, CU, File, GV,
            {{"type", MapTypeArray},
             {"key_size", 4},
             {"value_size", KOFFLOAD_HEAP_CHUNK},
             {"max_entries", 1}});
}

const GlobalVariable *heapTarget(const Value *Ptr) {
  const auto *CB = dyn_cast<CallBase>(getUnderlyingObject(Ptr, 0));
  if (!CB || !isBPFHelperCall(*CB, HelperMapLookupElem) ||
      CB->arg_size() != 2)
    return nullptr;
  const auto *GV = dyn_cast<GlobalVariable>(CB->getArgOperand(0));
  return GV && GV->getName() == KOFFLOAD_HEAP_MAP ? GV : nullptr;
}

PreservedAnalyses BPFHeapAccessesPass::run(Module &M,
                                           ModuleAnalysisManager &) {
  std::optional<MarkedProgram> Prog = MarkedProgram::find(M);
  if (!Prog || legaliseRefusal(M))
    return PreservedAnalyses::all();
  HeapAccesses Impl(M, *Prog);
  Impl.run();
  return Impl.Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace koffload
