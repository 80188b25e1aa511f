//===- FormatSpec.h - printf formats known at compile time ------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The one reader of printf formats (scanFormat: each directive as
// written), for sprintf/snprintf below and for the log calls the offload
// records (Support/LogRecords.cpp), which judge its directives each in
// their own terms.
//
// sprintf and snprintf (and glibc's fortified __sprintf_chk/__snprintf_chk)
// with a constant format run in the offload as straight-line code: the
// format is parsed here, at compile time, into literal runs and
// conversions, and the generator (Kernel/BPFFormat.cpp) emits one call of
// a small BPF libc primitive per piece. The planner (Plan/Feasibility.cpp)
// asks formatCallBlocker() the same question the generator does, so both
// name the same conversion when a format cannot run.
//
// Supported: %d %i %u %x %X %o %c %s %%, the length modifiers hh h l ll z
// j t, the flags - 0 + space #, a width and a precision given in the
// format or taken from an int argument (*). Not: floating point (%f %e %g
// %a), %p, %n, wide characters (%lc %ls), positional arguments (%1$d).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_FORMATSPEC_H
#define KOFFLOAD_SUPPORT_FORMATSPEC_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace llvm {
class CallBase;
} // namespace llvm

namespace koffload {

/// The largest width or precision the offload formats (a larger one, from
/// an argument, falls back; in the format, it blocks the call).
inline constexpr int FormatWidthMax = 4096;

/// One conversion of a format.
struct FormatConversion {
  char Conv = 0; ///< d i u x X o c s
  bool Left = false, Zero = false, Plus = false, Space = false, Alt = false;
  int Width = 0;          ///< 0: none
  bool WidthArg = false;  ///< '*': from an int argument
  int Precision = -1;     ///< -1: none
  bool PrecisionArg = false;
  unsigned Bits = 32;     ///< the integer argument's width (hh: 8, l: 64)

  bool isSigned() const { return Conv == 'd' || Conv == 'i'; }
  bool isInteger() const { return Conv != 'c' && Conv != 's'; }
  unsigned base() const {
    return Conv == 'o' ? 8 : (Conv == 'x' || Conv == 'X') ? 16 : 10;
  }
};

/// One conversion as written, before anyone judges it. scanFormat() is
/// the one reader of printf formats: parseFormat() below (sprintf and
/// snprintf) and the log calls the offload records (Support/
/// LogRecords.cpp) each decide what of it they handle, in their own words.
struct FormatDirective {
  size_t Start = 0;        ///< where its '%' is in the format
  llvm::StringRef Spelled; ///< after the '%', through the conversion
  llvm::StringRef Flags;   ///< any of - 0 + space # ' I, as written
  int Width = 0;           ///< 0: none; at most FormatWidthMax + 1
  bool WidthArg = false;   ///< '*'
  int Precision = -1;      ///< -1: none; at most FormatWidthMax + 1
  bool PrecisionArg = false;
  llvm::StringRef Mod;     ///< one of hh h l ll z j t L q, or empty
  char Conv = 0;           ///< 0: the format ends inside the directive
  bool Positional = false; ///< %1$d: Spelled is the digits and the '$'
};

/// A literal run ("%%" read as "%") or a directive.
struct FormatToken {
  std::string Literal;
  std::optional<FormatDirective> Dir;
};

/// \p Fmt (up to its first NUL) as literal runs and directives, in order.
/// A positional or incomplete directive is the last token.
llvm::SmallVector<FormatToken, 8> scanFormat(llvm::StringRef Fmt);

/// A literal run (Conv empty) or a conversion.
struct FormatPiece {
  std::string Literal;
  std::optional<FormatConversion> Conv;
};

struct FormatSpec {
  llvm::SmallVector<FormatPiece, 8> Pieces;
  unsigned NumArgs = 0; ///< variadic arguments it consumes
};

/// Parses \p Fmt (up to its first NUL). On failure, sets \p Why to the
/// first thing the offload does not format ("the conversion %f").
std::optional<FormatSpec> parseFormat(llvm::StringRef Fmt, std::string &Why);

/// Where a formatting call keeps its arguments.
struct FormatCallLayout {
  unsigned Dst = 0;
  std::optional<unsigned> Size;    ///< snprintf's size
  std::optional<unsigned> ObjSize; ///< the _chk forms' object size
  unsigned Format = 0;
  unsigned FirstArg = 0; ///< the first variadic argument
};

/// The layout of a call of sprintf, snprintf, __sprintf_chk or
/// __snprintf_chk (by the callee's own name); none for anything else.
std::optional<FormatCallLayout> formatCallLayout(const llvm::CallBase &CB);

/// Whether \p Name (as directCalleeName() gives it) is one of the
/// formatting calls the offload specialises.
bool isFormatCallName(llvm::StringRef Name);

/// Why \p CB, a formatting call, cannot run in the offload ("snprintf with
/// the conversion %f"), or none; \p Out receives the parsed format. The
/// planner and the generator both ask.
std::optional<std::string> formatCallBlocker(const llvm::CallBase &CB,
                                             FormatSpec *Out = nullptr);

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_FORMATSPEC_H
