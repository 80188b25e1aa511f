//===- AnalysisManagers.h - A PassBuilder with its managers ----*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Running passes on a module of our own (the planner's working copy, the
// generated BPF module) needs a PassBuilder and the four analysis managers,
// cross-registered the way opt sets them up.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_ANALYSISMANAGERS_H
#define KOFFLOAD_SUPPORT_ANALYSISMANAGERS_H

#include "llvm/Passes/PassBuilder.h"

namespace koffload {

struct AnalysisManagers {
  llvm::LoopAnalysisManager LAM;
  llvm::FunctionAnalysisManager FAM;
  llvm::CGSCCAnalysisManager CGAM;
  llvm::ModuleAnalysisManager MAM;
  llvm::PassBuilder PB;

  /// \p TM, when given, adds the target's analyses and pipeline passes.
  explicit AnalysisManagers(llvm::TargetMachine *TM = nullptr) : PB(TM) {
    PB.registerModuleAnalyses(MAM);
    PB.registerCGSCCAnalyses(CGAM);
    PB.registerFunctionAnalyses(FAM);
    PB.registerLoopAnalyses(LAM);
    PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
  }
};

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_ANALYSISMANAGERS_H
