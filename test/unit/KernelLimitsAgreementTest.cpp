//===- KernelLimitsAgreementTest.cpp - Prediction vs the generator --------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Plan/KernelLimits predicts the XDP generator's path-level refusals. Each
// test plans a small server without the prediction in the plan, then runs
// both on the offloaded candidate: the generator must refuse with the
// first predicted reason, or, when nothing is predicted, build the module.
// Planned as koffload plans (the prediction as NotGenerated blockers), the
// plan must name a predicted refusal and offload only what generates. A
// generator that learns (or loses) a construct makes these fail until the
// prediction follows.
//
//===----------------------------------------------------------------------===//

#include "IRTestHelpers.h"

#include "Kernel/OffloadSpec.h"
#include "Kernel/XDPGen.h"
#include "Plan/KernelLimits.h"
#include "Plan/Plan.h"

using namespace llvm;
using namespace koffload;
using namespace koffload::test;

namespace {

constexpr const char *Decls = R"(
declare i32 @socket(i32, i32, i32)
declare i64 @recvfrom(i32, ptr, i64, i32, ptr, ptr)
declare i64 @sendto(i32, ptr, i64, i32, ptr, i32)
declare i64 @recvmsg(i32, ptr, i32)
declare i64 @sendmsg(i32, ptr, i32)
declare i32 @connect(i32, ptr, i32)
declare i64 @recv(i32, ptr, i64, i32)
declare i64 @send(i32, ptr, i64, i32)
declare i64 @read(i32, ptr, i64)
declare i64 @write(i32, ptr, i64)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
!0 = !{!"function_entry_count", i64 1}
)";

class KernelLimitsAgreementTest : public ::testing::Test {
protected:
  LLVMContext Ctx;
  std::unique_ptr<Module> M;
  Analyses A;

  /// The prediction and the generator's answer for the offloaded
  /// candidate of \p Body, planned without the planner's own use of the
  /// prediction (PlanLimits::KernelLimits off, so that the generator sees
  /// the path): "" when it generates. Then, planned as koffload plans,
  /// the plan must agree too (checkPlanned).
  std::pair<std::string, std::string> both(StringRef Body) {
    M = parseIR(Ctx, (Twine(Decls) + Body).str());
    if (!M)
      return {"no module", "no module"};
    A.MAM.registerPass([] { return LandmarkAnalysis(); });
    PlanLimits Unchecked;
    Unchecked.KernelLimits = false;
    registerPlanStages(A.MAM, Unchecked);
    A.MAM.registerPass([] { return PlanAnalysis(); });
    auto Answers = answers();
    checkPlanned(Body, Answers.first);
    return Answers;
  }

  /// With the prediction in the plan: a predicted refusal is a
  /// NotGenerated blocker with the generator's words, and whatever the
  /// plan still offloads generates.
  void checkPlanned(StringRef Body, const std::string &Predicted) {
    LLVMContext PlannedCtx;
    std::unique_ptr<Module> PM =
        parseIR(PlannedCtx, (Twine(Decls) + Body).str());
    ASSERT_TRUE(PM);
    Analyses PA;
    PA.MAM.registerPass([] { return LandmarkAnalysis(); });
    registerPlanStages(PA.MAM);
    PA.MAM.registerPass([] { return PlanAnalysis(); });
    const LandmarkInfo &Info = PA.MAM.getResult<LandmarkAnalysis>(*PM);
    const OffloadPlan &P = PA.MAM.getResult<PlanAnalysis>(*PM);
    bool Named = Predicted.empty();
    for (const Candidate &C : P.Candidates) {
      for (const BlockerSite &B : C.Blockers)
        Named |= B.Reason == Blocker::NotGenerated && B.Detail == Predicted;
      if (!C.offloaded())
        continue;
      Expected<OffloadSpec> Spec = buildOffloadSpec(P, C, Info);
      ASSERT_TRUE(bool(Spec)) << toString(Spec.takeError());
      Expected<std::unique_ptr<Module>> K = generateXDPModule(*Spec);
      EXPECT_TRUE(bool(K)) << "the plan offloads what the generator refuses: "
                           << (K ? "" : toString(K.takeError()));
    }
    EXPECT_TRUE(Named) << "the plan does not name the refusal: " << Predicted;
  }

  std::pair<std::string, std::string> answers() {
    const LandmarkInfo &Info = A.MAM.getResult<LandmarkAnalysis>(*M);
    const OffloadPlan &P = A.MAM.getResult<PlanAnalysis>(*M);
    for (const Candidate &C : P.Candidates) {
      if (!C.offloaded())
        continue;
      SmallVector<const CallBase *, 2> Arrivals(C.ArrivalCalls.begin(),
                                                C.ArrivalCalls.end());
      SmallVector<const CallBase *, 2> Replies(C.ReplyCalls.begin(),
                                               C.ReplyCalls.end());
      KernelLimitSites Sites =
          checkKernelLimits(Info.Sockets[C.Socket], Arrivals,
                            C.EntryBlocks.size(), Replies);
      std::string Predicted = Sites.empty() ? "" : Sites.front().Detail;
      Expected<OffloadSpec> Spec = buildOffloadSpec(P, C, Info);
      if (!Spec)
        return {Predicted, toString(Spec.takeError())};
      Expected<std::unique_ptr<Module>> K = generateXDPModule(*Spec);
      std::string Generated = K ? "" : toString(K.takeError());
      return {Predicted, Generated};
    }
    ADD_FAILURE() << "no offloaded candidate";
    return {"not offloaded", "not offloaded"};
  }
};

// socket(domain, SOCK_DGRAM): a blocking UDP loop around \p Request,
// which gets %buf (64 bytes), %src (\p SrcSize bytes) and %n.
std::string server(int Domain, int SrcSize, StringRef Request) {
  return (R"(
define i32 @main() !prof !0 {
entry:
  %buf = alloca [64 x i8]
  %out = alloca [64 x i8]
  %src = alloca [)" +
          Twine(SrcSize) + R"( x i8]
  %len = alloca i32
  %iov = alloca [32 x i8]
  %msg = alloca [56 x i8]
  %fd = call i32 @socket(i32 )" +
          Twine(Domain) + R"(, i32 2, i32 0)
  br label %loop
loop:
)" + Request + R"(
  br label %loop
}
)")
      .str();
}

TEST_F(KernelLimitsAgreementTest, EchoIsGenerated) {
  auto [Predicted, Generated] = both(server(2, 16, R"(
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
)"));
  EXPECT_EQ(Predicted, "");
  EXPECT_EQ(Generated, "");
}

TEST_F(KernelLimitsAgreementTest, ReplyFromInsideTheBuffer) {
  auto [Predicted, Generated] = both(server(2, 16, R"(
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %tail = getelementptr i8, ptr %buf, i64 1
  %s = call i64 @sendto(i32 %fd, ptr %tail, i64 4, i32 0, ptr %src, i32 16)
)"));
  EXPECT_EQ(Predicted, "the reply is sent neither from the start of a "
                       "local buffer nor from constant data");
  EXPECT_EQ(Generated, Predicted);
}

// A string literal: its bytes are copied into the reply.
TEST_F(KernelLimitsAgreementTest, ReplyFromALiteral) {
  auto [Predicted, Generated] = both(R"(
@pong = private unnamed_addr constant [5 x i8] c"PONG\00"
)" + server(2, 16, R"(
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %s = call i64 @sendto(i32 %fd, ptr @pong, i64 4, i32 0, ptr %src, i32 16)
)"));
  EXPECT_EQ(Predicted, "");
  EXPECT_EQ(Generated, "");
}

// One of two literals, by a phi.
TEST_F(KernelLimitsAgreementTest, ReplyChosenBetweenLiterals) {
  std::string Globals = R"(
@yes = private unnamed_addr constant [4 x i8] c"YES\00"
@no = private unnamed_addr constant [3 x i8] c"NO\00"
)";
  auto [Predicted, Generated] = both(Globals + server(2, 16, R"(
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %c = load i8, ptr %buf
  %big = icmp ugt i8 %c, 64
  br i1 %big, label %a, label %b
a:
  br label %b
b:
  %r = phi ptr [ @yes, %a ], [ @no, %loop ]
  %l = phi i64 [ 3, %a ], [ 2, %loop ]
  %s = call i64 @sendto(i32 %fd, ptr %r, i64 %l, i32 0, ptr %src, i32 16)
)"));
  EXPECT_EQ(Predicted, "");
  EXPECT_EQ(Generated, "");
}

// An entry of a const table of literals, at a run-time index.
TEST_F(KernelLimitsAgreementTest, ReplyFromAConstTable) {
  std::string Globals = R"(
@yes = private unnamed_addr constant [4 x i8] c"YES\00"
@no = private unnamed_addr constant [3 x i8] c"NO\00"
@table = internal constant [2 x ptr] [ptr @no, ptr @yes]
)";
  auto [TablePredicted, TableGenerated] = both(Globals + server(2, 16, R"(
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %c = load i8, ptr %buf
  %i = and i8 %c, 1
  %ix = zext i8 %i to i64
  %slot = getelementptr [2 x ptr], ptr @table, i64 0, i64 %ix
  %r = load ptr, ptr %slot
  %s = call i64 @sendto(i32 %fd, ptr %r, i64 2, i32 0, ptr %src, i32 16)
)"));
  EXPECT_EQ(TablePredicted, "");
  EXPECT_EQ(TableGenerated, "");
}

// A global the program writes is no constant data.
TEST_F(KernelLimitsAgreementTest, ReplyFromAWritableGlobal) {
  auto [Predicted, Generated] = both(R"(
@last = internal global [8 x i8] zeroinitializer
)" + server(2, 16, R"(
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %s = call i64 @sendto(i32 %fd, ptr @last, i64 8, i32 0, ptr %src, i32 16)
)"));
  EXPECT_EQ(Predicted, "the reply is sent neither from the start of a "
                       "local buffer nor from constant data");
  EXPECT_EQ(Generated, Predicted);
}

TEST_F(KernelLimitsAgreementTest, IPv6SourceTooSmall) {
  auto [Predicted, Generated] = both(server(10, 16, R"(
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 16)
)"));
  EXPECT_EQ(Predicted,
            "the source address buffer is smaller than a sockaddr_in6");
  EXPECT_EQ(Generated, Predicted);
}

TEST_F(KernelLimitsAgreementTest, IPv6TwoSendSites) {
  auto [Predicted, Generated] = both(server(10, 28, R"(
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %src, ptr %len)
  %c = load i8, ptr %buf
  %big = icmp ugt i8 %c, 64
  br i1 %big, label %a, label %b
a:
  %s1 = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr %src, i32 28)
  br label %loop
b:
  %s2 = call i64 @sendto(i32 %fd, ptr %out, i64 2, i32 0, ptr %src, i32 28)
)"));
  EXPECT_EQ(Predicted, "IPv6 replies from several send sites are not "
                       "generated yet (the UDP checksum is computed from "
                       "one buffer)");
  EXPECT_EQ(Generated, Predicted);
}

// recvmsg/sendmsg with a msghdr set up as clang does (memset, fields).
std::string msgRequest(StringRef IovLen) {
  return (R"(
  store ptr %buf, ptr %iov
  %iov.len = getelementptr i8, ptr %iov, i64 8
  store i64 64, ptr %iov.len
  %iov2 = getelementptr i8, ptr %iov, i64 16
  store ptr %out, ptr %iov2
  %iov2.len = getelementptr i8, ptr %iov, i64 24
  store i64 64, ptr %iov2.len
  call void @llvm.memset.p0.i64(ptr %msg, i8 0, i64 56, i1 false)
  store ptr %src, ptr %msg
  %namelen = getelementptr i8, ptr %msg, i64 8
  store i32 16, ptr %namelen
  %iovp = getelementptr i8, ptr %msg, i64 16
  store ptr %iov, ptr %iovp
  %iovlen = getelementptr i8, ptr %msg, i64 24
  store i64 )" +
          IovLen + R"(, ptr %iovlen
  %n = call i64 @recvmsg(i32 %fd, ptr %msg, i32 0)
  %s = call i64 @sendmsg(i32 %fd, ptr %msg, i32 0)
)")
      .str();
}

TEST_F(KernelLimitsAgreementTest, MessagesWithOneIovec) {
  auto [Predicted, Generated] = both(server(2, 16, msgRequest("1")));
  EXPECT_EQ(Predicted, "");
  EXPECT_EQ(Generated, "");
}

TEST_F(KernelLimitsAgreementTest, MessagesWithTwoIovecs) {
  auto [Predicted, Generated] = both(server(2, 16, msgRequest("2")));
  EXPECT_EQ(Predicted,
            "recvmsg with other than one iovec is not generated yet");
  EXPECT_EQ(Generated, Predicted);
}

// A socket connect()ed before its loop: recv/send and read/write, whose
// replies go to the peer, generate (Plan/Connected.h).
std::string connectedServer(StringRef Request) {
  return (R"(
define i32 @main() !prof !0 {
entry:
  %buf = alloca [64 x i8]
  %peer = alloca [16 x i8]
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  %c = call i32 @connect(i32 %fd, ptr %peer, i32 16)
  br label %loop
loop:
)" + Request + R"(
  br label %loop
}
)")
      .str();
}

TEST_F(KernelLimitsAgreementTest, ConnectedSendIsGenerated) {
  auto [Predicted, Generated] = both(connectedServer(R"(
  %n = call i64 @recv(i32 %fd, ptr %buf, i64 64, i32 0)
  %s = call i64 @send(i32 %fd, ptr %buf, i64 %n, i32 0)
)"));
  EXPECT_EQ(Predicted, "");
  EXPECT_EQ(Generated, "");
}

TEST_F(KernelLimitsAgreementTest, ConnectedWriteIsGenerated) {
  auto [Predicted, Generated] = both(connectedServer(R"(
  %n = call i64 @read(i32 %fd, ptr %buf, i64 64)
  %s = call i64 @write(i32 %fd, ptr %buf, i64 %n)
)"));
  EXPECT_EQ(Predicted, "");
  EXPECT_EQ(Generated, "");
}

} // namespace
