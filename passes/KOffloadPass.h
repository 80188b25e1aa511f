//===- KOffloadPass.h - The whole split ------------------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// `koffload`: the module pass that splits a server into a kernel offload and
// a userspace program. For now it finds the landmarks, builds the offload
// plan, explains both through remarks, writes the JSON report, and, with
// -koffload-bpf-out, generates the XDP offload object; it leaves the module
// unchanged (the user side comes later).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PASSES_KOFFLOADPASS_H
#define KOFFLOAD_PASSES_KOFFLOADPASS_H

#include "Kernel/XDPGen.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Support/JSON.h"
#include <string>

namespace koffload {

class LandmarkInfo;
class OffloadPlan;

/// What the koffload pass writes, and the generated program's limits.
struct KOffloadOptions {
  std::string ReportPath; ///< -koffload-report
  std::string BPFOutPath; ///< -koffload-bpf-out
  std::string BPFIRPath;  ///< -koffload-bpf-ir
  XDPLimits Limits; ///< -koffload-bpf-libc, -koffload-loop-cap, -koffload-loops
  /// When the verifier rejects loops bounded by trip counters, try again
  /// with iterator loops (-koffload-loops=auto).
  bool RetryWithIterators = true;
  /// Make the program the user half of the split (-koffload-split): the
  /// offload embedded, started by the runtime after bind().
  bool Split = false;
};

class KOffloadPass : public llvm::PassInfoMixin<KOffloadPass> {
  KOffloadOptions Opts;

public:
  explicit KOffloadPass(KOffloadOptions Opts = {}) : Opts(std::move(Opts)) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  /// Must also run on -O0 (optnone) code under clang.
  static bool isRequired() { return true; }

private:
  /// True when \p M was changed (split). \p Outcome: what became of the
  /// plan, for the report (docs/report-schema.md, "outcome").
  bool emitOffloadObject(llvm::Module &M, const LandmarkInfo &Landmarks,
                         const OffloadPlan &Plan, llvm::json::Object &Outcome);
};

} // namespace koffload

#endif // KOFFLOAD_PASSES_KOFFLOADPASS_H
