//===- TableLoads.cpp - Loads from constant tables, slot by slot ----------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/TableLoads.h"
#include "Plan/PathUtils.h"
#include "Support/Names.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Support/FormatVariadic.h"

#include <set>

using namespace llvm;

namespace koffload {

/// Whether the program may store to \p GV anywhere (through its address,
/// a GEP or cast of it, or by passing it to a call). A global pointer never
/// stored to keeps its initializer, which names constant data or another
/// global, not the heap.
bool mayBeStoredTo(const GlobalVariable &GV) {
  SmallVector<const Value *, 8> Work{&GV};
  SmallPtrSet<const Value *, 8> Seen;
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    for (const User *U : V->users()) {
      if (auto *SI = dyn_cast<StoreInst>(U)) {
        if (SI->getPointerOperand() == V || SI->getValueOperand() == V)
          return true;
      } else if (isa<AtomicRMWInst>(U) || isa<AtomicCmpXchgInst>(U) ||
                 isa<CallBase>(U)) {
        return true;
      } else if (isa<GEPOperator>(U) || isa<BitCastOperator>(U) ||
                 isa<AddrSpaceCastOperator>(U) || isa<PHINode>(U) ||
                 isa<SelectInst>(U)) {
        Work.push_back(U);
      }
    }
  }
  return false;
}

/// At most this many slots are enumerated (a switch or select arm each).
static constexpr int64_t MaxEntries = 256;

/// The one value stored to a local pointer variable that \p L reads, when
/// the local holds nothing else: `const struct endpoint *ep = &t[i];`
/// before SROA. The store must dominate the load and follow its value's
/// definition in the same block, so the value in the local is the value
/// of that definition the load would see.
static const Value *storedOnce(const LoadInst &L, const AllocaInst &A) {
  const StoreInst *Only = nullptr;
  for (const User *U : A.users()) {
    if (auto *St = dyn_cast<StoreInst>(U)) {
      if (St->getValueOperand() == &A || Only)
        return nullptr;
      Only = St;
    } else if (auto *II = dyn_cast<IntrinsicInst>(U)) {
      if (!II->isLifetimeStartOrEnd())
        return nullptr;
    } else if (!isa<LoadInst>(U)) {
      return nullptr;
    }
  }
  if (!Only || Only->isVolatile())
    return nullptr;
  const Value *V = Only->getValueOperand();
  if (auto *Def = dyn_cast<Instruction>(V);
      Def && Def->getParent() != Only->getParent())
    return nullptr;
  DominatorTree DT(const_cast<Function &>(*L.getFunction()));
  return DT.dominates(Only, &L) ? V : nullptr;
}

/// Whether \p GV's address may leave the instructions mayBeStoredTo
/// follows: into another global's initializer (`static struct endpoint
/// *tp = endpoints;`), or as an integer used otherwise than in a
/// difference or a comparison.
static bool addressEscapes(const GlobalVariable &GV) {
  SmallVector<const User *, 8> Work(GV.users());
  SmallPtrSet<const User *, 8> Seen;
  while (!Work.empty()) {
    const User *U = Work.pop_back_val();
    if (!Seen.insert(U).second)
      continue;
    if (isa<GlobalValue>(U))
      return true;
    // An integer only subtracted or compared (`ep - endpoints`) stays.
    if (isa<PtrToIntOperator>(U)) {
      if (!all_of(U->users(), [](const User *V) {
            auto *I = dyn_cast<Instruction>(V);
            return I &&
                   (I->getOpcode() == Instruction::Sub || isa<ICmpInst>(I));
          }))
        return true;
      continue;
    }
    if (isa<Constant>(U) || isa<GEPOperator>(U) || isa<BitCastOperator>(U) ||
        isa<PHINode>(U) || isa<SelectInst>(U))
      append_range(Work, U->users());
  }
  return false;
}

/// A const global, or a global of this file that nothing in the program
/// writes (another file, or a library, could write an external one).
static bool neverWritten(const GlobalVariable &GV) {
  return GV.isConstant() ||
         (GV.hasLocalLinkage() && !mayBeStoredTo(GV) && !addressEscapes(GV));
}

/// A local pointer variable whose address does not escape: only loads,
/// stores to it and lifetime markers use it.
static bool isPlainLocal(const AllocaInst &A) {
  for (const User *U : A.users()) {
    if (auto *St = dyn_cast<StoreInst>(U)) {
      if (St->getValueOperand() == &A || St->isVolatile())
        return false;
    } else if (auto *II = dyn_cast<IntrinsicInst>(U)) {
      if (!II->isLifetimeStartOrEnd())
        return false;
    } else if (auto *LI = dyn_cast<LoadInst>(U)) {
      if (LI->isVolatile())
        return false;
    } else {
      return false;
    }
  }
  return A.getAllocatedType()->isPointerTy();
}

namespace {
/// The offsets from one global a pointer may hold that moves through
/// phis, selects, a local variable and constant steps (`ep++`): its
/// starting offsets and the one step its cycles add.
struct PointerOffsets {
  const GlobalVariable *GV = nullptr;
  SmallVector<int64_t, 8> Starts;
  int64_t Step = 0;
};
} // namespace

static bool pointerOffsets(const Value *Root, const DataLayout &DL,
                           PointerOffsets &Out) {
  SmallVector<const Value *, 8> Work{Root};
  SmallPtrSet<const Value *, 16> Seen;
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val()->stripPointerCasts();
    if (!Seen.insert(V).second)
      continue;
    if (Seen.size() > 64)
      return false;
    if (auto *C = dyn_cast<Constant>(V)) {
      APInt Off(64, 0);
      auto *G = dyn_cast<GlobalVariable>(
          C->stripAndAccumulateConstantOffsets(DL, Off, true));
      if (!G || (Out.GV && Out.GV != G))
        return false;
      Out.GV = G;
      Out.Starts.push_back(Off.getSExtValue());
    } else if (auto *Phi = dyn_cast<PHINode>(V)) {
      append_range(Work, Phi->incoming_values());
    } else if (auto *Sel = dyn_cast<SelectInst>(V)) {
      Work.push_back(Sel->getTrueValue());
      Work.push_back(Sel->getFalseValue());
    } else if (auto *GEP = dyn_cast<GetElementPtrInst>(V)) {
      APInt Off(64, 0);
      if (!GEP->accumulateConstantOffset(DL, Off))
        return false;
      int64_t D = Off.getSExtValue();
      if (D != 0 && Out.Step != 0 && Out.Step != D)
        return false;
      if (D != 0)
        Out.Step = D;
      Work.push_back(GEP->getPointerOperand());
    } else if (auto *L = dyn_cast<LoadInst>(V)) {
      auto *A = dyn_cast<AllocaInst>(L->getPointerOperand());
      if (!A || !isPlainLocal(*A))
        return false;
      for (const User *U : A->users())
        if (auto *St = dyn_cast<StoreInst>(U))
          Work.push_back(St->getValueOperand());
    } else {
      return false;
    }
  }
  return Out.GV && Out.Step >= 0;
}

TableLoad analyseTableLoad(const LoadInst &L) {
  TableLoad T;
  if (!L.isSimple())
    return T;
  const DataLayout &DL = L.getModule()->getDataLayout();
  const Value *P = L.getPointerOperand();
  APInt Const(64, 0);
  Value *Index = nullptr;
  APInt Scale(64, 0);
  const GlobalVariable *GV = nullptr;
  bool Several = false; // indices
  Value *Base = nullptr;
  SmallVector<int64_t, 8> Starts;
  int64_t Step = 0;
  for (unsigned Steps = 0; !GV && Steps < 16; ++Steps) {
    P = P->stripPointerCasts();
    if (auto *G = dyn_cast<GlobalVariable>(P)) {
      GV = G;
      break;
    }
    if (auto *GEP = dyn_cast<GEPOperator>(P)) {
      MapVector<Value *, APInt> Vars;
      APInt C(64, 0);
      if (!GEP->collectOffset(DL, 64, Vars, C))
        return T;
      Const += C;
      for (auto &[V, S] : Vars) {
        Several |= Index != nullptr;
        Index = V;
        Scale = S;
      }
      P = GEP->getPointerOperand();
      continue;
    }
    auto *PL = dyn_cast<LoadInst>(P);
    auto *From = PL && PL->isSimple()
                     ? PL->getPointerOperand()->stripPointerCasts()
                     : nullptr;
    if (auto *PG = dyn_cast_or_null<GlobalVariable>(From)) {
      // A pointer global never written: its initializer.
      if (!PG->hasDefinitiveInitializer() || !neverWritten(*PG)) {
        T.Why = "'" + sourceName(PG->getName()) +
                "', a pointer that is not const and may be written";
        return T;
      }
      P = PG->getInitializer();
    } else if (const Value *Once =
                   isa_and_nonnull<AllocaInst>(From)
                       ? storedOnce(*PL, *cast<AllocaInst>(From))
                       : nullptr) {
      // A local pointer variable stored once.
      P = Once;
    } else if (isa<PHINode>(P) || isa<SelectInst>(P) || PL) {
      // A pointer that walks the table (`for (ep = t; ep->name; ep++)`),
      // or one of several places in it: its offset is the index.
      PointerOffsets PO;
      if (!pointerOffsets(P, DL, PO))
        return T;
      GV = PO.GV;
      Several |= Index != nullptr;
      Base = const_cast<Value *>(P);
      Starts = PO.Starts;
      Step = PO.Step;
    } else {
      return T;
    }
  }
  if (!GV)
    return T;
  std::string Name = "'" + sourceName(GV->getName()) + "'";
  if (!GV->hasDefinitiveInitializer()) {
    T.Why = Name + ", defined elsewhere";
    return T;
  }
  if (!neverWritten(*GV)) {
    T.Why = Name + ", which is not const and may be written";
    return T;
  }
  if (Several) {
    T.Why = Name + ", indexed by more than one run-time value";
    return T;
  }
  int64_t Size = DL.getTypeAllocSize(GV->getValueType());
  int64_t Width = DL.getTypeStoreSize(L.getType());
  int64_t C = Const.getSExtValue();
  auto Read = [&](int64_t Off) -> Constant * {
    if (Off < 0 || Off + Width > Size)
      return nullptr;
    // From the initializer: a table never written need not be const.
    return ConstantFoldLoadFromConst(
        const_cast<Constant *>(GV->getInitializer()), L.getType(),
        APInt(64, Off), DL);
  };
  if (Base) {
    // Each offset the pointer may hold whose slot lies in the table; the
    // others (one past the end, where a loop stops) are never read.
    std::set<int64_t> Offsets;
    for (int64_t O : Starts)
      for (int64_t K = 0; K <= MaxEntries; ++K) {
        int64_t At = O + K * Step;
        if (At + C >= 0 && At + C + Width <= Size)
          Offsets.insert(At);
        if (Step == 0 || At + C + Width > Size)
          break;
      }
    if (Offsets.empty()) {
      T.Why = Name + ", whose slots the pointer never reaches";
      return T;
    }
    if (Offsets.size() > MaxEntries) {
      T.Why = formatv("{0}, of more than {1} slots", Name, MaxEntries).str();
      return T;
    }
    for (int64_t O : Offsets) {
      Constant *E = Read(O + C);
      if (!E) {
        T.Why =
            formatv("{0} at byte {1}, which holds no value", Name, O + C).str();
        return T;
      }
      T.Entries.push_back({O, E});
    }
    T.Table = GV;
    T.Base = Base;
    return T;
  }
  if (!Index) {
    Constant *E = Read(C);
    if (!E) {
      T.Why = formatv("{0} at byte {1}, which holds no value", Name, C).str();
      return T;
    }
    T.Table = GV;
    T.Entries.push_back({0, E});
    return T;
  }
  int64_t S = Scale.getSExtValue();
  if (S <= 0 || !Index->getType()->isIntegerTy()) {
    T.Why = Name + ", indexed by a negative stride";
    return T;
  }
  // Every index whose slot lies inside the table: C + v*S in [0, Size-W].
  int64_t First = C >= 0 ? -(C / S) : (-C + S - 1) / S;
  int64_t Last = (Size - Width - C) >= 0 ? (Size - Width - C) / S : -1;
  if (Last < First) {
    T.Why = Name + ", whose slots the index never reaches";
    return T;
  }
  if (Last - First + 1 > MaxEntries) {
    T.Why = formatv("{0}, of more than {1} slots", Name, MaxEntries).str();
    return T;
  }
  unsigned Bits = Index->getType()->getIntegerBitWidth();
  for (int64_t V = First; V <= Last; ++V) {
    if (!isIntN(Bits, V))
      continue;
    Constant *E = Read(C + V * S);
    if (!E) {
      T.Why = formatv("{0} at byte {1}, which holds no value", Name, C + V * S)
                  .str();
      return T;
    }
    T.Entries.push_back({V, E});
  }
  T.Table = GV;
  T.Index = Index;
  return T;
}

TableLoad tableCallTargets(const CallInst &CI) {
  auto *Load = dyn_cast<LoadInst>(CI.getCalledOperand()->stripPointerCasts());
  if (!Load || CI.isMustTailCall())
    return {};
  TableLoad T = analyseTableLoad(*Load);
  if (!T.Table)
    return T;
  std::string Name = "'" + sourceName(T.Table->getName()) + "'";
  bool Any = false;
  for (auto &[V, E] : T.Entries) {
    if (E->isNullValue())
      continue;
    if (!isa<Function>(E->stripPointerCasts())) {
      T.Why = formatv("{0}, whose slot {1} is not a function", Name, V).str();
      T.Table = nullptr;
      return T;
    }
    Any = true;
  }
  if (!Any) {
    T.Why = Name + ", whose slots are all null";
    T.Table = nullptr;
  }
  return T;
}

namespace {
/// Builds, beside a pointer that moves within one global (as
/// pointerOffsets accepted it), the byte offset it holds: parallel phis,
/// selects and adds, and a parallel local stored wherever the pointer's
/// local is. A switch can select on it; the verifier is not shown a
/// pointer difference.
class OffsetMirror {
public:
  explicit OffsetMirror(const DataLayout &DL) : DL(DL) {}
  Value *offsetOf(Value *V);

private:
  const DataLayout &DL;
  DenseMap<Value *, Value *> Memo;
  DenseMap<AllocaInst *, AllocaInst *> Slots;
  AllocaInst *slotFor(AllocaInst &A);
};
} // namespace

AllocaInst *OffsetMirror::slotFor(AllocaInst &A) {
  if (AllocaInst *Slot = Slots.lookup(&A))
    return Slot;
  IRBuilder<> B(&A);
  AllocaInst *Slot =
      B.CreateAlloca(B.getInt64Ty(), nullptr, A.getName() + ".off");
  Slots[&A] = Slot;
  SmallVector<StoreInst *, 4> Stores;
  for (User *U : A.users())
    if (auto *St = dyn_cast<StoreInst>(U))
      Stores.push_back(St);
  for (StoreInst *St : Stores) {
    Value *Off = offsetOf(St->getValueOperand());
    IRBuilder<>(St).CreateStore(Off, Slot);
  }
  return Slot;
}

Value *OffsetMirror::offsetOf(Value *V) {
  V = V->stripPointerCasts();
  if (Value *M = Memo.lookup(V))
    return M;
  Type *I64 = Type::getInt64Ty(V->getContext());
  if (auto *C = dyn_cast<Constant>(V)) {
    APInt Off(64, 0);
    C->stripAndAccumulateConstantOffsets(DL, Off, true);
    return ConstantInt::get(I64, Off);
  }
  if (auto *Phi = dyn_cast<PHINode>(V)) {
    PHINode *New = PHINode::Create(I64, Phi->getNumIncomingValues(),
                                   Phi->getName() + ".off");
    New->insertBefore(Phi);
    Memo[V] = New;
    for (unsigned I = 0; I < Phi->getNumIncomingValues(); ++I)
      New->addIncoming(offsetOf(Phi->getIncomingValue(I)),
                       Phi->getIncomingBlock(I));
    return New;
  }
  if (auto *Sel = dyn_cast<SelectInst>(V)) {
    Value *TV = offsetOf(Sel->getTrueValue());
    Value *FV = offsetOf(Sel->getFalseValue());
    IRBuilder<> B(Sel->getNextNode());
    return Memo[V] = B.CreateSelect(Sel->getCondition(), TV, FV,
                                    Sel->getName() + ".off");
  }
  if (auto *GEP = dyn_cast<GetElementPtrInst>(V)) {
    APInt Off(64, 0);
    GEP->accumulateConstantOffset(DL, Off);
    Value *Of = offsetOf(GEP->getPointerOperand());
    IRBuilder<> B(GEP->getNextNode());
    return Memo[V] = B.CreateAdd(Of, ConstantInt::get(I64, Off),
                                 GEP->getName() + ".off");
  }
  auto *L = cast<LoadInst>(V);
  AllocaInst *Slot = slotFor(*cast<AllocaInst>(L->getPointerOperand()));
  return Memo[V] = IRBuilder<>(L).CreateLoad(I64, Slot, L->getName() + ".off");
}

/// The integer a switch or select over \p T's entries tests, valid at
/// \p At.
static Value *slotSelector(const TableLoad &T, Instruction &At) {
  if (T.Index)
    return T.Index;
  return OffsetMirror(At.getModule()->getDataLayout()).offsetOf(T.Base);
}

bool foldTableLoad(LoadInst &L) {
  if (!L.getType()->isPointerTy())
    return false;
  TableLoad T = analyseTableLoad(L);
  if (!T.Table || (!T.Index && !T.Base) || T.Entries.empty())
    return false;
  // Constant data only: a function is a call's business (above).
  for (auto &[V, E] : T.Entries)
    if (!E->isNullValue() &&
        !isa<GlobalVariable>(getUnderlyingObject(E->stripPointerCasts())))
      return false;
  // An index outside the table reads outside it (undefined behaviour):
  // the last slot stands for it.
  Value *Sel = slotSelector(T, L);
  IRBuilder<> B(&L);
  auto *IdxTy = cast<IntegerType>(Sel->getType());
  Value *Result = T.Entries.back().second;
  for (auto &[V, E] : reverse(ArrayRef(T.Entries).drop_back()))
    Result = B.CreateSelect(
        B.CreateICmpEQ(Sel, ConstantInt::get(IdxTy, V, /*IsSigned=*/true)), E,
        Result);
  L.replaceAllUsesWith(Result);
  L.eraseFromParent();
  return true;
}

bool foldTableDistance(BinaryOperator &Sub) {
  // ep - table: (ptrtoint ep) - (ptrtoint table), maybe divided later.
  using namespace PatternMatch;
  Value *X, *Table;
  if (!match(&Sub, m_Sub(m_PtrToInt(m_Value(X)), m_PtrToInt(m_Value(Table)))))
    return false;
  const DataLayout &DL = Sub.getModule()->getDataLayout();
  APInt TableOff(64, 0);
  auto *GV = dyn_cast<GlobalVariable>(
      Table->stripAndAccumulateConstantOffsets(DL, TableOff, true));
  PointerOffsets PO;
  if (!GV || isa<Constant>(X) || !pointerOffsets(X, DL, PO) || PO.GV != GV)
    return false;
  Value *Off = OffsetMirror(DL).offsetOf(X);
  IRBuilder<> B(&Sub);
  Value *D = B.CreateSub(Off, B.getInt64(TableOff.getSExtValue()));
  Sub.replaceAllUsesWith(B.CreateZExtOrTrunc(D, Sub.getType()));
  Sub.eraseFromParent();
  return true;
}

bool devirtualiseTableCall(CallInst &CI) {
  TableLoad T = tableCallTargets(CI);
  if (!T.Table)
    return false;
  if (!T.Index && !T.Base) {
    // One slot: a direct call.
    auto *Fn = dyn_cast<Function>(T.Entries[0].second->stripPointerCasts());
    if (!Fn || Fn->getFunctionType() != CI.getFunctionType())
      return false;
    CI.setCalledOperand(Fn);
    return true;
  }
  Value *Sel = slotSelector(T, CI);
  auto *Callee = cast<LoadInst>(CI.getCalledOperand()->stripPointerCasts());
  LLVMContext &Ctx = CI.getContext();
  Function *F = CI.getFunction();
  BasicBlock *Head = CI.getParent();
  BasicBlock *Tail = Head->splitBasicBlock(&CI, "devirt.done");
  Head->getTerminator()->eraseFromParent();
  auto *Unreachable = BasicBlock::Create(Ctx, "devirt.none", F, Tail);
  new UnreachableInst(Ctx, Unreachable);
  auto *Switch = SwitchInst::Create(Sel, Unreachable, T.Entries.size(), Head);
  Switch->setDebugLoc(CI.getDebugLoc());
  Switch->setMetadata(DevirtMDKind,
                      MDNode::get(Ctx, MDString::get(Ctx, T.Table->getName())));
  PHINode *Result = nullptr;
  if (!CI.getType()->isVoidTy()) {
    Result = PHINode::Create(CI.getType(), T.Entries.size(), "devirt.result");
    Result->insertBefore(Tail->begin());
  }
  auto *IdxTy = cast<IntegerType>(Sel->getType());
  for (auto &[V, E] : T.Entries) {
    auto *Fn = dyn_cast<Function>(E->stripPointerCasts());
    if (!Fn)
      continue; // null: undefined behaviour to call
    auto *Case = BasicBlock::Create(Ctx, "devirt.case", F, Tail);
    // An entry of another type is called as the source calls it.
    auto *Call = cast<CallInst>(CI.clone());
    Call->insertInto(Case, Case->end());
    if (Fn->getFunctionType() == CI.getFunctionType())
      Call->setCalledOperand(Fn);
    BranchInst::Create(Tail, Case);
    Switch->addCase(ConstantInt::get(IdxTy, V, /*IsSigned=*/true), Case);
    if (Result)
      Result->addIncoming(Call, Case);
  }
  if (Result) {
    if (Result->getNumIncomingValues() == 0)
      Result->replaceAllUsesWith(PoisonValue::get(CI.getType()));
    CI.replaceAllUsesWith(Result);
    if (Result->getNumIncomingValues() == 0)
      Result->eraseFromParent();
  }
  CI.eraseFromParent();
  // The function pointer is read no more (the kernel could not follow it).
  if (Callee->use_empty())
    Callee->eraseFromParent();
  return true;
}

} // namespace koffload
