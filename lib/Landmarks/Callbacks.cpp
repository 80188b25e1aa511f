//===- Callbacks.cpp - Event-library callbacks as event loops -------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Servers built on an event library do not call poll() themselves: they
// register a callback for a socket (libevent's event_new/event_assign,
// libev's ev_io_init + ev_io_start) and hand control to the library's
// dispatch call (event_base_dispatch/event_base_loop, ev_run). The
// dispatch call is then the event loop, and the callback is where a
// request starts; the fd it is given is the registered socket.
//
//===----------------------------------------------------------------------===//

#include "Landmarks/LandmarkFinder.h"
#include "Support/ValueSources.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

#include <functional>

using namespace llvm;

namespace koffload {
namespace landmarks {

/// The defined function a callback argument names, through casts and
/// simple copies.
static Function *callbackFunction(Value *V) {
  if (auto *F = dyn_cast<Function>(V->stripPointerCasts()))
    return F->isDeclaration() ? nullptr : F;
  ValueSources S = traceValueSources(V);
  if (!S.Complete || S.Leaves.size() != 1)
    return nullptr;
  auto *F = dyn_cast<Function>(S.Leaves.front()->stripPointerCasts());
  return F && !F->isDeclaration() ? F : nullptr;
}

/// The argument a value is, directly or reloaded from its -O0 spill slot
/// (or from a local the argument was copied into: `conn *c = arg;`). A
/// pointer slot itself (what fieldBase gives for a reload) stands for the
/// value reloaded from it.
static Argument *asArgument(Value *V, unsigned Depth = 0) {
  while (auto *Cast = dyn_cast<CastInst>(V))
    V = Cast->getOperand(0);
  if (auto *A = dyn_cast<Argument>(V))
    return A;
  AllocaInst *Slot = nullptr;
  if (auto *L = dyn_cast<LoadInst>(V))
    Slot = dyn_cast<AllocaInst>(L->getPointerOperand());
  else if (auto *AI = dyn_cast<AllocaInst>(V);
           AI && AI->getAllocatedType()->isPointerTy())
    Slot = AI;
  if (!Slot || Depth > 2)
    return nullptr;
  Argument *Found = nullptr;
  for (User *U : Slot->users())
    if (auto *SI = dyn_cast<StoreInst>(U);
        SI && SI->getPointerOperand() == Slot) {
      Argument *A = asArgument(SI->getValueOperand(), Depth + 1);
      if (!A || (Found && Found != A))
        return nullptr;
      Found = A;
    }
  return Found;
}

/// The same line of the same file (inlined copies differ in inlinedAt).
static bool sameSourceLine(const DebugLoc &A, const DebugLoc &B) {
  return A && B && A.getLine() == B.getLine() &&
         A->getFilename() == B->getFilename();
}

/// A pointer's object for matching field accesses within one function:
/// the SSA value under constant offsets, or the -O0 slot it is reloaded
/// from. \p Off receives the constant offset.
static Value *fieldBase(Value *Ptr, const DataLayout &DL, int64_t &Off) {
  APInt O(DL.getIndexTypeSizeInBits(Ptr->getType()), 0);
  Value *Base = Ptr->stripAndAccumulateConstantOffsets(DL, O, true);
  Off = O.getSExtValue();
  if (auto *L = dyn_cast<LoadInst>(Base))
    if (isa<AllocaInst>(L->getPointerOperand()))
      return L->getPointerOperand();
  return Base;
}

/// The field of \p Object that \p Fd is read from, as in memcached's
/// re-registration `event_set(&c->event, c->sfd, ..., handler, c)`.
static std::optional<int64_t> fieldReadOf(Value *Fd, Value *Object,
                                          const DataLayout &DL) {
  while (auto *Cast = dyn_cast<CastInst>(Fd))
    Fd = Cast->getOperand(0);
  auto *L = dyn_cast<LoadInst>(Fd);
  if (!L)
    return std::nullopt;
  int64_t ObjOff = 0, Off = 0;
  Value *Obj = fieldBase(Object, DL, ObjOff);
  if (isa<Constant>(Obj) && !isa<GlobalVariable>(Obj))
    return std::nullopt;
  if (fieldBase(L->getPointerOperand(), DL, Off) != Obj)
    return std::nullopt;
  return Off - ObjOff;
}

std::optional<int64_t> LandmarkFinder::socketFdFieldOf(Value *Object,
                                                       CallBase *At) {
  const DataLayout &DL = M.getDataLayout();
  // The object, and at -O1 the objects a phi or select of it chooses
  // between: memcached's conn_new registers `c = conns[sfd]` or, when
  // there is none yet, a new one whose c->sfd it sets.
  DenseMap<Value *, int64_t> Objects;
  SmallVector<Value *, 4> Work{Object};
  while (!Work.empty() && Objects.size() < 8) {
    int64_t Off = 0;
    Value *Obj = fieldBase(Work.pop_back_val(), DL, Off);
    if (isa<Constant>(Obj) && !isa<GlobalVariable>(Obj))
      continue;
    if (!Objects.try_emplace(Obj, Off).second)
      continue;
    if (auto *Phi = dyn_cast<PHINode>(Obj); Phi && Off == 0)
      append_range(Work, Phi->incoming_values());
    else if (auto *Sel = dyn_cast<SelectInst>(Obj); Sel && Off == 0)
      Work.append({Sel->getTrueValue(), Sel->getFalseValue()});
  }
  // The registering function's stores of an fd into the object: what
  // `c->sfd = sfd` wrote before `event_set(..., c)`.
  for (Instruction &I : instructions(*At->getFunction())) {
    auto *SI = dyn_cast<StoreInst>(&I);
    if (!SI || !SI->getValueOperand()->getType()->isIntegerTy(32))
      continue;
    int64_t Off = 0;
    auto It = Objects.find(fieldBase(SI->getPointerOperand(), DL, Off));
    if (It == Objects.end() || socketsOfFd(SI->getValueOperand()).empty())
      continue;
    return Off - It->second;
  }
  return std::nullopt;
}

void LandmarkFinder::registerLibevWatcher(CallBase *Start, Value *Watcher) {
  const DataLayout &DL = M.getDataLayout();
  APInt Off(DL.getIndexTypeSizeInBits(Watcher->getType()), 0);
  Value *Base = Watcher->stripAndAccumulateConstantOffsets(DL, Off, true);
  int64_t WOff = Off.getSExtValue();
  if (!isa<AllocaInst>(Base) && !isa<GlobalVariable>(Base)) {
    // A watcher handed down or allocated: follow it to one object.
    ValueSources S = traceValueSources(Base);
    if (S.Leaves.size() != 1) {
      note("UnknownCallbackWatcher",
           "ev_io_start on a watcher whose object could not be traced; its "
           "callback is not known",
           Start);
      return;
    }
    Value *Leaf = S.Leaves.front();
    APInt LOff(DL.getIndexTypeSizeInBits(Leaf->getType()), 0);
    Base = Leaf->stripAndAccumulateConstantOffsets(DL, LOff, true);
    WOff += LOff.getSExtValue();
  }
  // ev_io_init(w, cb, fd, events) stores the callback and the fd into the
  // watcher's fields.
  Function *Handler = nullptr;
  std::optional<int64_t> FdField;
  SmallVector<unsigned, 1> Ids;
  walkPointersInto(Base, DL, 256,
                   [&](Use &U, std::optional<int64_t> At, PushPointer) {
                     auto *SI = dyn_cast<StoreInst>(U.getUser());
                     if (!SI || SI->getPointerOperand() != U.get() || !At)
                       return;
                     Value *V = SI->getValueOperand();
                     if (V->getType()->isPointerTy()) {
                       if (Function *F = callbackFunction(V))
                         Handler = F;
                       return;
                     }
                     if (!V->getType()->isIntegerTy(32))
                       return;
                     SmallVector<unsigned, 1> These = socketsOfFd(V);
                     if (These.empty())
                       return;
                     FdField = *At - WOff;
                     for (unsigned Id : These)
                       if (!is_contained(Ids, Id))
                         Ids.push_back(Id);
                   });
  if (!Handler || !FdField) {
    note("UnknownCallback",
         "ev_io_start on a watcher whose callback or socket fd could not be "
         "found in its fields; not treated as a request handler",
         Start);
    return;
  }
  // libev calls cb(struct ev_loop *loop, ev_io *w, int revents).
  PendingCallbacks.push_back({Handler, Start, 1, FdField, std::move(Ids)});
}

void LandmarkFinder::findCallbackLoops() {
  SmallVector<CallBase *, 2> Dispatches;
  // Registrations whose fd is read back from a field of the callback's
  // argument: their sockets are also those the handler's other
  // registrations stored in that field (known once all are seen).
  SmallVector<Callback, 1> Readds;
  const DataLayout &DL = M.getDataLayout();
  for (CallBase *CB : Calls) {
    if (!callsExternalFunction(*CB))
      continue;
    StringRef Name = directCalleeName(*CB);
    // event_new(base, fd, what, cb, arg); event_assign(ev, base, fd, what,
    // cb, arg); libevent 1's event_set(ev, fd, what, cb, arg): libevent
    // calls cb(fd, what, arg).
    unsigned FdAt = Name == "event_new" || Name == "event_set" ? 1
                    : Name == "event_assign"                   ? 2
                                                               : 0;
    if (FdAt && CB->arg_size() > FdAt + 2) {
      // A timer (evtimer_set/evtimer_new: fd -1) or a signal is no request.
      std::optional<uint64_t> ConstFd =
          evaluateConstantInt(CB->getArgOperand(FdAt));
      if (ConstFd && int32_t(*ConstFd) == -1)
        continue;
      Function *Handler = callbackFunction(CB->getArgOperand(FdAt + 2));
      SmallVector<unsigned, 1> Ids = socketsOfFd(CB->getArgOperand(FdAt));
      // A connection registered again with its own fd field (memcached's
      // update_event and conn_worker_readd): after the registrations that
      // say which sockets the field holds.
      if (Handler)
        if (std::optional<int64_t> Field = fieldReadOf(
                CB->getArgOperand(FdAt), CB->getArgOperand(FdAt + 3), DL)) {
          Readds.push_back({Handler, CB, 0, std::nullopt, Ids, {}, Field});
          continue;
        }
      if (!Handler || Ids.empty()) {
        note("UnknownCallback",
             Twine(Name) +
                 (!Handler ? " with a callback that could not be traced"
                           : " for " + Handler->getName() +
                                 " on an fd that is no socket created "
                                 "here (a pipe, an eventfd, or an fd of "
                                 "untraced origin)") +
                 "; not treated as a request handler",
             CB);
        continue;
      }
      Callback C{Handler, CB, 0, std::nullopt, Ids, {},
                 socketFdFieldOf(CB->getArgOperand(FdAt + 3), CB)};
      // Copies of one registration (an inlined helper) register it once.
      if (none_of(PendingCallbacks, [&](const Callback &P) {
            return P.Handler == C.Handler && P.Sockets == C.Sockets &&
                   P.ArgFdField == C.ArgFdField && P.Registration &&
                   sameSourceLine(P.Registration->getDebugLoc(),
                                  CB->getDebugLoc());
          }))
        PendingCallbacks.push_back(C);
    } else if (Name == "ev_io_start" && CB->arg_size() >= 2) {
      registerLibevWatcher(CB, CB->getArgOperand(1));
    } else if (Name == "event_base_dispatch" || Name == "event_base_loop" ||
               Name == "ev_run" || Name == "ev_loop") {
      Dispatches.push_back(CB);
    }
  }
  for (Callback &R : Readds) {
    for (const Callback &P : PendingCallbacks)
      if (P.Handler == R.Handler && P.Registration && !P.FdField &&
          P.ArgFdField == R.ArgFdField)
        for (unsigned Id : P.Sockets)
          if (!is_contained(R.Sockets, Id))
            R.Sockets.push_back(Id);
    if (R.Sockets.empty()) {
      note("UnknownCallback",
           directCalleeName(*R.Registration) + " for " +
               R.Handler->getName() +
               " on an fd that is no socket created here (a pipe, an "
               "eventfd, or an fd of untraced origin); not treated as a "
               "request handler",
           R.Registration);
      continue;
    }
    llvm::sort(R.Sockets);
    if (none_of(PendingCallbacks, [&](const Callback &P) {
          return P.Handler == R.Handler && P.Sockets == R.Sockets &&
                 P.ArgFdField == R.ArgFdField && P.Registration &&
                 sameSourceLine(P.Registration->getDebugLoc(),
                                R.Registration->getDebugLoc());
        }))
      PendingCallbacks.push_back(R);
  }
  if (PendingCallbacks.empty())
    return;
  if (Dispatches.empty()) {
    note("CallbackWithoutDispatch",
         "callbacks are registered for sockets but no event_base_dispatch, "
         "event_base_loop or ev_run call was found",
         PendingCallbacks.front().Registration);
    return;
  }
  // One library loop runs them all; with several dispatch calls the first
  // is taken (which base each callback is on is not worked out).
  CallBase *D = Dispatches.front();
  if (Dispatches.size() > 1)
    note("SeveralDispatchCalls",
         "several event-library dispatch calls; every callback is taken to "
         "run under the first",
         Dispatches[1]);
  unsigned Id = addLoop(LoopKind::Dispatch, D->getParent(), D);
  EventLoop &EL = Info.Loops[Id];
  EL.Loc = D->getDebugLoc();
  for (Callback &C : PendingCallbacks) {
    CallbackLoop[C.Handler] = Id;
    EL.Callbacks.push_back(C);
  }
}

/// Functions carrying `__attribute__((annotate("koffload_handler")))`:
/// clang lists them in llvm.global.annotations as { fn, "text", file,
/// line, args }.
static SmallVector<Function *, 2> annotatedHandlers(Module &M) {
  SmallVector<Function *, 2> Out;
  GlobalVariable *GA = M.getGlobalVariable("llvm.global.annotations");
  auto *Arr = GA && GA->hasInitializer()
                  ? dyn_cast<ConstantArray>(GA->getInitializer())
                  : nullptr;
  if (!Arr)
    return Out;
  for (Value *Op : Arr->operands()) {
    auto *Entry = dyn_cast<ConstantStruct>(Op);
    if (!Entry || Entry->getNumOperands() < 2)
      continue;
    auto *F = dyn_cast<Function>(Entry->getOperand(0)->stripPointerCasts());
    StringRef Text;
    if (F && !F->isDeclaration() &&
        getConstantStringInfo(Entry->getOperand(1), Text) &&
        Text == "koffload_handler" && !is_contained(Out, F))
      Out.push_back(F);
  }
  return Out;
}

void LandmarkFinder::findHandlerEntries() {
  SmallVector<std::pair<Function *, StringRef>, 2> Handlers;
  for (Function *F : annotatedHandlers(M))
    Handlers.push_back({F, "annotate(\"koffload_handler\")"});
  if (!Opts.Handler.empty()) {
    Function *F = M.getFunction(Opts.Handler);
    if (!F || F->isDeclaration())
      note("UnknownHandler",
           "-koffload-handler=" + Opts.Handler +
               ": no function of that name is defined in this module",
           nullptr, anchorFunction());
    else if (llvm::none_of(Handlers, [&](auto &H) { return H.first == F; }))
      Handlers.push_back({F, "-koffload-handler"});
  }
  if (Handlers.empty())
    return;

  // The described socket: one for all handlers.
  std::optional<unsigned> Described;
  if (!Opts.HandlerSocket.empty()) {
    Expected<HandlerSocket> HS = parseHandlerSocket(Opts.HandlerSocket);
    if (!HS) {
      note("BadHandlerSocket", toString(HS.takeError()), nullptr,
           Handlers.front().first);
    } else {
      Socket S{unsigned(Info.Sockets.size()), nullptr};
      S.Kind = HS->Kind;
      S.Families = HS->Families;
      S.Family = HS->Families.single();
      S.DescribedFor = Handlers.front().first;
      S.DescribedPort = HS->Port;
      Described = S.Id;
      Info.Sockets.push_back(S);
    }
  }
  for (auto [F, NamedBy] : Handlers) {
    // The fd parameter: the first int (an evutil_socket_t for a libevent
    // callback, `void on_request(int fd, ...)`).
    std::optional<unsigned> FdArg;
    for (Argument &A : F->args())
      if (A.getType()->isIntegerTy(32)) {
        FdArg = A.getArgNo();
        break;
      }
    SmallVector<unsigned, 1> Ids;
    if (FdArg) {
      // The program's own sockets, if it calls the handler with one.
      Ids = socketsOfFd(F->getArg(*FdArg));
      if (Ids.empty() && Described)
        Ids.push_back(*Described);
    }
    if (!FdArg)
      note("HandlerWithoutFd",
           "handler " + F->getName() +
               " has no int parameter to take as the request's socket fd",
           nullptr, F);
    else if (Ids.empty())
      note("HandlerWithoutSocket",
           "handler " + F->getName() +
               ": its fd parameter is no socket created here; describe it "
               "with -koffload-handler-socket=udp:PORT (or udp6, udp46, "
               "tcp...)",
           nullptr, F);
    unsigned Id = unsigned(Info.Loops.size());
    EventLoop EL{LoopKind::Handler, F, &F->getEntryBlock(), DebugLoc(),
                 nullptr};
    if (DISubprogram *SP = F->getSubprogram())
      EL.Loc = DILocation::get(M.getContext(), SP->getLine(), 0, SP);
    EL.Callbacks.push_back(
        {F, nullptr, FdArg.value_or(0), std::nullopt, Ids, NamedBy});
    Info.Loops.push_back(std::move(EL));
    CallbackLoop[F] = Id;
  }
}

std::optional<unsigned> LandmarkFinder::callbackLoopOf(Function *F,
                                                       unsigned Depth) {
  auto It = CallbackLoop.find(F);
  if (It != CallbackLoop.end())
    return It->second;
  if (Depth >= 4)
    return std::nullopt;
  for (Use &U : F->uses())
    if (auto *CB = dyn_cast<CallBase>(U.getUser()); CB && CB->isCallee(&U))
      if (std::optional<unsigned> L =
              callbackLoopOf(CB->getFunction(), Depth + 1))
        return L;
  return std::nullopt;
}

SmallVector<unsigned, 1> LandmarkFinder::callbackSocketsOf(Value *Fd,
                                                           unsigned Depth) {
  SmallVector<unsigned, 1> Ids;
  if (CallbackLoop.empty() || Depth > 4)
    return Ids;
  auto Add = [&](ArrayRef<unsigned> These) {
    for (unsigned Id : These)
      if (!is_contained(Ids, Id))
        Ids.push_back(Id);
  };
  const DataLayout &DL = M.getDataLayout();
  std::function<void(Argument *, std::optional<int64_t>, unsigned)> ForArg =
      [&](Argument *A, std::optional<int64_t> Field, unsigned D) {
        for (const EventLoop &EL : Info.Loops)
          for (const Callback &C : EL.Callbacks)
            if (C.Handler == A->getParent() &&
                ((C.FdArg == A->getArgNo() && C.FdField == Field) ||
                 (C.ArgFdField && A->getArgNo() == 2 &&
                  Field == C.ArgFdField)))
              Add(C.Sockets);
        // A helper the handler passes the fd, the watcher or the
        // connection to (memcached: drive_machine(c) -> try_read_udp(c)).
        for (Use &U : A->getParent()->uses()) {
          auto *CB = dyn_cast<CallBase>(U.getUser());
          if (!CB || !CB->isCallee(&U) || A->getArgNo() >= CB->arg_size())
            continue;
          Value *Op = CB->getArgOperand(A->getArgNo());
          int64_t Off = 0;
          if (!Field)
            Add(callbackSocketsOf(Op, D + 1));
          else if (Argument *B = D < 4 ? asArgument(fieldBase(Op, DL, Off))
                                       : nullptr)
            ForArg(B, *Field + Off, D + 1);
        }
      };
  if (Argument *A = asArgument(Fd)) {
    ForArg(A, std::nullopt, Depth);
    return Ids;
  }
  // w->fd: a load from a field of the watcher parameter.
  Value *V = Fd;
  while (auto *Cast = dyn_cast<CastInst>(V))
    V = Cast->getOperand(0);
  if (auto *L = dyn_cast<LoadInst>(V)) {
    int64_t Off = 0;
    if (Argument *A = asArgument(fieldBase(L->getPointerOperand(), DL, Off)))
      ForArg(A, Off, Depth);
  }
  return Ids;
}

} // namespace landmarks
} // namespace koffload
