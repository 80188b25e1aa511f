//===- KernelModelTest.cpp - The planner and generator agree on libc ------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Support/KernelModel.h is the one list of libc calls; these tests fail when
// the planner (Feasibility), the generator (BPFLibc) or the BPF libc's
// bitcode stop agreeing with it: a call the planner counts as runnable must
// be one the generator lowers and the bitcode defines.
//
//===----------------------------------------------------------------------===//

#include "Support/KernelModel.h"
#include "Kernel/BPFHelpers.h"
#include "Kernel/BPFLibc.h"
#include "Plan/Feasibility.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

using namespace llvm;
using namespace koffload;

namespace {

/// The koffload_* function the BPF libc defines for libc's \p Name.
std::string bpfLibcSymbol(StringRef Name) {
  // glibc's ctype table accessors: the loads through the tables become
  // koffload_ctype_<table>_at().
  if (Name.consume_front("__ctype_") && Name.consume_back("_loc"))
    return ("koffload_ctype_" + Name + "_at").str();
  return ("koffload_" + Name).str();
}

/// The functions the built BPF libc bitcode defines.
StringSet<> bitcodeDefinitions(LLVMContext &Ctx) {
  StringSet<> Defined;
  for (const std::string &Path : bpfLibcCandidates("")) {
    if (!sys::fs::exists(Path))
      continue;
    auto Buf = MemoryBuffer::getFile(Path);
    EXPECT_TRUE(bool(Buf)) << Path;
    if (!Buf)
      return Defined;
    auto M = parseBitcodeFile((*Buf)->getMemBufferRef(), Ctx);
    EXPECT_TRUE(bool(M)) << Path;
    if (!M)
      return Defined;
    for (Function &F : **M)
      if (!F.isDeclaration())
        Defined.insert(F.getName());
    return Defined;
  }
  ADD_FAILURE() << "koffload-bpf-libc.bc not found (build it first)";
  return Defined;
}

TEST(KernelModelTest, RunnableBPFLibcCallsAreInTheBitcode) {
  LLVMContext Ctx;
  StringSet<> Defined = bitcodeDefinitions(Ctx);
  ASSERT_FALSE(Defined.empty());
  for (const LibcFunction &F : libcFunctions()) {
    std::string Sym = bpfLibcSymbol(F.Name);
    if (F.Lowering == LibcLowering::BPFLibc)
      EXPECT_TRUE(Defined.contains(Sym))
          << F.Name.str() << " is BPFLibc in the model, the bitcode lacks "
          << Sym;
    // A function the model calls missing that the library has since
    // gained: move it to BPFLibc (and give the generator its prototype).
    if (F.Block == LibcBlock::NotInBPFLibc)
      EXPECT_FALSE(Defined.contains(Sym))
          << F.Name.str() << " is in the BPF libc now: update KernelModel.cpp";
  }
}

TEST(KernelModelTest, GeneratorLowersExactlyTheModelsBPFLibcCalls) {
  for (const LibcFunction &F : libcFunctions()) {
    bool Model = F.Lowering == LibcLowering::BPFLibc;
    EXPECT_EQ(isBPFLibcCall(F.Name), Model) << F.Name.str();
    EXPECT_EQ(hasBPFLibcLowering(F.Name), Model) << F.Name.str();
    EXPECT_EQ(isMissingFromBPFLibc(F.Name), F.Block == LibcBlock::NotInBPFLibc)
        << F.Name.str();
  }
  // And no lowering for a name the model does not list as BPFLibc.
  for (StringRef N : bpfLibcLoweredNames()) {
    std::optional<LibcFunction> F = lookupLibc(N);
    ASSERT_TRUE(F.has_value()) << N.str() << " is lowered but not in the model";
    EXPECT_EQ(F->Lowering, LibcLowering::BPFLibc) << N.str();
  }
}

TEST(KernelModelTest, PlannerRunsExactlyWhatTheModelRuns) {
  for (const LibcFunction &F : libcFunctions()) {
    Classification C = classifyLibcCall(F.Name);
    EXPECT_EQ(C.isFeasible(), F.runs()) << F.Name.str();
    if (F.runs())
      EXPECT_TRUE(F.Lowering == LibcLowering::Helper
                      ? C.Form == KernelForm::KernelHelper
                  : F.Lowering == LibcLowering::Recorded
                      ? C.Form == KernelForm::RecordedCall
                      : C.Form == KernelForm::BoundedLibc)
          << F.Name.str();
  }
  // The calls the two sides used to disagree on (bounded for the planner,
  // missing from the BPF libc) are all in the BPF libc now: the string
  // copies, each writing its destination (argument 0), and strrchr, at
  // half the cap; the wall clock is a helper read.
  EXPECT_EQ(classifyLibcCall("strrchr").Form, KernelForm::BoundedLibc);
  EXPECT_EQ(lookupLibc("strrchr")->Cap, BPFLibcMax / 2);
  for (StringRef N :
       {"strcpy", "strncpy", "stpcpy", "stpncpy", "strcat", "strncat"}) {
    EXPECT_EQ(classifyLibcCall(N).Form, KernelForm::BoundedLibc) << N.str();
    EXPECT_TRUE(lookupLibc(N)->writes(0)) << N.str();
  }
  for (StringRef N : {"time", "gettimeofday"})
    EXPECT_EQ(classifyLibcCall(N).Form, KernelForm::KernelHelper) << N.str();
  // isblank is in the BPF libc; the planner once did not know it.
  EXPECT_TRUE(classifyLibcCall("isblank").isFeasible());
  // strspn/strcspn now are, with a literal set.
  EXPECT_TRUE(classifyLibcCall("strspn").isFeasible());
  EXPECT_EQ(lookupLibc("strcspn")->LiteralArg, 1);
  EXPECT_EQ(lookupLibc("strstr")->MaxLiteral, 8u);
  EXPECT_EQ(*classifyLibcCall("memcpy").Block, Blocker::NotInBPFLibc);
  EXPECT_EQ(*classifyLibcCall("pthread_mutex_lock").Block,
            Blocker::ThreadOrLock);
  EXPECT_EQ(*classifyLibcCall("no_such_function").Block,
            Blocker::UnknownExternal);
}

TEST(KernelModelTest, CapsAndArguments) {
  std::optional<LibcFunction> Strncmp = lookupLibc("strncmp");
  ASSERT_TRUE(Strncmp);
  EXPECT_EQ(Strncmp->Cap, BPFLibcMax);
  EXPECT_EQ(readArgs(*Strncmp), (SmallVector<unsigned, 2>{0, 1}));
  std::optional<LibcFunction> Strtol = lookupLibc("strtol");
  ASSERT_TRUE(Strtol);
  EXPECT_EQ(Strtol->Cap, BPFLibcNumMax);
  EXPECT_TRUE(Strtol->writes(1));
  EXPECT_EQ(readArgs(*Strtol), (SmallVector<unsigned, 2>{0}));
}

TEST(KernelModelTest, HelpersTheGeneratorCallsAreListed) {
  for (uint64_t Id :
       {HelperKtimeGetNs, HelperGetSmpProcessorId, HelperCsumDiff,
        HelperXdpAdjustHead, HelperXdpAdjustTail, HelperProbeReadKernel,
        HelperKtimeGetBootNs, HelperXdpLoadBytes, HelperXdpStoreBytes}) {
    const BPFHelperInfo *H = lookupBPFHelper(Id);
    ASSERT_TRUE(H) << Id;
    EXPECT_TRUE(H->Hooks & HookXDP) << H->Name.str();
  }
  EXPECT_FALSE(lookupBPFHelper(HelperXdpAdjustTail)->Hooks & HookSkSkb);
}

} // namespace
