//===- Verify.h - Ask the running kernel's verifier ------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A generated offload the verifier rejects must never ship. When the build
// runs with the right to load BPF programs, the object is loaded through
// libbpf (and unloaded again) and the verdict is the kernel's. Without that
// right the check cannot happen here; the runtime loads the object at
// start-up and falls back to userspace if it is rejected then.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_VERIFY_H
#define KOFFLOAD_KERNEL_VERIFY_H

#include "llvm/ADT/ArrayRef.h"
#include <string>

namespace koffload {

struct VerifierVerdict {
  enum Kind { Accepted, Rejected, Unavailable } Status = Unavailable;
  /// Rejected: the end of the verifier log; Unavailable: why.
  std::string Detail;
  /// Accepted: instructions processed by the verifier, when reported.
  unsigned ProcessedInsns = 0;
};

/// Loads the ELF object \p Object into the running kernel and unloads it.
VerifierVerdict verifyWithKernel(llvm::ArrayRef<char> Object);

} // namespace koffload

#endif // KOFFLOAD_KERNEL_VERIFY_H
