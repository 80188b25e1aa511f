//===- SplitUser.cpp - The user half of a split ---------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "User/SplitUser.h"
#include "User/SplitTCP.h"
#include "User/SharedHeap.h"
#include "User/LogReplay.h"
#include "Landmarks/Landmarks.h"
#include "Plan/LoopLocals.h"
#include "Plan/Plan.h"
#include "Support/Refusal.h"
#include "Support/Remarks.h"
#include "Support/ValueSources.h"
#include "Support/WordUpdates.h"
#include "koffload/abi.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/Analysis/ValueTracking.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/ReplaceConstant.h"

using namespace llvm;

namespace koffload {

namespace {

/// Is \p GV's address (or an address in it) stored in some global's
/// initializer? Then a pointer indirection would not reach that use.
bool inInitializer(const GlobalVariable *GV) {
  SmallVector<const User *, 8> Work(GV->users());
  SmallPtrSet<const User *, 16> Seen;
  while (!Work.empty()) {
    const User *U = Work.pop_back_val();
    if (!Seen.insert(U).second)
      continue;
    if (isa<GlobalVariable>(U))
      return true;
    if (isa<Constant>(U))
      append_range(Work, U->users());
  }
  return false;
}

/// The userspace updates of \p GV, or an error for one that is not an
/// add or sub of its own word, or not a simple one (WordUpdates.h: the
/// offload's rules). The planner classified the global atomic-rmw, so no
/// decision is taken on the value and no other word feeds it.
Expected<SmallVector<WordUpdate, 4>> wordUpdatesOf(GlobalVariable *GV) {
  SmallVector<WordUpdate, 4> Out;
  for (StoreInst *St : storesInto(*GV)) {
    Expected<std::optional<WordUpdate>> W = matchWordUpdate(*St);
    if (!W)
      return W.takeError();
    if (!*W)
      return refuse("an update of " + GV->getName() +
                    " that is not an add or sub of its own word");
    Out.push_back(**W);
  }
  return Out;
}

/// The instructions that may write into \p GV: stores through a pointer
/// into it, and calls that may write through one; pointers are followed
/// into the program's own functions and back out through their return
/// values. None when such a pointer goes where the walk cannot follow it
/// (into an integer, or into a call through a pointer).
std::optional<SmallVector<Instruction *, 8>>
writesInto(GlobalVariable *GV, const DataLayout &DL) {
  SmallVector<Instruction *, 8> Writes;
  bool Lost = false;
  walkPointersInto(GV, DL, 4096, [&](Use &U, std::optional<int64_t>,
                                     PushPointer Push) {
    User *Usr = U.getUser();
    if (isa<LoadInst>(Usr) || isa<ICmpInst>(Usr) ||
        isa<DbgInfoIntrinsic>(Usr) || isa<Constant>(Usr))
      return;
    if (auto *St = dyn_cast<StoreInst>(Usr)) {
      Writes.push_back(St); // through the pointer (walkPointersInto
      return;               // follows a pointer stored as a value)
    }
    if (isa<AtomicRMWInst>(Usr) || isa<AtomicCmpXchgInst>(Usr)) {
      Writes.push_back(cast<Instruction>(Usr));
      return;
    }
    if (auto *Ret = dyn_cast<ReturnInst>(Usr)) {
      for (User *Caller : Ret->getFunction()->users())
        if (auto *CB = dyn_cast<CallBase>(Caller);
            CB && CB->getCalledOperand() == Ret->getFunction())
          Push(CB, std::nullopt);
      return;
    }
    if (auto *CB = dyn_cast<CallBase>(Usr); CB && CB->isArgOperand(&U)) {
      if (CB->isLifetimeStartOrEnd())
        return;
      unsigned ArgNo = CB->getArgOperandNo(&U);
      Function *Callee = CB->getCalledFunction();
      if (Callee && !Callee->isDeclaration() &&
          ArgNo < Callee->arg_size()) {
        Push(Callee->getArg(ArgNo), std::nullopt);
        return;
      }
      if (!Callee && !isa<IntrinsicInst>(CB)) {
        Lost = true; // a call through a pointer
        return;
      }
      if (callMayWriteArg(*CB, ArgNo))
        Writes.push_back(CB);
      return;
    }
    Lost = true; // ptrtoint and the like
  });
  if (Lost)
    return std::nullopt;
  return Writes;
}

/// The registration (event_new, event_assign) of a callback of event loop
/// \p Loop whose argument is the address of \p GV: the library hands the
/// pointer to the callback, past anything the split rewrites.
const CallBase *registeredWithAddressOf(const LandmarkInfo &Info,
                                        unsigned Loop,
                                        const GlobalVariable *GV) {
  for (const Callback &CB : Info.Loops[Loop].Callbacks) {
    if (!CB.Registration || CB.FdField)
      continue;
    Value *Arg =
        CB.Registration->getArgOperand(CB.Registration->arg_size() - 1);
    ValueSources S = traceValueSources(Arg);
    for (Value *Leaf : S.Leaves)
      if (getUnderlyingObject(Leaf) == GV)
        return CB.Registration;
  }
  return nullptr;
}

} // namespace

Error splitUserModule(Module &M, const Candidate &C, const LandmarkInfo &Info,
                      ArrayRef<char> Object) {
  LLVMContext &Ctx = M.getContext();
  const DataLayout &DL = M.getDataLayout();
  Type *Ptr = PointerType::get(Ctx, 0), *I32 = Type::getInt32Ty(Ctx),
       *I64 = Type::getInt64Ty(Ctx);

  // The shared globals: each seeded into the map memory when the offload
  // starts; those written after start-up (by either side: the offload's
  // requests fall back to the same code in userspace) reached through a
  // pointer from then on.
  struct Entry {
    GlobalVariable *GV;
    bool Written;  ///< after start-up: reached through Slot
    bool Record;   ///< and under the record protocol
    GlobalVariable *Slot = nullptr;
    /// A record only userspace writes: its word is taken at a request's
    /// first write (before each of these), not at every receive, so
    /// requests that only read it never make the offload fall back.
    std::optional<SmallVector<Instruction *, 8>> UserWrites;
  };
  SmallVector<Entry, 4> Entries;
  SmallVector<WordUpdate, 8> Updates; ///< of atomic-rmw words, in userspace
  // Everything that can refuse comes first: the module is left as it was.
  // Counters main keeps in locals and the plan shares are globals in the
  // working copy (LoopLocals.h): here too, undone on a refusal.
  SmallVector<LoopLocal, 2> Locals;
  for (const LoopLocal &L : loopCarriedLocals(Info))
    if (any_of(C.Shared,
               [&](const SharedGlobal &G) { return G.Name == L.GlobalName; }))
      Locals.push_back(L);
  PromotedLocals Promoted =
      promoteLocals(Locals, [](const Value *V) { return const_cast<Value *>(V); });
  auto Refused = make_scope_exit([&] { Promoted.undo(); });
  for (const SharedGlobal &G : C.Shared) {
    // The heap's record: its word is the runtime's (koffload-heap.c).
    bool Heap = G.Name == KOFFLOAD_HEAP_BASE_GLOBAL;
    if (Heap && !M.getNamedGlobal(G.Name))
      new GlobalVariable(M, I64, false, GlobalValue::ExternalLinkage, nullptr,
                         G.Name);
    GlobalVariable *GV = M.getNamedGlobal(G.Name);
    if (!GV)
      return refuse("the shared global " + G.Name + " is not in the program");
    bool W = G.KernelWrites || G.UserWrites;
    if (W && G.Need == SyncNeed::AtomicRMW) {
      Expected<SmallVector<WordUpdate, 4>> U = wordUpdatesOf(GV);
      if (!U)
        return U.takeError();
      Updates.append(U->begin(), U->end());
    }
    if (W && inInitializer(GV))
      return refuse("the address of " + G.Name +
                    " is stored in data, where no pointer reaches it");
    if (W)
      if (const CallBase *Reg = registeredWithAddressOf(Info, C.Loop, GV))
        return refuse("the address of " + G.Name + " is the argument " +
                      directCalleeName(*Reg) + " gives the callback, where "
                      "the split cannot make its updates atomic");
    Entry &E =
        Entries.emplace_back(Entry{GV, W, W && G.Need == SyncNeed::RecordProtocol});
    // Userspace writes the heap through any pointer: its record is taken
    // for the whole request.
    if (E.Record && !G.KernelWrites && !Heap)
      E.UserWrites = writesInto(GV, DL);
  }
  // A socket a framework creates and binds (-koffload-handler-socket): the
  // offload starts at the handler's first request, on its fd parameter.
  SmallVector<std::pair<Function *, unsigned>, 1> HandlerStarts;
  if (Info.Sockets[C.Socket].isDescribed())
    for (const Callback &CB : Info.Loops[C.Loop].Callbacks)
      if (!CB.Registration && !CB.FdField && is_contained(CB.Sockets, C.Socket))
        HandlerStarts.push_back({CB.Handler, CB.FdArg});
  // A TCP connection's offload starts at its listener's bind.
  SmallVector<const Binding *, 2> Bindings;
  const Socket &Sock = Info.Sockets[C.Socket];
  for (unsigned Id : Sock.isAccepted() ? ArrayRef<unsigned>(Sock.AcceptedFrom)
                                       : ArrayRef<unsigned>(C.Socket))
    append_range(Bindings, Info.bindingsOf(Id));
  if (Bindings.empty() && HandlerStarts.empty())
    return refuse("the offloaded socket has no bind() to start from");
  Refused.release();
  Promoted.commit();

  // Tables on the heap the fast path follows: the program's allocations
  // come from the heap it shares with the offload.
  if (!C.Heap.empty()) {
    unsigned N = shareProgramHeap(M);
    if (N && C.ArrivalAt) {
      OptimizationRemarkEmitter ORE(
          const_cast<Function *>(C.ArrivalAt->getFunction()));
      ORE.emit([&] {
        return OptimizationRemark(stage::User, "SharedHeap", C.ArrivalAt)
               << ore::NV("Calls", N)
               << " allocation calls are served from the heap shared with "
                  "the offload (through "
               << ore::NV("Roots", join(C.Heap, ", ")) << ")";
      });
    }
  }

  // Words both sides update: one atomic add each, as the offload's. Relaxed
  // (monotonic), as the offload's: an atomic-rmw word is a counter no
  // decision is taken on and no other word is read with (the planner's
  // class), so all either side needs is that no update is lost; nothing is
  // published through it, and the kernel's side, relaxed, could not pair
  // with a stronger order here anyway. (x86 emits the same lock xadd for
  // both; only the compiler's freedom around it differs.) Records, which
  // do publish data, have their own protocol (the sequence words).
  for (AtomicRMWInst *RMW :
       makeWordUpdatesAtomic(Updates, AtomicOrdering::Monotonic)) {
    OptimizationRemarkEmitter ORE(RMW->getFunction());
    ORE.emit([&] {
      return OptimizationRemark(stage::User, "AtomicWordUpdate", RMW)
             << "the update of "
             << ore::NV("Global", getUnderlyingObject(RMW->getPointerOperand())
                                 ->getName())
             << " is one atomic add, as the offload's";
    });
  }

  for (Entry &E : Entries) {
    if (!E.Written)
      continue;
    E.Slot = new GlobalVariable(M, Ptr, false, GlobalValue::InternalLinkage,
                                E.GV, E.GV->getName() + ".koffload");
    // Constant expressions on it become instructions, so that every use
    // is an instruction's operand (inInitializer() ruled out the rest).
    convertUsersOfConstantsToInstructions({E.GV});
    for (Use &U : make_early_inc_range(E.GV->uses())) {
      auto *I = dyn_cast<Instruction>(U.getUser());
      if (!I)
        continue; // the slot's own initializer
      Instruction *At = I;
      if (auto *Phi = dyn_cast<PHINode>(I))
        At = Phi->getIncomingBlock(U)->getTerminator();
      U.set(new LoadInst(Ptr, E.Slot, E.GV->getName() + ".here",
                         At->getIterator()));
    }
  }

  // The table the runtime reads (struct koffload_shared, koffload/abi.h),
  // and the object.
  StructType *EntryTy = StructType::get(Ctx, {Ptr, Ptr, Ptr, I64, I32});
  SmallVector<Constant *, 4> Rows;
  IRBuilder<> B(Ctx);
  for (const Entry &E : Entries) {
    Constant *Name = ConstantDataArray::getString(Ctx, E.GV->getName());
    auto *NameGV = new GlobalVariable(M, Name->getType(), true,
                                      GlobalValue::PrivateLinkage, Name,
                                      "koffload.name");
    Rows.push_back(ConstantStruct::get(
        EntryTy,
        {NameGV, E.GV,
         E.Slot ? static_cast<Constant *>(E.Slot)
                : ConstantPointerNull::get(cast<PointerType>(Ptr)),
         ConstantInt::get(I64, DL.getTypeAllocSize(E.GV->getValueType())),
         ConstantInt::get(I32, (E.Record ? KOFFLOAD_SHARED_RECORD : 0) |
                                   (E.UserWrites ? KOFFLOAD_SHARED_USER_WRITES
                                                 : 0))}));
  }
  ArrayType *TableTy = ArrayType::get(EntryTy, Rows.size());
  auto *Table = new GlobalVariable(M, TableTy, true,
                                   GlobalValue::PrivateLinkage,
                                   ConstantArray::get(TableTy, Rows),
                                   "koffload.shared");
  Constant *Bytes = ConstantDataArray::get(
      Ctx, ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(Object.data()),
                             Object.size()));
  auto *Obj = new GlobalVariable(M, Bytes->getType(), true,
                                 GlobalValue::PrivateLinkage, Bytes,
                                 "koffload.object");
  Obj->setAlignment(Align(8));

  // After bind(): the runtime loads and attaches the offload and learns
  // the bound address from the socket (getsockname).
  FunctionCallee Bound = M.getOrInsertFunction(
      "koffload_rt_bound",
      FunctionType::get(Type::getVoidTy(Ctx), {I32, Ptr, I64, Ptr, I32},
                        false));
  // Before it, the plan's rho, which the adaptive runtime compares the
  // measured omega with (docs/adaptive.md).
  FunctionCallee SetRho = M.getOrInsertFunction(
      "koffload_rt_set_rho",
      FunctionType::get(Type::getVoidTy(Ctx), {B.getDoubleTy()}, false));
  // And the replays of the offload's log records (User/LogReplay.h).
  std::pair<Constant *, unsigned> Replays = emitLogReplays(M, C);
  Constant *LogReplays = Replays.first;
  unsigned LogSites = Replays.second;
  FunctionCallee SetLogSites = M.getOrInsertFunction(
      "koffload_rt_log_sites",
      FunctionType::get(Type::getVoidTy(Ctx), {Ptr, I32}, false));
  auto RegisterLogSites = [&] {
    if (LogSites)
      B.CreateCall(SetLogSites, {LogReplays, ConstantInt::get(I32, LogSites)});
  };
  // A request served in userspace logs after what the kernel recorded
  // for the requests before it: the runtime replays that first.
  if (LogSites) {
    FunctionCallee CatchUp = M.getOrInsertFunction(
        "koffload_rt_log_catch_up", FunctionType::get(Type::getVoidTy(Ctx),
                                                      false));
    for (const Landmark &L : Info.Landmarks)
      if (L.Kind == LandmarkKind::Arrival &&
          is_contained(L.Sockets, C.Socket)) {
        B.SetInsertPoint(L.Call->getNextNode());
        B.CreateCall(CatchUp);
      }
  }
  for (const Binding *Bd : Bindings) {
    B.SetInsertPoint(Bd->Call->getNextNode());
    B.CreateCall(SetRho, {ConstantFP::get(B.getDoubleTy(), C.Result.Rho)});
    RegisterLogSites();
    B.CreateCall(Bound,
                 {B.CreateZExtOrTrunc(Bd->Call->getArgOperand(0), I32), Obj,
                  ConstantInt::get(I64, Object.size()), Table,
                  ConstantInt::get(I32, Rows.size())});
  }
  // A TCP split: the runtime joins each accepted connection and keeps its
  // order with the kernel's replies (SplitTCP.h).
  if (C.Kind == Transport::TCP)
    addTCPRuntimeCalls(M, C, Info);
  // Around each connect() of the socket: the offload answers only the
  // peer's datagrams (Plan/Connected.h); the runtime checks the fd.
  for (const Connection *Cn : Info.connectionsOf(C.Socket)) {
    FunctionType *FdHook =
        FunctionType::get(Type::getVoidTy(Ctx), {I32}, false);
    B.SetInsertPoint(Cn->Call);
    Value *Fd = B.CreateZExtOrTrunc(Cn->Call->getArgOperand(0), I32);
    B.CreateCall(M.getOrInsertFunction("koffload_rt_connecting", FdHook), {Fd});
    B.SetInsertPoint(Cn->Call->getNextNode());
    B.CreateCall(M.getOrInsertFunction("koffload_rt_connected", FdHook), {Fd});
  }
  for (auto [H, FdArg] : HandlerStarts) {
    FunctionCallee HandlerBound = M.getOrInsertFunction(
        "koffload_rt_handler_bound",
        FunctionType::get(Type::getVoidTy(Ctx), {I32, Ptr, I64, Ptr, I32},
                          false));
    B.SetInsertPoint(H->getEntryBlock().getFirstNonPHIOrDbgOrAlloca());
    B.CreateCall(SetRho, {ConstantFP::get(B.getDoubleTy(), C.Result.Rho)});
    RegisterLogSites();
    B.CreateCall(HandlerBound,
                 {B.CreateZExtOrTrunc(H->getArg(FdArg), I32), Obj,
                  ConstantInt::get(I64, Object.size()), Table,
                  ConstantInt::get(I32, Rows.size())});
  }

  // Requests handled in userspace hold the record globals' sequence words:
  // taken after each receive (a record only userspace writes: before its
  // first write), released after the reply and before the next wait.
  if (any_of(Entries, [](const Entry &E) { return E.Record; })) {
    FunctionType *Void = FunctionType::get(Type::getVoidTy(Ctx), false);
    FunctionCallee Write = M.getOrInsertFunction("koffload_rt_record_write",
                                                 Void);
    for (const Entry &E : Entries)
      if (E.UserWrites)
        for (Instruction *I : *E.UserWrites) {
          B.SetInsertPoint(I);
          B.CreateCall(Write);
        }
    FunctionCallee Begin =
        M.getOrInsertFunction("koffload_rt_request_begin", Void);
    FunctionCallee End = M.getOrInsertFunction("koffload_rt_request_end", Void);
    for (const Landmark &L : Info.Landmarks) {
      if (!is_contained(L.Sockets, C.Socket))
        continue;
      if (L.Kind == LandmarkKind::Arrival) {
        B.SetInsertPoint(L.Call);
        B.CreateCall(End);
        B.SetInsertPoint(L.Call->getNextNode());
        B.CreateCall(Begin);
      } else if (L.Kind == LandmarkKind::Reply) {
        // The reply is out: the client may send its next request at once,
        // which the offload should not find the record held for.
        B.SetInsertPoint(L.Call->getNextNode());
        B.CreateCall(End);
      }
    }
    for (const EventLoop &EL : Info.Loops)
      if (EL.Wait && EL.Kind != LoopKind::BlockingRecv) {
        B.SetInsertPoint(EL.Wait);
        B.CreateCall(End);
      }
    // A callback's (or handler's) request ends when it returns to the
    // library or framework, whose wait is not in the program.
    for (const Callback &CB : Info.Loops[C.Loop].Callbacks)
      if (is_contained(CB.Sockets, C.Socket))
        for (BasicBlock &BB : *CB.Handler)
          if (auto *Ret = dyn_cast<ReturnInst>(BB.getTerminator())) {
            B.SetInsertPoint(Ret);
            B.CreateCall(End);
          }
  }
  return Error::success();
}

} // namespace koffload
