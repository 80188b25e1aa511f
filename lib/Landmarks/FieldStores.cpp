//===- FieldStores.cpp - The stores that fill a struct field --------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// For FieldFds.cpp: the objects a pointer may point to, and the stores into
// a field of those objects; when the objects are not all seen (an item
// taken from a free list, passed through a queue of pointers to pointers,
// kept in an array of per-thread structs), the stores into the same field
// of the same struct type anywhere in the module. That is the type-based
// view the compiler itself takes under C's aliasing rules: a field of a
// struct is written by an access to that field of that struct type. It is
// assumed, not checked, that no write through a char pointer or a memcpy
// of the whole struct sets the field (a queue item or a conn is not copied
// as a block in the servers this serves).
//
//===----------------------------------------------------------------------===//

#include "Landmarks/LandmarkFinder.h"
#include "Support/ValueSources.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/GetElementPtrTypeIterator.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/PatternMatch.h"

#include <numeric>

using namespace llvm;
using namespace llvm::PatternMatch;

namespace koffload {
namespace landmarks {

namespace {

/// A GEP with variable indices as its constant part and the stride its
/// variable part moves in (the gcd of the indices' steps; a `mul i, C`
/// index at -O1 steps by C): `&threads[i]` is (0, sizeof(*threads)).
std::optional<std::pair<int64_t, uint64_t>> splitIndices(GEPOperator &GEP,
                                                         const DataLayout &DL) {
  int64_t Constant = 0;
  uint64_t Stride = 0;
  for (gep_type_iterator GTI = gep_type_begin(GEP), GTE = gep_type_end(GEP);
       GTI != GTE; ++GTI) {
    auto *C = dyn_cast<ConstantInt>(GTI.getOperand());
    if (StructType *ST = GTI.getStructTypeOrNull()) {
      Constant += DL.getStructLayout(ST)->getElementOffset(C->getZExtValue());
      continue;
    }
    int64_t Step = GTI.getSequentialElementStride(DL);
    if (C) {
      Constant += C->getSExtValue() * Step;
      continue;
    }
    Value *Index = GTI.getOperand();
    while (auto *Cast = dyn_cast<CastInst>(Index))
      Index = Cast->getOperand(0);
    const APInt *K;
    if (match(Index, m_Mul(m_Value(), m_APInt(K))) && K->getBitWidth() <= 64)
      Step *= K->getSExtValue();
    else if (match(Index, m_Shl(m_Value(), m_APInt(K))) && K->ult(32))
      Step <<= K->getZExtValue();
    if (Step == 0)
      return std::nullopt;
    Stride = std::gcd(Stride, uint64_t(Step < 0 ? -Step : Step));
  }
  return std::pair(Constant, Stride);
}

} // namespace

void LandmarkFinder::objectRoots(Value *P, SmallVectorImpl<Value *> &Roots,
                                 bool &Complete,
                                 SmallPtrSetImpl<Value *> &Seen) {
  P = P->stripPointerCasts();
  if (!Seen.insert(P).second)
    return;
  if (Seen.size() > 64) {
    Complete = false;
    return;
  }
  auto AddRoot = [&](Value *R) {
    if (!is_contained(Roots, R))
      Roots.push_back(R);
  };
  if (isa<AllocaInst>(P) || isa<GlobalVariable>(P))
    return AddRoot(P);
  if (auto *Phi = dyn_cast<PHINode>(P)) {
    for (Value *In : Phi->incoming_values())
      objectRoots(In, Roots, Complete, Seen);
    return;
  }
  if (auto *Sel = dyn_cast<SelectInst>(P)) {
    objectRoots(Sel->getTrueValue(), Roots, Complete, Seen);
    objectRoots(Sel->getFalseValue(), Roots, Complete, Seen);
    return;
  }
  if (auto *A = dyn_cast<Argument>(P)) {
    Function &F = *A->getParent();
    bool Sites = true;
    // Registered with a callback: the library passes the registered
    // argument back.
    if (const Callback *C = callbackOf(F); C && A->getArgNo() == 2)
      if (Value *Arg = registeredArgument(*C)) {
        objectRoots(Arg, Roots, Complete, Seen);
        for (Use &U : F.uses())
          if (auto *CB = dyn_cast<CallBase>(U.getUser());
              CB && CB->isCallee(&U) && A->getArgNo() < CB->arg_size())
            objectRoots(CB->getArgOperand(A->getArgNo()), Roots, Complete,
                        Seen);
        return;
      }
    for (CallBase *CS : callersOf(F, Sites))
      if (A->getArgNo() < CS->arg_size())
        objectRoots(CS->getArgOperand(A->getArgNo()), Roots, Complete, Seen);
    Complete &= Sites;
    return;
  }
  if (auto *CB = dyn_cast<CallBase>(P)) {
    auto *Callee =
        dyn_cast<Function>(CB->getCalledOperand()->stripPointerCasts());
    if (Callee && Callee->isDeclaration())
      return AddRoot(CB); // malloc, calloc: the object
    if (!Callee) {
      Complete = false;
      return;
    }
    bool Returns = false;
    for (BasicBlock &BB : *Callee)
      if (auto *Ret = dyn_cast<ReturnInst>(BB.getTerminator()))
        if (Value *RV = Ret->getReturnValue()) {
          Returns = true;
          objectRoots(RV, Roots, Complete, Seen);
        }
    Complete &= Returns;
    return;
  }
  if (auto *L = dyn_cast<LoadInst>(P)) {
    if (auto *Slot = dyn_cast<AllocaInst>(L->getPointerOperand())) {
      // A variable: what is stored into it.
      for (User *U : Slot->users()) {
        if (auto *SI = dyn_cast<StoreInst>(U)) {
          if (SI->getPointerOperand() != Slot) {
            Complete = false; // the slot's address itself is stored
            continue;
          }
          objectRoots(SI->getValueOperand(), Roots, Complete, Seen);
        } else if (!isa<LoadInst>(U) && !isa<DbgInfoIntrinsic>(U) &&
                   !(isa<IntrinsicInst>(U) &&
                     cast<IntrinsicInst>(U)->isLifetimeStartOrEnd())) {
          Complete = false; // &c handed on: written elsewhere
        }
      }
      return;
    }
    // A field of another object (a queue's head, an item's next): the
    // pointers stored into that field of its objects.
    const DataLayout &DL = M.getDataLayout();
    APInt Off(DL.getIndexTypeSizeInBits(L->getPointerOperandType()), 0);
    Value *Base = L->getPointerOperand()->stripAndAccumulateConstantOffsets(
        DL, Off, true);
    Value *Under = getUnderlyingObject(Base);
    // The objects the pointers stored into the field at \p Offset of
    // \p Outer's objects point to.
    auto StoredPointers = [&](ArrayRef<Value *> Outer, int64_t Offset) {
      SmallVector<StoreInst *, 4> Stores;
      if (!Outer.empty())
        fieldStores(Outer, Offset,
                    DL.getTypeStoreSize(L->getType()).getFixedValue(), Stores,
                    Complete);
      for (StoreInst *SI : Stores)
        if (!isa<ConstantPointerNull>(SI->getValueOperand()))
          objectRoots(SI->getValueOperand(), Roots, Complete, Seen);
    };
    auto *GV = dyn_cast<GlobalVariable>(Base);
    if (GV && GV->hasInitializer() && !GV->getInitializer()->isNullValue() &&
        !isa<UndefValue>(GV->getInitializer()))
      GV = nullptr; // its first value is not a null pointer: the walk's
    if (GV || (!isa<AllocaInst>(Under) && !isa<GlobalValue>(Under) &&
               !isa<Constant>(Base) && !isa<GEPOperator>(Base) &&
               Base->getType()->isPointerTy())) {
      // (A global struct, too: the queue -O1 made of `q = calloc(...)`.)
      SmallVector<Value *, 2> Outer;
      if (GV)
        Outer.push_back(GV);
      else
        objectRoots(Base, Outer, Complete, Seen);
      // (None when the base was met already on this walk: a list's next
      // pointer leads back to the list's own objects.)
      return StoredPointers(Outer, Off.getSExtValue());
    }
    // An element of an array of pointers (`conns[fd]`, the array a global
    // or a heap block): every pointer stored into the array.
    if (auto *GEP = dyn_cast<GEPOperator>(Base);
        GEP && L->getType()->isPointerTy() && !GEP->hasAllConstantIndices()) {
      Value *Array = GEP->getPointerOperand()->stripPointerCasts();
      SmallVector<Value *, 2> Outer;
      if (isa<GlobalVariable>(Array) || isa<AllocaInst>(Array))
        Outer.push_back(Array);
      else
        objectRoots(Array, Outer, Complete, Seen);
      return StoredPointers(Outer, AnyElement);
    }
    // Loaded from a variable or a global: where the value walk finds it
    // stored.
    ValueSources S = traceValueSources(L);
    Complete &= S.Complete;
    for (Value *Leaf : S.Leaves) {
      if (isa<ConstantPointerNull>(Leaf))
        continue;
      if (isa<Argument>(Leaf) || isa<CallBase>(Leaf) || isa<AllocaInst>(Leaf) ||
          isa<GlobalVariable>(Leaf))
        objectRoots(Leaf, Roots, Complete, Seen);
      else
        Complete = false;
    }
    return;
  }
  // An element of an array of structs (&threads[i], &clients[j]): the
  // array, whose stores are then taken modulo the element's size.
  if (auto *GEP = dyn_cast<GEPOperator>(P)) {
    const DataLayout &DL = M.getDataLayout();
    auto Split = splitIndices(*GEP, DL);
    if (!Split || Split->second == 0 ||
        Split->first % int64_t(Split->second) != 0) {
      Complete = false;
      return;
    }
    SmallVector<Value *, 2> Arrays;
    Value *Array = GEP->getPointerOperand()->stripPointerCasts();
    if (isa<GlobalVariable>(Array) || isa<AllocaInst>(Array))
      Arrays.push_back(Array);
    else
      objectRoots(Array, Arrays, Complete, Seen);
    for (Value *R : Arrays) {
      auto [It, New] = RootStride.try_emplace(R, Split->second);
      if (!New && It->second != Split->second)
        Complete = false;
      else
        AddRoot(R);
    }
    return;
  }
  Complete = false;
}

void LandmarkFinder::fieldStores(ArrayRef<Value *> Roots, int64_t Offset,
                                 uint64_t Size,
                                 SmallVectorImpl<StoreInst *> &Out,
                                 bool &Complete) {
  for (Value *Root : Roots) {
    auto Key = std::make_tuple(Root, Offset, Size, RootStride.lookup(Root));
    auto It = FieldStoreCache.find(Key);
    if (It == FieldStoreCache.end()) {
      std::pair<SmallVector<StoreInst *, 4>, bool> Found{{}, true};
      storesIntoField(Root, Offset, Size, Found.first, Found.second);
      It = FieldStoreCache.emplace(Key, std::move(Found)).first;
    }
    for (StoreInst *SI : It->second.first)
      if (!is_contained(Out, SI))
        Out.push_back(SI);
    Complete &= It->second.second;
  }
}

void LandmarkFinder::storesIntoField(Value *Root, int64_t Offset, uint64_t Size,
                                     SmallVectorImpl<StoreInst *> &Out,
                                     bool &Complete) {
  const DataLayout &DL = M.getDataLayout();
  // An array of structs: offsets within an element, none the least.
  const int64_t Stride = RootStride.lookup(Root);
  if (Stride && Offset != AnyElement)
    Offset = (Offset % Stride + Stride) % Stride;
  // Each pointer into the object: its offset when known, and the least
  // offset it may have. A variable index is taken to be non-negative: C
  // pointer arithmetic on an array field (`c->rbuf + c->rbytes`) stays in
  // the array, so a read() into it cannot reach the fields before it.
  struct At {
    std::optional<int64_t> Off;
    int64_t Min;
  };
  DenseMap<Value *, At> Pointers;
  SmallVector<Value *, 16> Work;
  auto Push = [&](Value *V, std::optional<int64_t> Off, int64_t Min) {
    if (Stride) {
      if (Off)
        Off = (*Off % Stride + Stride) % Stride;
      Min = 0;
    }
    auto [It, New] = Pointers.try_emplace(V, At{Off, Min});
    if (New) {
      Work.push_back(V);
      return;
    }
    At &A = It->second;
    bool Changed = false;
    if (A.Off && A.Off != Off) {
      A.Off.reset();
      Changed = true;
    }
    if (Min < A.Min) {
      A.Min = Min;
      Changed = true;
    }
    if (Changed)
      Work.push_back(V);
  };
  // A write of [From, From + Len) may change the field; with the offset
  // unknown, anything from the least one on.
  auto Overlaps = [&](const At &A, uint64_t Len) {
    if (Offset == AnyElement)
      return true;
    if (!A.Off)
      return A.Min < Offset + int64_t(Size);
    if (Stride && (Len == ~0ull || *A.Off + int64_t(Len) > Stride))
      return true; // into the next element
    return *A.Off < Offset + int64_t(Size) &&
           (Len == ~0ull || Offset < *A.Off + int64_t(Len));
  };
  Push(Root, 0, 0);
  while (!Work.empty()) {
    if (Pointers.size() > 1023) {
      Complete = false;
      return;
    }
    Value *P = Work.pop_back_val();
    At A = Pointers.lookup(P);
    for (Use &U : P->uses()) {
      User *Usr = U.getUser();
      if (auto *GEP = dyn_cast<GEPOperator>(Usr)) {
        if (GEP->getPointerOperand() != P)
          continue; // an index
        APInt D(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
        if (GEP->accumulateConstantOffset(DL, D)) {
          int64_t Delta = D.getSExtValue();
          Push(GEP,
               A.Off ? std::optional<int64_t>(*A.Off + Delta) : std::nullopt,
               A.Min + Delta);
          continue;
        }
        if (auto Split = splitIndices(*GEP, DL);
            Stride && A.Off && Split && Split->second % Stride == 0) {
          Push(GEP, *A.Off + Split->first, 0); // another element's field
          continue;
        }
        // The constant part; variable indices count from zero up.
        int64_t Least = 0;
        for (gep_type_iterator GTI = gep_type_begin(GEP),
                               GTE = gep_type_end(GEP);
             GTI != GTE; ++GTI) {
          auto *C = dyn_cast<ConstantInt>(GTI.getOperand());
          if (StructType *ST = GTI.getStructTypeOrNull())
            Least +=
                DL.getStructLayout(ST)->getElementOffset(C->getZExtValue());
          else if (C)
            Least +=
                C->getSExtValue() * int64_t(GTI.getSequentialElementStride(DL));
        }
        Push(GEP, std::nullopt, A.Min + Least);
        continue;
      }
      if (isa<BitCastOperator>(Usr) || isa<AddrSpaceCastOperator>(Usr)) {
        Push(Usr, A.Off, A.Min);
        continue;
      }
      if (isa<PHINode>(Usr) || isa<SelectInst>(Usr)) {
        // `c = conns[sfd]; if (!c) c = calloc(...)`: a pointer merged with
        // pointers from elsewhere keeps its offset (it is this object's
        // field, or the same field of another); two offsets of this
        // object merged make it unknown.
        Push(Usr, A.Off, A.Min);
        continue;
      }
      if (auto *SI = dyn_cast<StoreInst>(Usr)) {
        if (SI->getPointerOperand() != P) {
          // The pointer itself is stored: its reloads.
          for (User *SU : SI->getPointerOperand()->users())
            if (auto *LI = dyn_cast<LoadInst>(SU);
                LI && LI->getType()->isPointerTy())
              Push(LI, A.Off, A.Min);
          continue;
        }
        uint64_t Len = DL.getTypeStoreSize(SI->getValueOperand()->getType())
                           .getFixedValue();
        if (Offset == AnyElement
                ? SI->getValueOperand()->getType()->isPointerTy() && Len == Size
                : A.Off && *A.Off == Offset && Len == Size)
          Out.push_back(SI);
        else if (Overlaps(A, Len))
          Complete = false;
        continue;
      }
      auto *CB = dyn_cast<CallBase>(Usr);
      if (!CB || CB->isCallee(&U))
        continue; // loads, compares
      if (auto *MI = dyn_cast<AnyMemIntrinsic>(CB)) {
        auto *Len = dyn_cast<ConstantInt>(MI->getLength());
        // Zeroing (what calloc did, before -O1 made the object a global):
        // a null pointer, fd 0; no socket, no object.
        if (auto *MS = dyn_cast<MemSetInst>(MI))
          if (auto *V = dyn_cast<ConstantInt>(MS->getValue()); V && V->isZero())
            continue;
        if (MI->getRawDest() == P &&
            Overlaps(A, Len ? Len->getZExtValue() : ~0ull)) {
          Complete = false;
        }
        continue;
      }
      if (isa<IntrinsicInst>(CB))
        continue;
      unsigned ArgNo = CB->getArgOperandNo(&U);
      auto *Callee =
          dyn_cast<Function>(CB->getCalledOperand()->stripPointerCasts());
      if (Callee && !Callee->isDeclaration()) {
        if (ArgNo < Callee->arg_size())
          Push(Callee->getArg(ArgNo), A.Off, A.Min);
        continue;
      }
      if (!Callee) {
        // Through a function pointer (c->read(c, ...)): into every
        // function it may call.
        for (Function &F : M)
          if (!F.isDeclaration() && F.hasAddressTaken() &&
              mayCallIndirectly(*CB, F) && ArgNo < F.arg_size())
            Push(F.getArg(ArgNo), A.Off, A.Min);
        continue;
      }
      // Registered with a callback: the handler gets it back.
      bool Registered = false;
      for (const EventLoop &EL : Info.Loops)
        for (const Callback &C : EL.Callbacks)
          if (C.Registration == CB && registeredArgument(C) == P &&
              C.Handler->arg_size() > 2) {
            Push(C.Handler->getArg(2), A.Off, A.Min);
            Registered = true;
          }
      StringRef Name = directCalleeName(*CB);
      if (Registered || Name == "free" || Name.starts_with("event_"))
        continue; // libevent keeps the pointer; free ends the object
      if (callMayWriteArg(*CB, ArgNo) && Overlaps(A, ~0ull))
        Complete = false;
    }
  }
}

namespace {

/// The struct and offset a field access names, wherever its pointer came
/// from: the base type and offset of its TBAA access tag when that is a
/// struct path (a scalar access `*p` tags the scalar type as its own
/// base), else a GEP on the struct type with constant indices.
std::optional<TypedField> accessedField(Instruction &I) {
  if (MDNode *Tag = I.getMetadata(LLVMContext::MD_tbaa)) {
    if (Tag->getNumOperands() < 3)
      return std::nullopt;
    auto *Base = dyn_cast<MDNode>(Tag->getOperand(0));
    auto *Access = dyn_cast<MDNode>(Tag->getOperand(1));
    auto *Off = mdconst::dyn_extract<ConstantInt>(Tag->getOperand(2));
    if (!Base || !Access || !Off || Base == Access)
      return std::nullopt;
    return TypedField(Base, Off->getSExtValue());
  }
  auto *GEP = dyn_cast<GEPOperator>(getLoadStorePointerOperand(&I));
  if (!GEP || !isa<StructType>(GEP->getSourceElementType()))
    return std::nullopt;
  const DataLayout &DL = I.getModule()->getDataLayout();
  APInt Off(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
  if (!GEP->accumulateConstantOffset(DL, Off))
    return std::nullopt;
  return TypedField(GEP->getSourceElementType(),
                                    Off.getSExtValue());
}

} // namespace

void LandmarkFinder::indexTypedStores() {
  if (TypedStores)
    return;
  TypedStores.emplace();
  // A struct that is a member of another is also written through the
  // outer struct's accesses, which name the outer type: not followed by
  // type. (In TBAA a struct node lists (member type, offset) pairs after
  // its name; a scalar node's second operand is its parent, a scalar that
  // is marked too, harmlessly: no struct is a scalar's parent.)
  SmallPtrSet<const MDNode *, 32> Nodes;
  SmallVector<const MDNode *, 32> Work;
  for (Function &F : M)
    for (Instruction &I : instructions(F)) {
      if (MDNode *Tag = I.getMetadata(LLVMContext::MD_tbaa))
        if (auto *Base = dyn_cast<MDNode>(Tag->getOperand(0)))
          if (Nodes.insert(Base).second)
            Work.push_back(Base);
      if (auto *SI = dyn_cast<StoreInst>(&I))
        if (std::optional<TypedField> TF = accessedField(*SI))
          (*TypedStores)[*TF].push_back(SI);
    }
  while (!Work.empty()) {
    const MDNode *N = Work.pop_back_val();
    for (unsigned I = 1; I < N->getNumOperands(); I += 2)
      if (auto *Member = dyn_cast<MDNode>(N->getOperand(I))) {
        EmbeddedTypes.insert(Member);
        if (Nodes.insert(Member).second)
          Work.push_back(Member);
      }
  }
  for (StructType *ST : M.getIdentifiedStructTypes())
    for (Type *E : ST->elements()) {
      while (auto *AT = dyn_cast<ArrayType>(E))
        E = AT->getElementType();
      if (isa<StructType>(E))
        EmbeddedTypes.insert(E);
    }
}

std::optional<TypedField> LandmarkFinder::typedFieldOf(Instruction &Access,
                                                       int64_t PtrOffset) {
  indexTypedStores();
  std::optional<TypedField> F = accessedField(Access);
  if (!F || F->second != PtrOffset || EmbeddedTypes.contains(F->first))
    return std::nullopt;
  return F;
}

void LandmarkFinder::typedFieldStores(TypedField Field, uint64_t Size,
                                      SmallVectorImpl<StoreInst *> &Out,
                                      bool &Complete) {
  indexTypedStores();
  const DataLayout &DL = M.getDataLayout();
  for (StoreInst *SI : TypedStores->lookup(Field)) {
    // A store of another width at the same offset (a union's member
    // tagged as a field): its value is not this field's.
    if (DL.getTypeStoreSize(SI->getValueOperand()->getType()) != Size)
      Complete = false;
    else if (!is_contained(Out, SI))
      Out.push_back(SI);
  }
}

} // namespace landmarks
} // namespace koffload
