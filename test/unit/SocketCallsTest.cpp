//===- SocketCallsTest.cpp - The socket-call decoder ----------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "IRTestHelpers.h"

#include "Landmarks/SocketCalls.h"

#include "llvm/IR/Instructions.h"

using namespace llvm;
using namespace koffload;
using namespace koffload::test;

namespace {

constexpr const char *IR = R"(
declare i64 @recvfrom(i32, ptr, i64, i32, ptr, ptr)
declare i64 @sendto(i32, ptr, i64, i32, ptr, i32)
declare i64 @recvmsg(i32, ptr, i32)
declare i64 @sendmsg(i32, ptr, i32)
declare i64 @readv(i32, ptr, i32)
declare i64 @__recv_chk(i32, ptr, i64, i64, i32)
declare i32 @accept4(i32, ptr, ptr, i32)
declare i64 @recv(i32, ptr, i64)

define i64 @read(i32 %fd, ptr %b, i64 %n) {
  ret i64 0
}

define void @f(i32 %fd, ptr %buf, ptr %sa, ptr %slen, ptr %msg, ptr %iov) {
  %1 = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr %sa, ptr %slen)
  %2 = call i64 @sendto(i32 %fd, ptr %buf, i64 5, i32 0, ptr %sa, i32 16)
  %3 = call i64 @recvmsg(i32 %fd, ptr %msg, i32 64)
  %4 = call i64 @sendmsg(i32 %fd, ptr %msg, i32 0)
  %5 = call i64 @readv(i32 %fd, ptr %iov, i32 2)
  %6 = call i64 @read(i32 %fd, ptr %buf, i64 1)
  %7 = call i64 @__recv_chk(i32 %fd, ptr %buf, i64 64, i64 64, i32 0)
  %8 = call i32 @accept4(i32 %fd, ptr %sa, ptr %slen, i32 2048)
  %9 = call i64 @recv(i32 %fd, ptr %buf, i64 64)
  ret void
}
)";

class SocketCallsTest : public ::testing::Test {
protected:
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parseIR(Ctx, IR);
  SmallVector<CallBase *, 8> Calls;
  Function *F = M->getFunction("f");
  void SetUp() override {
    for (Instruction &I : F->getEntryBlock())
      if (auto *CB = dyn_cast<CallBase>(&I))
        Calls.push_back(CB);
    ASSERT_EQ(Calls.size(), 9u);
  }
  Value *arg(StringRef Name) {
    for (Argument &A : F->args())
      if (A.getName() == Name)
        return &A;
    return nullptr;
  }
};

TEST_F(SocketCallsTest, RecvfromAndSendto) {
  std::optional<SocketCall> R = decodeSocketCall(*Calls[0]);
  ASSERT_TRUE(R);
  EXPECT_EQ(R->role(), SocketCallRole::Receive);
  EXPECT_TRUE(R->Info.receives());
  EXPECT_EQ(R->fd(), arg("fd"));
  EXPECT_EQ(R->buffer(), arg("buf"));
  EXPECT_EQ(cast<ConstantInt>(R->length())->getZExtValue(), 64u);
  EXPECT_TRUE(cast<ConstantInt>(R->flags())->isZero());
  EXPECT_EQ(R->address(), arg("sa"));
  EXPECT_EQ(R->addressLength(), arg("slen"));
  EXPECT_TRUE(R->Info.AddrLenOut);
  EXPECT_EQ(R->msghdr(), nullptr);

  std::optional<SocketCall> S = decodeSocketCall(*Calls[1]);
  ASSERT_TRUE(S);
  EXPECT_EQ(S->role(), SocketCallRole::Send);
  EXPECT_TRUE(S->Info.sends());
  EXPECT_EQ(cast<ConstantInt>(S->addressLength())->getZExtValue(), 16u);
  EXPECT_FALSE(S->Info.AddrLenOut);
}

TEST_F(SocketCallsTest, MessagesAndVectors) {
  for (CallBase *CB : {Calls[2], Calls[3]}) {
    std::optional<SocketCall> C = decodeSocketCall(*CB);
    ASSERT_TRUE(C);
    EXPECT_EQ(C->msghdr(), arg("msg"));
    EXPECT_EQ(C->buffer(), nullptr);
    EXPECT_EQ(C->address(), nullptr);
  }
  EXPECT_EQ(cast<ConstantInt>(decodeSocketCall(*Calls[2])->flags())
                ->getZExtValue(),
            64u);
  std::optional<SocketCall> V = decodeSocketCall(*Calls[4]);
  ASSERT_TRUE(V);
  EXPECT_EQ(V->role(), SocketCallRole::FdRead);
  EXPECT_EQ(V->iovec(), arg("iov"));
  EXPECT_EQ(cast<ConstantInt>(V->count())->getZExtValue(), 2u);
}

TEST_F(SocketCallsTest, OnlyLibcCallsDecode) {
  // The program's own read() is not read(2).
  EXPECT_FALSE(decodeSocketCall(*Calls[5]));
  // glibc's fortified recv is recv, with the object size after the length
  // and the flags after it.
  std::optional<SocketCall> Chk = decodeSocketCall(*Calls[6]);
  ASSERT_TRUE(Chk);
  EXPECT_EQ(Chk->name(), "recv");
  EXPECT_EQ(Chk->buffer(), arg("buf"));
  EXPECT_EQ(Chk->Info.BufSize, 3);
  EXPECT_EQ(Chk->flags(), Calls[6]->getArgOperand(4));
  std::optional<SocketCall> A = decodeSocketCall(*Calls[7]);
  ASSERT_TRUE(A);
  EXPECT_EQ(A->role(), SocketCallRole::Accept);
  EXPECT_EQ(A->addressLength(), arg("slen"));
  EXPECT_EQ(cast<ConstantInt>(A->flags())->getZExtValue(), 2048u);
  // A declaration with fewer parameters than the row: no flags operand.
  std::optional<SocketCall> Short = decodeSocketCall(*Calls[8]);
  ASSERT_TRUE(Short);
  EXPECT_EQ(Short->flags(), nullptr);
  EXPECT_EQ(Short->address(), nullptr);
}

} // namespace

namespace {

// connect(fd, addr, addrlen): the call that gives a datagram socket its
// one peer (Plan/Connected.h); send and write name no destination.
TEST(SocketCallsConnect, ConnectAndUnaddressedReplies) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parseIR(Ctx, R"(
declare i32 @connect(i32, ptr, i32)
declare i64 @send(i32, ptr, i64, i32)
declare i64 @write(i32, ptr, i64)
define void @f(i32 %fd, ptr %sa, ptr %buf) {
  %1 = call i32 @connect(i32 %fd, ptr %sa, i32 16)
  %2 = call i64 @send(i32 %fd, ptr %buf, i64 5, i32 0)
  %3 = call i64 @write(i32 %fd, ptr %buf, i64 5)
  ret void
}
)");
  SmallVector<CallBase *, 3> Calls;
  for (Instruction &I : M->getFunction("f")->getEntryBlock())
    if (auto *CB = dyn_cast<CallBase>(&I))
      Calls.push_back(CB);
  ASSERT_EQ(Calls.size(), 3u);
  std::optional<SocketCall> C = decodeSocketCall(*Calls[0]);
  ASSERT_TRUE(C);
  EXPECT_EQ(C->role(), SocketCallRole::Connect);
  EXPECT_EQ(C->fd(), M->getFunction("f")->getArg(0));
  EXPECT_EQ(C->address(), M->getFunction("f")->getArg(1));
  EXPECT_FALSE(C->Info.AddrLenOut);
  EXPECT_FALSE(C->Info.sends() || C->Info.receives());
  for (CallBase *Reply : {Calls[1], Calls[2]}) {
    std::optional<SocketCall> S = decodeSocketCall(*Reply);
    ASSERT_TRUE(S);
    EXPECT_TRUE(S->Info.sends());
    EXPECT_EQ(S->address(), nullptr);
    EXPECT_EQ(S->buffer(), M->getFunction("f")->getArg(2));
  }
}

} // namespace
