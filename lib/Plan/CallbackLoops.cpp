//===- CallbackLoops.cpp - The loops that run callbacks, made explicit ----===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/CallbackLoops.h"
#include "Landmarks/Landmarks.h"
#include "Plan/PathUtils.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

namespace koffload {

namespace {

constexpr const char *OutsideMDKind = "koffload.outside";
constexpr const char *WaitName = "koffload.callback.wait";
constexpr const char *WatcherName = "koffload.callback.watcher";

std::string loopFunctionName(unsigned LoopId, unsigned SocketId) {
  return ("koffload.callbacks.loop" + Twine(LoopId) + ".socket" +
          Twine(SocketId))
      .str();
}

/// The source name of \p F's parameter \p ArgNo: its debug variable, else
/// its IR name, else its position.
std::string paramName(const Function &F, unsigned ArgNo) {
  for (const Instruction &I : instructions(F))
    for (const DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
      if (const DILocalVariable *Var = R.getVariable();
          Var && Var->getArg() == ArgNo + 1)
        return ("'" + Var->getName() + "'").str();
  if (F.getArg(ArgNo)->hasName())
    return ("'" + F.getArg(ArgNo)->getName() + "'").str();
  return "#" + std::to_string(ArgNo);
}

/// The program's constant \p C in \p W (globals mapped to their copies).
Constant *mapConstant(Constant *C,
                      function_ref<Value *(const Value *)> CopyOf) {
  if (auto *GV = dyn_cast<GlobalValue>(C))
    return cast_or_null<Constant>(CopyOf(GV));
  if (isa<ConstantData>(C))
    return C;
  auto *CE = dyn_cast<ConstantExpr>(C);
  if (!CE)
    return nullptr;
  SmallVector<Constant *, 4> Ops;
  for (Value *Op : CE->operands()) {
    Constant *Mapped = mapConstant(cast<Constant>(Op), CopyOf);
    if (!Mapped)
      return nullptr;
    Ops.push_back(Mapped);
  }
  return CE->getWithOperands(Ops);
}

/// The constant \p V always is, through -O0 spill slots and copies.
Constant *constantOf(Value *V) {
  if (auto *C = dyn_cast<Constant>(V))
    return C;
  ValueSources S = traceValueSources(V);
  if (!S.Complete || S.Leaves.size() != 1)
    return nullptr;
  return dyn_cast<Constant>(S.Leaves.front());
}

/// Builds the calls of one callback loop.
class LoopBuilder {
public:
  LoopBuilder(Module &W, function_ref<Value *(const Value *)> CopyOf)
      : W(W), CopyOf(CopyOf), B(W.getContext()) {}

  /// A value from outside any request, of type \p T, named by \p What.
  Value *outside(Type *T, const Twine &What) {
    std::string TypeName;
    raw_string_ostream(TypeName) << *T;
    FunctionCallee Fn = W.getOrInsertFunction(
        "koffload.callback.outside." + TypeName, FunctionType::get(T, false));
    setOpaque(Fn);
    CallInst *CI = B.CreateCall(Fn);
    LLVMContext &Ctx = W.getContext();
    CI->setMetadata(OutsideMDKind,
                    MDNode::get(Ctx, MDString::get(Ctx, What.str())));
    return CI;
  }

  /// The call of \p C's handler, with its arguments.
  void callHandler(const Callback &C);

  IRBuilder<> &builder() { return B; }

private:
  Module &W;
  function_ref<Value *(const Value *)> CopyOf;
  IRBuilder<> B;

  /// Opaque but harmless: may not be merged or dropped as pure, touches
  /// no memory of the program.
  static void setOpaque(FunctionCallee Fn) {
    auto *F = dyn_cast<Function>(Fn.getCallee());
    if (!F || !F->isDeclaration())
      return;
    F->setDoesNotThrow();
    F->setWillReturn();
    F->setOnlyAccessesInaccessibleMemory();
  }
  std::string registeredBy(const Callback &C) const {
    return (directCalleeName(*C.Registration) + " at " +
            formatLocation(C.Registration->getDebugLoc()))
        .str();
  }
};

void LoopBuilder::callHandler(const Callback &C) {
  auto *H = cast<Function>(CopyOf(C.Handler));
  // The library calls it: the handler itself stays the userspace side's
  // loop code (SharedState counts address-taken functions as such), also
  // when only -koffload-handler names it.
  appendToCompilerUsed(W, {H});
  const Function &Orig = *C.Handler;
  SmallVector<Value *, 4> Args;
  bool Libevent = C.Registration && !C.FdField;
  bool Libev = C.Registration && C.FdField;
  Type *I32 = B.getInt32Ty();
  // The registered socket: where the request arrives. A receive or reply
  // on it needs nothing more; any other use is state from outside.
  auto Fd = [&] {
    return outside(I32, C.Registration
                            ? "the fd (registered by " + registeredBy(C) + ")"
                            : "the fd parameter of handler " +
                                  Orig.getName());
  };
  for (Argument &A : H->args()) {
    unsigned N = A.getArgNo();
    Type *T = A.getType();
    Value *V = nullptr;
    if (N == C.FdArg && !C.FdField && T->isIntegerTy()) {
      V = B.CreateZExtOrTrunc(Fd(), T);
    } else if (N == C.FdArg && Libev && T->isPointerTy()) {
      // The watcher: its fd field reads as the fd (foldCallbackWatchers);
      // a global watcher stands for itself, one elsewhere is outside.
      Value *Watcher = C.Registration->getArgOperand(1);
      Constant *Global = constantOf(Watcher);
      Global = Global && isa<GlobalValue>(Global->stripPointerCasts())
                   ? mapConstant(Global, CopyOf)
                   : nullptr;
      FunctionCallee Fn = W.getOrInsertFunction(
          WatcherName,
          FunctionType::get(T, {I32, B.getInt64Ty(), B.getPtrTy()}, false));
      setOpaque(Fn);
      Value *FdV = Fd();
      CallInst *CI = B.CreateCall(
          Fn, {FdV, B.getInt64(*C.FdField),
               Global ? Global : ConstantPointerNull::get(B.getPtrTy())});
      LLVMContext &Ctx = W.getContext();
      CI->setMetadata(
          OutsideMDKind,
          MDNode::get(Ctx, MDString::get(Ctx, "the watcher (registered by " +
                                                  registeredBy(C) + ")")));
      V = CI;
    } else if (Libevent && N == 1 && T->isIntegerTy()) {
      V = ConstantInt::get(T, 0x02); // EV_READ
    } else if (Libev && N == 2 && T->isIntegerTy()) {
      V = ConstantInt::get(T, 0x01); // EV_READ
    } else if (Libevent && N == 2 && T->isPointerTy()) {
      // event_new(base, fd, what, cb, arg), event_assign(ev, base, fd,
      // what, cb, arg): arg is the last.
      Value *Arg =
          C.Registration->getArgOperand(C.Registration->arg_size() - 1);
      if (Constant *K = constantOf(Arg))
        V = mapConstant(K, CopyOf);
      if (!V)
        V = outside(T, "the callback's argument " + paramName(Orig, N) +
                           " (registered by " + registeredBy(C) + ")");
    } else if (Libev && N == 0) {
      V = outside(T, "the libev loop (registered by " + registeredBy(C) + ")");
    } else {
      V = outside(T, "parameter " + paramName(Orig, N) + " of " +
                         (C.Registration ? "callback " : "handler ") +
                         Orig.getName());
    }
    if (V && V->getType() != T)
      V = nullptr;
    Args.push_back(V ? V : PoisonValue::get(T));
  }
  B.CreateCall(H, Args);
}

} // namespace

bool isCallbackLoop(const EventLoop &EL) {
  return EL.Kind == LoopKind::Dispatch || EL.Kind == LoopKind::Handler;
}

BasicBlock *buildCallbackLoop(Module &W, const LandmarkInfo &Info,
                              unsigned LoopId, unsigned SocketId,
                              function_ref<Value *(const Value *)> CopyOf) {
  const EventLoop &EL = Info.Loops[LoopId];
  SmallVector<const Callback *, 2> Callbacks;
  for (const Callback &C : EL.Callbacks)
    // A handler registered again (memcached's re-add of a connection) runs
    // as it did: one call of it in the loop.
    if (is_contained(C.Sockets, SocketId) && CopyOf(C.Handler) &&
        none_of(Callbacks, [&](const Callback *P) {
          return P->Handler == C.Handler && P->FdArg == C.FdArg &&
                 P->FdField == C.FdField;
        }))
      Callbacks.push_back(&C);
  if (Callbacks.empty())
    return nullptr;
  LLVMContext &Ctx = W.getContext();
  std::string Name = loopFunctionName(LoopId, SocketId);
  if (Function *Old = W.getFunction(Name)) // made once per working copy
    return &*std::next(Old->begin());
  auto *F = Function::Create(FunctionType::get(Type::getVoidTy(Ctx), false),
                             GlobalValue::InternalLinkage, Name, W);
  F->setDoesNotThrow();
  auto *Entry = BasicBlock::Create(Ctx, "entry", F);
  auto *Head = BasicBlock::Create(Ctx, "callbacks", F);
  // Where the loop is in the source (the dispatch call; a handler's
  // line): the preheader's location is the loop's start (Loop::getStartLoc).
  BranchInst::Create(Head, Entry)->setDebugLoc(EL.Loc);

  LoopBuilder LB(W, CopyOf);
  IRBuilder<> &B = LB.builder();
  B.SetInsertPoint(Head);
  FunctionCallee Wait =
      W.getOrInsertFunction(WaitName, FunctionType::get(B.getVoidTy(), false));
  CallInst *WaitCall = B.CreateCall(Wait);
  WaitCall->setMetadata(
      WaitMDKind,
      MDNode::get(Ctx, {ConstantAsMetadata::get(B.getInt64(LoopId))}));
  if (Callbacks.size() == 1) {
    LB.callHandler(*Callbacks.front());
    B.CreateBr(Head);
    return Head;
  }
  // Several callbacks for one socket: each turn runs one of them.
  Value *Which = LB.outside(B.getInt32Ty(), "the callback the library runs");
  SwitchInst *Switch = B.CreateSwitch(Which, Head, Callbacks.size());
  for (unsigned I = 0; I < Callbacks.size(); ++I) {
    auto *Case = BasicBlock::Create(Ctx, "callback", F);
    Switch->addCase(B.getInt32(I), Case);
    B.SetInsertPoint(Case);
    LB.callHandler(*Callbacks[I]);
    B.CreateBr(Head);
  }
  Switch->setDefaultDest(Switch->getSuccessor(1));
  return Head;
}

Function *requestLoopFunction(Module &W, const LandmarkInfo &Info,
                              unsigned LoopId, unsigned SocketId,
                              function_ref<Value *(const Value *)> CopyOf) {
  const EventLoop &EL = Info.Loops[LoopId];
  if (isCallbackLoop(EL))
    return W.getFunction(loopFunctionName(LoopId, SocketId));
  return cast_or_null<Function>(CopyOf(EL.F));
}

void foldCallbackWatchers(Function &F) {
  const DataLayout &DL = F.getDataLayout();
  SmallVector<CallInst *, 2> Watchers;
  for (Instruction &I : instructions(F))
    if (auto *CI = dyn_cast<CallInst>(&I);
        CI && directCalleeName(*CI) == WatcherName)
      Watchers.push_back(CI);
  for (CallInst *CI : Watchers) {
    Value *Fd = CI->getArgOperand(0);
    int64_t Field = cast<ConstantInt>(CI->getArgOperand(1))->getSExtValue();
    SmallVector<LoadInst *, 4> Loads;
    for (Instruction &I : instructions(F))
      if (auto *L = dyn_cast<LoadInst>(&I);
          L && L->getType() == Fd->getType()) {
        APInt Off(DL.getIndexTypeSizeInBits(L->getPointerOperandType()), 0);
        if (L->getPointerOperand()->stripAndAccumulateConstantOffsets(
                DL, Off, true) == CI &&
            Off.getSExtValue() == Field)
          Loads.push_back(L);
      }
    for (LoadInst *L : Loads) {
      L->replaceAllUsesWith(Fd);
      L->eraseFromParent();
    }
    if (auto *Global = dyn_cast<Constant>(CI->getArgOperand(2));
        Global && !Global->isNullValue()) {
      CI->replaceAllUsesWith(Global);
      CI->eraseFromParent();
    }
  }
}

std::string outsideValueDescription(const Value *V) {
  auto *I = dyn_cast<Instruction>(V);
  MDNode *MD = I ? I->getMetadata(OutsideMDKind) : nullptr;
  auto *Text = MD ? dyn_cast<MDString>(MD->getOperand(0)) : nullptr;
  return Text ? Text->getString().str() : std::string();
}

} // namespace koffload
