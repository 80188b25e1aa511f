//===- CostModelTest.cpp - Unit tests of the benefit model ----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Plan/CostModel.h"

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
