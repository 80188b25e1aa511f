//===- ValueSources.cpp - Where an IR value may come from -----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/ValueSources.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

#include <memory>

using namespace llvm;

namespace koffload {

/// The function \p CB calls directly, also when the call's type is not the
/// function's: clang calls a K&R declaration (`int socket();`, declared
/// `i32 (...)`) with the argument types of the call, which
/// getCalledFunction() does not accept.
static Function *calledFunction(const CallBase &CB) {
  return dyn_cast<Function>(CB.getCalledOperand()->stripPointerCasts());
}

bool reachesByCalls(const Function &From, const Function &To) {
  SmallPtrSet<const Function *, 16> Seen{&From};
  SmallVector<const Function *, 16> Work{&From};
  while (!Work.empty()) {
    const Function *F = Work.pop_back_val();
    if (F == &To)
      return true;
    for (const Instruction &I : instructions(*F))
      if (const auto *CB = dyn_cast<CallBase>(&I))
        if (const Function *G = calledFunction(*CB);
            G && !G->isDeclaration() && Seen.insert(G).second)
          Work.push_back(G);
  }
  return false;
}

std::optional<unsigned> threadStartOperand(const CallBase &CB) {
  StringRef Name = directCalleeName(CB);
  unsigned Start;
  if (Name == "pthread_create")
    Start = 2;
  else if (Name == "thrd_create")
    Start = 1;
  else
    return std::nullopt;
  if (Start + 1 >= CB.arg_size())
    return std::nullopt;
  return Start;
}

StringRef directCalleeName(const CallBase &CB) {
  const Function *F = calledFunction(CB);
  if (!F)
    return {};
  StringRef Name = F->getName();
  // glibc redirects some calls under _FORTIFY_SOURCE and C99 modes.
  if (Name.consume_front("__isoc99_") || Name.consume_front("__isoc23_"))
    return Name;
  if (Name.ends_with("_chk") && Name.starts_with("__")) {
    StringRef Plain = Name.drop_front(2).drop_back(4);
    if (Plain == "recv" || Plain == "recvfrom" || Plain == "read" ||
        Plain == "poll" || Plain == "ppoll" || Plain == "sprintf" ||
        Plain == "snprintf" || Plain == "vsnprintf" || Plain == "vsprintf")
      return Plain;
  }
  return Name;
}

bool callsExternalFunction(const CallBase &CB) {
  const Function *F = calledFunction(CB);
  return F && F->isDeclaration() && !F->isIntrinsic();
}

bool mayCallIndirectly(const CallBase &CB, const Function &F) {
  if (CB.isInlineAsm() ||
      isa<Function>(CB.getCalledOperand()->stripPointerCasts()))
    return false;
  return CB.getFunctionType() == F.getFunctionType();
}

namespace {

/// True when the address of \p F can only be called from this module: \p F
/// is static and its address goes nowhere but into static tables that are
/// only read, and the pointers read from them are only called (a dispatch
/// table). Its callers are then its direct and indirect calls here.
bool addressStaysInModule(const Function &F) {
  if (!F.hasLocalLinkage())
    return false;
  SmallVector<const Value *, 8> Work;
  SmallPtrSet<const Value *, 16> Seen;
  for (const Use &U : F.uses()) {
    const auto *CB = dyn_cast<CallBase>(U.getUser());
    if (!CB || !CB->isCallee(&U))
      Work.push_back(U.getUser());
  }
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val();
    if (!Seen.insert(V).second)
      continue;
    if (Seen.size() > 64)
      return false;
    if (const auto *GV = dyn_cast<GlobalVariable>(V)) {
      // The table: only reads of it may follow.
      if (!GV->hasLocalLinkage())
        return false;
      for (const User *U : GV->users())
        Work.push_back(U);
      continue;
    }
    if (isa<ConstantAggregate>(V) || isa<ConstantExpr>(V) ||
        isa<GetElementPtrInst>(V) || isa<LoadInst>(V) || isa<CastInst>(V)) {
      for (const Use &U : V->uses()) {
        const auto *CB = dyn_cast<CallBase>(U.getUser());
        if (CB && CB->isCallee(&U))
          continue; // called: fine
        if (isa<LoadInst>(V) && !isa<GetElementPtrInst>(U.getUser()) &&
            !isa<CastInst>(U.getUser()))
          return false; // a loaded pointer that is not just called
        if (const auto *L = dyn_cast<LoadInst>(U.getUser());
            L && L->getPointerOperand() != U.get())
          return false;
        Work.push_back(U.getUser());
      }
      continue;
    }
    return false; // stored, passed, compared...
  }
  return true;
}

/// A memory object a pointer may point into, and the byte offset when known.
struct ObjectRef {
  Value *Object;
  std::optional<int64_t> Offset;
};

bool isTrackedObject(const Value *V) {
  if (isa<AllocaInst>(V) || isa<GlobalVariable>(V))
    return true;
  // Heap buffers (malloc, calloc) are objects too: an epoll event array is
  // often one.
  if (const auto *CB = dyn_cast<CallBase>(V))
    return callsExternalFunction(*CB) && CB->getType()->isPointerTy();
  return false;
}

/// Offset of ai_next in glibc's struct addrinfo on LP64 targets.
constexpr int64_t AddrinfoNextOffset = 40;

bool isEventWait(StringRef Name) {
  return Name == "epoll_wait" || Name == "epoll_pwait" ||
         Name == "epoll_pwait2";
}

/// Libc calls that take a pointer to an object but never write an fd-sized
/// integer into it that the walk would need to know about.
bool isHarmlessPointerUse(StringRef Name) {
  return Name == "poll" || Name == "ppoll" || Name == "select" ||
         Name == "pselect" || Name == "bind" || Name == "connect" ||
         Name == "sendto" || Name == "send" || Name == "write" ||
         Name == "printf" || Name == "fprintf" || Name == "puts" ||
         Name == "epoll_ctl" || Name == "setsockopt" || Name == "free" ||
         Name == "close" || Name == "freeaddrinfo";
}

/// The calls a walk looks up by kind rather than by use, collected once
/// per walk (and shared with the walks it starts) instead of once per
/// lookup: indirect calls by function type, and epoll_ctl() calls.
struct CallIndex {
  DenseMap<FunctionType *, SmallVector<CallBase *, 2>> IndirectCalls;
  SmallVector<CallBase *, 4> EpollCtls;
  /// Defined functions whose address is taken, by type, and whether that
  /// address stays in the module.
  DenseMap<FunctionType *, SmallVector<std::pair<Function *, bool>, 2>>
      Handlers;

  explicit CallIndex(Module &M) {
    for (Function &F : M)
      if (!F.isDeclaration() && F.hasAddressTaken())
        Handlers[F.getFunctionType()].push_back({&F, addressStaysInModule(F)});
    for (Function &F : M)
      for (Instruction &I : instructions(F)) {
        auto *CB = dyn_cast<CallBase>(&I);
        if (!CB)
          continue;
        if (!CB->isInlineAsm() &&
            !isa<Function>(CB->getCalledOperand()->stripPointerCasts()))
          IndirectCalls[CB->getFunctionType()].push_back(CB);
        else if (directCalleeName(*CB) == "epoll_ctl")
          EpollCtls.push_back(CB);
      }
  }
};

class Tracer {
public:
  explicit Tracer(unsigned MaxSteps,
                  std::shared_ptr<std::optional<CallIndex>> Index = nullptr)
      : StepsLeft(MaxSteps),
        Index(Index ? std::move(Index)
                    : std::make_shared<std::optional<CallIndex>>()) {}

  ValueSources run(Value *V) {
    walk(V);
    return std::move(Result);
  }

private:
  ValueSources Result;
  SmallPtrSet<Value *, 32> Visited;
  unsigned StepsLeft;
  std::shared_ptr<std::optional<CallIndex>> Index;

  const CallIndex &calls(Module &M) {
    if (!*Index)
      Index->emplace(M);
    return **Index;
  }

  void opaque(Value *V) {
    Result.Leaves.insert(V);
    Result.Complete = false;
  }

  void walk(Value *V) {
    if (!Visited.insert(V).second)
      return;
    if (StepsLeft == 0) {
      Result.Complete = false;
      return;
    }
    --StepsLeft;

    if (isa<Constant>(V) && !isa<GlobalValue>(V)) {
      Result.Leaves.insert(V);
      return;
    }
    // The address of a local or global object, or a constant offset into
    // one, is known exactly: a complete leaf (a sockaddr handed down to the
    // function that binds it).
    if (isa<AllocaInst>(V) || isa<GlobalValue>(V) ||
        (isa<GetElementPtrInst>(V) &&
         isa<AllocaInst, GlobalValue>(V->stripInBoundsConstantOffsets()))) {
      Result.Leaves.insert(V);
      return;
    }
    if (auto *CI = dyn_cast<CastInst>(V))
      return walk(CI->getOperand(0));
    if (auto *Phi = dyn_cast<PHINode>(V)) {
      for (Value *In : Phi->incoming_values())
        walk(In);
      return;
    }
    if (auto *Sel = dyn_cast<SelectInst>(V)) {
      walk(Sel->getTrueValue());
      walk(Sel->getFalseValue());
      return;
    }
    if (auto *FI = dyn_cast<FreezeInst>(V))
      return walk(FI->getOperand(0));
    if (auto *A = dyn_cast<Argument>(V))
      return walkArgument(A);
    if (auto *L = dyn_cast<LoadInst>(V))
      return walkLoad(L);
    if (auto *CB = dyn_cast<CallBase>(V))
      return walkCall(CB);
    opaque(V);
  }

  void walkArgument(Argument *A) {
    Function *F = A->getParent();
    bool SawCall = false;
    bool AddressTaken = false;
    for (Use &U : F->uses()) {
      auto *CB = dyn_cast<CallBase>(U.getUser());
      if (CB && CB->isCallee(&U)) {
        SawCall = true;
        if (A->getArgNo() < CB->arg_size())
          walk(CB->getArgOperand(A->getArgNo()));
        continue;
      }
      // A thread's start routine: its one parameter is the argument given
      // with it (UDPTokenBucketServer's worker gets `&serversocket`).
      if (std::optional<unsigned> Start =
              CB ? threadStartOperand(*CB) : std::nullopt;
          Start && U.getOperandNo() == *Start) {
        SawCall = true;
        if (A->getArgNo() == 0)
          walk(CB->getArgOperand(*Start + 1));
        continue;
      }
      AddressTaken = true;
    }
    if (AddressTaken) {
      // The indirect calls in the module that may reach F, such as a
      // dispatch table called with the request's fd, and callers we cannot
      // see unless the address stays in the module.
      bool Stays = false;
      for (auto [G, GStays] :
           calls(*F->getParent()).Handlers.lookup(F->getFunctionType()))
        if (G == F)
          Stays = GStays;
      if (!Stays)
        Result.Complete = false;
      for (CallBase *CB :
           calls(*F->getParent()).IndirectCalls.lookup(F->getFunctionType()))
        if (mayCallIndirectly(*CB, *F) && A->getArgNo() < CB->arg_size()) {
          SawCall = true;
          walk(CB->getArgOperand(A->getArgNo()));
        }
    }
    // No caller in the module (main, or a function only called from
    // elsewhere): the value comes from outside.
    if (!SawCall)
      opaque(A);
  }

  void walkCall(CallBase *CB) {
    Function *F = calledFunction(*CB);
    if (!F) {
      opaque(CB);
      return;
    }
    if (F->isDeclaration()) {
      // socket(), accept(), open(), htons(), an intrinsic...: a leaf.
      Result.Leaves.insert(CB);
      return;
    }
    // A user function returning the value: what it returns.
    bool SawReturn = false;
    for (BasicBlock &BB : *F)
      if (auto *Ret = dyn_cast<ReturnInst>(BB.getTerminator()))
        if (Value *RV = Ret->getReturnValue()) {
          SawReturn = true;
          walk(RV);
        }
    if (!SawReturn)
      opaque(CB);
  }

  /// The objects \p Ptr may point into. Pointers that were themselves
  /// stored and reloaded (every pointer argument at -O0) are traced back to
  /// their objects; their offsets are then unknown.
  SmallVector<ObjectRef, 2> objectsOf(Value *Ptr, bool &Complete) {
    SmallVector<ObjectRef, 2> Objects;
    const DataLayout &DL = cast<Instruction>(Ptr)->getModule()->getDataLayout();
    APInt Off(DL.getIndexTypeSizeInBits(Ptr->getType()), 0);
    Value *Base = Ptr->stripAndAccumulateConstantOffsets(
        DL, Off, /*AllowNonInbounds=*/true);
    std::optional<int64_t> Offset = Off.getSExtValue();
    Value *Underlying = getUnderlyingObject(Base);
    if (Underlying != Base)
      Offset.reset(); // a variable index in between
    if (isTrackedObject(Underlying)) {
      Objects.push_back({Underlying, Offset});
      return Objects;
    }
    // A pointer that came from somewhere: trace it with a fresh walk that
    // shares the remaining budget.
    Tracer Sub(StepsLeft / 2, Index);
    ValueSources PtrSources = Sub.run(Underlying);
    StepsLeft -= std::min(StepsLeft, Sub.StepsUsed());
    Complete &= PtrSources.Complete;
    for (Value *Leaf : PtrSources.Leaves) {
      Value *Obj = getUnderlyingObject(Leaf);
      if (isTrackedObject(Obj))
        Objects.push_back({Obj, offsetInto(Obj, Leaf, Offset, DL)});
      else
        Complete = false;
    }
    return Objects;
  }

  /// The offset into \p Obj of a pointer \p Off bytes past \p Leaf, when
  /// \p Leaf is a constant offset into \p Obj (`&srv`, `&srv.conn`).
  static std::optional<int64_t> offsetInto(Value *Obj, Value *Leaf,
                                           std::optional<int64_t> Off,
                                           const DataLayout &DL) {
    if (!Off || !Leaf->getType()->isPointerTy())
      return std::nullopt;
    APInt LeafOff(DL.getIndexTypeSizeInBits(Leaf->getType()), 0);
    if (Leaf->stripAndAccumulateConstantOffsets(DL, LeafOff, true) != Obj)
      return std::nullopt;
    return *Off + LeafOff.getSExtValue();
  }

  unsigned StepsUsed() const { return InitialSteps - StepsLeft; }
  unsigned InitialSteps = StepsLeft;

  /// `p->ai_next` of a node of a getaddrinfo() result list is another
  /// node of that list: its source is the getaddrinfo() call.
  bool walkAddrinfoNext(LoadInst *L) {
    if (!L->getType()->isPointerTy())
      return false;
    const DataLayout &DL = L->getModule()->getDataLayout();
    Value *Ptr = L->getPointerOperand();
    APInt Off(DL.getIndexTypeSizeInBits(Ptr->getType()), 0);
    Value *Base = Ptr->stripAndAccumulateConstantOffsets(DL, Off, true);
    if (Off != AddrinfoNextOffset)
      return false;
    Tracer Sub(StepsLeft / 2, Index);
    ValueSources Node = Sub.run(Base);
    StepsLeft -= std::min(StepsLeft, Sub.StepsUsed());
    SmallVector<CallBase *, 2> Lists = Node.callsTo({"getaddrinfo"});
    if (Lists.empty())
      return false;
    for (CallBase *G : Lists)
      Result.Leaves.insert(G);
    return true;
  }

  void walkLoad(LoadInst *L) {
    if (walkAddrinfoNext(L))
      return;
    Value *Ptr = L->getPointerOperand();
    if (!isa<Instruction>(Ptr) && !isa<GlobalVariable>(Ptr) &&
        !isa<Argument>(Ptr)) {
      opaque(L);
      return;
    }
    bool Complete = true;
    SmallVector<ObjectRef, 2> Objects;
    if (auto *GV = dyn_cast<GlobalVariable>(Ptr))
      Objects.push_back({GV, 0});
    else if (auto *A = dyn_cast<Argument>(Ptr)) {
      Tracer Sub(StepsLeft / 2, Index);
      ValueSources PtrSources = Sub.run(A);
      StepsLeft -= std::min(StepsLeft, Sub.StepsUsed());
      Complete &= PtrSources.Complete;
      const DataLayout &DL = L->getModule()->getDataLayout();
      for (Value *Leaf : PtrSources.Leaves) {
        Value *Obj = getUnderlyingObject(Leaf);
        if (isTrackedObject(Obj))
          Objects.push_back({Obj, offsetInto(Obj, Leaf, 0, DL)});
        else
          Complete = false;
      }
    } else
      Objects = objectsOf(Ptr, Complete);
    if (!Complete)
      Result.Complete = false;
    if (Objects.empty()) {
      opaque(L);
      return;
    }
    for (ObjectRef &Ref : Objects)
      walkStoresInto(Ref, L->getType(), *L->getModule());
  }

  /// Follows every store into \p Ref that could have produced a value of
  /// \p Ty, wherever in the module it happens (through pointers passed to
  /// other functions as well).
  void walkStoresInto(const ObjectRef &Ref, Type *Ty, Module &M) {
    const DataLayout &DL = M.getDataLayout();
    TypeSize Size = DL.getTypeStoreSize(Ty);
    if (auto *GV = dyn_cast<GlobalVariable>(Ref.Object))
      if (GV->hasInitializer() && Ref.Offset) {
        if (Constant *Init = ConstantFoldLoadFromConst(
                GV->getInitializer(), Ty,
                APInt(64, *Ref.Offset, /*isSigned=*/true), DL))
          Result.Leaves.insert(Init);
      }

    bool FilledByEventWait = false;
    SmallVector<CallBase *, 1> AddrinfoLists;
    SmallVector<std::optional<int64_t>, 4> Clobbers;
    for (auto [SI, Off] : storesInto(Ref.Object, M, FilledByEventWait,
                                     AddrinfoLists, Clobbers)) {
      Value *Stored = SI->getValueOperand();
      TypeSize StoredSize = DL.getTypeStoreSize(Stored->getType());
      bool Disjoint =
          Ref.Offset && Off &&
          (*Off + int64_t(StoredSize.getKnownMinValue()) <= *Ref.Offset ||
           *Ref.Offset + int64_t(Size.getKnownMinValue()) <= *Off);
      if (Disjoint)
        continue; // another field
      if (StoredSize != Size ||
          Stored->getType()->isPointerTy() != Ty->isPointerTy() ||
          (Ref.Offset && Off && *Off != *Ref.Offset)) {
        // A store that overlaps the value without being it (stores merged
        // at -O2, a union): its part of the value is not followed.
        if (Ref.Offset && Off)
          Result.Complete = false;
        continue;
      }
      walk(Stored);
    }
    // A call that gets a pointer into the object may have written the
    // value, unless it got a pointer past it (libc does not write before
    // the pointer it is given).
    for (std::optional<int64_t> C : Clobbers)
      if (!Ref.Offset || !C ||
          *C < *Ref.Offset + int64_t(Size.getKnownMinValue()))
        Result.Complete = false;
    // getaddrinfo(node, service, hints, &res) stores the head of its result
    // list: the call is where the pointer comes from.
    if (Ty->isPointerTy())
      for (CallBase *G : AddrinfoLists)
        Result.Leaves.insert(G);
    if (FilledByEventWait) {
      // The kernel fills an epoll event array with the data registered
      // through epoll_ctl; the registered fds are epoll_ctl's third argument.
      // Data that is not an fd (ev.data.ptr = conn, the usual way to find a
      // connection's state) is what was stored into the registered event's
      // data field, 4 bytes into the packed struct epoll_event.
      bool FdSized = !Ty->isPointerTy() && Size == 4;
      for (CallBase *CB : calls(M).EpollCtls) {
        if (FdSized && CB->arg_size() >= 3) {
          walk(CB->getArgOperand(2));
        } else if (!FdSized && CB->arg_size() >= 4) {
          Value *Ev = CB->getArgOperand(3);
          bool EvComplete = true;
          SmallVector<ObjectRef, 2> Events;
          if (auto *GV = dyn_cast<GlobalVariable>(Ev))
            Events.push_back({GV, 0});
          else if (isa<Instruction>(Ev))
            Events = objectsOf(Ev, EvComplete);
          if (!EvComplete)
            Result.Complete = false;
          for (ObjectRef &E : Events)
            walkStoresInto(
                {E.Object, E.Offset ? std::optional<int64_t>(*E.Offset + 4)
                                    : std::nullopt},
                Ty, M);
        }
      }
    }
  }

  /// A store into an object, with its offset from the object's start when
  /// that is a constant.
  struct ObjectStore {
    StoreInst *SI;
    std::optional<int64_t> Offset;
  };

  /// Stores whose address is derived from \p Object, directly or through
  /// a pointer to it passed to a defined function or stored and reloaded.
  /// \p Clobbers gets the offsets at which the object is handed to calls
  /// that may write it in ways not seen (recvfrom into a buffer field).
  SmallVector<ObjectStore, 8>
  storesInto(Value *Object, Module &M, bool &FilledByEventWait,
             SmallVectorImpl<CallBase *> &AddrinfoLists,
             SmallVectorImpl<std::optional<int64_t>> &Clobbers) {
    SmallVector<ObjectStore, 8> Stores;
    walkPointersInto(
        Object, M.getDataLayout(), 256,
        [&](Use &Us, std::optional<int64_t> Off, PushPointer Push) {
          Value *P = Us.get();
          User *U = Us.getUser();
          if (auto *SI = dyn_cast<StoreInst>(U)) {
            Stores.push_back({SI, Off});
            return;
          }
          if (isa<ConstantExpr>(U)) {
            Push(U, std::nullopt);
            return;
          }
          auto *CB = dyn_cast<CallBase>(U);
          if (!CB)
            return;
          Function *Callee = calledFunction(*CB);
          if (!Callee) {
            // Through a function pointer: into the program's own handlers of
            // that type, if that is all it can call.
            bool OnlyOwn = false;
            for (auto [F, Stays] :
                 calls(M).Handlers.lookup(CB->getFunctionType())) {
              OnlyOwn = Stays;
              if (!OnlyOwn)
                break;
              for (unsigned I = 0, E = CB->arg_size();
                   I != E && I < F->arg_size(); ++I)
                if (CB->getArgOperand(I) == P)
                  Push(F->getArg(I), Off);
            }
            if (!OnlyOwn)
              Clobbers.push_back(Off);
            return;
          }
          StringRef Name = directCalleeName(*CB);
          if (isEventWait(Name)) {
            FilledByEventWait = true;
            return;
          }
          if (Name == "getaddrinfo" && CB->arg_size() >= 4) {
            if (CB->getArgOperand(3) == P)
              AddrinfoLists.push_back(CB);
            return; // the other pointers (node, service, hints) are read
          }
          if (Callee->isDeclaration()) {
            if (!Callee->isIntrinsic() && !isHarmlessPointerUse(Name) &&
                !Callee->onlyReadsMemory())
              Clobbers.push_back(Off);
            return;
          }
          // A defined function receiving the pointer: its parameter aliases.
          for (unsigned I = 0, E = CB->arg_size();
               I != E && I < Callee->arg_size(); ++I)
            if (CB->getArgOperand(I) == P)
              Push(Callee->getArg(I), Off);
        });
    return Stores;
  }
};

} // namespace

void walkPointersInto(
    Value *Object, const DataLayout &DL, unsigned MaxPointers,
    function_ref<void(Use &, std::optional<int64_t>, PushPointer)> Visit) {
  DenseMap<Value *, std::optional<int64_t>> OffsetOf;
  SmallVector<Value *, 16> Work;
  auto Push = [&](Value *V, std::optional<int64_t> Off) {
    auto [It, New] = OffsetOf.try_emplace(V, Off);
    if (New) {
      Work.push_back(V);
    } else if (It->second && It->second != Off) {
      It->second.reset(); // reached at two offsets: unknown
      Work.push_back(V);
    }
  };
  Push(Object, 0);
  while (!Work.empty() && OffsetOf.size() <= MaxPointers) {
    Value *P = Work.pop_back_val();
    std::optional<int64_t> Off = OffsetOf.lookup(P);
    for (Use &U : P->uses()) {
      User *Usr = U.getUser();
      if (auto *GEP = dyn_cast<GEPOperator>(Usr)) {
        APInt D(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
        std::optional<int64_t> GOff;
        if (Off && GEP->getPointerOperand() == P &&
            GEP->accumulateConstantOffset(DL, D))
          GOff = *Off + D.getSExtValue();
        Push(GEP, GOff);
        continue;
      }
      if (isa<BitCastOperator>(Usr) || isa<AddrSpaceCastOperator>(Usr)) {
        Push(Usr, Off);
        continue;
      }
      if (isa<PHINode>(Usr) || isa<SelectInst>(Usr)) {
        Push(Usr, std::nullopt);
        continue;
      }
      if (auto *SI = dyn_cast<StoreInst>(Usr);
          SI && SI->getPointerOperand() != P) {
        // The pointer itself is stored: follow its reloads.
        for (User *SU : SI->getPointerOperand()->users())
          if (auto *LI = dyn_cast<LoadInst>(SU);
              LI && LI->getType()->isPointerTy())
            Push(LI, Off);
        continue;
      }
      Visit(U, Off, Push);
    }
  }
}

// clang gives libc declarations few attributes (sendto has none), so the
// libc functions a request path calls are listed: a reply's buffer is
// read, not written.
bool callMayWriteArg(const CallBase &CB, unsigned ArgNo) {
  if (CB.onlyReadsMemory() || CB.onlyReadsMemory(ArgNo))
    return false;
  static const StringMap<SmallVector<unsigned, 2>> WrittenArgs = {
      {"recv", {1}},        {"recvfrom", {1, 4, 5}}, {"recvmsg", {1}},
      {"read", {1}},        {"pread", {1}},          {"pread64", {1}},
      {"fread", {0, 3}},    {"fgets", {0, 2}},       {"snprintf", {0}},
      {"sprintf", {0}},     {"vsnprintf", {0}},      {"vsprintf", {0}},
      {"strcpy", {0}},      {"strncpy", {0}},        {"stpcpy", {0}},
      {"strcat", {0}},      {"strncat", {0}},        {"memcpy", {0}},
      {"memmove", {0}},     {"memset", {0}},         {"strtol", {1}},
      {"strtoul", {1}},     {"strtoll", {1}},        {"strtoull", {1}},
      {"inet_pton", {2}},   {"inet_ntop", {2}},      {"poll", {0}},
      {"ppoll", {0}},       {"select", {1, 2, 3}},   {"epoll_wait", {1}},
      {"accept", {1, 2}},   {"accept4", {1, 2}},     {"getsockname", {1, 2}},
      {"getpeername", {1, 2}}, {"clock_gettime", {1}}, {"gettimeofday", {0}},
      {"time", {0}},        {"stat", {1}},           {"fstat", {1}},
      {"fprintf", {0}},     {"fputs", {1}},          {"fwrite", {3}},
      {"fclose", {0}},      {"fflush", {0}}};
  static const StringSet<> ReadsOnly = {
      "send",   "sendto", "sendmsg", "write",  "pwrite",  "pwrite64",
      "printf", "puts",   "dprintf", "syslog", "strlen",  "strnlen",
      "strcmp", "strncmp", "memcmp", "bcmp",   "strchr",  "strrchr",
      "memchr", "strstr", "atoi",    "atol",   "fopen",   "open",
      "openat", "unlink", "bind",    "connect", "perror", "htons",
      "ntohs",  "htonl",  "ntohl",   "strdup", "strndup"};
  StringRef Name = directCalleeName(CB);
  auto It = WrittenArgs.find(Name);
  if (It != WrittenArgs.end())
    return is_contained(It->second, ArgNo);
  return !ReadsOnly.contains(Name);
}

SmallVector<CallBase *, 2>
ValueSources::callsTo(ArrayRef<StringRef> Names) const {
  SmallVector<CallBase *, 2> Calls;
  for (Value *Leaf : Leaves)
    if (auto *CB = dyn_cast<CallBase>(Leaf))
      if (callsExternalFunction(*CB) &&
          llvm::is_contained(Names, directCalleeName(*CB)))
        Calls.push_back(CB);
  return Calls;
}

std::optional<int64_t> ValueSources::uniqueConstant() const {
  if (!Complete || Leaves.empty())
    return std::nullopt;
  std::optional<int64_t> Value;
  for (llvm::Value *Leaf : Leaves) {
    if (!Leaf->getType()->isIntegerTy())
      return std::nullopt;
    std::optional<uint64_t> C = evaluateConstantInt(Leaf, 1);
    if (!C)
      return std::nullopt;
    unsigned Bits = Leaf->getType()->getIntegerBitWidth();
    int64_t V = APInt(Bits, *C).getSExtValue();
    if (Value && *Value != V)
      return std::nullopt;
    Value = V;
  }
  return Value;
}

std::optional<SmallVector<int64_t, 2>>
ValueSources::possibleConstants() const {
  if (!Complete || Leaves.empty())
    return std::nullopt;
  SmallVector<int64_t, 2> Values;
  for (llvm::Value *Leaf : Leaves) {
    if (!Leaf->getType()->isIntegerTy())
      return std::nullopt;
    std::optional<uint64_t> C = evaluateConstantInt(Leaf, 1);
    if (!C)
      return std::nullopt;
    unsigned Bits = Leaf->getType()->getIntegerBitWidth();
    int64_t V = APInt(Bits, *C).getSExtValue();
    if (!is_contained(Values, V))
      Values.push_back(V);
  }
  llvm::sort(Values);
  return Values;
}

ValueSources traceValueSources(Value *V, unsigned MaxSteps) {
  return Tracer(MaxSteps).run(V);
}

} // namespace koffload
