//===- IRTestHelpers.h - Shared helpers for koffload unit tests -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Parse IR text into a module and run module analyses on it through a
// PassBuilder-registered analysis manager, the way opt would.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_TEST_UNIT_IRTESTHELPERS_H
#define KOFFLOAD_TEST_UNIT_IRTESTHELPERS_H

#include "Support/AnalysisManagers.h"

#include "llvm/AsmParser/Parser.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

#include <memory>

namespace koffload::test {

/// Parses \p IR; fails the current test with the parser's message if it is
/// not valid.
inline std::unique_ptr<llvm::Module> parseIR(llvm::LLVMContext &Ctx,
                                             llvm::StringRef IR) {
  llvm::SMDiagnostic Err;
  std::unique_ptr<llvm::Module> M = llvm::parseAssemblyString(IR, Err, Ctx);
  if (!M) {
    std::string Msg;
    llvm::raw_string_ostream OS(Msg);
    Err.print("unittest", OS);
    ADD_FAILURE() << OS.str();
  }
  return M;
}

/// The analysis managers of a PassBuilder, cross-registered.
using Analyses = koffload::AnalysisManagers;

} // namespace koffload::test

#endif // KOFFLOAD_TEST_UNIT_IRTESTHELPERS_H
