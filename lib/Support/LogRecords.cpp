//===- LogRecords.cpp - Log calls the offload records for userspace -------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/LogRecords.h"
#include "Support/FormatSpec.h"
#include "Support/KernelModel.h"
#include "Support/Refusal.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;

namespace koffload {

bool isLogFunction(StringRef Name) {
  std::optional<LibcFunction> F = lookupLibc(Name);
  return F && F->Lowering == LibcLowering::Recorded;
}

namespace {

/// Where a log function's operands are: the stream, the format or the
/// string, the first variadic argument, syslog's priority (-1: none).
struct Operands {
  StringRef Plain; ///< the function the replay calls
  int Stream = -1, Format = -1, Varargs = -1, Priority = -1;
};

std::optional<Operands> operandsOf(StringRef Name) {
  static const std::pair<StringRef, Operands> Table[] = {
      {"printf", {"printf", -1, 0, 1}},
      {"__printf_chk", {"printf", -1, 1, 2}}, // _FORTIFY_SOURCE
      {"fprintf", {"fprintf", 0, 1, 2}},
      {"__fprintf_chk", {"fprintf", 0, 2, 3}},
      {"puts", {"puts", -1, -1, -1}},
      {"fputs", {"fputs", 1, -1, -1}},
      {"putchar", {"putchar", -1, -1, -1}},
      {"fputc", {"fputc", 1, -1, -1}},
      {"putc", {"putc", 1, -1, -1}},
      {"fwrite", {"fwrite", 3, -1, -1}},
      {"fflush", {"fflush", 0, -1, -1}},
      {"syslog", {"syslog", -1, 1, 2, 0}},
      {"__syslog_chk", {"syslog", -1, 2, 3, 0}},
  };
  for (const auto &[N, Ops] : Table)
    if (N == Name)
      return Ops;
  return std::nullopt;
}

/// What a printf format takes from its arguments, in order: 'i' an
/// integer, 's' a string, '*' an int that is a width or a precision.
struct FormatArg {
  char Kind;
  int Precision = -1;       ///< 's': a precision in the format, or -1
  bool PrecisionArg = false; ///< 's': its precision is the '*' before it
};

/// The arguments of a printf format, read by the one format scanner
/// (Support/FormatSpec.h); what a log record can carry is decided here.
Expected<SmallVector<FormatArg, 8>> parseFormat(StringRef Fmt) {
  SmallVector<FormatArg, 8> Args;
  for (const FormatToken &T : scanFormat(Fmt)) {
    if (!T.Dir)
      continue;
    const FormatDirective &D = *T.Dir;
    if (D.Positional)
      return refuse("a format with positional arguments");
    if (D.Flags.contains('I'))
      return refuse("a format with the flag I");
    // A width or precision from an argument is an int argument of its own
    // before the converted one; the replay passes it back.
    if (D.WidthArg)
      Args.push_back({'*'});
    if (D.PrecisionArg)
      Args.push_back({'*'});
    if (!D.Conv)
      return refuse("a format that ends inside a conversion");
    bool Wide = D.Mod.contains('l');
    char Conv = D.Conv;
    if (StringRef("diouxXc").contains(Conv)) {
      Args.push_back({'i'});
    } else if (Conv == 's' && !Wide) {
      Args.push_back({'s', D.Precision, D.PrecisionArg});
    } else if (Conv == 'n') {
      return refuse("a format with %n (it writes through its argument)");
    } else if (StringRef("fFeEgGaA").contains(Conv)) {
      return refuse("a format with a floating-point conversion (%" +
                    Twine(Conv) + ")");
    } else if (Conv == 'p') {
      return refuse("a format with %p (an address in the kernel is not "
                    "the program's)");
    } else if (Conv == 'm') {
      return refuse("a format with %m (it prints errno, which no call of "
                    "the kernel path sets)");
    } else {
      return refuse("a format with the conversion %" +
                    Twine(Wide ? "l" : "") + Twine(Conv));
    }
  }
  return Args;
}

/// \p V as the stream of a log call: a load of stdout or stderr.
LogStream streamOf(const Value *V) {
  auto *L = dyn_cast<LoadInst>(V);
  auto *GV = L ? dyn_cast<GlobalVariable>(L->getPointerOperand()) : nullptr;
  if (!GV || L->isVolatile())
    return LogStream::None;
  if (GV->getName() == "stdout")
    return LogStream::Stdout;
  if (GV->getName() == "stderr")
    return LogStream::Stderr;
  return LogStream::None;
}

/// `inet_ntoa(addr)`: a pure function of a 32-bit address (its static
/// buffer aside), which the replay can call again.
const CallBase *inetNtoaCall(const Value *V) {
  const auto *CB = dyn_cast<CallBase>(V);
  if (!CB || directCalleeName(*CB) != "inet_ntoa" || CB->arg_size() != 1 ||
      !CB->getArgOperand(0)->getType()->isIntegerTy(32))
    return nullptr;
  return CB;
}

/// A string argument: its bytes when constant (with the NUL), the address
/// inet_ntoa formats, else recorded.
Error addString(LogCallShape &S, const CallBase &CB, unsigned ArgNo) {
  const Value *V = CB.getArgOperand(ArgNo);
  if (!V->getType()->isPointerTy())
    return refuse("a string argument that is not a pointer");
  if (const CallBase *Ntoa = inetNtoaCall(V)) {
    S.Fields.push_back({LogField::AddrString, ArgNo,
                        Ntoa->getArgOperand(0)->getType()});
    return Error::success();
  }
  LogField F{LogField::String, ArgNo, V->getType()};
  // A literal is passed by the replay; anything else (a local buffer, a
  // global one the program writes) is copied when the call runs.
  StringRef Text;
  if (getConstantStringInfo(V, Text)) {
    F.Kind = LogField::ConstString;
    F.Text = Text.str();
    F.Text.push_back('\0');
  }
  S.Fields.push_back(std::move(F));
  return Error::success();
}

Error addInt(LogCallShape &S, const CallBase &CB, unsigned ArgNo) {
  const Value *V = CB.getArgOperand(ArgNo);
  if (!V->getType()->isIntegerTy() ||
      V->getType()->getIntegerBitWidth() > 64)
    return refuse("an argument that is not an integer of at most 64 bits "
                  "for an integer conversion");
  LogField F{LogField::Int, ArgNo, V->getType()};
  if (auto *CI = dyn_cast<ConstantInt>(V)) {
    F.Kind = LogField::ConstInt;
    F.Value = CI->getZExtValue();
  }
  S.Fields.push_back(std::move(F));
  return Error::success();
}

/// fwrite(ptr, size, count, stream)'s data: constant bytes (what clang
/// makes of fprintf(stream, "literal")) are passed by the replay; any
/// other data is copied, size times count bytes, when the call runs.
Error addBytes(LogCallShape &S, const CallBase &CB) {
  if (CB.arg_size() != 4 || !CB.getArgOperand(0)->getType()->isPointerTy())
    return refuse("an unexpected signature");
  auto *Size = dyn_cast<ConstantInt>(CB.getArgOperand(1));
  auto *Count = dyn_cast<ConstantInt>(CB.getArgOperand(2));
  StringRef Bytes;
  if (Size && Count &&
      getConstantStringInfo(CB.getArgOperand(0), Bytes, /*TrimAtNul=*/false)) {
    uint64_t Len = Size->getZExtValue() * Count->getZExtValue();
    if (Len > Bytes.size())
      return refuse("more bytes than its constant holds");
    LogField F{LogField::ConstString, 0, CB.getArgOperand(0)->getType()};
    F.Text = Bytes.take_front(Len).str();
    S.Fields.push_back(std::move(F));
  } else {
    // Its length is the product of the next two fields.
    int At = int(S.Fields.size());
    S.Fields.push_back({LogField::Bytes, 0, CB.getArgOperand(0)->getType()});
    S.Fields.back().SizeField = At + 1;
    S.Fields.back().CountField = At + 2;
  }
  for (unsigned I : {1u, 2u})
    if (Error E = addInt(S, CB, I))
      return E;
  return Error::success();
}

} // namespace

Expected<LogCallShape> recordedLogCall(const CallBase &CB) {
  StringRef Name = directCalleeName(CB);
  std::optional<Operands> Ops = operandsOf(Name);
  if (!Ops)
    return refuse(Name + " is not a log call the offload records");
  LogCallShape S;
  S.Callee = Ops->Plain;
  auto Why = [&](const Twine &Reason) {
    return refuse(Name + " " + Reason);
  };
  // The kernel cannot know what the call returns (the bytes written).
  if (!CB.use_empty())
    return Why("whose result is used");
  if (Ops->Stream >= 0) {
    if (unsigned(Ops->Stream) >= CB.arg_size())
      return Why("without its stream");
    S.StreamArg = Ops->Stream;
    S.Stream = streamOf(CB.getArgOperand(S.StreamArg));
    if (S.Stream == LogStream::None)
      return Why("to a stream other than stdout or stderr");
  }
  auto Fail = [&](Error E) { return Why("with " + toString(std::move(E))); };
  unsigned First = Ops->Format >= 0 ? Ops->Format : 0;
  for (unsigned I = 0; I < First && I < CB.arg_size(); ++I) {
    if (int(I) == Ops->Priority) {
      // syslog's priority: an integer the replay passes back.
      if (Error E = addInt(S, CB, I))
        return Fail(std::move(E));
    } else if (I != S.StreamArg) {
      // __printf_chk's flag: constant, passed on by no one (the replay
      // calls the plain function).
      if (!isa<ConstantInt>(CB.getArgOperand(I)))
        return Why("with a run-time fortify flag");
    }
  }
  if (Ops->Format >= 0) {
    StringRef Fmt;
    if (unsigned(Ops->Format) >= CB.arg_size() ||
        !getConstantStringInfo(CB.getArgOperand(Ops->Format), Fmt))
      return Why("with a format that is not a string literal");
    Expected<SmallVector<FormatArg, 8>> Args = parseFormat(Fmt);
    if (!Args)
      return Fail(Args.takeError());
    if (CB.arg_size() - Ops->Varargs != Args->size())
      return Why("with more or fewer arguments than its format converts");
    LogField F{LogField::ConstString, unsigned(Ops->Format),
               CB.getArgOperand(Ops->Format)->getType()};
    F.Text = Fmt.str();
    F.Text.push_back('\0');
    S.Fields.push_back(std::move(F));
    for (unsigned K = 0; K < Args->size(); ++K) {
      const FormatArg &A = (*Args)[K];
      if (Error E = A.Kind == 's' ? addString(S, CB, Ops->Varargs + K)
                                  : addInt(S, CB, Ops->Varargs + K))
        return Fail(std::move(E));
      // The copy of a string stops where printf stops printing it.
      LogField &Last = S.Fields.back();
      if (A.Kind == 's' && Last.Kind == LogField::String) {
        Last.Precision = A.Precision;
        if (A.PrecisionArg)
          Last.PrecisionField = int(S.Fields.size()) - 2;
      }
    }
  } else if (S.Callee == "puts" || S.Callee == "fputs") {
    if (Error E = addString(S, CB, 0))
      return Fail(std::move(E));
  } else if (S.Callee == "putchar" || S.Callee == "fputc" ||
             S.Callee == "putc") {
    if (Error E = addInt(S, CB, 0))
      return Fail(std::move(E));
  } else if (S.Callee == "fwrite") {
    if (Error E = addBytes(S, CB))
      return Fail(std::move(E));
  }
  // Offsets of what is recorded.
  for (LogField &F : S.Fields) {
    if (F.Kind == LogField::Int || F.Kind == LogField::AddrString) {
      F.Offset = S.Size;
      S.Size += 8;
    } else if (F.Kind == LogField::String) {
      F.Offset = S.Size;
      S.Size += LogStringCap;
    } else if (F.Kind == LogField::Bytes) {
      F.Offset = S.Size;
      S.Size += LogBytesCap;
    }
  }
  S.Size = alignTo(S.Size, 8);
  if (S.Size > LogBatchMax)
    return Why("with more string arguments than a record holds");
  return S;
}

bool logsToOtherStream(const CallBase &CB) {
  std::optional<Operands> Ops = operandsOf(directCalleeName(CB));
  return Ops && Ops->Stream >= 0 && unsigned(Ops->Stream) < CB.arg_size() &&
         streamOf(CB.getArgOperand(Ops->Stream)) == LogStream::None;
}

SmallVector<CallBase *, 4> logSites(ArrayRef<BasicBlock *> Blocks) {
  SmallVector<CallBase *, 4> Sites;
  for (BasicBlock *BB : Blocks)
    for (Instruction &I : *BB)
      if (auto *CB = dyn_cast<CallBase>(&I);
          CB && isLogFunction(directCalleeName(*CB)))
        Sites.push_back(CB);
  return Sites;
}

bool onlyStreamOfLogCalls(const Instruction &I) {
  if (streamOf(&I) == LogStream::None || I.use_empty())
    return false;
  return all_of(I.users(), [&](const User *U) {
    auto *CB = dyn_cast<CallBase>(U);
    if (!CB || !isLogFunction(directCalleeName(*CB)))
      return false;
    std::optional<Operands> Ops = operandsOf(directCalleeName(*CB));
    return Ops && Ops->Stream >= 0 &&
           unsigned(Ops->Stream) < CB->arg_size() &&
           CB->getArgOperand(Ops->Stream) == &I &&
           count(CB->args(), &I) == 1;
  });
}

bool replayedForLogCalls(const Instruction &I) {
  if (!inetNtoaCall(&I) || I.use_empty())
    return false;
  return all_of(I.users(), [&](const User *U) {
    auto *CB = dyn_cast<CallBase>(U);
    if (!CB || !isLogFunction(directCalleeName(*CB)))
      return false;
    Expected<LogCallShape> S = recordedLogCall(*CB);
    if (!S) {
      consumeError(S.takeError());
      return false;
    }
    // Every use of it in the call is a field made again from the address.
    return all_of(CB->args(), [&](const Use &A) {
      return A.get() != &I ||
             any_of(S->Fields, [&](const LogField &F) {
               return F.ArgNo == A.getOperandNo() &&
                      F.Kind == LogField::AddrString;
             });
    });
  });
}

const Value *recordedOperand(const CallBase &CB, const LogField &F) {
  const Value *Arg = CB.getArgOperand(F.ArgNo);
  if (F.Kind == LogField::AddrString)
    if (const CallBase *Ntoa = inetNtoaCall(Arg))
      return Ntoa->getArgOperand(0);
  return Arg;
}

} // namespace koffload
