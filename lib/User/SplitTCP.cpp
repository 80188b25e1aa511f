//===- SplitTCP.cpp - The user half of a TCP split ------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The runtime's calls around the program's own (koffload-rt.h, "TCP"):
//   after accept/accept4     koffload_rt_tcp_accepted(listener, fd)
//   around a request's read  koffload_rt_tcp_reading(fd) before,
//                            koffload_rt_tcp_received(fd, result)
//   before the loop's wait   koffload_rt_tcp_idle()
//   around a reply's write   koffload_rt_tcp_replying(fd) before,
//                            koffload_rt_tcp_replied(fd, result, length)
//   before close             koffload_rt_tcp_closing(fd)
// Each checks the descriptor is a joined connection and does nothing
// otherwise, so every accept and close of the program is given to it: a
// descriptor number is reused.
//
//===----------------------------------------------------------------------===//

#include "User/SplitTCP.h"
#include "Landmarks/Landmarks.h"
#include "Landmarks/SocketCalls.h"
#include "Plan/Plan.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

void addTCPRuntimeCalls(Module &M, const Candidate &C,
                        const LandmarkInfo &Info) {
  LLVMContext &Ctx = M.getContext();
  Type *Void = Type::getVoidTy(Ctx), *I32 = Type::getInt32Ty(Ctx),
       *I64 = Type::getInt64Ty(Ctx);
  auto Hook = [&](StringRef Name, ArrayRef<Type *> Params) {
    return M.getOrInsertFunction(Name, FunctionType::get(Void, Params, false));
  };
  FunctionCallee Accepted = Hook("koffload_rt_tcp_accepted", {I32, I32});
  FunctionCallee Reading = Hook("koffload_rt_tcp_reading", {I32});
  FunctionCallee Received = Hook("koffload_rt_tcp_received", {I32, I64});
  FunctionCallee Idle = Hook("koffload_rt_tcp_idle", {});
  FunctionCallee Replying = Hook("koffload_rt_tcp_replying", {I32});
  FunctionCallee Replied = Hook("koffload_rt_tcp_replied", {I32, I64, I64});
  FunctionCallee Closing = Hook("koffload_rt_tcp_closing", {I32});
  IRBuilder<> B(Ctx);
  auto Fd = [&](Value *V) { return B.CreateSExtOrTrunc(V, I32); };
  auto Wide = [&](Value *V) { return B.CreateSExtOrTrunc(V, I64); };

  SmallVector<CallBase *, 8> Accepts, Closes;
  for (Function &F : M)
    for (Instruction &I : instructions(F))
      if (auto *CB = dyn_cast<CallBase>(&I)) {
        StringRef Name = directCalleeName(*CB);
        if ((Name == "accept" || Name == "accept4") && CB->arg_size() >= 1)
          Accepts.push_back(CB);
        else if (Name == "close" && CB->arg_size() == 1)
          Closes.push_back(CB);
      }
  for (CallBase *CB : Accepts) {
    B.SetInsertPoint(CB->getNextNode());
    B.CreateCall(Accepted, {Fd(CB->getArgOperand(0)), Fd(CB)});
  }
  for (CallBase *CB : Closes) {
    B.SetInsertPoint(CB);
    B.CreateCall(Closing, {Fd(CB->getArgOperand(0))});
  }
  // A request is over when its thread waits again: its replies done.
  for (const EventLoop &EL : Info.Loops)
    if (EL.Wait) {
      B.SetInsertPoint(EL.Wait);
      B.CreateCall(Idle, {});
    }
  for (const Landmark &L : Info.Landmarks) {
    if (!is_contained(L.Sockets, C.Socket))
      continue;
    std::optional<SocketCall> SC = decodeSocketCall(*L.Call);
    if (!SC || !SC->fd())
      continue;
    if (L.Kind == LandmarkKind::Arrival) {
      B.SetInsertPoint(L.Call);
      B.CreateCall(Reading, {Fd(SC->fd())});
      B.SetInsertPoint(L.Call->getNextNode());
      B.CreateCall(Received, {Fd(SC->fd()), Wide(L.Call)});
    } else if (L.Kind == LandmarkKind::Reply && SC->length()) {
      B.SetInsertPoint(L.Call);
      B.CreateCall(Replying, {Fd(SC->fd())});
      B.SetInsertPoint(L.Call->getNextNode());
      B.CreateCall(Replied,
                   {Fd(SC->fd()), Wide(L.Call), Wide(SC->length())});
    }
  }
}

} // namespace koffload
