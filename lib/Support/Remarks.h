//===- Remarks.h - koffload's optimization remarks -------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Every stage explains itself through LLVM optimization remarks under its
// own pass name, all starting with "koffload-" (so -Rpass-analysis=koffload,
// -Rpass-missed='koffload-plan' and -pass-remarks-output all work). Stages
// collect Findings in their results; the passes emit them.
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

/// The remark pass name of each stage (DEBUG_TYPE style).
namespace stage {
inline constexpr const char *Landmarks = "koffload-landmarks";
inline constexpr const char *Prepare = "koffload-prepare";
inline constexpr const char *RequestPaths = "koffload-request-paths";
inline constexpr const char *Feasibility = "koffload-feasibility";
inline constexpr const char *FastPath = "koffload-fast-path";
inline constexpr const char *SharedState = "koffload-shared-state";
inline constexpr const char *Plan = "koffload-plan";
inline constexpr const char *Kernel = "koffload-kernel";
inline constexpr const char *User = "koffload-user";
} // namespace stage

/// Something a stage could not establish, or a construct it will not see
/// through; reported as an analysis remark at \p At (or on \p In).
struct Finding {
  std::string RemarkName; ///< stable, CamelCase (e.g. "NoSocket")
  std::string Message;
  const llvm::Instruction *At = nullptr;
  const llvm::Function *In = nullptr;
  /// The remark pass name of the stage that found it (a stage:: name).
  const char *Stage = stage::Landmarks;
};

/// Emits \p F as an analysis remark under its stage's pass name. A finding
/// attached to nothing (an empty module) cannot be a remark and is dropped.
void emitFinding(const Finding &F);

/// Reports an impossible request from the user (an unreadable cost file, an
/// unwritable report) as an error diagnostic: the tool stops with the
/// message, never with an abort.
void emitError(llvm::LLVMContext &Ctx, const llvm::Twine &Message);

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_REMARKS_H
