//===- ColdPathsTest.cpp - Unit tests of the failure-report marks ---------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "IRTestHelpers.h"

#include "Plan/ColdPaths.h"

#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/ProfDataUtils.h"

using namespace llvm;
using namespace koffload;
using namespace koffload::test;

namespace {

// Each call's first argument names it (a distinct string constant), so the
// test can say which call is which.
const char *IR = R"(
@stderr = external global ptr
@stdout = external global ptr
@s.stderr = constant [7 x i8] c"stderr\00"
@s.stdout = constant [7 x i8] c"stdout\00"
@s.perror = constant [7 x i8] c"perror\00"
@s.errinfo = constant [8 x i8] c"errinfo\00"
@s.fputs = constant [6 x i8] c"fputs\00"
@s.fwrite = constant [7 x i8] c"fwrite\00"
@s.chk = constant [4 x i8] c"chk\00"

declare i32 @fprintf(ptr, ptr, ...)
declare i32 @__fprintf_chk(ptr, i32, ptr, ...)
declare i32 @fputs(ptr, ptr)
declare i64 @fwrite(ptr, i64, i64, ptr)
declare void @perror(ptr)
declare void @syslog(i32, ptr, ...)
declare i32 @dprintf(i32, ptr, ...)
declare i32 @printf(ptr, ...)
declare void @exit(i32) noreturn
declare i32 @vfprintf(ptr, ptr, ptr)
declare i1 @llvm.expect.i1(i1, i1)

define void @fail(ptr %fmt, ...) {
  %e = load ptr, ptr @stderr
  %r = call i32 @vfprintf(ptr %e, ptr %fmt, ptr null)
  ret void
}

define void @maybe_log(i1 %verbose, ptr %fmt) {
  br i1 %verbose, label %log, label %done
log:
  %e = load ptr, ptr @stderr
  %r = call i32 @vfprintf(ptr %e, ptr %fmt, ptr null)
  br label %done
done:
  ret void
}

define void @serve(i1 %c) {
  %e = load ptr, ptr @stderr
  %o = load ptr, ptr @stdout
  %1 = call i32 (ptr, ptr, ...) @fprintf(ptr %e, ptr @s.stderr)
  %2 = call i32 (ptr, ptr, ...) @fprintf(ptr %o, ptr @s.stdout)
  %3 = call i32 (ptr, i32, ptr, ...) @__fprintf_chk(ptr %e, i32 1, ptr @s.chk)
  %4 = call i32 @fputs(ptr @s.fputs, ptr %e)
  %5 = call i64 @fwrite(ptr @s.fwrite, i64 1, i64 6, ptr %e)
  call void @perror(ptr @s.perror)
  call void (i32, ptr, ...) @syslog(i32 27, ptr @s.errinfo)
  call void (i32, ptr, ...) @syslog(i32 30, ptr @s.errinfo)
  %6 = call i32 (i32, ptr, ...) @dprintf(i32 2, ptr @s.stderr)
  %7 = call i32 (i32, ptr, ...) @dprintf(i32 1, ptr @s.stdout)
  %8 = call i32 (ptr, ...) @printf(ptr @s.stdout)
  call void (ptr, ...) @fail(ptr @s.stderr)
  call void @maybe_log(i1 %c, ptr @s.stdout)
  %x = call i1 @llvm.expect.i1(i1 %c, i1 false)
  br i1 %x, label %rare, label %common
rare:
  call void @exit(i32 1)
  unreachable
common:
  ret void
}
)";

TEST(ColdPathsTest, MarksFailureReportsOnly) {
  LLVMContext Ctx;
  auto M = parseIR(Ctx, IR);
  ASSERT_TRUE(M);
  markColdPaths(*M);
  Function *Serve = M->getFunction("serve");
  ASSERT_TRUE(Serve);
  // callee (and syslog's priority) -> marked cold
  std::vector<std::pair<std::string, bool>> Got;
  for (Instruction &I : instructions(*Serve))
    if (auto *CB = dyn_cast<CallBase>(&I);
        CB && CB->getCalledFunction() && !isa<IntrinsicInst>(CB)) {
      std::string Name = CB->getCalledFunction()->getName().str();
      if (auto *P = dyn_cast<ConstantInt>(CB->getArgOperand(0)))
        Name += "/" + std::to_string(P->getZExtValue());
      if (auto *G = dyn_cast<GlobalVariable>(CB->getArgOperand(0)))
        Name += "/" + G->getName().str();
      Got.push_back({Name, CB->hasFnAttr(Attribute::Cold)});
    }
  std::vector<std::pair<std::string, bool>> Want = {
      {"fprintf", true},            // stream: stderr
      {"fprintf", false},           // stream: stdout
      {"__fprintf_chk", true},      // fortified, stream first
      {"fputs/s.fputs", true},      // stream is the second argument
      {"fwrite/s.fwrite", true},    // stream is the fourth argument
      {"perror/s.perror", true},
      {"syslog/27", true},          // LOG_DAEMON | LOG_ERR
      {"syslog/30", false},         // LOG_DAEMON | LOG_INFO
      {"dprintf/2", true},          // fd 2
      {"dprintf/1", false},         // fd 1
      {"printf/s.stdout", false},   // stdout: ordinary logging
      {"fail/s.stderr", true},      // always reports
      {"maybe_log", false},         // reports only when verbose
      {"exit/1", true},             // noreturn
  };
  EXPECT_EQ(Got, Want);
  // __builtin_expect became branch weights: the rare side weighs 1 against
  // LowerExpectIntrinsic's 2000.
  auto *Br = cast<BranchInst>(Serve->getEntryBlock().getTerminator());
  SmallVector<uint32_t, 2> Weights;
  ASSERT_TRUE(extractBranchWeights(*Br, Weights));
  ASSERT_EQ(Weights.size(), 2u);
  EXPECT_LT(Weights[0], Weights[1]);
}

} // namespace
