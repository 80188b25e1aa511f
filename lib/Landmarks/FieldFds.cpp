//===- FieldFds.cpp - Fds in struct fields, told apart by guards ----------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A server in memcached's idiom keeps every socket's fd in a struct conn
// (c->sfd) next to fields that say what the socket is (c->transport) and
// what it is doing (c->state); one handler serves them all, and a receive
// runs only for some: `if (IS_UDP(c->transport)) recvfrom(c->sfd, ...)`.
// For an fd loaded from a field, this stage finds the objects the pointer
// may point to (through parameters, the argument a libevent callback was
// registered with, indirect calls and the slots -O0 spills pointers to),
// the stores that fill the field, and the guards on the object's other
// fields on the way to the call (in its function and in all its callers).
// Each store of the fd is followed together with the stores of the guarded
// fields through the same pointer in the same function (`c->sfd = sfd;
// c->transport = transport;` in conn_new), back through each caller's
// arguments and through other objects (the queue item that carries an
// accepted fd to a worker); a path whose guarded values cannot meet the
// guards gives no socket. When the objects are not all seen (an item from
// a free list on a queue of an array of per-thread structs, memcached's
// dispatch_conn_new), the stores into the same field of the same struct
// type are followed instead (FieldStores.cpp). A guarded field set from
// another field of the object (`conn_set_state(c, c->write_and_go)`) is
// followed when both are filled with one value beside the fd.
//
// What is assumed, not checked: a field store and a guarded field's store
// through one pointer in one function fill one object (a connection reused
// for the same fd keeps its fd); the pointer is not copied through heap
// memory to code that writes the fields (the value walk makes the same
// assumption); a field is written only by accesses to it (see
// FieldStores.cpp). When the objects, the stores or the values are not all
// seen, the answer is "not known" and the caller keeps what it had.
//
//===----------------------------------------------------------------------===//

#include "Landmarks/LandmarkFinder.h"
#include "Support/ValueSources.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/GetElementPtrTypeIterator.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Operator.h"

using namespace llvm;

namespace koffload {
namespace landmarks {

namespace {

/// How deep and how long the joint walk goes before it gives up.
constexpr unsigned MaxJointDepth = 10;
constexpr unsigned MaxJointSteps = 2000;

/// The argument \p V is: itself, or at -O0 its reload from the slot the
/// argument was spilled to.
Argument *argumentOf(Value *V) {
  while (auto *Cast = dyn_cast<CastInst>(V))
    V = Cast->getOperand(0);
  if (auto *A = dyn_cast<Argument>(V))
    return A;
  auto *L = dyn_cast<LoadInst>(V);
  auto *Slot = L ? dyn_cast<AllocaInst>(L->getPointerOperand()) : nullptr;
  if (!Slot)
    return nullptr;
  Argument *Found = nullptr;
  for (User *U : Slot->users())
    if (auto *SI = dyn_cast<StoreInst>(U);
        SI && SI->getPointerOperand() == Slot) {
      auto *A = dyn_cast<Argument>(SI->getValueOperand());
      if (!A || (Found && Found != A))
        return nullptr;
      Found = A;
    }
  return Found;
}

/// What names a variable in its function: the -O0 slot it is reloaded
/// from, else the value.
Value *variableKey(Value *V) {
  while (auto *Cast = dyn_cast<CastInst>(V))
    V = Cast->getOperand(0);
  if (auto *L = dyn_cast<LoadInst>(V))
    if (isa<AllocaInst>(L->getPointerOperand()))
      return L->getPointerOperand();
  return V;
}

/// Two object pointers of one function name the same object: the same
/// variable, or a phi or select that merges the other (-O1: `c =
/// conns[sfd]; if (!c) { c = calloc(...); c->sfd = sfd; } c->transport =
/// transport;`).
bool sameObject(Value *A, Value *B) {
  if (A == B)
    return true;
  for (auto [X, Y] : {std::pair(A, B), std::pair(B, A)}) {
    if (auto *Phi = dyn_cast<PHINode>(X))
      if (is_contained(Phi->incoming_values(), Y))
        return true;
    if (auto *Sel = dyn_cast<SelectInst>(X))
      if (Sel->getTrueValue() == Y || Sel->getFalseValue() == Y)
        return true;
  }
  return false;
}

/// The object pointer a store writes a field of; through a phi of copies
/// of one field address (-O1 merging `c->state = ...` of an inlined setter
/// from several branches).
Value *storeBase(StoreInst *SI) {
  const DataLayout &DL = SI->getModule()->getDataLayout();
  auto Strip = [&](Value *P, int64_t &Off) {
    APInt A(DL.getIndexTypeSizeInBits(P->getType()), 0);
    P = P->stripAndAccumulateConstantOffsets(DL, A, true);
    Off += A.getSExtValue();
    return P;
  };
  int64_t Off = 0;
  Value *Base = Strip(SI->getPointerOperand(), Off);
  if (auto *Phi = dyn_cast<PHINode>(Base)) {
    Value *Common = nullptr;
    std::optional<int64_t> CommonOff;
    for (Value *In : Phi->incoming_values()) {
      int64_t InOff = 0;
      Value *InBase = Strip(In, InOff);
      if ((Common && Common != InBase) || (CommonOff && *CommonOff != InOff))
        return Base;
      Common = InBase;
      CommonOff = InOff;
    }
    if (Common)
      Base = Common;
  }
  return Base;
}

/// The object variable a store writes a field of.
Value *storeObject(StoreInst *SI) { return variableKey(storeBase(SI)); }

bool sameGuard(const FieldGuard &A, const FieldGuard &B) {
  return A.Offset == B.Offset && A.Size == B.Size && A.Equal == B.Equal &&
         A.Value == B.Value;
}

} // namespace

std::optional<LandmarkFinder::FieldLoad>
LandmarkFinder::fieldLoadOf(Value *V) const {
  while (auto *Cast = dyn_cast<CastInst>(V))
    V = Cast->getOperand(0);
  auto *L = dyn_cast<LoadInst>(V);
  if (!L || !L->getType()->isIntegerTy())
    return std::nullopt;
  const DataLayout &DL = M.getDataLayout();
  Value *Ptr = L->getPointerOperand();
  APInt Off(DL.getIndexTypeSizeInBits(Ptr->getType()), 0);
  Value *Base = Ptr->stripAndAccumulateConstantOffsets(DL, Off, true);
  // A local or global struct is the value walk's; here the object is
  // reached through a pointer.
  if (isa<AllocaInst>(Base) || isa<GlobalValue>(Base) || isa<Constant>(Base))
    return std::nullopt;
  return FieldLoad{L, Base, variableKey(Base), Off.getSExtValue(),
                   DL.getTypeStoreSize(L->getType()).getFixedValue()};
}

void LandmarkFinder::guardsAt(
    Instruction *At,
    function_ref<std::optional<std::pair<int64_t, uint64_t>>(Value *)> Tested,
    SmallVectorImpl<FieldGuard> &Out) {
  Function *F = At->getFunction();
  DominatorTree &DT = FAM.getResult<DominatorTreeAnalysis>(*F);
  auto Add = [&](FieldGuard G) {
    if (none_of(Out, [&](const FieldGuard &O) { return sameGuard(O, G); }))
      Out.push_back(G);
  };
  for (BasicBlock &BB : *F) {
    if (!DT.isReachableFromEntry(&BB))
      continue;
    Instruction *T = BB.getTerminator();
    if (auto *Br = dyn_cast<BranchInst>(T); Br && Br->isConditional()) {
      if (Br->getSuccessor(0) == Br->getSuccessor(1))
        continue;
      // `!IS_UDP(c->transport)` at -O0 is the compare xor true.
      Value *Cond = Br->getCondition();
      bool Negated = false;
      while (auto *X = dyn_cast<BinaryOperator>(Cond)) {
        auto *One = dyn_cast<ConstantInt>(X->getOperand(1));
        if (X->getOpcode() != Instruction::Xor || !One || !One->isOne())
          break;
        Negated = !Negated;
        Cond = X->getOperand(0);
      }
      auto *Cmp = dyn_cast<ICmpInst>(Cond);
      if (!Cmp || !Cmp->isEquality())
        continue;
      auto *K = dyn_cast<ConstantInt>(Cmp->getOperand(1));
      if (!K)
        continue;
      auto Field = Tested(Cmp->getOperand(0));
      if (!Field)
        continue;
      bool EqualOnTrue = (Cmp->getPredicate() == ICmpInst::ICMP_EQ) != Negated;
      for (unsigned S = 0; S < 2; ++S)
        if (DT.dominates(BasicBlockEdge(&BB, Br->getSuccessor(S)),
                         At->getParent()))
          Add({Field->first, Field->second, EqualOnTrue == (S == 0),
               K->getSExtValue()});
      continue;
    }
    if (auto *SW = dyn_cast<SwitchInst>(T)) {
      auto Field = Tested(SW->getCondition());
      if (!Field)
        continue;
      for (auto Case : SW->cases()) {
        BasicBlock *Dest = Case.getCaseSuccessor();
        if (Dest == SW->getDefaultDest() ||
            count_if(successors(&BB),
                     [&](BasicBlock *S) { return S == Dest; }) != 1)
          continue;
        if (DT.dominates(BasicBlockEdge(&BB, Dest), At->getParent()))
          Add({Field->first, Field->second, true,
               Case.getCaseValue()->getSExtValue()});
      }
    }
  }
}

void LandmarkFinder::fieldGuardsOn(Value *Base, Instruction *At,
                                   int64_t FdOffset,
                                   SmallVectorImpl<FieldGuard> &Out,
                                   unsigned Depth) {
  Value *Key = variableKey(Base);
  guardsAt(
      At,
      [&](Value *V) -> std::optional<std::pair<int64_t, uint64_t>> {
        std::optional<FieldLoad> FL = fieldLoadOf(V);
        if (FL && FL->Offset != FdOffset && sameObject(FL->Key, Key))
          return std::pair(FL->Offset, FL->Size);
        return std::nullopt;
      },
      Out);
  // The object is a parameter: what every caller tested on its argument.
  Argument *A = argumentOf(Base);
  if (!A || Depth >= 4)
    return;
  bool Complete = true;
  SmallVector<CallBase *, 4> Sites = callersOf(*A->getParent(), Complete);
  if (!Complete || Sites.empty())
    return;
  std::optional<SmallVector<FieldGuard, 4>> Common;
  for (CallBase *CS : Sites) {
    if (A->getArgNo() >= CS->arg_size())
      return;
    SmallVector<FieldGuard, 4> Here;
    fieldGuardsOn(CS->getArgOperand(A->getArgNo()), CS, FdOffset, Here,
                  Depth + 1);
    if (!Common) {
      Common = Here;
      continue;
    }
    llvm::erase_if(*Common, [&](const FieldGuard &G) {
      return none_of(Here,
                     [&](const FieldGuard &H) { return sameGuard(G, H); });
    });
  }
  for (const FieldGuard &G : *Common)
    if (none_of(Out, [&](const FieldGuard &O) { return sameGuard(O, G); }))
      Out.push_back(G);
}

const Callback *LandmarkFinder::callbackOf(const Function &F) const {
  for (const EventLoop &EL : Info.Loops)
    for (const Callback &C : EL.Callbacks)
      if (C.Handler == &F && C.Registration)
        return &C;
  return nullptr;
}

Value *LandmarkFinder::registeredArgument(const Callback &C) const {
  // libevent: event_new(base, fd, what, cb, arg), event_set(ev, fd, what,
  // cb, arg), event_assign(ev, base, fd, what, cb, arg): the argument
  // after the callback is the handler's third parameter.
  if (C.FdArg != 0 || C.FdField)
    return nullptr;
  CallBase *R = C.Registration;
  for (unsigned I = 0; I + 1 < R->arg_size(); ++I)
    if (R->getArgOperand(I)->stripPointerCasts() == C.Handler)
      return R->getArgOperand(I + 1);
  return nullptr;
}

SmallVector<CallBase *, 4> LandmarkFinder::callersOf(Function &F,
                                                     bool &Complete) {
  SmallVector<CallBase *, 4> Sites;
  bool AddressTaken = false;
  for (Use &U : F.uses()) {
    auto *CB = dyn_cast<CallBase>(U.getUser());
    if (CB && CB->isCallee(&U)) {
      Sites.push_back(CB);
      continue;
    }
    AddressTaken = true;
    // Handed to a library (a callback, a thread): it calls F, unseen.
    if (CB && callsExternalFunction(*CB))
      Complete = false;
  }
  if (AddressTaken)
    for (CallBase *CB : Calls)
      if (mayCallIndirectly(*CB, F))
        Sites.push_back(CB);
  // No call at all: in a whole program (it has main) a function nothing
  // calls or takes the address of never runs (the copy -O1 keeps of an
  // extern function it inlined everywhere); else a library's caller.
  const Function *Main = F.getParent()->getFunction("main");
  bool Dead = F.use_empty() && &F != Main && Main && !Main->isDeclaration();
  if (Sites.empty() && !Dead)
    Complete = false;
  return Sites;
}

void LandmarkFinder::possibleValues(Value *V, Instruction *At,
                                    SmallVectorImpl<int64_t> &Out, bool &Known,
                                    unsigned Depth) {
  SmallVector<Value *, 4> Leaves;
  bool Complete = true;
  jointLeaves(V, {}, At, Leaves, Complete, Depth + 1);
  if (!Complete) {
    Known = false;
    return;
  }
  for (Value *Leaf : Leaves) {
    std::optional<SmallVector<int64_t, 2>> Cs =
        traceValueSources(Leaf).possibleConstants();
    if (!Cs) {
      Known = false;
      return;
    }
    for (int64_t C : *Cs)
      if (!is_contained(Out, C))
        Out.push_back(C);
  }
}

bool LandmarkFinder::mayMeet(Value *V, const FieldGuard &G, Instruction *At,
                             unsigned Depth) {
  SmallVector<int64_t, 4> Values;
  bool Known = true;
  possibleValues(V, At, Values, Known, Depth);
  return !Known || any_of(Values, [&](int64_t X) { return G.allows(X); });
}

std::optional<int64_t> LandmarkFinder::copiedField(StoreInst *DS,
                                                   const FieldGuard &G,
                                                   unsigned Depth) {
  Value *Obj = storeObject(DS);
  Value *V = DS->getValueOperand();
  auto FieldOfObj = [&](Value *X, Value *Of) -> std::optional<int64_t> {
    std::optional<FieldLoad> FL = fieldLoadOf(X);
    if (FL && FL->Size == G.Size && FL->Offset != G.Offset &&
        sameObject(FL->Key, variableKey(Of)))
      return FL->Offset;
    return std::nullopt;
  };
  if (std::optional<int64_t> Off = FieldOfObj(V, Obj))
    return Off;
  // A setter: each caller passes the object and one of its fields, or a
  // value that cannot meet the test.
  Argument *A = argumentOf(V), *B = argumentOf(storeBase(DS));
  if (!A || !B || A->getParent() != B->getParent())
    return std::nullopt;
  bool Complete = true;
  std::optional<int64_t> Found;
  for (CallBase *CS : callersOf(*A->getParent(), Complete)) {
    if (std::max(A->getArgNo(), B->getArgNo()) >= CS->arg_size())
      return std::nullopt;
    Value *Arg = CS->getArgOperand(A->getArgNo());
    std::optional<int64_t> Off =
        FieldOfObj(Arg, CS->getArgOperand(B->getArgNo()));
    if (!Off) {
      if (mayMeet(Arg, G, CS, Depth))
        return std::nullopt;
      continue;
    }
    if (Found && *Found != *Off)
      return std::nullopt;
    Found = Off;
  }
  return Complete ? Found : std::nullopt;
}

void LandmarkFinder::jointLeaves(Value *X, SmallVector<GuardedValue, 2> Conds,
                                 Instruction *At,
                                 SmallVectorImpl<Value *> &Leaves,
                                 bool &Complete, unsigned Depth) {
  if (Depth > MaxJointDepth || JointSteps == 0) {
    Complete = false;
    return;
  }
  --JointSteps;
  while (auto *Cast = dyn_cast<CastInst>(X))
    X = Cast->getOperand(0);
  // What the path to At tests on X itself (`if (IS_UDP(transport)) ...
  // else conn_new(sfd, ..., transport)`) holds for the caller's value too.
  if (argumentOf(X)) {
    SmallVector<FieldGuard, 2> Own;
    Value *Key = variableKey(X);
    guardsAt(
        At,
        [&](Value *V) -> std::optional<std::pair<int64_t, uint64_t>> {
          if (variableKey(V) == Key && !isa<Constant>(Key))
            return std::pair(int64_t(0), uint64_t(0));
          return std::nullopt;
        },
        Own);
    for (const FieldGuard &G : Own)
      Conds.push_back({X, G});
  }
  // Conditions on constants are decided here.
  for (auto It = Conds.begin(); It != Conds.end();) {
    Value *V = It->V;
    while (auto *Cast = dyn_cast<CastInst>(V))
      V = Cast->getOperand(0);
    if (auto *C = dyn_cast<ConstantInt>(V)) {
      if (!It->G.allows(C->getSExtValue()))
        return; // no such path
      It = Conds.erase(It);
      continue;
    }
    ++It;
  }

  // X is a parameter: each caller's arguments, with the conditions on the
  // other parameters; conditions on anything else are decided here.
  if (Argument *A = argumentOf(X)) {
    Function &F = *A->getParent();
    SmallVector<std::pair<unsigned, FieldGuard>, 2> OnArgs;
    for (const GuardedValue &C : Conds) {
      Argument *CA = argumentOf(C.V);
      if (CA && CA->getParent() == &F)
        OnArgs.push_back({CA->getArgNo(), C.G});
      else if (!mayMeet(C.V, C.G, At, Depth))
        return;
    }
    bool SitesComplete = true;
    SmallVector<CallBase *, 4> Sites = callersOf(F, SitesComplete);
    if (!SitesComplete) {
      Leaves.push_back(X); // its other callers are not seen
      return;
    }
    for (CallBase *CS : Sites) {
      if (A->getArgNo() >= CS->arg_size() ||
          any_of(OnArgs, [&](auto &P) { return P.first >= CS->arg_size(); }))
        continue;
      SmallVector<GuardedValue, 2> Next;
      for (auto [ArgNo, G] : OnArgs)
        Next.push_back({CS->getArgOperand(ArgNo), G});
      jointLeaves(CS->getArgOperand(A->getArgNo()), Next, CS, Leaves, Complete,
                  Depth + 1);
    }
    return;
  }

  // X is a field of an object: the stores that filled it, each with the
  // stores of the tested fields beside it.
  std::optional<FieldLoad> FX = fieldLoadOf(X);
  if (!FX) {
    for (const GuardedValue &C : Conds)
      if (!mayMeet(C.V, C.G, At, Depth))
        return;
    Leaves.push_back(X);
    return;
  }
  SmallVector<FieldGuard, 2> OnFields;
  for (const GuardedValue &C : Conds) {
    std::optional<FieldLoad> FC = fieldLoadOf(C.V);
    if (FC && FC->Offset != FX->Offset && sameObject(FC->Key, FX->Key))
      OnFields.push_back({FC->Offset, FC->Size, C.G.Equal, C.G.Value});
    else if (!mayMeet(C.V, C.G, At, Depth))
      return;
  }
  SmallVector<FieldGuard, 4> Tested;
  fieldGuardsOn(FX->Base, At, FX->Offset, Tested);
  OnFields.append(Tested.begin(), Tested.end());

  auto RIt = RootCache.find(FX->Base);
  if (RIt == RootCache.end()) {
    std::pair<SmallVector<Value *, 2>, bool> Found{{}, true};
    SmallPtrSet<Value *, 16> Seen;
    objectRoots(FX->Base, Found.first, Found.second, Seen);
    RIt = RootCache.try_emplace(FX->Base, std::move(Found)).first;
  }
  SmallVector<Value *, 2> Roots = RIt->second.first;
  bool RootsComplete = RIt->second.second;
  SmallVector<StoreInst *, 4> Stores;
  bool StoresComplete = RootsComplete && !Roots.empty();
  if (StoresComplete)
    fieldStores(Roots, FX->Offset, FX->Size, Stores, StoresComplete);
  // The objects or their stores are not all seen (an item from a free
  // list, handed over in a queue, in an array of per-thread structs): the
  // stores into the same field of the same struct type, wherever they are.
  std::optional<TypedField> Typed, FdType = typedFieldOf(*FX->Load, FX->Offset);
  if (!StoresComplete || Stores.empty()) {
    Typed = FdType;
    Stores.clear();
    StoresComplete = Typed.has_value();
    if (Typed)
      typedFieldStores(*Typed, FX->Size, Stores, StoresComplete);
  }
  if (!StoresComplete || Stores.empty()) {
    Leaves.push_back(X); // left to the value walk
    return;
  }
  auto StoresOf = [&](const FieldGuard &FC, SmallVectorImpl<StoreInst *> &S,
                      bool &C) {
    if (!Typed) {
      fieldStores(Roots, FC.Offset, FC.Size, S, C);
      if (C || !FdType)
        return;
      // (A write into the objects may change the tested field: then its
      // stores by type, which include the objects'.)
      S.clear();
      C = true;
    }
    typedFieldStores({FdType->first, FC.Offset}, FC.Size, S, C);
  };
  auto StoreKey = [](StoreInst *SI) { return storeObject(SI); };
  auto PairedWith = [&](ArrayRef<StoreInst *> With, StoreInst *DS) {
    return any_of(With, [&](StoreInst *TS) {
      return TS->getFunction() == DS->getFunction() &&
             sameObject(StoreKey(TS), StoreKey(DS));
    });
  };
  // A tested field is followed only when all its stores are seen and none
  // outside the fd's stores' functions may set a value the test allows
  // (`c->state = conn_read` after the connection is made).
  SmallVector<SmallVector<StoreInst *, 4>, 2> CondStores;
  SmallVector<bool, 2> Followed;
  for (const FieldGuard &FC : OnFields) {
    SmallVector<StoreInst *, 4> S;
    bool C = true;
    StoresOf(FC, S, C);
    bool Follow = C;
    std::optional<int64_t> Copied;
    for (StoreInst *DS : S) {
      if (!Follow || PairedWith(Stores, DS) ||
          !mayMeet(DS->getValueOperand(), FC, DS, Depth))
        continue;
      std::optional<int64_t> G = copiedField(DS, FC, Depth);
      if (!G || (Copied && *Copied != *G))
        Follow = false;
      Copied = G;
    }
    // `conn_set_state(c, c->write_and_go)`: the tested value may come from
    // another field of the object; it is followed when that field's store
    // beside the fd stores what the tested field's store there does
    // (`c->state = init_state; c->write_and_go = init_state;`), and its
    // stores elsewhere cannot meet the test.
    if (Follow && Copied) {
      SmallVector<StoreInst *, 4> GS;
      StoresOf({*Copied, FC.Size, FC.Equal, FC.Value}, GS, Follow);
      for (StoreInst *GSt : GS) {
        if (!Follow)
          break;
        if (!PairedWith(Stores, GSt)) {
          Follow = !mayMeet(GSt->getValueOperand(), FC, GSt, Depth);
          continue;
        }
        Follow = any_of(S, [&](StoreInst *DS) {
          return DS->getFunction() == GSt->getFunction() &&
                 sameObject(StoreKey(DS), StoreKey(GSt)) &&
                 variableKey(DS->getValueOperand()) ==
                     variableKey(GSt->getValueOperand());
        });
      }
    }
    CondStores.push_back(std::move(S));
    Followed.push_back(Follow);
  }
  for (StoreInst *TS : Stores) {
    SmallVector<GuardedValue, 2> Next;
    for (unsigned I = 0; I < OnFields.size(); ++I) {
      if (!Followed[I])
        continue;
      StoreInst *Beside = nullptr;
      unsigned Count = 0;
      for (StoreInst *DS : CondStores[I])
        if (DS->getFunction() == TS->getFunction() &&
            sameObject(StoreKey(TS), StoreKey(DS))) {
          Beside = DS;
          ++Count;
        }
      if (Count == 1)
        Next.push_back({Beside->getValueOperand(), OnFields[I]});
    }
    jointLeaves(TS->getValueOperand(), Next, TS, Leaves, Complete, Depth + 1);
  }
}

std::optional<SmallVector<unsigned, 1>>
LandmarkFinder::fieldFdSockets(Value *Fd, Instruction *At) {
  std::optional<FieldLoad> FL = fieldLoadOf(Fd);
  if (!FL)
    return std::nullopt;
  SmallVector<Value *, 4> Leaves;
  bool Complete = true;
  JointSteps = MaxJointSteps;
  jointLeaves(Fd, {}, At, Leaves, Complete, 0);
  if (!Complete)
    return std::nullopt;
  SmallVector<unsigned, 1> Ids;
  for (Value *Leaf : Leaves) {
    if (Leaf == Fd)
      return std::nullopt; // not followed anywhere: the value walk's
    ValueSources S = traceValueSources(Leaf);
    if (!S.Complete)
      return std::nullopt;
    for (CallBase *Origin : S.callsTo({"socket", "accept", "accept4"})) {
      auto It = SocketIdOfCreator.find(Origin);
      if (It != SocketIdOfCreator.end() && !is_contained(Ids, It->second))
        Ids.push_back(It->second);
    }
  }
  llvm::sort(Ids);
  return Ids;
}

std::optional<unsigned> LandmarkFinder::loopOfPointerCalls(Function &F) {
  // c->sendmsg = tcp_sendmsg: called through the pointer from the state
  // machine; the loop is that of every such call, when they agree.
  if (!F.hasAddressTaken())
    return std::nullopt;
  bool Complete = true;
  std::optional<unsigned> Loop;
  for (CallBase *CS : callersOf(F, Complete)) {
    std::optional<unsigned> Here = governingLoop(CS);
    if (!Here || (Loop && *Loop != *Here))
      return std::nullopt;
    Loop = Here;
  }
  return Complete ? Loop : std::nullopt;
}

void LandmarkFinder::findFieldListeners() {
  bool Changed = false;
  for (Socket &S : Info.Sockets) {
    if (!S.Creator || roleOf(*S.Creator) != CallRole::Accept)
      continue;
    std::optional<SmallVector<unsigned, 1>> From =
        fieldFdSockets(S.Creator->getArgOperand(0), S.Creator);
    if (!From || From->empty())
      continue;
    setListeners(S, *From);
    Changed = true;
  }
  if (!Changed)
    return;
  Listeners.clear();
  for (const Socket &S : Info.Sockets)
    Listeners.insert(S.AcceptedFrom.begin(), S.AcceptedFrom.end());
  for (CallBase *CB : Calls)
    if (roleOf(*CB) == CallRole::Listen && CB->arg_size() >= 1)
      for (unsigned Id : socketsOfFd(CB->getArgOperand(0)))
        Listeners.insert(Id);
}

} // namespace landmarks
} // namespace koffload
