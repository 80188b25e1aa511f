//===- BPFTarget.h - Optimize and emit BPF modules -------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The kernel side ends as an ELF object for libbpf. This runs a BPF module
// through a PassBuilder built with the BPF TargetMachine (so the backend's
// verifier-friendly IR passes, BPFAdjustOpt and friends, run) and emits it.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_BPFTARGET_H
#define KOFFLOAD_KERNEL_BPFTARGET_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace llvm {
class Module;
class TargetMachine;
} // namespace llvm

namespace koffload {

/// The BPF target triple and data layout every generated module uses.
inline constexpr const char *BPFTriple = "bpf";
inline constexpr const char *BPFDataLayout =
    "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128";

/// A BPF TargetMachine (-mcpu=v3: 32-bit subregisters, atomics, jmp32).
llvm::Expected<std::unique_ptr<llvm::TargetMachine>> createBPFTargetMachine();

/// Optimizes a copy of \p M at -O2 with the BPF target's pipeline and emits
/// it as an ELF relocatable object. The copy lives in a private LLVMContext
/// whose diagnostic handler collects backend refusals ("unsupported signed
/// division", ...) into the returned error instead of stopping the
/// compiler that hosts the plugin: a program the backend refuses is not
/// offloaded, and the build goes on.
llvm::Expected<llvm::SmallVector<char, 0>>
compileBPFModule(const llvm::Module &M);

} // namespace koffload

#endif // KOFFLOAD_KERNEL_BPFTARGET_H
