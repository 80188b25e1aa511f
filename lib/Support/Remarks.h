//===- Remarks.h - koffload's optimization remarks -------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Every stage explains itself through LLVM optimization remarks under the
// one pass name "koffload" (-Rpass-analysis=koffload, -pass-remarks-output).
// Stages collect Findings in their results; the passes emit them.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_REMARKS_H
#define KOFFLOAD_SUPPORT_REMARKS_H

#include <string>

namespace llvm {
class Function;
class Instruction;
class LLVMContext;
class Twine;
} // namespace llvm

namespace koffload {

/// The pass name all koffload remarks carry.
inline constexpr const char *RemarkPassName = "koffload";

/// Something a stage could not establish, or a construct it will not see
/// through; reported as an analysis remark at \p At (or on \p In).
struct Finding {
  std::string RemarkName; ///< stable, CamelCase (e.g. "NoSocket")
  std::string Message;
  const llvm::Instruction *At = nullptr;
  const llvm::Function *In = nullptr;
};

/// Emits \p F as an analysis remark. A finding attached to nothing (an
/// empty module) cannot be a remark and is dropped.
void emitFinding(const Finding &F);

/// Reports an impossible request from the user (an unreadable cost file, an
/// unwritable report) as an error diagnostic: the tool stops with the
/// message, never with an abort.
void emitError(llvm::LLVMContext &Ctx, const llvm::Twine &Message);

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_REMARKS_H
