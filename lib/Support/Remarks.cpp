//===- Remarks.cpp - koffload's optimization remarks ----------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/Remarks.h"

#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instruction.h"
#include "llvm/IR/LLVMContext.h"

using namespace llvm;

namespace koffload {

namespace {
/// A plain error message (LLVM 19 has no generic diagnostic class).
class DiagnosticInfoKOffloadError : public DiagnosticInfo {
  const Twine &Message;

public:
  explicit DiagnosticInfoKOffloadError(const Twine &Message)
      : DiagnosticInfo(kind(), DS_Error), Message(Message) {}
  void print(DiagnosticPrinter &DP) const override { DP << Message; }
  static int kind() {
    static const int Kind = getNextAvailablePluginDiagnosticKind();
    return Kind;
  }
};
} // namespace

void emitError(LLVMContext &Ctx, const Twine &Message) {
  Ctx.diagnose(DiagnosticInfoKOffloadError(Message));
}

void emitFinding(const Finding &F) {
  if (F.At) {
    OptimizationRemarkAnalysis R(F.Stage, F.RemarkName, F.At);
    R << F.Message;
    F.At->getContext().diagnose(R);
  } else if (F.In) {
    OptimizationRemarkAnalysis R(F.Stage, F.RemarkName, F.In);
    R << F.Message;
    F.In->getContext().diagnose(R);
  }
}

} // namespace koffload
