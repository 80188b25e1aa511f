//===- CostModel.h - Does the offload pay? ---------------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The benefit model of CoNEXT'25 §3.2. A request costs C in userspace. With
// the offload, a fraction ω of requests is answered in the kernel at cost
// ρC, and the rest pay the kernel's attempt plus the full userspace cost,
// (1+ρ)C. The offload pays iff ωρC + (1−ω)(1+ρ)C < C, that is iff ρ < ω;
// the expected saving per request is (ω − ρ)·C.
//
// The constants (ns) come from a cost file; the defaults are the paper's
// figures (DESIGN-NOTES §7) and `koffload calibrate` will measure them per
// machine. The shipped file is runtime/costs-default.json.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_COSTMODEL_H
#define KOFFLOAD_PLAN_COSTMODEL_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

namespace koffload {

enum class Hook { XDP, TC, SkSkb };
llvm::StringRef hookName(Hook H);

struct CostFile {
  std::string Source = "built-in defaults (CoNEXT'25 figures)";
  // Kernel side, per request.
  double XdpHookNs = 0, XdpContextNs = 38;
  double TcHookNs = 273, TcContextNs = 35;
  double SkSkbHookNs = 1072, SkSkbContextNs = 1350;
  double ParseNs = 10;            ///< Ethernet/IP/UDP parsing and checks
  double ArrayMapAccessNs = 3.9;  ///< a global on an ARRAY map, from BPF
  double BpfInsnNs = 0.5;         ///< one BPF instruction, JITed
  // Userspace side, per request.
  double SocketDeliveryNs = 5738; ///< reaching a userspace socket
  double UserInsnNs = 0.3;        ///< one instruction of the handler
  double UserMmapAccessNs = 2;    ///< a shared global on mmap'd map memory
  /// Offload only when ω exceeds ρ by at least this much.
  double Margin = 0.05;

  double hookNs(Hook H) const;
  llvm::json::Value toJSON() const;
  /// Reads a cost file; unknown keys are an error (a typo must not silently
  /// fall back to a default).
  static llvm::Expected<CostFile> fromJSON(llvm::StringRef Text,
                                           llvm::StringRef Source);
  static llvm::Expected<CostFile> load(llvm::StringRef Path);
};

/// What one request on the fast path does, per request (profile-weighted).
struct FastPathWork {
  double Instructions = 0;     ///< IR instructions executed in the kernel
  double SharedAccesses = 0;   ///< loads/stores of globals (map accesses)
  double UserInstructions = 0; ///< IR instructions of the whole request
};

struct Benefit {
  double KernelNs = 0; ///< ρC
  double UserNs = 0;   ///< C
  double Rho = 0;
  double Omega = 0;
  double SavingNs = 0; ///< (ω − ρ)C, negative when it does not pay
  bool Offload = false;
};

Benefit evaluateBenefit(const CostFile &Costs, Hook H, const FastPathWork &W,
                        double Omega);

} // namespace koffload

#endif // KOFFLOAD_PLAN_COSTMODEL_H
