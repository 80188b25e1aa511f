//===- Remarks.cpp - koffload's optimization remarks ----------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/Remarks.h"

#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instruction.h"
#include "llvm/IR/LLVMContext.h"

using namespace llvm;

namespace koffload {

void emitFinding(const Finding &F) {
  if (F.At) {
    OptimizationRemarkAnalysis R(RemarkPassName, F.RemarkName, F.At);
    R << F.Message;
    F.At->getContext().diagnose(R);
  } else if (F.In) {
    OptimizationRemarkAnalysis R(RemarkPassName, F.RemarkName, F.In);
    R << F.Message;
    F.In->getContext().diagnose(R);
  }
}

} // namespace koffload
