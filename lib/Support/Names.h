//===- Names.h - Names as the programmer wrote them -------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Messages name functions, globals and locals as the source does: a C++
// symbol is demangled ("(anonymous namespace)::tables", not "_ZN12_GLOBAL__N_16
// tablesE"); a C name is itself; a local is named by its debug records.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_NAMES_H
#define KOFFLOAD_SUPPORT_NAMES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Demangle/Demangle.h"

#include <string>

namespace llvm {
class Function;
class GlobalVariable;
class Value;
} // namespace llvm

namespace koffload {

inline std::string sourceName(llvm::StringRef IRName) {
  return llvm::demangle(std::string_view(IRName.data(), IRName.size()));
}

/// The source variable \p V is or holds, quoted ("'count'"): for a local's
/// alloca its declare or (under assignment tracking, -O2) its assignment
/// marker; for a value its debug value records; else its IR name unless
/// clang made it up (".addr"-style names start with a dot). Empty when none
/// says.
std::string sourceVariableName(const llvm::Value *V);

/// A global as the source names it: its debug info's name, else its IR
/// name demangled ("spin_locks", not "_ZN12_GLOBAL__N_110spin_locksE").
std::string globalSourceName(const llvm::GlobalVariable &GV);

/// A function as the source names it: its debug info's name, else its IR
/// name demangled ("server_handler", not "_ZN12_GLOBAL__N_114server_handlerEi").
std::string sourceFunctionName(const llvm::Function &F);

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_NAMES_H
