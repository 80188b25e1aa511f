//===- LoopPrologue.cpp - What a loop does before each receive ------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/LoopPrologue.h"
#include "Support/Names.h"
#include "Support/ValueSources.h"

#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/IntrinsicInst.h"

using namespace llvm;

namespace koffload {

/// Where \p I writes, for a store or an atomic update.
static const Value *writtenObject(const Instruction &I) {
  const Value *P = getLoadStorePointerOperand(&I);
  return getUnderlyingObject(P ? P : I.getOperand(0));
}

static bool hasEffect(const Instruction &I) {
  if (const auto *CB = dyn_cast<CallBase>(&I)) {
    if (CB->onlyReadsMemory())
      return false;
    // memset of a local (the buffer cleared before the receive).
    if (const auto *MI = dyn_cast<MemIntrinsic>(CB))
      return !isa<AllocaInst>(getUnderlyingObject(MI->getRawDest()));
    return true;
  }
  // A volatile load (`while (running)`) reads.
  if (!I.mayWriteToMemory() || isa<LoadInst>(I))
    return false;
  return !isa<AllocaInst>(writtenObject(I));
}

const Instruction *
effectBeforeReceive(const Loop &L, const CallBase &Receive,
                    const SetVector<BasicBlock *> &Region,
                    function_ref<bool(const Instruction &)> Skip) {
  // The blocks from the loop's header to the receive, not through it.
  SmallPtrSet<const BasicBlock *, 16> Before;
  SmallVector<const BasicBlock *, 8> Work{Receive.getParent()};
  while (!Work.empty()) {
    const BasicBlock *BB = Work.pop_back_val();
    if (!Before.insert(BB).second || BB == L.getHeader())
      continue;
    for (const BasicBlock *Pred : predecessors(BB))
      if (L.contains(Pred) && !Region.contains(const_cast<BasicBlock *>(Pred)))
        Work.push_back(Pred);
  }
  // In the function's order, so the one named is the same every run.
  for (const BasicBlock &BB : *Receive.getFunction()) {
    if (!Before.contains(&BB))
      continue;
    for (const Instruction &I : BB) {
      if (&I == &Receive)
        break;
      if (isa<DbgInfoIntrinsic>(I) || isa<LifetimeIntrinsic>(I) || Skip(I))
        continue;
      if (hasEffect(I))
        return &I;
    }
  }
  return nullptr;
}

std::string effectName(const Instruction &I) {
  if (const auto *CB = dyn_cast<CallBase>(&I))
    if (StringRef Name = directCalleeName(*CB); !Name.empty())
      return Name.str();
  const Value *Obj = writtenObject(I);
  if (const auto *GV = dyn_cast<GlobalVariable>(Obj))
    return "a write to '" + globalSourceName(*GV) + "'";
  if (std::string Name = sourceVariableName(Obj); !Name.empty())
    return "a write to " + Name;
  return "a write to memory";
}

} // namespace koffload
