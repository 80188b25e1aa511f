//===- LogReplay.cpp - The replays of the offload's log records -----------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "User/LogReplay.h"
#include "Plan/Plan.h"
#include "Support/LogRecords.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace koffload {

/// The function the replay calls: the plain one for a fortified call.
static FunctionCallee replayCallee(Module &M, const CallBase &CB,
                                   const LogCallShape &S) {
  LLVMContext &Ctx = M.getContext();
  Type *I32 = Type::getInt32Ty(Ctx), *Ptr = PointerType::getUnqual(Ctx);
  FunctionType *FT = CB.getFunctionType();
  if (S.Callee == "printf")
    FT = FunctionType::get(I32, {Ptr}, true);
  else if (S.Callee == "fprintf")
    FT = FunctionType::get(I32, {Ptr, Ptr}, true);
  else if (S.Callee == "syslog") // __syslog_chk's flag dropped
    FT = FunctionType::get(Type::getVoidTy(Ctx), {I32, Ptr}, true);
  return M.getOrInsertFunction(S.Callee, FT);
}

/// `void replay(const struct koffload_log_entry *)` for the call \p CB.
static Function *emitReplay(Module &M, const CallBase &CB,
                            const LogCallShape &S, unsigned Site) {
  LLVMContext &Ctx = M.getContext();
  Type *Ptr = PointerType::getUnqual(Ctx);
  auto *F = Function::Create(
      FunctionType::get(Type::getVoidTy(Ctx), {Ptr}, false),
      GlobalValue::InternalLinkage, "koffload.log.replay." + Twine(Site), M);
  F->addFnAttr(Attribute::NoUnwind);
  IRBuilder<> B(BasicBlock::Create(Ctx, "entry", F));
  Value *Entry = F->getArg(0);
  SmallVector<Value *, 8> Args;
  for (const LogField &Fld : S.Fields) {
    switch (Fld.Kind) {
    case LogField::Int:
      Args.push_back(B.CreateAlignedLoad(
          Fld.Ty, B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Entry, Fld.Offset),
          Align(8)));
      break;
    case LogField::String:
    case LogField::Bytes:
      Args.push_back(
          B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Entry, Fld.Offset));
      break;
    case LogField::AddrString: {
      // The program's own call, again, on the address the offload saw.
      Value *Addr = B.CreateAlignedLoad(
          Fld.Ty, B.CreateConstInBoundsGEP1_64(B.getInt8Ty(), Entry, Fld.Offset),
          Align(8));
      FunctionCallee Ntoa = M.getOrInsertFunction(
          "inet_ntoa", FunctionType::get(Ptr, {Fld.Ty}, false));
      Args.push_back(B.CreateCall(Ntoa, {Addr}));
      break;
    }
    case LogField::ConstInt:
      Args.push_back(ConstantInt::get(Fld.Ty, Fld.Value));
      break;
    case LogField::ConstString: {
      Constant *Text = ConstantDataArray::getRaw(Fld.Text, Fld.Text.size(),
                                                 B.getInt8Ty());
      auto *GV = new GlobalVariable(M, Text->getType(), true,
                                    GlobalValue::PrivateLinkage, Text,
                                    "koffload.log.text");
      GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
      GV->setAlignment(Align(1));
      Args.push_back(GV);
      break;
    }
    }
  }
  if (S.Stream != LogStream::None) {
    // The program's own FILE *, loaded as the original loads it.
    Value *Stream = B.CreateLoad(
        Ptr, M.getOrInsertGlobal(S.Stream == LogStream::Stdout ? "stdout"
                                                                : "stderr",
                                 Ptr));
    Args.insert(S.StreamArg == 0 ? Args.begin() : Args.end(), Stream);
  }
  B.CreateCall(replayCallee(M, CB, S), Args);
  B.CreateRetVoid();
  return F;
}

std::pair<Constant *, unsigned> emitLogReplays(Module &M, const Candidate &C) {
  SmallVector<CallBase *, 4> Sites = logSites(C.KernelBlocks);
  if (Sites.empty())
    return {nullptr, 0};
  LLVMContext &Ctx = M.getContext();
  Type *Ptr = PointerType::getUnqual(Ctx);
  SmallVector<Constant *, 4> Rows;
  for (CallBase *CB : Sites) {
    // A site the offload cannot record is not generated (the plan and
    // the generator refuse it); its row stays empty.
    Expected<LogCallShape> S = recordedLogCall(*CB);
    if (!S) {
      consumeError(S.takeError());
      Rows.push_back(ConstantPointerNull::get(cast<PointerType>(Ptr)));
      continue;
    }
    Rows.push_back(emitReplay(M, *CB, *S, Rows.size()));
  }
  ArrayType *Ty = ArrayType::get(Ptr, Rows.size());
  auto *Table = new GlobalVariable(M, Ty, true, GlobalValue::PrivateLinkage,
                                   ConstantArray::get(Ty, Rows),
                                   "koffload.log.replays");
  return {Table, unsigned(Rows.size())};
}

} // namespace koffload
