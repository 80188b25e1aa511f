//===- KOffloadPass.h - The whole split ------------------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// `koffload`: the module pass that splits a server into a kernel offload and
// a userspace program. For now it finds the landmarks, builds the offload
// plan, explains both through remarks, and writes the JSON report; it leaves
// the module unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PASSES_KOFFLOADPASS_H
#define KOFFLOAD_PASSES_KOFFLOADPASS_H

#include "llvm/IR/PassManager.h"
#include <string>

namespace koffload {

class KOffloadPass : public llvm::PassInfoMixin<KOffloadPass> {
  std::string ReportPath;

public:
  explicit KOffloadPass(std::string ReportPath = "")
      : ReportPath(std::move(ReportPath)) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  /// Must also run on -O0 (optnone) code under clang.
  static bool isRequired() { return true; }
};

} // namespace koffload

#endif // KOFFLOAD_PASSES_KOFFLOADPASS_H
