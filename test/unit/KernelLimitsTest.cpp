//===- KernelLimitsTest.cpp - Path-level refusals, predicted --------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "IRTestHelpers.h"

#include "Landmarks/Landmarks.h"
#include "Plan/KernelLimits.h"

#include "llvm/IR/Instructions.h"

using namespace llvm;
using namespace koffload;
using namespace koffload::test;

namespace {

// A recvmsg/sendmsg echo as clang emits it (memset, then the fields), with
// the iovec count and the control pointer as parameters of the test.
std::string msgServer(StringRef IovLen, StringRef Control) {
  return (R"(
declare i64 @recvmsg(i32, ptr, i32)
declare i64 @sendmsg(i32, ptr, i32)
declare i64 @read(i32, ptr, i64)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
@global.msg = global [56 x i8] zeroinitializer

define void @serve(i32 %fd, ptr %cmsg) {
  %buf = alloca [64 x i8]
  %peer = alloca [16 x i8]
  %iov = alloca [16 x i8]
  %msg = alloca [56 x i8]
  store ptr %buf, ptr %iov
  %iov.len = getelementptr i8, ptr %iov, i64 8
  store i64 64, ptr %iov.len
  call void @llvm.memset.p0.i64(ptr %msg, i8 0, i64 56, i1 false)
  store ptr %peer, ptr %msg
  %namelen = getelementptr i8, ptr %msg, i64 8
  store i32 16, ptr %namelen
  %iovp = getelementptr i8, ptr %msg, i64 16
  store ptr %iov, ptr %iovp
  %iovlen = getelementptr i8, ptr %msg, i64 24
  store i64 )" +
          IovLen + R"(, ptr %iovlen
  %control = getelementptr i8, ptr %msg, i64 32
  store ptr )" +
          Control + R"(, ptr %control
  %r = call i64 @recvmsg(i32 %fd, ptr %msg, i32 0)
  %s = call i64 @sendmsg(i32 %fd, ptr %msg, i32 0)
  %g = call i64 @sendmsg(i32 %fd, ptr @global.msg, i32 0)
  %rd = call i64 @read(i32 %fd, ptr %buf, i64 64)
  ret void
}
)")
      .str();
}

class KernelLimitsTest : public ::testing::Test {
protected:
  LLVMContext Ctx;
  std::unique_ptr<Module> M;
  CallBase *Recv = nullptr, *Send = nullptr, *GlobalSend = nullptr,
           *Read = nullptr;

  void load(StringRef IovLen, StringRef Control) {
    M = parseIR(Ctx, msgServer(IovLen, Control));
    ASSERT_TRUE(M);
    for (Instruction &I : M->getFunction("serve")->getEntryBlock())
      if (auto *CB = dyn_cast<CallBase>(&I)) {
        if (I.getName() == "r")
          Recv = CB;
        else if (I.getName() == "s")
          Send = CB;
        else if (I.getName() == "g")
          GlobalSend = CB;
        else if (I.getName() == "rd")
          Read = CB;
      }
    ASSERT_TRUE(Recv && Send && GlobalSend && Read);
  }
};

std::string details(const KernelLimitSites &Sites) {
  std::string S;
  for (const KernelLimitSite &Site : Sites)
    S += Site.Detail + ";";
  return S;
}

TEST_F(KernelLimitsTest, OneIovecNoControlIsGenerated) {
  load("1", "null");
  EXPECT_EQ(details(checkMessageCall(*Recv)), "");
  EXPECT_EQ(details(checkMessageCall(*Send)), "");
  EXPECT_EQ(details(checkMessageCall(*GlobalSend)),
            "sendmsg's msghdr is not a local;");
  // read is recv without flags (its reply, write or send, only on a
  // connected socket: PathFeasibility, Plan/Connected.h).
  EXPECT_EQ(details(checkMessageCall(*Read)), "");
}

TEST_F(KernelLimitsTest, TwoIovecsAreNot) {
  load("2", "null");
  KernelLimitSites Sites = checkMessageCall(*Recv);
  ASSERT_EQ(Sites.size(), 1u);
  EXPECT_EQ(Sites[0].Reason, Blocker::NotGenerated);
  EXPECT_EQ(Sites[0].At, Recv);
  EXPECT_EQ(Sites[0].Detail,
            "recvmsg with other than one iovec is not generated yet");
}

TEST_F(KernelLimitsTest, ControlMessagesAreNot) {
  load("1", "%cmsg");
  EXPECT_EQ(details(checkMessageCall(*Recv)),
            "recvmsg with control messages is not generated;");
}

TEST_F(KernelLimitsTest, SocketsReceiveSitesAndIPv6) {
  load("1", "null");
  Socket Udp4{0, Recv, Transport::UDP, AddressFamily::IPv4, {}};
  EXPECT_TRUE(checkSocketLimits(Udp4, Recv).empty());
  Socket Tcp{0, Recv, Transport::TCP, AddressFamily::IPv4, {}};
  EXPECT_EQ(details(checkSocketLimits(Tcp, Recv)),
            "only UDP offloads (XDP) are generated so far;");
  Socket Unix{0, Recv, Transport::UDP, AddressFamily::Unix, {}};
  EXPECT_EQ(details(checkSocketLimits(Unix, Recv)),
            "only IPv4 and IPv6 sockets are generated;");
  // socket(v6 ? AF_INET6 : AF_INET, ...): either inet family is generated
  // (for one, checked against the bound family at run time); a set with
  // a unix family is not.
  Socket Either{0, Recv, Transport::UDP, AddressFamily::Unknown, {}};
  Either.Families.insert(AddressFamily::IPv4);
  Either.Families.insert(AddressFamily::IPv6);
  EXPECT_TRUE(checkSocketLimits(Either, Recv).empty());
  Either.Families.insert(AddressFamily::Unix);
  EXPECT_EQ(details(checkSocketLimits(Either, Recv)),
            "only IPv4 and IPv6 sockets are generated;");

  EXPECT_TRUE(checkReceiveSites({Recv}, 1).empty());
  EXPECT_EQ(checkReceiveSites({Recv, Read}, 2).size(), 2u);
  EXPECT_EQ(checkReceiveSites({Recv}, 2).size(), 1u);

  Socket Udp6{0, Recv, Transport::UDP, AddressFamily::IPv6, {}};
  EXPECT_TRUE(checkIPv6(Udp6, *Recv, {Send}).empty());
  EXPECT_TRUE(checkIPv6(Udp4, *Recv, {Send, GlobalSend}).empty());
  KernelLimitSites Two = checkIPv6(Udp6, *Recv, {Send, GlobalSend});
  ASSERT_EQ(Two.size(), 2u);
  EXPECT_EQ(Two[1].At, GlobalSend);

  // In the generator's order: the socket first, then the receive sites.
  EXPECT_EQ(details(checkKernelLimits(Tcp, {Recv, Read}, 2, {Send})),
            "only UDP offloads (XDP) are generated so far;");
  EXPECT_EQ(details(checkKernelLimits(Udp4, {Recv}, 1, {Send, GlobalSend})),
            "sendmsg's msghdr is not a local;");
  EXPECT_TRUE(checkKernelLimits(Udp4, {Recv}, 1, {Send}).empty());
}

TEST(KernelLimitsBuffers, StartOfALocal) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parseIR(Ctx, R"(
declare i64 @recvfrom(i32, ptr, i64, i32, ptr, ptr)
declare i64 @sendto(i32, ptr, i64, i32, ptr, i32)
define void @serve(i32 %fd) {
  %buf = alloca [64 x i8]
  %peer = alloca [16 x i8]
  %plen = alloca i32
  %r = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %peer, ptr %plen)
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 4, i32 0, ptr %peer, i32 16)
  %tail = getelementptr i8, ptr %buf, i64 1
  %t = call i64 @sendto(i32 %fd, ptr %tail, i64 3, i32 0, ptr %peer, i32 16)
  ret void
}
)");
  ASSERT_TRUE(M);
  SmallVector<CallBase *, 3> C;
  for (Instruction &I : M->getFunction("serve")->getEntryBlock())
    if (auto *CB = dyn_cast<CallBase>(&I))
      C.push_back(CB);
  ASSERT_EQ(C.size(), 3u);
  EXPECT_TRUE(checkBuffers(*C[0], {C[1]}).empty());
  KernelLimitSites Tail = checkBuffers(*C[0], {C[1], C[2]});
  ASSERT_EQ(Tail.size(), 1u);
  EXPECT_EQ(Tail[0].At, C[2]);
  EXPECT_EQ(Tail[0].Detail, "the reply is sent neither from the start of "
                            "a local buffer nor from constant data");
  // IPv6 needs a sockaddr_in6 (28 bytes) for the source: 16 are too few.
  Socket Udp6{0, C[0], Transport::UDP, AddressFamily::IPv6, {}};
  EXPECT_EQ(details(checkIPv6(Udp6, *C[0], {C[1]})),
            "the source address buffer is smaller than a sockaddr_in6;");
}

} // namespace
