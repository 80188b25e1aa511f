//===- KOffloadPass.cpp - The whole split ---------------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "KOffloadPass.h"

#include "Landmarks/Landmarks.h"

using namespace llvm;

namespace koffload {

PreservedAnalyses KOffloadPass::run(Module &M, ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Landmarks = MAM.getResult<LandmarkAnalysis>(M);
  emitLandmarkRemarks(M, Landmarks);
  // Nothing is rewritten yet.
  return PreservedAnalyses::all();
}

} // namespace koffload
