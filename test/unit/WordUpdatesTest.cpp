//===- WordUpdatesTest.cpp - The shared word-update matcher ---------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/WordUpdates.h"
#include "IRTestHelpers.h"

#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Verifier.h"

using namespace llvm;
using namespace koffload;
using namespace koffload::test;

namespace {

/// The only store of \p F.
StoreInst &onlyStore(Function &F) {
  StoreInst *Found = nullptr;
  for (Instruction &I : instructions(F))
    if (auto *St = dyn_cast<StoreInst>(&I)) {
      EXPECT_EQ(Found, nullptr) << "more than one store";
      Found = St;
    }
  EXPECT_NE(Found, nullptr);
  return *Found;
}

/// What matchWordUpdate says of the last store of \@f in \p IR: "update",
/// "plain", or the refusal.
std::string matchLastStore(StringRef IR) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parseIR(Ctx, IR);
  if (!M)
    return "unparsed";
  StoreInst *Last = nullptr;
  for (Instruction &I : instructions(*M->getFunction("f")))
    if (auto *St = dyn_cast<StoreInst>(&I))
      Last = St;
  if (!Last)
    return "no store";
  Expected<std::optional<WordUpdate>> W = matchWordUpdate(*Last);
  if (!W)
    return toString(W.takeError());
  return *W ? "update" : "plain";
}

constexpr const char *Globals = R"(
@w = global i32 0
@other = global i32 0
@arr = global [4 x i64] zeroinitializer
)";

TEST(WordUpdatesTest, SimpleUpdateBecomesOneAtomicAdd) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parseIR(Ctx, std::string(Globals) + R"(
define i32 @f(i32 %d) {
  %old = load i32, ptr @w, align 4
  %new = add i32 %d, %old
  store i32 %new, ptr @w, align 4
  ret i32 %new
}
)");
  ASSERT_TRUE(M);
  Function &F = *M->getFunction("f");
  Expected<std::optional<WordUpdate>> W = matchWordUpdate(onlyStore(F));
  ASSERT_TRUE(static_cast<bool>(W)) << toString(W.takeError());
  ASSERT_TRUE(W->has_value());
  EXPECT_EQ((*W)->delta(), F.getArg(0)); // the add's other operand
  EXPECT_FALSE((*W)->isSub());

  SmallVector<AtomicRMWInst *, 8> RMWs =
      makeWordUpdatesAtomic({**W}, AtomicOrdering::Monotonic);
  ASSERT_EQ(RMWs.size(), 1u);
  EXPECT_FALSE(verifyFunction(F, &errs()));
  AtomicRMWInst *RMW = RMWs[0];
  EXPECT_EQ(RMW->getOperation(), AtomicRMWInst::Add);
  EXPECT_EQ(RMW->getOrdering(), AtomicOrdering::Monotonic);
  EXPECT_EQ(RMW->getPointerOperand(), M->getNamedGlobal("w"));
  EXPECT_EQ(RMW->getValOperand(), F.getArg(0));
  // No plain access of the word is left, and the function returns the
  // value read plus the delta.
  for (Instruction &I : instructions(F))
    EXPECT_FALSE(isa<LoadInst>(I) || isa<StoreInst>(I));
  auto *Ret = cast<ReturnInst>(F.getEntryBlock().getTerminator());
  auto *Sum = dyn_cast<BinaryOperator>(Ret->getReturnValue());
  ASSERT_TRUE(Sum);
  EXPECT_EQ(Sum->getOperand(0), RMW);
  EXPECT_EQ(Sum->getOperand(1), F.getArg(0));
}

TEST(WordUpdatesTest, OrderingIsTheCallers) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parseIR(Ctx, std::string(Globals) + R"(
define i32 @f() {
  %old = load i32, ptr @w, align 4
  %new = sub i32 %old, 3
  store i32 %new, ptr @w, align 4
  ret i32 %old
}
)");
  ASSERT_TRUE(M);
  Function &F = *M->getFunction("f");
  Expected<std::optional<WordUpdate>> W = matchWordUpdate(onlyStore(F));
  ASSERT_TRUE(static_cast<bool>(W)) << toString(W.takeError());
  ASSERT_TRUE(W->has_value());
  EXPECT_TRUE((*W)->isSub());
  SmallVector<AtomicRMWInst *, 8> RMWs =
      makeWordUpdatesAtomic({**W}, AtomicOrdering::SequentiallyConsistent);
  ASSERT_EQ(RMWs.size(), 1u);
  EXPECT_FALSE(verifyFunction(F, &errs()));
  EXPECT_EQ(RMWs[0]->getOrdering(), AtomicOrdering::SequentiallyConsistent);
  // A sub adds the negated delta; the old value's user gets what it read.
  auto *C = dyn_cast<ConstantInt>(RMWs[0]->getValOperand());
  ASSERT_TRUE(C);
  EXPECT_EQ(C->getSExtValue(), -3);
  auto *Ret = cast<ReturnInst>(F.getEntryBlock().getTerminator());
  EXPECT_EQ(Ret->getReturnValue(), RMWs[0]);
}

TEST(WordUpdatesTest, RefusesAStoreBetween) {
  EXPECT_EQ(matchLastStore(std::string(Globals) + R"(
define void @f() {
  %old = load i32, ptr @w, align 4
  %new = add i32 %old, 1
  store i32 5, ptr @other, align 4
  store i32 %new, ptr @w, align 4
  ret void
}
)"),
            "an update of w is not a simple read-modify-write (memory may "
            "be written between the read and the write)");
}

TEST(WordUpdatesTest, RefusesACallBetween) {
  EXPECT_EQ(matchLastStore(std::string(Globals) + R"(
declare void @g()
define void @f() {
  %old = load i32, ptr @w, align 4
  call void @g()
  %new = add i32 %old, 1
  store i32 %new, ptr @w, align 4
  ret void
}
)"),
            "an update of w is not a simple read-modify-write (memory may "
            "be written between the read and the write)");
}

TEST(WordUpdatesTest, RefusesAnUpdateAcrossBlocks) {
  EXPECT_EQ(matchLastStore(std::string(Globals) + R"(
define void @f() {
entry:
  %old = load i32, ptr @w, align 4
  br label %next
next:
  %new = add i32 %old, 1
  store i32 %new, ptr @w, align 4
  ret void
}
)"),
            "an update of w is not a simple read-modify-write (read in one "
            "block, written in another)");
}

TEST(WordUpdatesTest, RefusesADeltaComputedAfterTheRead) {
  // x += x: the amount depends on the value read.
  EXPECT_EQ(matchLastStore(std::string(Globals) + R"(
define void @f() {
  %old = load i32, ptr @w, align 4
  %new = add i32 %old, %old
  store i32 %new, ptr @w, align 4
  ret void
}
)"),
            "an update of w is not a simple read-modify-write (the amount "
            "is computed after the word is read)");
  EXPECT_EQ(matchLastStore(std::string(Globals) + R"(
define void @f() {
  %old = load i32, ptr @w, align 4
  %d = load i32, ptr @other, align 4
  %new = add i32 %old, %d
  store i32 %new, ptr @w, align 4
  ret void
}
)"),
            "an update of w is not a simple read-modify-write (the amount "
            "is computed after the word is read)");
}

TEST(WordUpdatesTest, RefusesVolatile) {
  EXPECT_EQ(matchLastStore(std::string(Globals) + R"(
define void @f() {
  %old = load volatile i32, ptr @w, align 4
  %new = add i32 %old, 1
  store i32 %new, ptr @w, align 4
  ret void
}
)"),
            "an update of w is not a simple read-modify-write (a volatile "
            "or atomic access)");
}

TEST(WordUpdatesTest, PlainStoresAreNoUpdates) {
  // A constant, a value read from another word, a delta minus the word.
  EXPECT_EQ(matchLastStore(std::string(Globals) + R"(
define void @f() {
  store i32 7, ptr @w, align 4
  ret void
}
)"),
            "plain");
  EXPECT_EQ(matchLastStore(std::string(Globals) + R"(
define void @f() {
  %o = load i32, ptr @other, align 4
  %new = add i32 %o, 1
  store i32 %new, ptr @w, align 4
  ret void
}
)"),
            "plain");
  EXPECT_EQ(matchLastStore(std::string(Globals) + R"(
define void @f() {
  %old = load i32, ptr @w, align 4
  %new = sub i32 1, %old
  store i32 %new, ptr @w, align 4
  ret void
}
)"),
            "plain");
}

TEST(WordUpdatesTest, MatchesTheSharedGlobalsOfAFunction) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parseIR(Ctx, std::string(Globals) + R"(
define void @f(i64 %i) {
  %p = getelementptr inbounds [4 x i64], ptr @arr, i64 0, i64 %i
  %old = load i64, ptr %p, align 8
  %new = add i64 %old, 1
  store i64 %new, ptr %p, align 8
  %o = load i32, ptr @other, align 4
  %n = add i32 %o, 1
  store i32 %n, ptr @other, align 4
  store i32 0, ptr @w, align 4
  ret void
}
)");
  ASSERT_TRUE(M);
  Function &F = *M->getFunction("f");
  // @other is not shared: its update is left alone; @w's store is plain.
  Expected<SmallVector<WordUpdate, 8>> U = matchWordUpdates(
      F, [](const GlobalVariable &GV) { return GV.getName() != "other"; });
  ASSERT_TRUE(static_cast<bool>(U)) << toString(U.takeError());
  ASSERT_EQ(U->size(), 1u);
  EXPECT_EQ((*U)[0].Load->getPointerOperand()->getName(), "p");
  // storesInto follows the GEP.
  EXPECT_EQ(storesInto(*M->getNamedGlobal("arr")).size(), 1u);
  EXPECT_EQ(storesInto(*M->getNamedGlobal("w")).size(), 1u);
}

} // namespace
