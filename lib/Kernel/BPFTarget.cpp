//===- BPFTarget.cpp - Optimize and emit BPF modules ----------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Kernel/BPFTarget.h"
#include "Support/AnalysisManagers.h"

#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"

extern "C" {
void LLVMInitializeBPFTargetInfo();
void LLVMInitializeBPFTarget();
void LLVMInitializeBPFTargetMC();
void LLVMInitializeBPFAsmPrinter();
}

using namespace llvm;

namespace koffload {

Expected<std::unique_ptr<TargetMachine>> createBPFTargetMachine() {
  // Idempotent; opt and clang have usually done it already.
  LLVMInitializeBPFTargetInfo();
  LLVMInitializeBPFTarget();
  LLVMInitializeBPFTargetMC();
  LLVMInitializeBPFAsmPrinter();
  std::string Error;
  const Target *T = TargetRegistry::lookupTarget(BPFTriple, Error);
  if (!T)
    return createStringError(inconvertibleErrorCode(),
                             "BPF target unavailable: %s", Error.c_str());
  TargetOptions Options;
  std::unique_ptr<TargetMachine> TM(T->createTargetMachine(
      BPFTriple, "v3", "", Options, Reloc::PIC_, std::nullopt,
      CodeGenOptLevel::Default));
  if (!TM)
    return createStringError(inconvertibleErrorCode(),
                             "cannot create the BPF target machine");
  return TM;
}

namespace {
/// Collects error diagnostics instead of printing them and exiting.
struct CollectErrors : DiagnosticHandler {
  std::string &Errors;
  explicit CollectErrors(std::string &Errors) : Errors(Errors) {}
  bool handleDiagnostics(const DiagnosticInfo &DI) override {
    if (DI.getSeverity() != DS_Error)
      return true; // warnings and remarks of the BPF pipeline: ignore
    raw_string_ostream OS(Errors);
    DiagnosticPrinterRawOStream DP(OS);
    DI.print(DP);
    OS << "\n";
    return true;
  }
};
} // namespace

/// The verifier refuses to read a register nothing wrote: a phi's undef
/// or poison incoming value (a local read before it is set on some path,
/// kept by the optimiser as undef) is one after instruction selection,
/// copied or spilled on that edge. Zero is one of the values it may take.
static void defineUndefOperands(Module &M) {
  for (Function &F : M)
    for (Instruction &I : instructions(F)) {
      if (!isa<PHINode>(I))
        continue;
      for (Use &U : I.operands()) {
        Type *Ty = U->getType();
        if (isa<UndefValue>(U.get()) && !Ty->isTokenTy() &&
            !Ty->isLabelTy() && !Ty->isMetadataTy())
          U.set(Constant::getNullValue(Ty));
      }
    }
}

Expected<SmallVector<char, 0>> compileBPFModule(const Module &Source) {
  Expected<std::unique_ptr<TargetMachine>> TMOr = createBPFTargetMachine();
  if (!TMOr)
    return TMOr.takeError();
  TargetMachine &TM = **TMOr;

  // A generator bug must cost the offload, not the build: check the module
  // before the bitcode reader would abort on it.
  {
    std::string Msg;
    raw_string_ostream OS(Msg);
    if (verifyModule(Source, &OS))
      return createStringError(inconvertibleErrorCode(),
                               "internal error: the generated BPF module is "
                               "invalid: %s",
                               Msg.c_str());
  }
  // Move the module into a private context through bitcode.
  SmallVector<char, 0> Bitcode;
  {
    raw_svector_ostream OS(Bitcode);
    WriteBitcodeToFile(Source, OS);
  }
  LLVMContext Ctx;
  std::string Errors;
  Ctx.setDiagnosticHandler(std::make_unique<CollectErrors>(Errors));
  Expected<std::unique_ptr<Module>> MOr = parseBitcodeFile(
      MemoryBufferRef(StringRef(Bitcode.data(), Bitcode.size()), "bpf"), Ctx);
  if (!MOr)
    return MOr.takeError();
  Module &M = **MOr;
  M.setTargetTriple(BPFTriple);
  M.setDataLayout(TM.createDataLayout());

  // (Verified above, before the bitcode round trip.)
  {
    AnalysisManagers AM(&TM);
    ModulePassManager MPM =
        AM.PB.buildPerModuleDefaultPipeline(OptimizationLevel::O2);
    MPM.run(M, AM.MAM);
  }
  defineUndefOperands(M);
  SmallVector<char, 0> Object;
  raw_svector_ostream OS(Object);
  legacy::PassManager CodeGen;
  if (TM.addPassesToEmitFile(CodeGen, OS, nullptr,
                             CodeGenFileType::ObjectFile))
    return createStringError(inconvertibleErrorCode(),
                             "the BPF target cannot emit an object file");
  CodeGen.run(M);
  if (!Errors.empty())
    return createStringError(inconvertibleErrorCode(),
                             "the BPF backend refused the offload: %s",
                             Errors.c_str());
  return Object;
}

} // namespace koffload
