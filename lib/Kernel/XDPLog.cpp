//===- XDPLog.cpp - The request's log calls, recorded for userspace -------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A log call on the request path (Support/LogRecords.h) becomes an entry
// staged in this CPU's scratch slot: its site, its integers, its strings
// copied with bpf_probe_read_kernel_str. The request's first log call
// reserves a ring buffer record for the whole batch. Each of these can
// fail -- a string that does not fit the cap, an entry that does not fit
// the batch, no room in the ring buffer -- and then the request falls back
// like at any other check of the path, before anything after the call.
// From the reservation on, every fallback discards the record (the first
// block of the fallback chain: a slot holds the record or null); at the
// path's end the staged batch is copied into it, which cannot fail, and
// the commit submits it. So a log line is printed once, by the runtime's
// replay, exactly when the request's effects stand; a request that falls
// back prints its own in userspace. A write no save can undo followed by
// a log call is judged like any write followed by a fallback (the
// planner's `log-record` point).
//
// The ring buffer is a BTF-defined map (`.maps`): libbpf creates it from
// the global's BTF, a struct of two pointers to arrays whose lengths are
// the map's type and size.
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFMaps.h"
#include "Kernel/XDPGenerator.h"
#include "Support/LogRecords.h"

namespace koffload {
namespace xdpgen {

/// The ring buffer's bytes: a power of two, a multiple of the page.
constexpr uint64_t LogRingSize = 1 << 20;

uint64_t XDPGenerator::layOutLog(uint64_t Off) {
  LogSites = logSites(C.KernelBlocks);
  if (LogSites.empty())
    return Off;
  // Room for each site once (a site in a loop may fill it: then the
  // request falls back), at most a batch.
  uint64_t Entries = 0;
  for (CallBase *CB : LogSites)
    if (Expected<LogCallShape> S = recordedLogCall(*CB))
      Entries += S->Size;
    else
      consumeError(S.takeError()); // refused at the call (emitLogRecord)
  LogBatchCap = std::min<uint64_t>(
      std::max<uint64_t>(Entries, LogEntryHeader),
      LogBatchMax - sizeof(koffload_log_batch));
  // The entry's offset is masked to a power of two (a bound the verifier
  // keeps, whatever the optimiser does with the check): room past the
  // mask for the largest entry.
  LogAreaOffset = alignTo(Off, 8);
  return LogAreaOffset + sizeof(koffload_log_batch) +
         NextPowerOf2(LogBatchCap) + LogBatchCap;
}

void XDPGenerator::resetLogBatch() {
  if (LogSites.empty())
    return;
  B.CreateAlignedStore(ConstantInt::get(I64, 0), scratch(LogAreaOffset),
                       Align(8));
}

Error XDPGenerator::emitLogRecord(CallBase &Call) {
  // The planner's test (Plan/Feasibility.cpp) is this one.
  Expected<LogCallShape> S = recordedLogCall(Call);
  if (!S)
    return S.takeError();
  auto Site = find(LogSites, &Call);
  if (Site == LogSites.end())
    return refuse(directCalleeName(Call) + " is not a log site of the path");
  if (S->Size > LogBatchCap)
    return refuse(directCalleeName(Call) + "'s record is larger than a batch");
  reserveLogRecord();
  // Where the entry goes: after the staged ones, if it fits.
  Value *Used = B.CreateAlignedLoad(I32, scratch(LogAreaOffset), Align(8));
  Value *Cur = opaque(B.CreateZExt(Used, I64));
  require(B.CreateICmpULE(Cur, ConstantInt::get(I64, LogBatchCap - S->Size)),
          "log.batch.room");
  Value *Masked =
      B.CreateAnd(Cur, ConstantInt::get(I64, NextPowerOf2(LogBatchCap) - 1));
  Value *Entry = B.CreateInBoundsGEP(
      I8, scratch(LogAreaOffset + sizeof(koffload_log_batch)), Masked);
  auto At = [&](uint64_t Off) {
    return B.CreateConstInBoundsGEP1_64(I8, Entry, Off);
  };
  B.CreateAlignedStore(ConstantInt::get(I32, Site - LogSites.begin()), At(0),
                       Align(8));
  B.CreateAlignedStore(ConstantInt::get(I32, S->Size), At(4), Align(4));
  // The recorded fields' values on the path; the constants' as constants
  // (a precision or an fwrite count may be either).
  SmallVector<Value *, 8> Vals;
  for (const LogField &Fld : S->Fields) {
    Value *V = nullptr;
    if (Fld.Kind == LogField::ConstInt) {
      V = ConstantInt::get(Fld.Ty, Fld.Value);
    } else if (Fld.Kind != LogField::ConstString) {
      auto *Arg = const_cast<Value *>(recordedOperand(Call, Fld));
      V = isa<Constant>(Arg) ? MapValue(cast<Constant>(Arg), VMap)
                             : VMap.lookup(Arg);
      if (!V)
        return refuse(directCalleeName(Call) + "'s argument " +
                      Twine(Fld.ArgNo) + " is not on the path");
    }
    Vals.push_back(V);
  }
  // An int as a u64 the optimiser cannot see through, so the bound the
  // verifier learns from a check below is on the register used.
  auto U64 = [&](unsigned Field) {
    Value *V = Vals[Field];
    return opaque(V->getType()->getIntegerBitWidth() < 64
                      ? B.CreateZExt(V, I64)
                      : V);
  };
  for (unsigned K = 0; K < S->Fields.size(); ++K) {
    const LogField &Fld = S->Fields[K];
    Value *V = Vals[K];
    if (Fld.Kind == LogField::Int || Fld.Kind == LogField::AddrString) {
      B.CreateAlignedStore(V, At(Fld.Offset), Align(8));
    } else if (Fld.Kind == LogField::String) {
      emitLogString(Fld, V, At(Fld.Offset),
                    Fld.PrecisionField >= 0 ? U64(Fld.PrecisionField)
                                            : nullptr);
    } else if (Fld.Kind == LogField::Bytes) {
      // size * count bytes, each factor checked first so the product
      // cannot wrap; more than the cap falls back.
      Value *Size = U64(Fld.SizeField), *Count = U64(Fld.CountField);
      Value *Cap = ConstantInt::get(I64, LogBytesCap);
      require(B.CreateAnd(B.CreateICmpULE(Size, Cap),
                          B.CreateICmpULE(Count, Cap)),
              "log.bytes");
      Value *Len = opaque(B.CreateMul(Size, Count));
      require(B.CreateICmpULE(Len, Cap), "log.bytes.len");
      // The bound again on the register passed (umin: both ways keep it).
      Value *N = B.CreateBinaryIntrinsic(Intrinsic::umin, opaque(Len), Cap);
      Value *Got = helper(HelperProbeReadKernel, I64, {At(Fld.Offset),
                          B.CreateTrunc(N, I32), V});
      require(B.CreateICmpEQ(Got, ConstantInt::get(I64, 0)), "log.bytes.read");
    }
  }
  Value *Header = scratch(LogAreaOffset);
  B.CreateAlignedStore(B.CreateAdd(Used, ConstantInt::get(I32, S->Size)),
                       Header, Align(8));
  Value *Count = B.CreateConstInBoundsGEP1_64(I8, Header, 4);
  B.CreateAlignedStore(
      B.CreateAdd(B.CreateAlignedLoad(I32, Count, Align(4)),
                  ConstantInt::get(I32, 1)),
      Count, Align(4));
  return Error::success();
}

void XDPGenerator::emitLogString(const LogField &Fld, Value *Str, Value *Dst,
                                 Value *Precision) {
  // The string with its NUL, at most the cap; one that fills the cap may
  // be longer, and falls back -- unless printf prints no more than the cap
  // holds anyway (a precision), where the copy stops as printf does.
  Value *Cap = ConstantInt::get(I64, LogStringCap);
  Value *N = Cap, *Bounded = nullptr; // true: the copy may fill the cap
  if (Fld.Precision >= 0 && uint64_t(Fld.Precision) < LogStringCap) {
    N = ConstantInt::get(I64, Fld.Precision + 1);
    Bounded = B.getTrue();
  } else if (Precision) {
    // A negative precision (as unsigned, huge) is no precision.
    Value *Max = ConstantInt::get(I64, LogStringCap - 1);
    Bounded = B.CreateICmpULE(Precision, Max);
    N = B.CreateAdd(B.CreateBinaryIntrinsic(Intrinsic::umin, Precision, Max),
                    ConstantInt::get(I64, 1));
  }
  Value *Got = helper(HelperProbeReadKernelStr, I64,
                      {Dst, B.CreateTrunc(N, I32), Str});
  Value *Ok = B.CreateICmpSGT(Got, ConstantInt::get(I64, 0));
  if (Bounded != B.getTrue()) {
    Value *Fits = B.CreateICmpSLT(Got, Cap);
    Ok = B.CreateAnd(Ok, Bounded ? B.CreateOr(Fits, Bounded) : Fits);
  }
  require(Ok, "log.string");
}

void XDPGenerator::addLogDiscard() {
  if (LogSites.empty())
    return;
  // The record, once reserved: null until then (the entry block).
  {
    IRBuilderBase::InsertPointGuard Guard(B);
    B.SetInsertPoint(&F->getEntryBlock(), F->getEntryBlock().begin());
    LogRecord = B.CreateAlloca(Ptr, nullptr, "log.record");
    B.CreateStore(ConstantPointerNull::get(cast<PointerType>(Ptr)), LogRecord);
  }
  LogRing = mapGlobal(*KM, KOFFLOAD_LOG_MAP, 2);
  // Every fallback from here on discards the record first, if there is
  // one.
  BasicBlock *Discard = BasicBlock::Create(Ctx, "fallback.log", F);
  BasicBlock *Do = BasicBlock::Create(Ctx, "fallback.log.discard", F);
  IRBuilder<> DB(Discard);
  Value *Rec = DB.CreateLoad(Ptr, LogRecord);
  DB.CreateCondBr(DB.CreateIsNotNull(Rec), Do, Fallback);
  DB.SetInsertPoint(Do);
  createBPFHelperCall(DB, HelperRingbufDiscard, DB.getVoidTy(),
                      {Rec, ConstantInt::get(I64, 0)});
  DB.CreateBr(Fallback);
  Fallback = Discard;
}

void XDPGenerator::reserveLogRecord() {
  // The batch's whole room, at the request's first log call.
  uint64_t Size = sizeof(koffload_log_batch) + LogBatchCap;
  Value *Rec = B.CreateLoad(Ptr, LogRecord);
  BasicBlock *Reserve = BasicBlock::Create(Ctx, "log.reserve", F);
  BasicBlock *Reserved = BasicBlock::Create(Ctx, "log.reserved", F);
  B.CreateCondBr(B.CreateIsNull(Rec), Reserve, Reserved);
  B.SetInsertPoint(Reserve);
  Value *New = helper(HelperRingbufReserve, Ptr,
                      {LogRing, ConstantInt::get(I64, Size),
                       ConstantInt::get(I64, 0)});
  require(B.CreateIsNotNull(New), "log.room");
  B.CreateStore(New, LogRecord);
  B.CreateBr(Reserved);
  B.SetInsertPoint(Reserved);
}

void XDPGenerator::copyLogBatch() {
  if (!LogRecord)
    return;
  // The staged batch into the record: a constant-size copy, nothing that
  // can fail.
  uint64_t Size = sizeof(koffload_log_batch) + LogBatchCap;
  Value *Rec = B.CreateLoad(Ptr, LogRecord);
  BasicBlock *Do = BasicBlock::Create(Ctx, "log.copy", F);
  BasicBlock *Done = BasicBlock::Create(Ctx, "log.copied", F);
  B.CreateCondBr(B.CreateIsNotNull(Rec), Do, Done);
  B.SetInsertPoint(Do);
  B.CreateMemCpy(Rec, Align(8), scratch(LogAreaOffset), Align(8), Size);
  B.CreateBr(Done);
  B.SetInsertPoint(Done);
}

void XDPGenerator::submitLogBatch() {
  if (!LogRecord)
    return;
  Value *Rec = B.CreateLoad(Ptr, LogRecord);
  BasicBlock *Do = BasicBlock::Create(Ctx, "log.submit", F);
  BasicBlock *Done = BasicBlock::Create(Ctx, "log.submitted", F);
  B.CreateCondBr(B.CreateIsNotNull(Rec), Do, Done);
  B.SetInsertPoint(Do);
  createBPFHelperCall(B, HelperRingbufSubmit, B.getVoidTy(),
                      {Rec, ConstantInt::get(I64, 0)});
  B.CreateBr(Done);
  B.SetInsertPoint(Done);
}

void XDPGenerator::addLogMapBTF(DIBuilder &DIB, DICompileUnit *CU,
                                DIFile *File) {
  if (LogRing)
    addMapBTF(DIB, CU, File, LogRing,
              {{"type", MapTypeRingbuf}, {"max_entries", LogRingSize}});
}

} // namespace xdpgen
} // namespace koffload
