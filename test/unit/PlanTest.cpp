//===- PlanTest.cpp - Unit tests of slicing and ω on hand-built CFGs ------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Each test is a blocking UDP server loop whose request path is a small CFG
// with branch weights chosen so that ω can be worked out by hand. Weights
// follow clang's PGO convention: each is the edge's count plus one.
//
//===----------------------------------------------------------------------===//

#include "IRTestHelpers.h"

#include "Plan/Plan.h"

#include <map>
#include <set>

using namespace llvm;
using namespace koffload;
using namespace koffload::test;

namespace {

constexpr const char *Prologue = R"(
@hits = global i64 0
@table = global [16 x i64] zeroinitializer
@path = private constant [4 x i8] c"/db\00"
declare i32 @socket(i32, i32, i32)
declare i64 @recvfrom(i32, ptr, i64, i32, ptr, ptr)
declare i64 @sendto(i32, ptr, i64, i32, ptr, i32)
declare ptr @fopen(ptr, ptr)
declare i32 @printf(ptr, ...)
declare ptr @malloc(i64)
!0 = !{!"function_entry_count", i64 1}
)";

class PlanTest : public ::testing::Test {
protected:
  LLVMContext Ctx;
  std::unique_ptr<Module> M;
  Analyses A;

  const OffloadPlan &plan(StringRef Body) {
    M = parseIR(Ctx, (Twine(Prologue) + Body).str());
    EXPECT_TRUE(M);
    A.MAM.registerPass([] { return LandmarkAnalysis(); });
    registerPlanStages(A.MAM);
    A.MAM.registerPass([] { return PlanAnalysis(); });
    return A.MAM.getResult<PlanAnalysis>(*M);
  }

  static const BlockerSite *blocker(const Candidate &C, Blocker B) {
    for (const BlockerSite &S : C.Blockers)
      if (S.Reason == B)
        return &S;
    return nullptr;
  }
};

// 90% of requests take the fast branch; 10% open a file.
TEST_F(PlanTest, OmegaIsTheProbabilityOfTheFeasibleBranch) {
  const OffloadPlan &P = plan(R"(
define i32 @main() !prof !0 {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %c = load i8, ptr %buf
  %fast = icmp eq i8 %c, 103
  br i1 %fast, label %get, label %slow, !prof !1
get:
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
slow:
  %f = call ptr @fopen(ptr @path, ptr @path)
  %s2 = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
!1 = !{!"branch_weights", i32 91, i32 11}
)");
  EXPECT_TRUE(P.UsedProfile);
  ASSERT_EQ(P.Candidates.size(), 1u);
  const Candidate &C = P.Candidates[0];
  EXPECT_NEAR(C.Omega, 0.9, 1e-6);
  const BlockerSite *Open = blocker(C, Blocker::BlockingIO);
  ASSERT_TRUE(Open);
  EXPECT_EQ(Open->Detail, "fopen");
  EXPECT_NEAR(Open->Reach, 0.1, 1e-6);
  ASSERT_EQ(C.Exits.size(), 1u);
  EXPECT_NEAR(C.Exits[0].Probability, 0.1, 1e-6);
  EXPECT_EQ(C.Exits[0].Leadsto, "BlockingIO fopen");
  EXPECT_EQ(C.Replies.size(), 1u); // only the fast path's reply
  EXPECT_EQ(C.H, Hook::XDP);
  EXPECT_TRUE(C.offloaded());
}

// Restart semantics: requests that pass the blocked block never count, even
// when they rejoin the fast path afterwards. a: 50%, of which 50% blocked;
// b: 50%. ω = 0.5·0.5 + 0.5 = 0.75.
TEST_F(PlanTest, PathsThroughABlockerNeverCountEvenIfTheyRejoin) {
  const OffloadPlan &P = plan(R"(
define i32 @main() !prof !0 {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %c = load i8, ptr %buf
  %isa = icmp eq i8 %c, 97
  br i1 %isa, label %a, label %b, !prof !1
a:
  %d = getelementptr i8, ptr %buf, i64 1
  %c2 = load i8, ptr %d
  %log = icmp eq i8 %c2, 33
  br i1 %log, label %blocked, label %reply, !prof !1
blocked:
  %p = call ptr @malloc(i64 8)
  br label %reply
b:
  br label %reply
reply:
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
!1 = !{!"branch_weights", i32 50, i32 50}
)");
  ASSERT_EQ(P.Candidates.size(), 1u);
  const Candidate &C = P.Candidates[0];
  EXPECT_NEAR(C.Omega, 0.75, 1e-6);
  const BlockerSite *Print = blocker(C, Blocker::NoBPFEquivalent);
  ASSERT_TRUE(Print);
  EXPECT_NEAR(Print->Reach, 0.25, 1e-6);
}

// A second reply on the same path is a blocker; the path with one reply is
// still offloaded.
TEST_F(PlanTest, SecondReplyOnAPathIsBlocked) {
  const OffloadPlan &P = plan(R"(
define i32 @main() !prof !0 {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  %c = load i8, ptr %buf
  %twice = icmp eq i8 %c, 50
  br i1 %twice, label %again, label %loop, !prof !1
again:
  %s2 = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
!1 = !{!"branch_weights", i32 21, i32 81}
)");
  ASSERT_EQ(P.Candidates.size(), 1u);
  const Candidate &C = P.Candidates[0];
  EXPECT_TRUE(blocker(C, Blocker::MultipleReplies));
  EXPECT_NEAR(C.Omega, 0.8, 1e-6);
}

// A reply to an address other than the request's source is not the reply.
TEST_F(PlanTest, ReplyToAnotherAddressIsBlocked) {
  const OffloadPlan &P = plan(R"(
define i32 @main() {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %other = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %other, i32 16)
  br label %loop
}
)");
  ASSERT_EQ(P.Candidates.size(), 1u);
  const Candidate &C = P.Candidates[0];
  EXPECT_FALSE(P.UsedProfile);
  EXPECT_TRUE(blocker(C, Blocker::ReplyElsewhere));
  EXPECT_EQ(C.Omega, 0);
  EXPECT_FALSE(C.offloaded());
}

// A store to shared state may be followed by a fallback (the program's
// slow path, or the generator's checks: the reply's size, a record held):
// every such store is undone on the way to userspace, and the plan lists
// where the offload may fall back.
TEST_F(PlanTest, EffectsBeforeFallbacksAreUndone) {
  const OffloadPlan &P = plan(R"(
define i32 @main() {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %h = load i64, ptr @hits
  %h1 = add i64 %h, 1
  store i64 %h1, ptr @hits
  %c = load i8, ptr %buf
  %bad = icmp eq i8 %c, 0
  br i1 %bad, label %slow, label %quota
quota:
  %t = load i64, ptr @table
  %t1 = add i64 %t, 1
  store i64 %t1, ptr @table
  %again = load i64, ptr @table
  %over = icmp ugt i64 %again, 100
  br i1 %over, label %slow, label %reply
slow:
  %f = call ptr @fopen(ptr @path, ptr @path)
  br label %reply
reply:
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
)");
  ASSERT_EQ(P.Candidates.size(), 1u);
  const Candidate &C = P.Candidates[0];
  const Effect *Hits = nullptr, *Table = nullptr;
  for (const Effect &E : C.Effects)
    (E.Target == "hits" ? Hits : Table) = &E;
  ASSERT_TRUE(Hits && Table);
  EXPECT_EQ(Hits->Handling, EffectHandling::UndoneOnFallback);
  EXPECT_EQ(Table->Handling, EffectHandling::UndoneOnFallback);
  std::set<std::string> Kinds;
  for (const FallbackPoint &X : C.FallbackPoints)
    Kinds.insert(X.Kind + (X.Kind == "record-busy" ? ":" + X.Detail : ""));
  EXPECT_TRUE(Kinds.count("reply"));
  EXPECT_TRUE(Kinds.count("record-busy:table is held by another writer"));

  std::map<std::string, SyncNeed> Sync;
  for (const SharedGlobal &G : C.Shared)
    Sync[G.Name] = G.Need;
  EXPECT_EQ(Sync["hits"], SyncNeed::AtomicRMW);
  // Regression: @table was atomic-rmw, but the request then decides on its
  // value (%over): two CPUs adding at once could both see 101 where one
  // after the other sees 100, then 101. Check-then-act is a record update.
  EXPECT_EQ(Sync["table"], SyncNeed::RecordProtocol);
}

// A write to shared state inside a loop of the request path: one slot
// cannot hold what every trip wrote, so the offload could not undo it if
// the request fell back later. It is a blocker at its line; the requests
// that do not reach it stay on the fast path.
TEST_F(PlanTest, WriteInALoopIsABlocker) {
  const OffloadPlan &P = plan(R"(
define i32 @main() {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %c = load i8, ptr %buf
  %fill = icmp eq i8 %c, 70
  br i1 %fill, label %copy, label %reply
copy:
  %i = phi i64 [ 0, %loop ], [ %i1, %copy ]
  %at = getelementptr inbounds [64 x i8], ptr @table, i64 0, i64 %i
  store i8 %c, ptr %at
  %i1 = add i64 %i, 1
  %more = icmp ult i64 %i1, %n
  br i1 %more, label %copy, label %reply
reply:
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
)");
  ASSERT_EQ(P.Candidates.size(), 1u);
  const Candidate &C = P.Candidates[0];
  EXPECT_TRUE(blocker(C, Blocker::UnrestorableWrite));
  EXPECT_GT(C.Omega, 0);
  EXPECT_LT(C.Omega, 1);
  for (const Effect &E : C.Effects)
    EXPECT_NE(E.Target, "table");
}

// Word-at-a-time updates: a counter bumped with no decision on it is
// atomic-rmw; a word stored from another word of the same global (a token
// bucket's refill: last += tokens) needs the record protocol.
TEST_F(PlanTest, StoreFromAnotherWordNeedsTheRecordProtocol) {
  const OffloadPlan &P = plan(R"(
define i32 @main() {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %h = load i64, ptr @hits
  %h1 = add i64 %h, 1
  store i64 %h1, ptr @hits
  %w1 = getelementptr [16 x i64], ptr @table, i64 0, i64 1
  %a = load i64, ptr @table
  %b = load i64, ptr %w1
  %b1 = add i64 %b, %a
  store i64 %b1, ptr %w1
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
)");
  ASSERT_EQ(P.Candidates.size(), 1u);
  std::map<std::string, SyncNeed> Sync;
  for (const SharedGlobal &G : P.Candidates[0].Shared)
    Sync[G.Name] = G.Need;
  EXPECT_EQ(Sync["hits"], SyncNeed::AtomicRMW);
  EXPECT_EQ(Sync["table"], SyncNeed::RecordProtocol);
}

// Regression: a counter incremented and then used by the request (here
// stored into another global) was atomic-rmw, but an atomic add does not
// give this request its own count: another CPU's add may come in between.
TEST_F(PlanTest, WordWhoseValueTheRequestUsesNeedsTheRecordProtocol) {
  const OffloadPlan &P = plan(R"(
define i32 @main() {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %h = load i64, ptr @hits
  %h1 = add i64 %h, 1
  store i64 %h1, ptr @hits
  store i64 %h1, ptr @table
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
)");
  ASSERT_EQ(P.Candidates.size(), 1u);
  std::map<std::string, SyncNeed> Sync;
  for (const SharedGlobal &G : P.Candidates[0].Shared)
    Sync[G.Name] = G.Need;
  EXPECT_EQ(Sync["hits"], SyncNeed::RecordProtocol);
}

// Regression: a switch with two cases to one block counted that edge's
// probability twice, and ω diverged to infinity on dns-responder.
TEST_F(PlanTest, SwitchWithSeveralEdgesToOneBlockCountsItOnce) {
  const OffloadPlan &P = plan(R"(
define i32 @main() !prof !0 {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %c = load i8, ptr %buf
  switch i8 %c, label %slow [ i8 1, label %reply
                              i8 2, label %reply
                              i8 3, label %reply ], !prof !1
slow:
  %f = call ptr @fopen(ptr @path, ptr @path)
  br label %reply
reply:
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
!1 = !{!"branch_weights", i32 41, i32 21, i32 21, i32 21}
)");
  ASSERT_EQ(P.Candidates.size(), 1u);
  const Candidate &C = P.Candidates[0];
  EXPECT_NEAR(C.Omega, 0.6, 1e-6);
  ASSERT_EQ(C.Exits.size(), 1u);
  EXPECT_NEAR(C.Exits[0].Probability, 0.4, 1e-6);
}

// Regression: clang stores count + 1, so an edge the profile never saw
// still weighed 1/N and ω on kv-cache came out 0.938 for a workload that
// was 200 GETs to 1 SET. Counts 200 and 0 (weights 201 and 1) give ω = 1.
TEST_F(PlanTest, EdgesTheProfileNeverSawHaveNoWeight) {
  const OffloadPlan &P = plan(R"(
define i32 @main() !prof !0 {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %c = load i8, ptr %buf
  %a = icmp eq i8 %c, 97
  br i1 %a, label %b1, label %slow, !prof !1
b1:
  %c1 = icmp eq i8 %c, 98
  br i1 %c1, label %slow, label %b2, !prof !2
b2:
  %c2 = icmp eq i8 %c, 99
  br i1 %c2, label %slow, label %reply, !prof !2
slow:
  %f = call ptr @fopen(ptr @path, ptr @path)
  br label %reply
reply:
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
!1 = !{!"branch_weights", i32 201, i32 1}
!2 = !{!"branch_weights", i32 1, i32 201}
)");
  ASSERT_EQ(P.Candidates.size(), 1u);
  EXPECT_NEAR(P.Candidates[0].Omega, 1.0, 1e-9);
}

} // namespace

// The stages run alone: the fast path of the 90/10 loop above, with no
// plan (and no cost file) registered. The receive's block is split right
// after the receive (the entry); the fopen block is blocked and off the
// fast path, the reply block is on it.
TEST(PlanStagesTest, FastPathRunsWithoutThePlan) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parseIR(Ctx, (Twine(Prologue) + R"(
define i32 @main() !prof !0 {
entry:
  %buf = alloca [64 x i8]
  %src = alloca [16 x i8]
  %len = alloca i32
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %c = load i8, ptr %buf
  %fast = icmp eq i8 %c, 103
  br i1 %fast, label %get, label %slow, !prof !1
get:
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
slow:
  %f = call ptr @fopen(ptr @path, ptr @path)
  %s2 = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
  br label %loop
}
!1 = !{!"branch_weights", i32 91, i32 11}
)").str());
  ASSERT_TRUE(M);
  Analyses A;
  A.MAM.registerPass([] { return LandmarkAnalysis(); });
  registerPlanStages(A.MAM);
  const FastPaths &Fast = A.MAM.getResult<FastPathAnalysis>(*M);
  const RequestPaths &Requests = A.MAM.getResult<RequestPathAnalysis>(*M);
  ASSERT_EQ(Requests.Paths.size(), 1u);
  ASSERT_EQ(Fast.Paths.size(), 1u);
  const RequestPath &P = Requests.Paths[0];
  const FastPath &FP = Fast.Paths[0];
  ASSERT_EQ(P.Entries.size(), 1u);
  EXPECT_EQ(P.Entries[0]->getSinglePredecessor(),
            P.ArrivalCalls[0]->getParent());
  std::map<std::string, bool> OnFastPath;
  for (BasicBlock *BB : P.Region)
    for (Instruction &I : *BB)
      if (auto *CB = dyn_cast<CallBase>(&I))
        if (Function *Callee = CB->getCalledFunction())
          OnFastPath[Callee->getName().str()] |= FP.contains(BB);
  EXPECT_FALSE(OnFastPath.at("fopen"));
  EXPECT_TRUE(OnFastPath.at("sendto")); // the fast reply
  EXPECT_NEAR(FP.Omega, 0.9, 1e-6);
  ASSERT_EQ(FP.Exits.size(), 1u);
  EXPECT_EQ(FP.Exits[0].Leadsto, "BlockingIO fopen");
  // Nothing asked for the plan: it was never computed.
  EXPECT_EQ(A.MAM.getCachedResult<PlanAnalysis>(*M), nullptr);
}
