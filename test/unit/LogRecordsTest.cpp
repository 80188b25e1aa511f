//===- LogRecordsTest.cpp - Which log calls the offload records -----------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "IRTestHelpers.h"
#include "Support/LogRecords.h"

#include "llvm/IR/Instructions.h"

using namespace llvm;
using namespace koffload;

namespace {

/// The module's calls in @f, in order.
SmallVector<CallBase *, 8> callsOf(Module &M) {
  SmallVector<CallBase *, 8> Calls;
  for (Instruction &I : M.getFunction("f")->getEntryBlock())
    if (auto *CB = dyn_cast<CallBase>(&I))
      Calls.push_back(CB);
  return Calls;
}

const char *Decls = R"(
@stdout = external global ptr
@stderr = external global ptr
@logf = global ptr null
declare i32 @printf(ptr, ...)
declare i32 @__printf_chk(i32, ptr, ...)
declare i32 @fprintf(ptr, ptr, ...)
declare i32 @puts(ptr)
declare i32 @fputs(ptr, ptr)
declare i64 @fwrite(ptr, i64, i64, ptr)
declare void @syslog(i32, ptr, ...)
declare void @__syslog_chk(i32, i32, ptr, ...)
)";

std::string errorOf(const CallBase &CB) {
  Expected<LogCallShape> S = recordedLogCall(CB);
  if (S)
    return "";
  return toString(S.takeError());
}

TEST(LogRecordsTest, RecordsIntegersAndStrings) {
  LLVMContext Ctx;
  auto M = test::parseIR(Ctx, std::string(Decls) + R"(
@fmt = private constant [24 x i8] c"port %u asked %s (%ld)\0A\00"
@lit = private constant [3 x i8] c"ok\00"
define void @f(i32 %port, ptr %word, i64 %n) {
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %port, ptr %word, i64 %n)
  %e = load ptr, ptr @stderr
  call i32 (ptr, ptr, ...) @fprintf(ptr %e, ptr @fmt, i32 7, ptr @lit, i64 %n)
  call i32 (i32, ptr, ...) @__printf_chk(i32 2, ptr @fmt, i32 %port, ptr %word, i64 %n)
  ret void
}
)");
  ASSERT_TRUE(M);
  auto Calls = callsOf(*M);
  Expected<LogCallShape> P = recordedLogCall(*Calls[0]);
  ASSERT_TRUE(bool(P)) << toString(P.takeError());
  EXPECT_EQ(P->Stream, LogStream::None);
  ASSERT_EQ(P->Fields.size(), 4u);
  EXPECT_EQ(P->Fields[0].Kind, LogField::ConstString);
  EXPECT_EQ(P->Fields[0].Text, std::string("port %u asked %s (%ld)\n\0", 24));
  EXPECT_EQ(P->Fields[1].Kind, LogField::Int);
  EXPECT_EQ(P->Fields[1].Offset, 8u);
  EXPECT_EQ(P->Fields[2].Kind, LogField::String);
  EXPECT_EQ(P->Fields[2].Offset, 16u);
  EXPECT_EQ(P->Fields[3].Kind, LogField::Int);
  EXPECT_EQ(P->Fields[3].Offset, 16u + LogStringCap);
  EXPECT_EQ(P->Size, 24u + LogStringCap);

  // Constants are not recorded: the header alone, and the integer's slot.
  Expected<LogCallShape> F = recordedLogCall(*Calls[1]);
  ASSERT_TRUE(bool(F)) << toString(F.takeError());
  EXPECT_EQ(F->Stream, LogStream::Stderr);
  EXPECT_EQ(F->StreamArg, 0u);
  EXPECT_EQ(F->Fields[1].Kind, LogField::ConstInt);
  EXPECT_EQ(F->Fields[2].Kind, LogField::ConstString);
  EXPECT_EQ(F->Size, 16u);

  // Fortified: replayed as printf, without the flag.
  Expected<LogCallShape> C = recordedLogCall(*Calls[2]);
  ASSERT_TRUE(bool(C)) << toString(C.takeError());
  EXPECT_EQ(C->Callee, "printf");
  EXPECT_EQ(C->Fields[0].ArgNo, 1u);
  EXPECT_EQ(C->Size, P->Size);
}

TEST(LogRecordsTest, RefusesWithAReason) {
  LLVMContext Ctx;
  auto M = test::parseIR(Ctx, std::string(Decls) + R"(
@count = private constant [5 x i8] c"%s%n\00"
@float = private constant [3 x i8] c"%f\00"
@errno = private constant [3 x i8] c"%m\00"
@locale = private constant [4 x i8] c"%Id\00"
@stacked = private constant [5 x i8] c"%lhd\00"
@ptr = private constant [3 x i8] c"%p\00"
@two = private constant [6 x i8] c"%d %d\00"
@ok = private constant [4 x i8] c"%s\0A\00"
define i32 @f(ptr %s, ptr %fmt, ptr %n, double %d, i32 %i) {
  call i32 (ptr, ...) @printf(ptr @count, ptr %s, ptr %n)
  call i32 (ptr, ...) @printf(ptr @float, double %d)
  call i32 (ptr, ...) @printf(ptr @errno)
  call i32 (ptr, ...) @printf(ptr @locale, i32 %i)
  call i32 (ptr, ...) @printf(ptr @stacked, i32 %i)
  call i32 (ptr, ...) @printf(ptr @ptr, ptr %s)
  call i32 (ptr, ...) @printf(ptr @two, i32 %i)
  call i32 (ptr, ...) @printf(ptr %fmt, i32 %i)
  %f = load ptr, ptr @logf
  call i32 (ptr, ptr, ...) @fprintf(ptr %f, ptr @ok, ptr %s)
  %r = call i32 (ptr, ...) @printf(ptr @ok, ptr %s)
  %o = load ptr, ptr @stdout
  call i64 @fwrite(ptr %s, i64 1, i64 4, ptr %o)
  %w = call i64 @fwrite(ptr %s, i64 1, i64 4, ptr %o)
  store i64 %w, ptr %n
  call i32 (ptr, ...) @printf(ptr @ok, i32 %i)
  call void (i32, ptr, ...) @syslog(i32 %i, ptr %fmt)
  ret i32 %r
}
)");
  ASSERT_TRUE(M);
  auto Calls = callsOf(*M);
  const char *Want[] = {
      "printf with a format with %n (it writes through its argument)",
      "printf with a format with a floating-point conversion (%f)",
      "printf with a format with %m (it prints errno, which no call of the "
      "kernel path sets)",
      "printf with a format with the flag I",
      // One length modifier, as glibc reads it: 'h' after 'l' is the
      // conversion.
      "printf with a format with the conversion %lh",
      "printf with a format with %p (an address in the kernel is not the "
      "program's)",
      "printf with more or fewer arguments than its format converts",
      "printf with a format that is not a string literal",
      "fprintf to a stream other than stdout or stderr",
      "printf whose result is used",
      "",
      "fwrite whose result is used",
      "printf with a string argument that is not a pointer",
      "syslog with a format that is not a string literal",
  };
  ASSERT_EQ(Calls.size(), std::size(Want));
  for (unsigned I = 0; I < Calls.size(); ++I)
    EXPECT_EQ(errorOf(*Calls[I]), Want[I]) << I;
}

TEST(LogRecordsTest, RecordsSyslogDataAndPrecisions) {
  LLVMContext Ctx;
  auto M = test::parseIR(Ctx, std::string(Decls) + R"(
@fmt = private constant [13 x i8] c"got %s (%d)\0A\00"
@prec = private constant [15 x i8] c"%.*s|%.5s|%*d\0A\00"
define void @f(i32 %pri, ptr %s, i32 %i, ptr %buf, i64 %n) {
  call void (i32, ptr, ...) @syslog(i32 %pri, ptr @fmt, ptr %s, i32 %i)
  call void (i32, i32, ptr, ...) @__syslog_chk(i32 6, i32 1, ptr @fmt, ptr %s, i32 %i)
  %o = load ptr, ptr @stdout
  call i64 @fwrite(ptr %buf, i64 1, i64 %n, ptr %o)
  call i32 (ptr, ...) @printf(ptr @prec, i32 %i, ptr %s, ptr %buf, i32 %i, i32 %i)
  ret void
}
)");
  ASSERT_TRUE(M);
  auto Calls = callsOf(*M);
  // syslog: the priority first, recorded like an integer argument.
  Expected<LogCallShape> S = recordedLogCall(*Calls[0]);
  ASSERT_TRUE(bool(S)) << toString(S.takeError());
  EXPECT_EQ(S->Callee, "syslog");
  ASSERT_EQ(S->Fields.size(), 4u);
  EXPECT_EQ(S->Fields[0].Kind, LogField::Int);
  EXPECT_EQ(S->Fields[0].ArgNo, 0u);
  EXPECT_EQ(S->Fields[0].Offset, 8u);
  EXPECT_EQ(S->Fields[1].Kind, LogField::ConstString);
  EXPECT_EQ(S->Fields[2].Kind, LogField::String);
  EXPECT_EQ(S->Fields[2].Offset, 16u);
  EXPECT_EQ(S->Size, 24u + LogStringCap);
  // Fortified: a constant priority, the flag dropped, replayed as syslog.
  Expected<LogCallShape> C = recordedLogCall(*Calls[1]);
  ASSERT_TRUE(bool(C)) << toString(C.takeError());
  EXPECT_EQ(C->Callee, "syslog");
  ASSERT_EQ(C->Fields.size(), 4u);
  EXPECT_EQ(C->Fields[0].Kind, LogField::ConstInt);
  EXPECT_EQ(C->Fields[0].Value, 6u);
  EXPECT_EQ(C->Fields[1].ArgNo, 2u);
  // fwrite of run-time data: the bytes, their count recorded.
  Expected<LogCallShape> W = recordedLogCall(*Calls[2]);
  ASSERT_TRUE(bool(W)) << toString(W.takeError());
  ASSERT_EQ(W->Fields.size(), 3u);
  EXPECT_EQ(W->Fields[0].Kind, LogField::Bytes);
  EXPECT_EQ(W->Fields[0].Offset, 8u);
  EXPECT_EQ(W->Fields[0].SizeField, 1);
  EXPECT_EQ(W->Fields[0].CountField, 2);
  EXPECT_EQ(W->Fields[1].Kind, LogField::ConstInt);
  EXPECT_EQ(W->Fields[2].Kind, LogField::Int);
  EXPECT_EQ(W->Fields[2].Offset, 8u + LogBytesCap);
  EXPECT_EQ(W->Stream, LogStream::Stdout);
  EXPECT_EQ(W->StreamArg, 3u);
  // '*' widths and precisions are int arguments; a string's precision
  // bounds its copy.
  Expected<LogCallShape> P = recordedLogCall(*Calls[3]);
  ASSERT_TRUE(bool(P)) << toString(P.takeError());
  ASSERT_EQ(P->Fields.size(), 6u);
  EXPECT_EQ(P->Fields[1].Kind, LogField::Int);
  EXPECT_EQ(P->Fields[2].Kind, LogField::String);
  EXPECT_EQ(P->Fields[2].PrecisionField, 1);
  EXPECT_EQ(P->Fields[2].Precision, -1);
  EXPECT_EQ(P->Fields[3].Kind, LogField::String);
  EXPECT_EQ(P->Fields[3].PrecisionField, -1);
  EXPECT_EQ(P->Fields[3].Precision, 5);
  EXPECT_EQ(P->Fields[4].Kind, LogField::Int);
  EXPECT_EQ(P->Fields[5].Kind, LogField::Int);
}

} // namespace
