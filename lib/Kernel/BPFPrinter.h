//===- BPFPrinter.h - print<koffload-bpf>: the generated BPF IR -*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Runs kernel generation alone, with no kernel: plans the module (landmark
// and plan analyses), builds the spec of the first offloaded candidate
// (OffloadSpec.h), generates its BPF module and prints it as LLVM IR, the
// same IR -koffload-bpf-ir writes: after generation and the verifier
// legalisation, before the BPF target's -O2 pipeline and code generation
// (BPFTarget.h). Nothing is compiled, verified or written, so tests can
// FileCheck the generated program on any machine:
//
//   opt -load-pass-plugin=KOffload.so -passes='print<koffload-bpf>' \
//       -disable-output server.ll 2>&1 | FileCheck server.c
//
// When nothing is offloaded, or generation refuses, it prints one comment
// line saying why ("; koffload-bpf: ..."). The module is left unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_BPFPRINTER_H
#define KOFFLOAD_KERNEL_BPFPRINTER_H

#include "Kernel/XDPGen.h"
#include "llvm/IR/PassManager.h"

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace koffload {

class GeneratedBPFPrinterPass
    : public llvm::PassInfoMixin<GeneratedBPFPrinterPass> {
  llvm::raw_ostream &OS;
  XDPLimits Limits;

public:
  GeneratedBPFPrinterPass(llvm::raw_ostream &OS, XDPLimits Limits = {})
      : OS(OS), Limits(std::move(Limits)) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

} // namespace koffload

#endif // KOFFLOAD_KERNEL_BPFPRINTER_H
