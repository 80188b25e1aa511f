//===- Plugin.cpp - koffload pass plugin registration ---------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The single place where koffload's passes and analyses are made known to a
// PassBuilder: pipeline names for opt (-passes=koffload,
// print<koffload-landmarks>, require<koffload-landmarks>, a printer per
// planning stage), the analyses, and
// the pipeline-start hook that runs the split under clang when -mllvm
// -koffload is given. Command-line options live here and not in lib/, so
// the library can be linked beside the plugin without registering options
// twice.
//
//===----------------------------------------------------------------------===//

#include "KOffloadPass.h"

#include "Kernel/BPFLegalize.h"
#include "Kernel/BPFPrinter.h"
#include "Landmarks/Landmarks.h"
#include "Plan/Plan.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/PassPlugin.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace koffload;

static cl::opt<bool> EnableKOffload(
    "koffload", cl::Hidden, cl::init(false),
    cl::desc("Run the koffload split at the start of the default optimization "
             "pipeline (clang -fpass-plugin=KOffload.so -mllvm -koffload)"));

static cl::opt<std::string> CostsPath(
    "koffload-costs", cl::Hidden, cl::value_desc("file.json"),
    cl::desc("Cost file for koffload's benefit model (default: built-in "
             "figures; see runtime/costs-default.json)"));

static cl::opt<std::string> ReportPath(
    "koffload-report", cl::Hidden, cl::value_desc("file.json"),
    cl::desc("Write koffload's offload plan as JSON (docs/report-schema.md)"));

static cl::opt<std::string> BPFOutPath(
    "koffload-bpf-out", cl::Hidden, cl::value_desc("file.o"),
    cl::desc("Write the generated XDP offload as a BPF object (nothing is "
             "written when nothing is offloaded)"));

static cl::opt<std::string> BPFIRPath(
    "koffload-bpf-ir", cl::Hidden, cl::value_desc("file.ll"),
    cl::desc("Also write the generated BPF module as LLVM IR, before the BPF "
             "pipeline"));

static cl::opt<std::string> BPFLibcPath(
    "koffload-bpf-libc", cl::Hidden, cl::value_desc("file.bc"),
    cl::desc("The BPF libc bitcode linked into offloads whose fast path "
             "calls libc (default: koffload-bpf-libc.bc next to the plugin, "
             "else in the build tree)"));

static cl::opt<unsigned> LoopCap(
    "koffload-loop-cap", cl::Hidden, cl::init(XDPLimits().LoopCap),
    cl::desc("Trip cap of the offload's loops whose bound the compiler "
             "cannot see; a request that needs more trips falls back to "
             "userspace"));

enum class LoopForm { Auto, Bounded, Iterator, IteratorAll };
static cl::opt<LoopForm> Loops(
    "koffload-loops", cl::Hidden, cl::init(LoopForm::Auto),
    cl::desc("How the offload's loops are bounded for the verifier"),
    cl::values(clEnumValN(LoopForm::Auto, "auto",
                          "trip counters; if the verifier rejects the "
                          "program, bpf_iter_num iterators for the long "
                          "loops, then for all"),
               clEnumValN(LoopForm::Bounded, "bounded", "trip counters only"),
               clEnumValN(LoopForm::Iterator, "iterator",
                          "bpf_iter_num iterators for loops longer than 64 "
                          "trips (or unbounded)"),
               clEnumValN(LoopForm::IteratorAll, "iterator-all",
                          "bpf_iter_num iterators for every loop")));

static cl::opt<bool> Split(
    "koffload-split", cl::Hidden, cl::init(false),
    cl::desc("Make the program carry its verified offload and start it "
             "after bind() (link with libkoffload-rt and libbpf)"));

// --- Handler entry points (issue 15) --------------------------------------
// For programs whose socket and loop belong to a framework: a function to
// take as the request handler, and the socket its fd parameter is. Given to
// the landmark analysis through its constructor. A malformed socket
// description is refused when the option is parsed, with what is wrong.

static cl::opt<std::string> HandlerFunction(
    "koffload-handler", cl::Hidden, cl::value_desc("function"),
    cl::desc("Take this function as a request handler entry point: a "
             "request starts at its entry and ends at its returns; its "
             "first int parameter is the socket fd"));

namespace {
struct HandlerSocketParser : cl::parser<std::string> {
  using cl::parser<std::string>::parser;
  bool parse(cl::Option &O, StringRef, StringRef Arg, std::string &Val) {
    if (Expected<HandlerSocket> H = parseHandlerSocket(Arg)) {
      Val = Arg.str();
      return false;
    } else {
      return O.error(toString(H.takeError()));
    }
  }
};
} // namespace

static cl::opt<std::string, false, HandlerSocketParser> HandlerSocketDesc(
    "koffload-handler-socket", cl::Hidden, cl::value_desc("udp:PORT"),
    cl::desc("The socket handler entry points get when the program creates "
             "none: udp:PORT, udp6:PORT, udp46:PORT (either family), or "
             "the same with tcp"));

static LandmarkOptions landmarkOptions() {
  LandmarkOptions O;
  O.Handler = HandlerFunction;
  O.HandlerSocket = HandlerSocketDesc;
  return O;
}
// --- end of handler entry points ------------------------------------------

static KOffloadOptions passOptions() {
  KOffloadOptions O;
  O.ReportPath = ReportPath;
  O.BPFOutPath = BPFOutPath;
  O.BPFIRPath = BPFIRPath;
  O.Limits.LibcBitcode = BPFLibcPath;
  O.Limits.LoopCap = LoopCap;
  O.Limits.Iterators = Loops == LoopForm::Iterator
                           ? XDPLimits::Iterate::LongLoops
                       : Loops == LoopForm::IteratorAll
                           ? XDPLimits::Iterate::AllLoops
                           : XDPLimits::Iterate::None;
  O.RetryWithIterators = Loops == LoopForm::Auto;
  O.Split = Split;
  return O;
}

// --- Planning stages (lib/Plan/Plan.h lists them) -------------------------
// Each stage is a module analysis with a printer that only prints:
//   print<koffload-request-paths>  RequestPathAnalysis
//   print<koffload-feasibility>    FeasibilityAnalysis
//   print<koffload-fast-path>      FastPathAnalysis
//   print<koffload-shared-state>   SharedStateAnalysis
//   print<koffload-plan>           PlanAnalysis (also require<>/invalidate<>)
// and two passes: koffload-prepare (the working copy's transforms, applied
// to the module itself) and koffload-remarks (the plan's remarks).

static void registerPlanAnalyses(ModuleAnalysisManager &MAM) {
  registerPlanStages(MAM);
  MAM.registerPass([] {
    if (CostsPath.empty())
      return PlanAnalysis();
    Expected<CostFile> Costs = CostFile::load(CostsPath);
    if (!Costs)
      return PlanAnalysis(nullptr, "koffload: " + toString(Costs.takeError()));
    return PlanAnalysis(std::make_shared<const CostFile>(std::move(*Costs)));
  });
}

static bool parsePlanPipeline(StringRef Name, ModulePassManager &MPM) {
  if (Name == "koffload-prepare") {
    MPM.addPass(PreparePass());
    return true;
  }
  if (Name == "koffload-remarks") {
    MPM.addPass(PlanRemarksPass());
    return true;
  }
  if (Name == "print<koffload-request-paths>") {
    MPM.addPass(RequestPathPrinterPass(errs()));
    return true;
  }
  if (Name == "print<koffload-feasibility>") {
    MPM.addPass(FeasibilityPrinterPass(errs()));
    return true;
  }
  if (Name == "print<koffload-fast-path>") {
    MPM.addPass(FastPathPrinterPass(errs()));
    return true;
  }
  if (Name == "print<koffload-shared-state>") {
    MPM.addPass(SharedStatePrinterPass(errs()));
    return true;
  }
  if (Name == "print<koffload-plan>") {
    MPM.addPass(PlanPrinterPass(errs()));
    return true;
  }
  if (Name == "require<koffload-plan>") {
    MPM.addPass(RequireAnalysisPass<PlanAnalysis, Module>());
    return true;
  }
  if (Name == "invalidate<koffload-plan>") {
    MPM.addPass(InvalidateAnalysisPass<PlanAnalysis>());
    return true;
  }
  return false;
}

// --- End of the planning stages --------------------------------------------

//===----------------------------------------------------------------------===//
// Kernel side (lib/Kernel): generation alone, and the verifier-legalisation
// passes, each with its own pipeline name (docs/architecture.md).
//===----------------------------------------------------------------------===//
static bool parseKernelPipeline(StringRef Name, ModulePassManager &MPM) {
  // The first offloaded candidate's BPF module, as IR before the BPF -O2
  // pipeline (what -koffload-bpf-ir writes); no kernel needed.
  if (Name == "print<koffload-bpf>") {
    MPM.addPass(GeneratedBPFPrinterPass(errs(), passOptions().Limits));
    return true;
  }
  // koffload-bpf-atomic-words, -bound-accesses, -cap-loops, -launder-loops,
  // -iterator-loops (lib/Kernel/BPFLegalize.h).
  return parseLegalisationPass(Name, MPM);
}
// End of the kernel side's block.

static void registerAnalyses(ModuleAnalysisManager &MAM) {
  MAM.registerPass([] { return LandmarkAnalysis(landmarkOptions()); });
  registerPlanAnalyses(MAM);
}

static bool parseModulePipeline(StringRef Name, ModulePassManager &MPM,
                                 ArrayRef<PassBuilder::PipelineElement>) {
  if (Name == "koffload") {
    MPM.addPass(KOffloadPass(passOptions()));
    return true;
  }
  if (parsePlanPipeline(Name, MPM))
    return true;
  if (Name == "print<koffload-landmarks>") {
    MPM.addPass(LandmarkPrinterPass(errs()));
    return true;
  }
  if (Name == "require<koffload-landmarks>") {
    MPM.addPass(RequireAnalysisPass<LandmarkAnalysis, Module>());
    return true;
  }
  if (Name == "invalidate<koffload-landmarks>") {
    MPM.addPass(InvalidateAnalysisPass<LandmarkAnalysis>());
    return true;
  }
  return parseKernelPipeline(Name, MPM);
}

static void registerCallbacks(PassBuilder &PB) {
  PB.registerAnalysisRegistrationCallback(registerAnalyses);
  PB.registerPipelineParsingCallback(parseModulePipeline);
  // Fires for clang's -O0..-O3 pipelines and opt's default<On>, never for an
  // explicit opt -passes=... list.
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        if (EnableKOffload)
          MPM.addPass(KOffloadPass(passOptions()));
      });
}

static PassPluginLibraryInfo getKOffloadPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "KOffload", "0.1.0", registerCallbacks};
}

// Guarded so the same registration can be linked statically into tools/.
#ifndef LLVM_KOFFLOAD_LINK_INTO_TOOLS
extern "C" LLVM_ATTRIBUTE_WEAK ::llvm::PassPluginLibraryInfo
llvmGetPassPluginInfo() {
  return getKOffloadPluginInfo();
}
#endif
