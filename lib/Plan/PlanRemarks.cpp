//===- PlanRemarks.cpp - The plan as optimization remarks -----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The plan explained through OptimizationRemarkEmitter, each remark under
// the pass name of the stage that found it (Support/Remarks.h), so
// -Rpass-missed=koffload-feasibility shows the blockers alone and
// -Rpass.*=koffload still shows everything:
//
//   a finding's stage    findings: receives that are not planned
//                        (stage::RequestPaths)
//   stage::Feasibility   Missed: one per blocker (its Blocker name)
//   stage::FastPath      Analysis: FallbackExit
//   stage::SharedState   Analysis: FallbackPoint, Effect, SharedState
//   stage::Plan          Passed: Offloaded; Missed: NotOffloaded;
//                        Analysis: Hook, CostFigures
//
// Analysis remarks are only built when someone listens for them
// (allowExtraAnalysis). The printers only print; the `koffload` pass and
// `koffload-remarks` emit.
//
//===----------------------------------------------------------------------===//

#include "Plan/PathUtils.h"
#include "Plan/Plan.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Instructions.h"

#include <cstdio>

using namespace llvm;

namespace koffload {

using NV = DiagnosticInfoOptimizationBase::Argument;

/// A number in a remark, with a fixed precision so YAML stays stable.
static NV number(StringRef Key, double V, unsigned Decimals = 3) {
  char Buf[64];
  snprintf(Buf, sizeof(Buf), "%.*f", int(Decimals), V);
  return NV(Key, StringRef(Buf));
}

/// The decision: Offloaded or NotOffloaded.
static void emitDecision(OptimizationRemarkEmitter &ORE, const Candidate &C,
                         StringRef Weights) {
  const Instruction *At = C.ArrivalAt;
  if (C.offloaded()) {
    OptimizationRemark R(stage::Plan, "Offloaded", At);
    R << "offloading requests on socket #" << NV("Socket", C.Socket) << " to "
      << NV("Hook", hookName(C.H)) << ": " << number("Omega", C.Omega, 3)
      << " of requests finished in the kernel (" << NV("Weights", Weights)
      << "), relative cost rho " << number("Rho", C.Result.Rho, 3)
      << ", expected saving " << number("SavingNs", C.Result.SavingNs, 0)
      << " ns per request";
    ORE.emit(R);
    return;
  }
  OptimizationRemarkMissed R(stage::Plan, "NotOffloaded", At);
  R << "requests on socket #" << NV("Socket", C.Socket)
    << " stay in userspace: " << NV("Decision", C.Decision) << " (omega "
    << number("Omega", C.Omega, 3) << ", rho " << number("Rho", C.Result.Rho, 3)
    << ", " << NV("Weights", Weights) << ")";
  ORE.emit(R);
}

/// Which of the cost file's per-request figures the hook's benefit used,
/// e.g. "costs for sk_skb: kernel sk_skb_hook_ns 0 + sk_skb_context_ns 1317
/// + parse_ns 10, userspace tcp_socket_delivery_ns 3215 ns per request".
static void emitCostFigures(OptimizationRemarkEmitter &ORE,
                            const Candidate &C) {
  OptimizationRemarkAnalysis R(stage::Plan, "CostFigures", C.ArrivalAt);
  R << "costs for " << NV("Hook", hookName(C.H)) << ": kernel ";
  auto Side = [&](ArrayRef<CostFigure> Figures) {
    bool First = true;
    for (const CostFigure &F : Figures) {
      if (!F.PerRequest)
        continue;
      R << (First ? "" : " + ") << F.Key << " "
        << number(F.Key, F.Ns, F.Ns == double(int64_t(F.Ns)) ? 0 : 1);
      First = false;
    }
  };
  Side(C.Result.KernelFigures);
  R << ", userspace ";
  Side(C.Result.UserFigures);
  R << " ns per request";
  ORE.emit(R);
}

static void emitBlocker(const BlockerSite &B) {
  OptimizationRemarkEmitter ORE(B.At->getFunction());
  OptimizationRemarkMissed R(stage::Feasibility, blockerName(B.Reason), B.Loc,
                             B.At->getParent());
  R << NV("Reason", blockerName(B.Reason));
  if (!B.Detail.empty())
    R << " (" << NV("Detail", B.Detail) << ")";
  if (!B.OtherLocs.empty())
    R << " and " << NV("OtherSites", unsigned(B.OtherLocs.size()))
      << " more sites";
  R << ": " << blockerAdvice(B.Reason) << "; reached by "
    << number("Reach", B.Reach, 3) << " of requests";
  ORE.emit(R);
}

/// The analysis remarks of one candidate, in the working copy's function.
static void emitDetails(OptimizationRemarkEmitter &ORE, const Candidate &C) {
  const Instruction *At = C.ArrivalAt;
  if (ORE.allowExtraAnalysis(stage::FastPath))
    for (const FallbackExit &X : C.Exits) {
      OptimizationRemarkAnalysis R(stage::FastPath, "FallbackExit", X.Loc,
                                   X.At->getParent());
      R << "fallback to userspace here, towards " << NV("LeadsTo", X.Leadsto)
        << ", for " << number("Probability", X.Probability, 3)
        << " of requests";
      ORE.emit(R);
    }
  if (ORE.allowExtraAnalysis(stage::SharedState)) {
    for (const FallbackPoint &X : C.FallbackPoints) {
      OptimizationRemarkAnalysis R(stage::SharedState, "FallbackPoint", X.Loc,
                                   At->getParent());
      R << "the offload may fall back to userspace here: " << NV("Kind", X.Kind)
        << " (" << X.Detail << ")";
      ORE.emit(R);
    }
    for (const Effect &E : C.Effects) {
      OptimizationRemarkAnalysis R(stage::SharedState, "Effect", E.Loc,
                                   E.At->getParent());
      R << E.What << " to " << NV("Global", E.Target) << ": "
        << NV("Handling", effectHandlingName(E.Handling)) << " (" << E.Why
        << ")";
      ORE.emit(R);
    }
    for (const SharedGlobal &G : C.Shared) {
      OptimizationRemarkAnalysis R(stage::SharedState, "SharedState", At);
      R << "shared global " << NV("Global", G.Name) << " ("
        << NV("Size", G.Size) << " bytes): " << NV("Sync", syncNeedName(G.Need))
        << " (" << G.Why << ")";
      ORE.emit(R);
    }
  }
  if (ORE.allowExtraAnalysis(stage::Plan)) {
    OptimizationRemarkAnalysis H(stage::Plan, "Hook", At);
    H << "hook " << NV("Hook", hookName(C.H)) << ": " << C.HookReason;
    ORE.emit(H);
    emitCostFigures(ORE, C);
    if (!C.Threads.empty()) {
      OptimizationRemarkAnalysis T(stage::Plan, "Threads", At);
      T << "threads: " << NV("Threads", C.Threads);
      ORE.emit(T);
    }
    if (!C.Heap.empty()) {
      OptimizationRemarkAnalysis T(stage::Plan, "SharedHeap", At);
      T << "heap: through " << NV("Heap", join(C.Heap, ", "))
        << "; the program's allocations are shared with the offload";
      ORE.emit(T);
    }
  }
}

void emitPlanRemarks(const OffloadPlan &Plan) {
  StringRef Weights = Plan.UsedProfile ? "profile" : "static estimate";
  for (const Candidate &C : Plan.Candidates) {
    OptimizationRemarkEmitter ORE(C.ArrivalAt->getFunction());
    emitDecision(ORE, C, Weights);
    for (const BlockerSite &B : C.Blockers)
      emitBlocker(B);
    emitDetails(ORE, C);
  }
  // The request paths' findings all say why a receive is not offloaded:
  // Missed.
  for (const Finding &F : Plan.Findings) {
    const Function *In = F.At ? F.At->getFunction() : F.In;
    if (!In)
      continue;
    OptimizationRemarkEmitter ORE(In);
    OptimizationRemarkMissed R(F.Stage, F.RemarkName,
                               F.At ? F.At->getDebugLoc() : DebugLoc(),
                               F.At ? F.At->getParent() : &In->getEntryBlock());
    R << F.Message;
    ORE.emit(R);
  }
}

PreservedAnalyses PlanRemarksPass::run(Module &M, ModuleAnalysisManager &MAM) {
  emitPlanRemarks(MAM.getResult<PlanAnalysis>(M));
  return PreservedAnalyses::all();
}

} // namespace koffload
