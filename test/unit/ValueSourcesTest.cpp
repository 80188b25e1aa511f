//===- ValueSourcesTest.cpp - Unit tests of the value-source walk ---------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "IRTestHelpers.h"

#include "Support/ValueSources.h"

#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;
using namespace koffload;
using namespace koffload::test;

namespace {

/// The argument \p ArgNo of the first call to \p Callee in \p M.
Value *argOfCallTo(Module &M, StringRef Callee, unsigned ArgNo = 0) {
  for (Function &F : M)
    for (Instruction &I : instructions(F))
      if (auto *CB = dyn_cast<CallBase>(&I))
        if (CB->getCalledFunction() &&
            CB->getCalledFunction()->getName() == Callee)
          return CB->getArgOperand(ArgNo);
  ADD_FAILURE() << "no call to " << Callee.str();
  return nullptr;
}

TEST(ValueSourcesTest, ByteOrderHelpersFold) {
  LLVMContext Ctx;
  auto M = parseIR(Ctx, R"(
declare i16 @htons(i16)
declare i32 @htonl(i32)
declare i16 @llvm.bswap.i16(i16)
declare i32 @inet_addr(ptr)
declare void @use16(i16)
declare void @use32(i32)
@ip = private constant [11 x i8] c"198.18.0.1\00"
define void @f() {
  %a = call i16 @htons(i16 9000)
  call void @use16(i16 %a)
  %b = call i16 @llvm.bswap.i16(i16 53)
  call void @use16(i16 %b)
  %c = call i32 @htonl(i32 1)
  call void @use32(i32 %c)
  %d = call i32 @inet_addr(ptr @ip)
  call void @use32(i32 %d)
  ret void
}
)");
  ASSERT_TRUE(M);
  Function &F = *M->getFunction("f");
  SmallVector<Value *, 4> Uses;
  for (Instruction &I : instructions(F))
    if (auto *CB = dyn_cast<CallBase>(&I))
      if (CB->getCalledFunction()->getName().starts_with("use"))
        Uses.push_back(CB->getArgOperand(0));
  ASSERT_EQ(Uses.size(), 4u);
  EXPECT_EQ(evaluateConstantInt(Uses[0]), std::optional<uint64_t>(0x2823));
  EXPECT_EQ(evaluateConstantInt(Uses[1]), std::optional<uint64_t>(0x3500));
  EXPECT_EQ(evaluateConstantInt(Uses[2]), std::optional<uint64_t>(0x01000000));
  // 198.18.0.1 in network order, read as a little-endian word.
  EXPECT_EQ(evaluateConstantInt(Uses[3]), std::optional<uint64_t>(0x010012c6));
}

TEST(ValueSourcesTest, ConstantThroughLocalsArgumentsAndPhis) {
  LLVMContext Ctx;
  auto M = parseIR(Ctx, R"(
declare void @sink(i32)
define internal void @helper(i32 %x) {
  %x.addr = alloca i32
  store i32 %x, ptr %x.addr
  %v = load i32, ptr %x.addr
  call void @sink(i32 %v)
  ret void
}
define void @main(i1 %c) {
entry:
  call void @helper(i32 7)
  br i1 %c, label %a, label %b
a:
  call void @helper(i32 7)
  br label %b
b:
  ret void
}
)");
  ASSERT_TRUE(M);
  Value *V = argOfCallTo(*M, "sink");
  ValueSources S = traceValueSources(V);
  EXPECT_TRUE(S.Complete);
  EXPECT_EQ(S.uniqueConstant(), std::optional<int64_t>(7));
}

TEST(ValueSourcesTest, DisagreeingStoresAreNotAConstant) {
  LLVMContext Ctx;
  auto M = parseIR(Ctx, R"(
declare void @sink(i32)
define void @main(i1 %c) {
entry:
  %p = alloca i32
  store i32 7, ptr %p
  br i1 %c, label %a, label %b
a:
  store i32 8, ptr %p
  br label %b
b:
  %v = load i32, ptr %p
  call void @sink(i32 %v)
  ret void
}
)");
  ASSERT_TRUE(M);
  ValueSources S = traceValueSources(argOfCallTo(*M, "sink"));
  EXPECT_EQ(S.Leaves.size(), 2u);
  EXPECT_FALSE(S.uniqueConstant().has_value());
  // ... but it is one of two: the set of possible values.
  ASSERT_TRUE(S.possibleConstants().has_value());
  EXPECT_EQ(*S.possibleConstants(), (SmallVector<int64_t, 2>{7, 8}));
}

// socket(v6 ? AF_INET6 : AF_INET, ...): a family chosen at run time among
// constants folds to the set of them; one chosen by an unknown value does
// not fold at all.
TEST(ValueSourcesTest, PossibleConstantsOfSelectAndUnknown) {
  LLVMContext Ctx;
  auto M = parseIR(Ctx, R"(
declare void @sink(i32)
declare void @sink2(i32)
define void @main(i1 %c, i32 %unknown) {
  %f = select i1 %c, i32 10, i32 2
  call void @sink(i32 %f)
  %g = select i1 %c, i32 10, i32 %unknown
  call void @sink2(i32 %g)
  ret void
}
)");
  ASSERT_TRUE(M);
  ValueSources S = traceValueSources(argOfCallTo(*M, "sink"));
  ASSERT_TRUE(S.possibleConstants().has_value());
  EXPECT_EQ(*S.possibleConstants(), (SmallVector<int64_t, 2>{2, 10}));
  EXPECT_FALSE(
      traceValueSources(argOfCallTo(*M, "sink2")).possibleConstants());
}

// The fd handed to recv() was created in a helper that returns it and
// stored into a struct that is passed around by pointer.
TEST(ValueSourcesTest, FdThroughHelperReturnAndStructPointer) {
  LLVMContext Ctx;
  auto M = parseIR(Ctx, R"(
%struct.server = type { i32, i32 }
declare i32 @socket(i32, i32, i32)
declare i64 @recv(i32, ptr, i64, i32)
define internal i32 @open_udp() {
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  ret i32 %fd
}
define internal void @setup(ptr %s) {
  %fd = call i32 @open_udp()
  %f = getelementptr inbounds %struct.server, ptr %s, i32 0, i32 1
  store i32 %fd, ptr %f
  ret void
}
define internal void @serve(ptr %s) {
  %s.addr = alloca ptr
  store ptr %s, ptr %s.addr
  %p = load ptr, ptr %s.addr
  %f = getelementptr inbounds %struct.server, ptr %p, i32 0, i32 1
  %fd = load i32, ptr %f
  %n = call i64 @recv(i32 %fd, ptr null, i64 0, i32 0)
  ret void
}
define i32 @main() {
  %srv = alloca %struct.server
  call void @setup(ptr %srv)
  call void @serve(ptr %srv)
  ret i32 0
}
)");
  ASSERT_TRUE(M);
  ValueSources S = traceValueSources(argOfCallTo(*M, "recv"));
  SmallVector<CallBase *, 2> Sockets = S.callsTo({"socket"});
  ASSERT_EQ(Sockets.size(), 1u);
  EXPECT_EQ(Sockets[0]->getFunction()->getName(), "open_udp");
}

TEST(ValueSourcesTest, ValueFromOutsideIsIncomplete) {
  LLVMContext Ctx;
  auto M = parseIR(Ctx, R"(
declare void @sink(i32)
define void @entry(i32 %x) {
  call void @sink(i32 %x)
  ret void
}
)");
  ASSERT_TRUE(M);
  ValueSources S = traceValueSources(argOfCallTo(*M, "sink"));
  EXPECT_FALSE(S.Complete);
  EXPECT_FALSE(S.uniqueConstant().has_value());
}

} // namespace
