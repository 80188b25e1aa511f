//===- CostModelTest.cpp - Unit tests of the benefit model ----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/CostModel.h"

#include "llvm/Support/FormatVariadic.h"

#include "gtest/gtest.h"

using namespace llvm;
using namespace koffload;

namespace {

// The model of CoNEXT'25 §3.2, computed by hand: with C the userspace cost
// and ρC the kernel's, ωρC + (1−ω)(1+ρ)C < C exactly when ρ < ω.
TEST(CostModelTest, RhoIsKernelOverUserCost) {
  CostFile C;
  C.XdpHookNs = 0;
  C.XdpContextNs = 40;
  C.ParseNs = 10;
  C.ArrayMapAccessNs = 5;
  C.BpfInsnNs = 1;
  C.SocketDeliveryNs = 900;
  C.UserInsnNs = 1;
  C.UserMmapAccessNs = 0;
  C.Margin = 0;
  FastPathWork W;
  W.Instructions = 30;
  W.SharedAccesses = 2;
  W.UserInstructions = 100;
  Benefit B = evaluateBenefit(C, Hook::XDP, W, 0.5);
  EXPECT_DOUBLE_EQ(B.KernelNs, 40 + 10 + 2 * 5 + 30);  // 90
  EXPECT_DOUBLE_EQ(B.UserNs, 900 + 100);               // 1000
  EXPECT_DOUBLE_EQ(B.Rho, 0.09);
  EXPECT_DOUBLE_EQ(B.SavingNs, (0.5 - 0.09) * 1000);
  EXPECT_TRUE(B.Offload);

  // The same check from the paper's inequality directly.
  double Omega = 0.5, Rho = B.Rho, Cost = B.UserNs;
  double WithOffload = Omega * Rho * Cost + (1 - Omega) * (1 + Rho) * Cost;
  EXPECT_NEAR(Cost - WithOffload, B.SavingNs, 1e-9);
}

TEST(CostModelTest, DecisionFlipsWhereOmegaCrossesRhoPlusMargin) {
  CostFile C;
  C.Margin = 0.05;
  FastPathWork W;
  W.Instructions = 100;
  Benefit At = evaluateBenefit(C, Hook::XDP, W, 0);
  double Threshold = At.Rho + C.Margin;
  EXPECT_FALSE(evaluateBenefit(C, Hook::XDP, W, Threshold - 1e-6).Offload);
  EXPECT_TRUE(evaluateBenefit(C, Hook::XDP, W, Threshold + 1e-6).Offload);
  // Below ρ the offload costs time: a negative saving.
  EXPECT_LT(evaluateBenefit(C, Hook::XDP, W, At.Rho / 2).SavingNs, 0);
}

TEST(CostModelTest, SkSkbCostsMoreThanXdp) {
  CostFile C;
  FastPathWork W;
  EXPECT_GT(evaluateBenefit(C, Hook::SkSkb, W, 1).Rho,
            evaluateBenefit(C, Hook::XDP, W, 1).Rho);
  EXPECT_DOUBLE_EQ(C.hookNs(Hook::TC), 273 + 35);
}

// A TCP request (hook sk_skb) is costed with sk_skb's own figures and
// tcp_socket_delivery_ns; a UDP one (XDP, TC) with socket_delivery_ns. The
// figures are distinct primes so a mix-up shows in the sums.
TEST(CostModelTest, SkSkbUsesItsOwnFiguresAndTcpDelivery) {
  CostFile C;
  C.XdpHookNs = 2;
  C.XdpContextNs = 3;
  C.TcHookNs = 5;
  C.TcContextNs = 7;
  C.SkSkbHookNs = 11;
  C.SkSkbContextNs = 1301;
  C.ParseNs = 13;
  C.ArrayMapAccessNs = 0;
  C.BpfInsnNs = 0;
  C.SocketDeliveryNs = 5003;
  C.TcpSocketDeliveryNs = 4001;
  C.UserInsnNs = 0;
  C.UserMmapAccessNs = 0;
  FastPathWork W;
  Benefit Tcp = evaluateBenefit(C, Hook::SkSkb, W, 1);
  EXPECT_DOUBLE_EQ(Tcp.KernelNs, 11 + 1301 + 13);
  EXPECT_DOUBLE_EQ(Tcp.UserNs, 4001);
  Benefit Udp = evaluateBenefit(C, Hook::XDP, W, 1);
  EXPECT_DOUBLE_EQ(Udp.KernelNs, 2 + 3 + 13);
  EXPECT_DOUBLE_EQ(Udp.UserNs, 5003);
  EXPECT_DOUBLE_EQ(evaluateBenefit(C, Hook::TC, W, 1).UserNs, 5003);

  // The figures it names are the ones it added, by key.
  auto Keys = [](ArrayRef<CostFigure> Fs) {
    std::string S;
    for (const CostFigure &F : Fs)
      S += formatv("{0}={1}{2} ", F.Key, F.Ns, F.PerRequest ? "" : "/unit");
    return S;
  };
  EXPECT_EQ(Keys(Tcp.KernelFigures),
            "sk_skb_hook_ns=11.00 sk_skb_context_ns=1301.00 parse_ns=13.00 "
            "array_map_access_ns=0.00/unit bpf_insn_ns=0.00/unit ");
  EXPECT_EQ(Keys(Tcp.UserFigures),
            "tcp_socket_delivery_ns=4001.00 user_insn_ns=0.00/unit "
            "user_mmap_access_ns=0.00/unit ");
  EXPECT_EQ(Keys(Udp.UserFigures),
            "socket_delivery_ns=5003.00 user_insn_ns=0.00/unit "
            "user_mmap_access_ns=0.00/unit ");

  Expected<CostFile> F =
      CostFile::fromJSON(R"({"tcp_socket_delivery_ns": 777})", "test");
  ASSERT_TRUE(bool(F)) << toString(F.takeError());
  EXPECT_DOUBLE_EQ(F->TcpSocketDeliveryNs, 777);
  EXPECT_DOUBLE_EQ(F->SocketDeliveryNs, CostFile().SocketDeliveryNs);
}

TEST(CostModelTest, ShippedCostFileEqualsBuiltInDefaults) {
  Expected<CostFile> Shipped = CostFile::load(KOFFLOAD_SOURCE_DIR
                                              "/runtime/costs-default.json");
  ASSERT_TRUE(bool(Shipped)) << toString(Shipped.takeError());
  json::Value A = Shipped->toJSON(), B = CostFile().toJSON();
  EXPECT_EQ(A, B) << formatv("{0:2}\nvs\n{1:2}", A, B).str();
}

TEST(CostModelTest, PartialFileKeepsDefaultsForMissingKeys) {
  Expected<CostFile> C =
      CostFile::fromJSON(R"({"socket_delivery_ns": 100})", "test");
  ASSERT_TRUE(bool(C)) << toString(C.takeError());
  EXPECT_DOUBLE_EQ(C->SocketDeliveryNs, 100);
  EXPECT_DOUBLE_EQ(C->XdpContextNs, CostFile().XdpContextNs);
  EXPECT_EQ(C->Source, "test");
}

TEST(CostModelTest, BadFilesAreErrorsNotDefaults) {
  for (StringRef Bad : {R"({"socket_delivery": 100})", // typo
                        R"({"parse_ns": -1})", R"({"parse_ns": "ten"})",
                        R"([1, 2])", R"({"parse_ns": )"}) {
    Expected<CostFile> C = CostFile::fromJSON(Bad, "bad.json");
    EXPECT_FALSE(bool(C)) << Bad.str();
    if (!C) {
      std::string Msg = toString(C.takeError());
      EXPECT_NE(Msg.find("bad.json"), std::string::npos) << Msg;
    }
  }
  Expected<CostFile> Missing = CostFile::load("/nonexistent/costs.json");
  EXPECT_FALSE(bool(Missing));
  consumeError(Missing.takeError());
}

} // namespace
