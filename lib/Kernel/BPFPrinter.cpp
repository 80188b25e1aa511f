//===- BPFPrinter.cpp - print<koffload-bpf>: the generated BPF IR ---------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFPrinter.h"
#include "Kernel/OffloadSpec.h"
#include "Landmarks/Landmarks.h"
#include "Plan/Plan.h"

#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace koffload {

PreservedAnalyses GeneratedBPFPrinterPass::run(Module &M,
                                               ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  const OffloadPlan &Plan = MAM.getResult<PlanAnalysis>(M);
  const Candidate *Chosen = nullptr;
  for (const Candidate &C : Plan.Candidates)
    if (C.offloaded()) {
      Chosen = &C;
      break;
    }
  if (!Chosen) {
    OS << "; koffload-bpf: nothing offloaded: "
       << (Plan.Candidates.empty() ? "no request path"
                                   : Plan.Candidates.front().Decision)
       << "\n";
    return PreservedAnalyses::all();
  }
  Expected<OffloadSpec> Spec = buildOffloadSpec(Plan, *Chosen, Info, Limits);
  if (!Spec) {
    OS << "; koffload-bpf: no spec: " << toString(Spec.takeError()) << "\n";
    return PreservedAnalyses::all();
  }
  Expected<std::unique_ptr<Module>> Kernel = generateXDPModule(*Spec);
  if (!Kernel) {
    OS << "; koffload-bpf: not generated: " << toString(Kernel.takeError())
       << "\n";
    return PreservedAnalyses::all();
  }
  (*Kernel)->print(OS, nullptr);
  return PreservedAnalyses::all();
}

} // namespace koffload
