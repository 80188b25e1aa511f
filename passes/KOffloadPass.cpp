//===- KOffloadPass.cpp - The whole split ---------------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "KOffloadPass.h"

#include "Kernel/BPFTarget.h"
#include "Kernel/OffloadSpec.h"
#include "Kernel/Verify.h"
#include "Kernel/XDPGen.h"
#include "Landmarks/Landmarks.h"
#include "Plan/PathUtils.h"
#include "Plan/Plan.h"
#include "Support/Remarks.h"
#include "User/SplitUser.h"

#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace koffload {

/// Why nothing is offloaded, in one line: each candidate's decision, or
/// why no request path was planned.
static std::string whyNotOffloaded(const OffloadPlan &Plan) {
  if (Plan.Candidates.empty()) {
    for (const Finding &F : Plan.Findings)
      if (F.Stage == stage::RequestPaths)
        return "no request path to offload: " + F.Message +
               (F.At ? " (" + locString(F.At->getDebugLoc()) + ")"
                     : std::string());
    return "no request path to offload";
  }
  if (Plan.Candidates.size() == 1)
    return Plan.Candidates.front().Decision;
  std::string Out;
  for (const Candidate &C : Plan.Candidates)
    Out += formatv("{0}request path #{1} (socket #{2}, event loop #{3}): "
                   "{4}",
                   Out.empty() ? "" : "; ", C.Id, C.Socket, C.Loop,
                   C.Decision)
               .str();
  return Out;
}

PreservedAnalyses KOffloadPass::run(Module &M, ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Landmarks = MAM.getResult<LandmarkAnalysis>(M);
  emitLandmarkRemarks(Landmarks);
  const OffloadPlan &Plan = MAM.getResult<PlanAnalysis>(M);
  emitPlanRemarks(Plan);

  // The outcome is only known after code generation, so the report is
  // written last.
  json::Object Outcome{{"status", "userspace"}};
  bool Changed = (!Opts.BPFOutPath.empty() || Opts.Split) &&
                 emitOffloadObject(M, Landmarks, Plan, Outcome);
  if (!Opts.ReportPath.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(Opts.ReportPath, EC, sys::fs::OF_TextWithCRLF);
    if (EC) {
      emitError(M.getContext(), "koffload: cannot write report " + Opts.ReportPath +
                                    ": " + EC.message());
    } else {
      json::Value Report = Plan.toJSON(M);
      Report.getAsObject()->insert({"outcome", std::move(Outcome)});
      OS << formatv("{0:2}", Report) << "\n";
    }
  }
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

bool KOffloadPass::emitOffloadObject(Module &M, const LandmarkInfo &Landmarks,
                                     const OffloadPlan &Plan,
                                     json::Object &Outcome) {
  using NV = DiagnosticInfoOptimizationBase::Argument;
  // A stale object from an earlier build must not ship.
  if (!Opts.BPFOutPath.empty()) {
    sys::fs::remove(Opts.BPFOutPath);
    sys::fs::remove(Opts.BPFOutPath + ".rejected");
  }
  const Candidate *Chosen = nullptr;
  for (const Candidate &C : Plan.Candidates)
    if (C.offloaded()) {
      Chosen = &C;
      break;
    }
  if (!Chosen) {
    // The plan's remarks already say why nothing is offloaded; the report's
    // last line says it for every request path.
    Outcome["detail"] = whyNotOffloaded(Plan);
    return false;
  }

  // The generation's and the split's remarks, on the receive in the
  // working copy, like the plan's.
  OptimizationRemarkEmitter ORE(Chosen->ArrivalAt->getFunction());
  Outcome["request_path"] = Chosen->Id;
  // One program serves one request path for now: the others the plan
  // would offload stay in userspace, and say so.
  json::Array Passed;
  for (const Candidate &C : Plan.Candidates) {
    if (&C == Chosen || !C.offloaded())
      continue;
    OptimizationRemarkEmitter CORE(C.ArrivalAt->getFunction());
    OptimizationRemarkMissed R(stage::Kernel, "OneOffloadPerProgram",
                               C.ArrivalAt);
    R << "request path #" << NV("RequestPath", C.Id) << " (socket #"
      << NV("Socket", C.Socket)
      << ") is planned for the kernel but not generated: one request path "
         "per program is offloaded, request path #"
      << NV("Generated", Chosen->Id)
      << "; its requests are served in userspace";
    CORE.emit(R);
    Passed.push_back(C.Id);
  }
  if (!Passed.empty())
    Outcome["not_generated"] = std::move(Passed);
  auto Missed = [&](const Twine &Why) {
    OptimizationRemarkMissed R(stage::Kernel, "NoOffloadGenerated",
                               Chosen->ArrivalAt);
    R << "no offload generated, the program stays userspace-only: "
      << NV("Reason", Why.str());
    ORE.emit(R);
    Outcome["status"] = "not-generated";
    Outcome["detail"] = Why.str();
  };
  // One attempt: generate, compile, and let the running kernel's verifier
  // decide whether it ships.
  struct Attempt {
    SmallVector<char, 0> Object;
    VerifierVerdict Verdict;
  };
  Expected<OffloadSpec> Spec =
      buildOffloadSpec(Plan, *Chosen, Landmarks, Opts.Limits);
  if (!Spec) {
    Missed(toString(Spec.takeError()));
    return false;
  }
  auto Build = [&](const XDPLimits &Limits) -> Expected<Attempt> {
    OffloadSpec WithLimits = *Spec;
    WithLimits.Limits = Limits;
    Expected<std::unique_ptr<Module>> Kernel = generateXDPModule(WithLimits);
    if (!Kernel)
      return Kernel.takeError();
    if (!Opts.BPFIRPath.empty()) {
      std::error_code EC;
      raw_fd_ostream IR(Opts.BPFIRPath, EC, sys::fs::OF_Text);
      if (EC)
        emitError(M.getContext(), "koffload: cannot write " +
                                      Opts.BPFIRPath + ": " + EC.message());
      else
        (*Kernel)->print(IR, nullptr);
    }
    Attempt A;
    Expected<SmallVector<char, 0>> Object = compileBPFModule(**Kernel);
    if (!Object)
      return Object.takeError();
    A.Object = std::move(*Object);
    A.Verdict = verifyWithKernel(A.Object);
    return A;
  };
  Expected<Attempt> Built = Build(Opts.Limits);
  if (!Built) {
    Missed(toString(Built.takeError()));
    return false;
  }
  // Loops the verifier cannot walk trip by trip may still pass on the
  // kernel's iterators, which cost a few nanoseconds per trip: first for
  // the long loops only, then for all.
  using Iterate = XDPLimits::Iterate;
  for (Iterate Next : {Iterate::LongLoops, Iterate::AllLoops}) {
    if (Built->Verdict.Status != VerifierVerdict::Rejected ||
        !Opts.RetryWithIterators || Opts.Limits.Iterators >= Next)
      continue;
    XDPLimits Limits = Opts.Limits;
    Limits.Iterators = Next;
    Expected<Attempt> Retry = Build(Limits);
    if (!Retry) {
      consumeError(Retry.takeError());
      continue;
    }
    if (Retry->Verdict.Status == VerifierVerdict::Rejected)
      continue;
    OptimizationRemarkAnalysis R(stage::Kernel, "IteratorLoops",
                                 Chosen->ArrivalAt);
    R << "the verifier rejected the offload with loops bounded by trip "
         "counters ("
      << NV("BoundedLoopsRejected", Built->Verdict.Detail) << "); "
      << NV("IteratedLoops", Next == Iterate::LongLoops ? "its long loops"
                                                        : "all its loops")
      << " run on bpf_iter_num iterators instead";
    ORE.emit(R);
    Outcome["loops"] = Next == Iterate::LongLoops ? "iterators for long loops"
                                                  : "iterators for all loops";
    Built = std::move(Retry);
  }
  const VerifierVerdict &Verdict = Built->Verdict;
  ArrayRef<char> Object = Built->Object;
  if (Verdict.Status == VerifierVerdict::Rejected) {
    // Never shipped: kept beside it, for koffload-bpf-run to show the
    // verifier's whole log.
    std::string Kept;
    if (!Opts.BPFOutPath.empty()) {
      std::error_code EC;
      raw_fd_ostream OS(Opts.BPFOutPath + ".rejected", EC, sys::fs::OF_None);
      if (!EC) {
        OS.write(Object.data(), Object.size());
        Kept = " (the rejected object: " + Opts.BPFOutPath +
               ".rejected; koffload-bpf-run shows the verifier's log)";
      }
    }
    Missed("the kernel's verifier rejected the generated program: " +
           Verdict.Detail + Kept);
    return false;
  }
  if (Verdict.Status == VerifierVerdict::Unavailable) {
    OptimizationRemarkAnalysis R(stage::Kernel, "VerifierUnavailable",
                                 Chosen->ArrivalAt);
    R << "the offload was not verified at build time ("
      << NV("Reason", Verdict.Detail)
      << "); the runtime verifies it when loading and falls back to "
         "userspace if it is rejected";
    ORE.emit(R);
  }
  if (!Opts.BPFOutPath.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(Opts.BPFOutPath, EC, sys::fs::OF_None);
    if (EC) {
      emitError(M.getContext(), "koffload: cannot write " + Opts.BPFOutPath +
                                    ": " + EC.message());
      return false;
    }
    OS.write(Object.data(), Object.size());
  }
  Outcome["status"] = "offload";
  Outcome["verifier"] = Verdict.Status == VerifierVerdict::Accepted
                            ? "accepted"
                            : "unavailable";
  if (Verdict.Status == VerifierVerdict::Accepted)
    Outcome["verifier_insns"] = Verdict.ProcessedInsns;
  if (!Opts.BPFOutPath.empty())
    Outcome["object"] = Opts.BPFOutPath;
  Outcome["hook"] = hookName(Chosen->H);
  bool TCP = Chosen->H == Hook::SkSkb;
  OptimizationRemark R(stage::Kernel, "OffloadGenerated", Chosen->ArrivalAt);
  R << (TCP ? "sk_skb offload (stream verdict and sk_msg)" : "XDP offload")
    << " for socket #" << NV("Socket", Chosen->Socket);
  if (!Opts.BPFOutPath.empty())
    R << " written to " << NV("Object", Opts.BPFOutPath);
  else
    R << " generated";
  if (Verdict.Status == VerifierVerdict::Accepted)
    R << " (accepted by the kernel's verifier, "
      << NV("VerifierInsns", Verdict.ProcessedInsns)
      << " instructions processed)";
  if (!Chosen->Port && !TCP)
    R << "; the bound port is not a compile-time constant: the program "
         "answers nothing until the runtime writes it into "
      << NV("ServiceGlobal", ServiceGlobalName);
  ORE.emit(R);
  if (!Opts.Split)
    return false;
  if (Error E = splitUserModule(M, *Chosen, Landmarks, Object)) {
    // Refused before anything was rewritten: the program builds unchanged.
    OptimizationRemarkMissed R(stage::User, "NotSplit", Chosen->ArrivalAt);
    std::string Why = toString(std::move(E));
    R << "the program is not split and stays userspace-only: "
      << NV("Reason", Why);
    ORE.emit(R);
    Outcome["status"] = "not-split";
    Outcome["detail"] = Why;
    return false;
  }
  // A described socket has no bind(): the handler starts the offload.
  StringRef Starts = Landmarks.Sockets[Chosen->Socket].isDescribed()
                         ? "at the handler's first request"
                     : Chosen->H == Hook::SkSkb
                         ? "after the listening socket's bind(), and joins "
                           "each connection it accepts"
                         : "after bind()";
  OptimizationRemark S(stage::User, "Split", Chosen->ArrivalAt);
  S << "the program carries its offload and starts it " << Starts
    << " (link with -lkoffload-rt -lbpf)";
  Outcome["starts"] = Starts;
  ORE.emit(S);
  Outcome["status"] = "split";
  return true;
}

} // namespace koffload
