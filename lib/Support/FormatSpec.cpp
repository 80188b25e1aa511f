//===- FormatSpec.cpp - printf formats known at compile time --------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/FormatSpec.h"
#include "Support/ValueSources.h"

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;

namespace koffload {

namespace {

bool isDigit(char C) { return C >= '0' && C <= '9'; }

/// A decimal number at \p I (advanced past it), at most FormatWidthMax + 1.
int number(StringRef Fmt, size_t &I) {
  int N = 0;
  while (I < Fmt.size() && isDigit(Fmt[I])) {
    N = std::min(N * 10 + (Fmt[I] - '0'), FormatWidthMax + 1);
    ++I;
  }
  return N;
}

/// What a conversion the offload does not format is.
std::string unsupported(char C, StringRef Spelled) {
  std::string S = ("the conversion %" + Spelled).str();
  switch (C) {
  case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a':
  case 'A':
    return S + " (floating point)";
  case 'p':
    return S + " (a pointer's address)";
  case 'n':
    return S + " (writes the count through a pointer)";
  case 'm':
    return S + " (strerror(errno))";
  case 'C': case 'S':
    return S + " (wide characters)";
  default:
    return S;
  }
}

} // namespace

SmallVector<FormatToken, 8> scanFormat(StringRef Fmt) {
  Fmt = Fmt.take_until([](char C) { return C == '\0'; });
  SmallVector<FormatToken, 8> Tokens;
  std::string Run;
  auto EndRun = [&] {
    if (!Run.empty())
      Tokens.push_back({std::move(Run), std::nullopt});
    Run.clear();
  };
  for (size_t I = 0; I < Fmt.size();) {
    if (Fmt[I] != '%') {
      Run += Fmt[I++];
      continue;
    }
    size_t Start = I++;
    if (I < Fmt.size() && Fmt[I] == '%') {
      Run += '%';
      ++I;
      continue;
    }
    EndRun();
    FormatDirective D;
    D.Start = Start;
    // A positional argument: digits and '$' before the flags.
    size_t J = I;
    while (J < Fmt.size() && isDigit(Fmt[J]))
      ++J;
    if (J > I && J < Fmt.size() && Fmt[J] == '$') {
      D.Positional = true;
      D.Spelled = Fmt.slice(I, J + 1);
      Tokens.push_back({"", D});
      return Tokens;
    }
    size_t FlagsStart = I;
    while (I < Fmt.size() && StringRef("-0+ #'I").contains(Fmt[I]))
      ++I;
    D.Flags = Fmt.slice(FlagsStart, I);
    if (I < Fmt.size() && Fmt[I] == '*') {
      D.WidthArg = true;
      ++I;
    } else {
      D.Width = number(Fmt, I);
    }
    if (I < Fmt.size() && Fmt[I] == '.') {
      ++I;
      if (I < Fmt.size() && Fmt[I] == '*') {
        D.PrecisionArg = true;
        ++I;
      } else {
        D.Precision = number(Fmt, I);
      }
    }
    StringRef Rest = Fmt.substr(I);
    for (StringRef M : {"hh", "ll", "h", "l", "z", "j", "t", "L", "q"})
      if (Rest.starts_with(M)) {
        D.Mod = M;
        break;
      }
    I += D.Mod.size();
    if (I < Fmt.size())
      D.Conv = Fmt[I++];
    D.Spelled = Fmt.slice(Start + 1, I);
    Tokens.push_back({"", D});
    if (!D.Conv)
      return Tokens;
  }
  EndRun();
  return Tokens;
}

std::optional<FormatSpec> parseFormat(StringRef Fmt, std::string &Why) {
  Fmt = Fmt.take_until([](char C) { return C == '\0'; });
  FormatSpec Spec;
  for (FormatToken &T : scanFormat(Fmt)) {
    if (!T.Dir) {
      Spec.Pieces.push_back({std::move(T.Literal), std::nullopt});
      continue;
    }
    const FormatDirective &D = *T.Dir;
    if (D.Positional) {
      Why = ("a positional argument (%" + D.Spelled + ")").str();
      return std::nullopt;
    }
    FormatConversion C;
    for (char F : D.Flags) {
      if (F == '\'' || F == 'I') {
        Why = std::string("the flag ") + F + " (locale-dependent digits)";
        return std::nullopt;
      }
      C.Left |= F == '-';
      C.Zero |= F == '0';
      C.Plus |= F == '+';
      C.Space |= F == ' ';
      C.Alt |= F == '#';
    }
    C.Width = D.Width;
    C.WidthArg = D.WidthArg;
    C.Precision = D.Precision;
    C.PrecisionArg = D.PrecisionArg;
    if (C.Width > FormatWidthMax || C.Precision > FormatWidthMax) {
      Why = "a width or precision over " + std::to_string(FormatWidthMax);
      return std::nullopt;
    }
    if (!D.Conv) {
      Why = ("an incomplete conversion at the end (" + Fmt.substr(D.Start) +
             ")")
                .str();
      return std::nullopt;
    }
    C.Conv = D.Conv;
    StringRef Mod = D.Mod;
    switch (C.Conv) {
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
      if (Mod == "L" || Mod == "q") {
        Why = unsupported(C.Conv, D.Spelled);
        return std::nullopt;
      }
      C.Bits = Mod == "hh" ? 8
               : Mod == "h" ? 16
               : Mod.empty() ? 32
                             : 64;
      break;
    case 'c': case 's':
      if (!Mod.empty()) {
        Why = unsupported(C.Conv, D.Spelled) +
              (Mod == "l" ? " (wide characters)" : "");
        return std::nullopt;
      }
      break;
    default:
      Why = unsupported(C.Conv, D.Spelled);
      return std::nullopt;
    }
    Spec.NumArgs += 1 + C.WidthArg + C.PrecisionArg;
    Spec.Pieces.push_back({"", C});
  }
  return Spec;
}

std::optional<FormatCallLayout> formatCallLayout(const CallBase &CB) {
  const auto *F =
      dyn_cast<Function>(CB.getCalledOperand()->stripPointerCasts());
  if (!F || !F->isVarArg())
    return std::nullopt;
  StringRef Name = F->getName();
  FormatCallLayout L;
  if (Name == "sprintf")
    L.Format = 1;
  else if (Name == "snprintf")
    L.Size = 1, L.Format = 2;
  else if (Name == "__sprintf_chk") // (dst, flag, dstlen, fmt, ...)
    L.ObjSize = 2, L.Format = 3;
  else if (Name == "__snprintf_chk") // (dst, maxlen, flag, dstlen, fmt, ...)
    L.Size = 1, L.ObjSize = 3, L.Format = 4;
  else
    return std::nullopt;
  L.FirstArg = L.Format + 1;
  if (CB.arg_size() < L.FirstArg)
    return std::nullopt;
  return L;
}

bool isFormatCallName(StringRef Name) {
  return Name == "sprintf" || Name == "snprintf";
}

std::optional<std::string> formatCallBlocker(const CallBase &CB,
                                             FormatSpec *Out) {
  std::optional<FormatCallLayout> L = formatCallLayout(CB);
  StringRef Name = directCalleeName(CB);
  if (!L)
    return (Name + " called with an unexpected prototype").str();
  StringRef Fmt;
  if (!getConstantStringInfo(CB.getArgOperand(L->Format), Fmt))
    return (Name + " with a format that is not a string literal").str();
  std::string Why;
  std::optional<FormatSpec> Spec = parseFormat(Fmt, Why);
  if (!Spec)
    return (Name + " with " + Why).str();
  // The arguments, as clang passes them on x86-64: int and what promotes to
  // it as i32, long and size_t as i64, strings as pointers.
  if (CB.arg_size() - L->FirstArg != Spec->NumArgs)
    return (Name + " with " + Twine(CB.arg_size() - L->FirstArg) +
            " arguments for a format that takes " + Twine(Spec->NumArgs))
        .str();
  unsigned A = L->FirstArg;
  auto IsInt = [&](unsigned Bits) {
    Type *T = CB.getArgOperand(A++)->getType();
    return T->isIntegerTy(Bits);
  };
  for (const FormatPiece &P : Spec->Pieces) {
    if (!P.Conv)
      continue;
    const FormatConversion &C = *P.Conv;
    bool Ok = (!C.WidthArg || IsInt(32)) && (!C.PrecisionArg || IsInt(32));
    if (Ok && C.Conv == 's')
      Ok = CB.getArgOperand(A++)->getType()->isPointerTy();
    else if (Ok)
      Ok = IsInt(C.Conv == 'c' || C.Bits <= 32 ? 32 : 64);
    if (!Ok)
      return (Name + " with an argument whose type does not match %" +
              Twine(C.Conv))
          .str();
  }
  // The output goes into a local buffer: the offload keeps those in its
  // per-CPU scratch. A global buffer is shared with userspace, and bytes
  // written into it at run-time positions could not be undone on a
  // fallback.
  if (!isa<AllocaInst>(getUnderlyingObject(CB.getArgOperand(L->Dst))))
    return (Name + " into a buffer that is not a local array").str();
  if (Out)
    *Out = std::move(*Spec);
  return std::nullopt;
}

} // namespace koffload
