//===- Names.h - Names as the programmer wrote them -------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Messages name functions and globals as the source does: a C++ symbol is
// demangled ("(anonymous namespace)::tables", not "_ZN12_GLOBAL__N_16
// tablesE"); a C name is itself.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_NAMES_H
#define KOFFLOAD_SUPPORT_NAMES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Demangle/Demangle.h"

#include <string>

namespace koffload {

inline std::string sourceName(llvm::StringRef IRName) {
  return llvm::demangle(std::string_view(IRName.data(), IRName.size()));
}

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_NAMES_H
