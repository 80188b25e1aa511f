//===- LandmarksTest.cpp - Unit tests of the landmark analysis ------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "IRTestHelpers.h"

#include "Landmarks/Landmarks.h"

using namespace llvm;
using namespace koffload;
using namespace koffload::test;

namespace {

// The common declarations of a socket server, as clang emits them.
constexpr const char *Decls = R"(
declare i32 @socket(i32, i32, i32)
declare i32 @bind(i32, ptr, i32)
declare i32 @accept(i32, ptr, ptr)
declare i64 @recvfrom(i32, ptr, i64, i32, ptr, ptr)
declare i64 @sendto(i32, ptr, i64, i32, ptr, i32)
declare i64 @read(i32, ptr, i64)
declare i64 @write(i32, ptr, i64)
declare i32 @open(ptr, i32, ...)
declare i32 @poll(ptr, i64, i32)
declare i32 @epoll_create1(i32)
declare i32 @epoll_ctl(i32, i32, i32, ptr)
declare i32 @epoll_wait(i32, ptr, i32, i32)
declare i16 @htons(i16)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
)";

class LandmarksTest : public ::testing::Test {
protected:
  LLVMContext Ctx;
  std::unique_ptr<Module> M;
  Analyses A;

  const LandmarkInfo &analyze(StringRef Body) {
    M = parseIR(Ctx, (Twine(Decls) + Body).str());
    EXPECT_TRUE(M);
    A.MAM.registerPass([] { return LandmarkAnalysis(); });
    return A.MAM.getResult<LandmarkAnalysis>(*M);
  }

  static const Landmark *find(const LandmarkInfo &Info, LandmarkKind K,
                              StringRef Callee) {
    for (const Landmark &L : Info.Landmarks)
      if (L.Kind == K &&
          L.Call->getCalledFunction()->getName() == Callee)
        return &L;
    return nullptr;
  }

  static bool hasFinding(const LandmarkInfo &Info, StringRef Name) {
    return llvm::any_of(Info.Findings,
                        [&](const Finding &F) { return F.RemarkName == Name; });
  }
};

// A blocking UDP echo loop in the shape clang -O2 leaves it: the sockaddr is
// zeroed by memset and its family and port are stored as constants.
TEST_F(LandmarksTest, BlockingUdpServer) {
  const LandmarkInfo &Info = analyze(R"(
define i32 @main() {
entry:
  %addr = alloca [16 x i8]
  %buf = alloca [64 x i8]
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  call void @llvm.memset.p0.i64(ptr %addr, i8 0, i64 16, i1 false)
  store i16 2, ptr %addr
  %port = getelementptr inbounds i8, ptr %addr, i64 2
  store i16 10275, ptr %port
  %r = call i32 @bind(i32 %fd, ptr %addr, i32 16)
  br label %loop
loop:
  %n = call i64 @recvfrom(i32 %fd, ptr %buf, i64 64, i32 0, ptr null, ptr null)
  %s = call i64 @sendto(i32 %fd, ptr %buf, i64 %n, i32 0, ptr null, i32 0)
  br label %loop
}
)");
  ASSERT_EQ(Info.Sockets.size(), 1u);
  EXPECT_EQ(Info.Sockets[0].Kind, Transport::UDP);
  EXPECT_EQ(Info.Sockets[0].Family, AddressFamily::IPv4);
  ASSERT_EQ(Info.Bindings.size(), 1u);
  // 10275 = 0x2823 stored little-endian is the bytes 23 28: port 0x2328.
  EXPECT_EQ(Info.Bindings[0].Port, std::optional<uint16_t>(9000));
  EXPECT_EQ(Info.Bindings[0].Address, std::optional<std::string>("0.0.0.0"));
  ASSERT_EQ(Info.Loops.size(), 1u);
  EXPECT_EQ(Info.Loops[0].Kind, LoopKind::BlockingRecv);
  const Landmark *In = find(Info, LandmarkKind::Arrival, "recvfrom");
  const Landmark *Out = find(Info, LandmarkKind::Reply, "sendto");
  ASSERT_TRUE(In && Out);
  EXPECT_EQ(In->Sockets, (SmallVector<unsigned, 1>{0}));
  EXPECT_EQ(Out->Sockets, (SmallVector<unsigned, 1>{0}));
  EXPECT_EQ(In->Loop, std::optional<unsigned>(0));
  EXPECT_FALSE(hasFinding(Info, "NoSocket"));
}

// At -O0 the port reaches bind through htons() on a local variable.
TEST_F(LandmarksTest, PortThroughHtonsAndLocals) {
  const LandmarkInfo &Info = analyze(R"(
define i32 @main() {
entry:
  %fd.addr = alloca i32
  %port.addr = alloca i16
  %addr = alloca [16 x i8]
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  store i32 %fd, ptr %fd.addr
  store i16 5353, ptr %port.addr
  call void @llvm.memset.p0.i64(ptr %addr, i8 0, i64 16, i1 false)
  store i16 2, ptr %addr
  %p = load i16, ptr %port.addr
  %np = call i16 @htons(i16 %p)
  %port = getelementptr inbounds i8, ptr %addr, i64 2
  store i16 %np, ptr %port
  %fd1 = load i32, ptr %fd.addr
  %r = call i32 @bind(i32 %fd1, ptr %addr, i32 16)
  ret i32 0
}
)");
  ASSERT_EQ(Info.Bindings.size(), 1u);
  EXPECT_EQ(Info.Bindings[0].Sockets, (SmallVector<unsigned, 1>{0}));
  EXPECT_EQ(Info.Bindings[0].Port, std::optional<uint16_t>(5353));
  // A socket but no loop: said, not guessed.
  EXPECT_TRUE(Info.Loops.empty());
  EXPECT_TRUE(hasFinding(Info, "NoEventLoop"));
}

// A port written on only one path to bind() is not a constant.
TEST_F(LandmarksTest, ConditionalPortIsUnknown) {
  const LandmarkInfo &Info = analyze(R"(
define i32 @main(i1 %c) {
entry:
  %addr = alloca [16 x i8]
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  call void @llvm.memset.p0.i64(ptr %addr, i8 0, i64 16, i1 false)
  store i16 2, ptr %addr
  %port = getelementptr inbounds i8, ptr %addr, i64 2
  store i16 10275, ptr %port
  br i1 %c, label %override, label %done
override:
  store i16 1, ptr %port
  br label %done
done:
  %r = call i32 @bind(i32 %fd, ptr %addr, i32 16)
  ret i32 0
}
)");
  ASSERT_EQ(Info.Bindings.size(), 1u);
  EXPECT_FALSE(Info.Bindings[0].Port.has_value());
  EXPECT_TRUE(hasFinding(Info, "UnknownBindPort"));
}

// read()/write() are landmarks only on socket fds; a file read is I/O.
TEST_F(LandmarksTest, SocketReadVersusFileRead) {
  const LandmarkInfo &Info = analyze(R"(
@path = private constant [9 x i8] c"/etc/foo\00"
define i32 @main() {
entry:
  %buf = alloca [64 x i8]
  %ls = call i32 @socket(i32 2, i32 1, i32 0)
  br label %accept
accept:
  %c = call i32 @accept(i32 %ls, ptr null, ptr null)
  br label %serve
serve:
  %n = call i64 @read(i32 %c, ptr %buf, i64 64)
  %f = call i32 (ptr, i32, ...) @open(ptr @path, i32 0)
  %m = call i64 @read(i32 %f, ptr %buf, i64 64)
  %w = call i64 @write(i32 %c, ptr %buf, i64 %n)
  %more = icmp sgt i64 %n, 0
  br i1 %more, label %serve, label %accept
}
)");
  ASSERT_EQ(Info.Sockets.size(), 2u);
  EXPECT_EQ(Info.Sockets[0].Kind, Transport::TCP);
  EXPECT_EQ(Info.Sockets[1].AcceptedFrom, (SmallVector<unsigned, 2>{0}));
  EXPECT_EQ(Info.count(LandmarkKind::Arrival), 1u);
  EXPECT_EQ(Info.count(LandmarkKind::Reply), 1u);
  EXPECT_EQ(Info.count(LandmarkKind::FileIO), 1u);
  const Landmark *In = find(Info, LandmarkKind::Arrival, "read");
  ASSERT_TRUE(In);
  EXPECT_EQ(In->Call->getArgOperand(0)->getName(), "c");
  EXPECT_EQ(In->Sockets, (SmallVector<unsigned, 1>{1}));
}

// A user function that happens to be called read() is not read(2).
TEST_F(LandmarksTest, UserFunctionNamedReadIsNotALandmark) {
  LLVMContext Ctx2;
  std::unique_ptr<Module> UM = parseIR(Ctx2, R"(
declare i32 @socket(i32, i32, i32)
define i64 @read(i32 %fd, ptr %b, i64 %n) {
  ret i64 0
}
define i32 @main() {
entry:
  %buf = alloca [8 x i8]
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  br label %loop
loop:
  %n = call i64 @read(i32 %fd, ptr %buf, i64 8)
  br label %loop
}
)");
  ASSERT_TRUE(UM);
  Analyses A2;
  A2.MAM.registerPass([] { return LandmarkAnalysis(); });
  const LandmarkInfo &Info = A2.MAM.getResult<LandmarkAnalysis>(*UM);
  EXPECT_EQ(Info.Sockets.size(), 1u);
  EXPECT_TRUE(Info.Landmarks.empty());
}

// The fd an epoll loop reads comes back from the kernel in the event
// array; it is whatever was registered with epoll_ctl.
TEST_F(LandmarksTest, EpollEventFdTracesToRegisteredSocket) {
  const LandmarkInfo &Info = analyze(R"(
define i32 @main() {
entry:
  %ev = alloca [12 x i8]
  %events = alloca [64 x [12 x i8]]
  %buf = alloca [64 x i8]
  %fd = call i32 @socket(i32 10, i32 2050, i32 0)
  %ep = call i32 @epoll_create1(i32 0)
  %evfd = getelementptr inbounds i8, ptr %ev, i64 4
  store i32 %fd, ptr %evfd
  %r = call i32 @epoll_ctl(i32 %ep, i32 1, i32 %fd, ptr %ev)
  br label %loop
loop:
  %n = call i32 @epoll_wait(i32 %ep, ptr %events, i32 64, i32 -1)
  %slot = getelementptr inbounds i8, ptr %events, i64 4
  %rfd = load i32, ptr %slot
  %got = call i64 @recvfrom(i32 %rfd, ptr %buf, i64 64, i32 0, ptr null, ptr null)
  br label %loop
}
)");
  ASSERT_EQ(Info.Sockets.size(), 1u);
  // SOCK_DGRAM | SOCK_NONBLOCK over AF_INET6.
  EXPECT_EQ(Info.Sockets[0].Kind, Transport::UDP);
  EXPECT_EQ(Info.Sockets[0].Family, AddressFamily::IPv6);
  ASSERT_EQ(Info.Loops.size(), 1u);
  EXPECT_EQ(Info.Loops[0].Kind, LoopKind::Epoll);
  const Landmark *In = find(Info, LandmarkKind::Arrival, "recvfrom");
  ASSERT_TRUE(In);
  EXPECT_EQ(In->Sockets, (SmallVector<unsigned, 1>{0}));
  EXPECT_EQ(In->Loop, std::optional<unsigned>(0));
}

TEST_F(LandmarksTest, DeclarationsOnlyModuleGetsNoSocketFinding) {
  const LandmarkInfo &Info = analyze("");
  EXPECT_FALSE(Info.hasServer());
  ASSERT_TRUE(hasFinding(Info, "NoSocket"));
  // Anchored to a declaration, so it can still be a remark.
  EXPECT_NE(Info.Findings.front().In, nullptr);
}

TEST_F(LandmarksTest, EmptyModuleDoesNotCrash) {
  M = parseIR(Ctx, "");
  ASSERT_TRUE(M);
  A.MAM.registerPass([] { return LandmarkAnalysis(); });
  const LandmarkInfo &Info = A.MAM.getResult<LandmarkAnalysis>(*M);
  EXPECT_TRUE(hasFinding(Info, "NoSocket"));
  std::string Text;
  raw_string_ostream OS(Text);
  Info.print(OS, *M);
  EXPECT_NE(Text.find("summary: 0 sockets"), std::string::npos) << Text;
}

} // namespace

namespace {

// -koffload-handler-socket: the socket a handler entry point's fd is.
TEST(HandlerSocketTest, ParsesTransportFamilyAndPort) {
  Expected<HandlerSocket> U = parseHandlerSocket("udp:5353");
  ASSERT_TRUE(bool(U));
  EXPECT_EQ(U->Kind, Transport::UDP);
  EXPECT_EQ(U->Families.single(), AddressFamily::IPv4);
  EXPECT_EQ(U->Port, 5353);
  Expected<HandlerSocket> T = parseHandlerSocket("tcp46:80");
  ASSERT_TRUE(bool(T));
  EXPECT_EQ(T->Kind, Transport::TCP);
  EXPECT_TRUE(T->Families.contains(AddressFamily::IPv4));
  EXPECT_TRUE(T->Families.contains(AddressFamily::IPv6));
  EXPECT_EQ(T->Families.single(), AddressFamily::Unknown);
  for (const char *Bad : {"udp", "udp:0", "udp:65536", "sctp:5", "udp5:7",
                          "udp:port"}) {
    Expected<HandlerSocket> B = parseHandlerSocket(Bad);
    EXPECT_FALSE(bool(B)) << Bad;
    if (!B)
      EXPECT_NE(toString(B.takeError()).find("bad handler socket"),
                std::string::npos);
  }
}

} // namespace
