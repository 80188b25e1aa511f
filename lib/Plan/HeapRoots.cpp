//===- HeapRoots.cpp - The heap a request reaches through globals ---------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/HeapRoots.h"
#include "Plan/TableLoads.h"
#include "Landmarks/Landmarks.h"
#include "Support/Names.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace koffload {

bool isSharedHeapAllocator(StringRef Name) {
  return Name == "malloc" || Name == "calloc" || Name == "realloc" ||
         Name == "strdup" || Name == "strndup" || Name == "_Znwm" ||
         Name == "_Znam";
}

bool isHeapAllocation(const Value *V) {
  const auto *CB = dyn_cast<CallBase>(V->stripPointerCasts());
  const Function *Callee = CB ? CB->getCalledFunction() : nullptr;
  return Callee && isSharedHeapAllocator(Callee->getName());
}

const GlobalVariable *heapRootOf(const Value *Addr) {
  const auto *PtrLoad = dyn_cast<LoadInst>(getUnderlyingObject(Addr));
  if (!PtrLoad || !PtrLoad->getType()->isPointerTy())
    return nullptr;
  const auto *GV = dyn_cast<GlobalVariable>(
      getUnderlyingObject(PtrLoad->getPointerOperand()));
  return GV && !GV->isConstant() && mayBeStoredTo(*GV) ? GV : nullptr;
}

/// Whether constant \p C holds a pointer other than null (to a global or
/// a literal: not the heap).
static bool holdsPointer(const Constant *C) {
  if (isa<ConstantPointerNull>(C) || isa<UndefValue>(C))
    return false;
  if (C->getType()->isPointerTy())
    return true;
  for (const Use &Op : C->operands())
    if (holdsPointer(cast<Constant>(Op)))
      return true;
  return false;
}

std::optional<std::string> nonHeapPointerStore(const GlobalVariable &GV) {
  if (GV.hasInitializer() && holdsPointer(GV.getInitializer()))
    return std::string("in its initializer");
  auto At = [](const Instruction *I) {
    if (const DebugLoc &DL = I->getDebugLoc())
      return "at " + formatLocation(DL);
    return std::string("in ") + I->getFunction()->getName().str();
  };
  // Every store into the global (also into a field of it), through its
  // address, GEPs and casts of it.
  SmallVector<const Value *, 8> Work{static_cast<const Value *>(&GV)};
  SmallPtrSet<const Value *, 8> Seen;
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    for (const User *U : V->users()) {
      if (const auto *SI = dyn_cast<StoreInst>(U)) {
        if (SI->getValueOperand() == V)
          return At(SI); // its address escapes into memory
        const Value *Stored = SI->getValueOperand();
        if (Stored->getType()->isPointerTy() &&
            !isa<ConstantPointerNull>(Stored) && !isHeapAllocation(Stored))
          return At(SI);
      } else if (isa<GEPOperator>(U) || isa<BitCastOperator>(U) ||
                 isa<AddrSpaceCastOperator>(U)) {
        Work.push_back(U);
      }
    }
  }
  return std::nullopt;
}

bool isProgramPointer(const Value *V) {
  const auto *L = dyn_cast<LoadInst>(V);
  if (!L || !L->getType()->isPointerTy())
    return false;
  // Locals hold the offload's own pointers there (a reserved record, a
  // spilled address); the rest of memory holds the program's.
  SmallVector<const Value *, 4> Objects;
  getUnderlyingObjects(L->getPointerOperand(), Objects, nullptr, 0);
  return none_of(Objects, [](const Value *O) { return isa<AllocaInst>(O); });
}

bool isStoredPointer(const Value *V) {
  SmallVector<const Value *, 4> Objects;
  getUnderlyingObjects(V, Objects, nullptr, 0);
  return all_of(Objects, [](const Value *O) {
    return isa<ConstantPointerNull>(O) || isProgramPointer(O);
  });
}

/// The memory \p I writes, if it is a store, an atomic or a memset/memcpy.
static const Value *writtenAddress(const Instruction &I) {
  if (auto *S = dyn_cast<StoreInst>(&I))
    return S->getPointerOperand();
  if (auto *RMW = dyn_cast<AtomicRMWInst>(&I))
    return RMW->getPointerOperand();
  if (auto *CX = dyn_cast<AtomicCmpXchgInst>(&I))
    return CX->getPointerOperand();
  if (auto *MI = dyn_cast<MemIntrinsic>(&I))
    return MI->getRawDest();
  return nullptr;
}

bool writesHeap(ArrayRef<BasicBlock *> Blocks) {
  for (BasicBlock *BB : Blocks)
    for (Instruction &I : *BB)
      if (const Value *Addr = writtenAddress(I)) {
        SmallVector<const Value *, 4> Objects;
        getUnderlyingObjects(Addr, Objects, nullptr, 0);
        if (any_of(Objects, isProgramPointer))
          return true;
      }
  return false;
}

std::string heapWriteObstacle(const Instruction &I, bool InLoop) {
  // A compare-and-exchange is judged as a write no save undoes
  // (SharedState.cpp), a spin lock's exchange by koffload-bpf-spin-locks.
  if (isa<AtomicCmpXchgInst>(I))
    return std::string();
  if (auto *RMW = dyn_cast<AtomicRMWInst>(&I);
      RMW && RMW->getOperation() == AtomicRMWInst::Xchg)
    return std::string();
  const Value *Addr = writtenAddress(I);
  if (!Addr || !isStoredPointer(Addr) ||
      isa<ConstantPointerNull>(getUnderlyingObject(Addr)))
    return std::string();
  if (auto *MI = dyn_cast<MemIntrinsic>(&I);
      MI && !isa<ConstantInt>(MI->getLength()))
    return "a copy of run-time length into the program's heap";
  if (InLoop)
    return "a write to the program's heap inside a loop";
  return std::string();
}

std::vector<std::string> heapRoots(ArrayRef<BasicBlock *> Blocks) {
  SetVector<const GlobalVariable *> Roots;
  for (BasicBlock *BB : Blocks)
    for (Instruction &I : *BB)
      if (const Value *Addr = getLoadStorePointerOperand(&I))
        if (const GlobalVariable *GV = heapRootOf(Addr))
          Roots.insert(GV);
  std::vector<std::string> Names;
  for (const GlobalVariable *GV : Roots)
    Names.push_back("'" + sourceName(GV->getName()) + "'");
  return Names;
}

} // namespace koffload
