//===- KOffloadPass.cpp - The whole split ---------------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "KOffloadPass.h"

#include "Landmarks/Landmarks.h"
#include "Plan/Plan.h"
#include "Support/Remarks.h"

#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace koffload {

PreservedAnalyses KOffloadPass::run(Module &M, ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Landmarks = MAM.getResult<LandmarkAnalysis>(M);
  emitLandmarkRemarks(M, Landmarks);
  const OffloadPlan &Plan = MAM.getResult<PlanAnalysis>(M);
  emitPlanRemarks(Plan, Landmarks);

  if (!ReportPath.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(ReportPath, EC, sys::fs::OF_TextWithCRLF);
    if (EC) {
      emitError(M.getContext(), "koffload: cannot write report " + ReportPath +
                                    ": " + EC.message());
    } else {
      OS << formatv("{0:2}", Plan.toJSON(M)) << "\n";
    }
  }
  // Nothing is rewritten yet.
  return PreservedAnalyses::all();
}

} // namespace koffload
