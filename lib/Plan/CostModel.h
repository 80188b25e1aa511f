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
// figures (DESIGN-NOTES §7), except sk_skb's and a TCP request's, measured
// on the development machine (docs/calibrate.md); `koffload calibrate`
// measures them per machine. The shipped file is runtime/costs-default.json.
// The hook decides which figures apply: XDP and TC requests are UDP
// datagrams (socket_delivery_ns), sk_skb requests TCP (its own context
// cost and tcp_socket_delivery_ns).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_COSTMODEL_H
#define KOFFLOAD_PLAN_COSTMODEL_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

namespace koffload {

enum class Hook { XDP, TC, SkSkb };
llvm::StringRef hookName(Hook H);

struct CostFile {
  std::string Source =
      "built-in defaults (CoNEXT'25 figures; sk_skb's and TCP's measured)";
  // Kernel side, per request.
  double XdpHookNs = 0, XdpContextNs = 38;
  double TcHookNs = 273, TcContextNs = 35;
  // sk_skb, measured by koffload-calibrate over veth (TCP ping-pong): the
  // context figure is what running the verdict (and sk_msg on the reply)
  // adds to a request userspace answers; reaching the hook is paid by both
  // sides, so it is 0 here (CoNEXT'25 Table 1: 1072 to reach from the
  // driver, 1350 to prepare the context).
  double SkSkbHookNs = 0, SkSkbContextNs = 1317;
  double ParseNs = 10;            ///< Ethernet/IP/UDP parsing and checks
  double ArrayMapAccessNs = 3.9;  ///< a global on an ARRAY map, from BPF
  double BpfInsnNs = 0.5;         ///< one BPF instruction, JITed
  // Userspace side, per request.
  double SocketDeliveryNs = 5738; ///< reaching a userspace socket (UDP)
  /// A TCP request answered in userspace rather than by sk_skb + sk_msg
  /// (measured like SkSkbContextNs).
  double TcpSocketDeliveryNs = 3215;
  double UserInsnNs = 0.3;        ///< one instruction of the handler
  double UserMmapAccessNs = 2;    ///< a shared global on mmap'd map memory
  /// Offload only when ω exceeds ρ by at least this much.
  double Margin = 0.05;

  double hookNs(Hook H) const;
  /// Reaching userspace for a request that arrives at hook H.
  double deliveryNs(Hook H) const;
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

/// A cost file figure the model used, under its key.
struct CostFigure {
  llvm::StringRef Key;
  double Ns = 0;
  bool PerRequest = true; ///< else per instruction or shared access
};

struct Benefit {
  double KernelNs = 0; ///< ρC
  double UserNs = 0;   ///< C
  double Rho = 0;
  double Omega = 0;
  double SavingNs = 0; ///< (ω − ρ)C, negative when it does not pay
  bool Offload = false;
  /// What KernelNs and UserNs were built from: the hook decides some of
  /// them (the plan's JSON and remarks name them).
  llvm::SmallVector<CostFigure, 5> KernelFigures;
  llvm::SmallVector<CostFigure, 3> UserFigures;
};

Benefit evaluateBenefit(const CostFile &Costs, Hook H, const FastPathWork &W,
                        double Omega);

} // namespace koffload

#endif // KOFFLOAD_PLAN_COSTMODEL_H
