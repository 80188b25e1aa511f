//===- AdaptTest.cpp - The adaptive runtime's controller -----------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// runtime/rt/koffload-adapt.c on synthetic counter streams: a simulated
// offload that counts what a workload of a given omega would make it count
// while its flag is clear, and nothing while it is set. The expected ticks
// of each switch are worked out by hand from the window, dwell and probe
// settings, not taken from the controller.
//
//===----------------------------------------------------------------------===//

#include "koffload-adapt.h"

#include "gtest/gtest.h"

#include <map>
#include <string>
#include <vector>

namespace {

koffload_adapt_config config(double Rho) {
  koffload_adapt_config C;
  koffload_adapt_defaults(&C);
  C.tick_ms = 100;
  C.window = 10;
  C.dwell = 20;
  C.probe_every = 10;
  C.probe_len = 2;
  C.detach_after = 0;
  C.min_requests = 100;
  C.rho = Rho;
  C.hysteresis = 0.05;
  return C;
}

/// The offload and its controller, ticked with a workload.
struct Sim {
  koffload_adapt A;
  bool Pass = false; ///< the flag, as the runtime keeps it
  bool Detached = false;
  unsigned long long Tick = 0;
  std::vector<unsigned long long> SwitchTicks; ///< ON <-> PASS
  std::vector<unsigned long long> ProbeTicks;  ///< SET_ON from PASS

  explicit Sim(const koffload_adapt_config &C) { koffload_adapt_init(&A, &C); }

  /// One tick of \p Rate requests, a fraction \p Omega of them the kind the
  /// offload finishes.
  koffload_adapt_action tick(double Omega, unsigned long long Rate = 1000) {
    koffload_adapt_sample S = {0, 0};
    if (!Pass && !Detached) {
      S.kernel = (unsigned long long)(Rate * Omega + 0.5);
      S.fallback = Rate - S.kernel;
    }
    koffload_adapt_state Was = A.state;
    koffload_adapt_action Act = koffload_adapt_step(&A, &S);
    ++Tick;
    if (Act == KOFFLOAD_ADAPT_SET_ON)
      Pass = false;
    if (Act == KOFFLOAD_ADAPT_SET_PASS)
      Pass = true;
    if (Act == KOFFLOAD_ADAPT_DETACH)
      Detached = true;
    if ((Was == KOFFLOAD_ADAPT_ON && A.state == KOFFLOAD_ADAPT_PASS) ||
        (Was == KOFFLOAD_ADAPT_PROBE && A.state == KOFFLOAD_ADAPT_ON))
      SwitchTicks.push_back(Tick);
    if (Was == KOFFLOAD_ADAPT_PASS && A.state == KOFFLOAD_ADAPT_PROBE)
      ProbeTicks.push_back(Tick);
    return Act;
  }
  void run(unsigned N, double Omega, unsigned long long Rate = 1000) {
    for (unsigned I = 0; I < N; ++I)
      tick(Omega, Rate);
  }
};

TEST(AdaptTest, StaysOnWhileItPays) {
  Sim S(config(0.3));
  S.run(200, 0.5);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_ON);
  EXPECT_FALSE(S.Pass);
  EXPECT_EQ(S.A.switches, 0u);
  EXPECT_DOUBLE_EQ(S.A.omega, 0.5);
}

TEST(AdaptTest, WindowSlidesAndDwellHoldsTheFirstSwitch) {
  // omega 0.9 for 30 ticks, then 0.1. With rho 0.5 and a 10-tick window the
  // window's omega falls below 0.5 when more than half of it is new: 0.9*k
  // + 0.1*(10-k) < 5 needs k < 5, i.e. the 6th new tick (tick 36). The
  // dwell (20 ticks from the start) is long past.
  Sim S(config(0.5));
  S.run(30, 0.9);
  for (unsigned I = 31; I <= 35; ++I) {
    EXPECT_EQ(S.tick(0.1), KOFFLOAD_ADAPT_KEEP) << "tick " << I;
    EXPECT_FALSE(S.Pass);
  }
  EXPECT_EQ(S.tick(0.1), KOFFLOAD_ADAPT_SET_PASS);
  EXPECT_TRUE(S.Pass);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_PASS);
  EXPECT_EQ(S.A.switches, 1u);
  EXPECT_NEAR(S.A.omega, 0.42, 1e-9); // (4*0.9 + 6*0.1) / 10
  EXPECT_EQ(S.A.decided, 10000u);      // the window's requests
  ASSERT_EQ(S.SwitchTicks.size(), 1u);
  EXPECT_EQ(S.SwitchTicks[0], 36u);

  // From the start the dwell holds: a losing workload from tick 1 switches
  // at tick 20, not before.
  Sim T(config(0.5));
  T.run(19, 0.1);
  EXPECT_FALSE(T.Pass);
  T.tick(0.1);
  EXPECT_TRUE(T.Pass);
}

TEST(AdaptTest, FewRequestsDecideNothing) {
  // 5 requests a tick: 50 in a window, under min_requests (100).
  Sim S(config(0.5));
  S.run(500, 0.0, 5);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_ON);
  EXPECT_EQ(S.A.switches, 0u);
  // 20 a tick is enough.
  S.run(10, 0.0, 20);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_PASS);
}

TEST(AdaptTest, ProbesFindTheWorkloadTurnedFavourable) {
  Sim S(config(0.5));
  S.run(20, 0.1); // switches at tick 20 (dwell)
  ASSERT_EQ(S.SwitchTicks, std::vector<unsigned long long>{20});
  // In pass-through: the next probe after max(probe_every, dwell from the
  // switch) = tick 40; it lasts 2 ticks, sees 0.1, and passes again; the
  // next at 52 (probe_every after the probe's end at 42).
  S.run(50, 0.1);
  EXPECT_TRUE(S.Pass);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_PASS);
  EXPECT_EQ(S.ProbeTicks, (std::vector<unsigned long long>{40, 52, 64}));
  EXPECT_EQ(S.A.switches, 1u); // probes are not switches
  // The workload turns at tick 70: the probe at 76 sees it (ticks 77, 78)
  // and the offload stays on from tick 78.
  S.run(5, 0.9);
  EXPECT_TRUE(S.Pass);
  S.run(3, 0.9);
  EXPECT_FALSE(S.Pass);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_ON);
  EXPECT_EQ(S.SwitchTicks, (std::vector<unsigned long long>{20, 78}));
  EXPECT_EQ(S.A.switches, 2u);
  S.run(100, 0.9);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_ON);
  EXPECT_EQ(S.A.switches, 2u);
}

TEST(AdaptTest, HysteresisBand) {
  // rho 0.5, hysteresis 0.05: on at >= 0.55, off below 0.5. A workload at
  // 0.52 neither turns a running offload off nor a passing one on.
  Sim On(config(0.5));
  On.run(300, 0.52);
  EXPECT_EQ(On.A.state, KOFFLOAD_ADAPT_ON);
  EXPECT_EQ(On.A.switches, 0u);

  Sim Off(config(0.5));
  Off.run(20, 0.2);
  ASSERT_TRUE(Off.Pass);
  Off.run(300, 0.52);
  EXPECT_TRUE(Off.Pass || Off.A.state == KOFFLOAD_ADAPT_PROBE);
  EXPECT_EQ(Off.A.switches, 1u);
  EXPECT_GT(Off.ProbeTicks.size(), 10u);
  Off.run(15, 0.56);
  EXPECT_EQ(Off.A.state, KOFFLOAD_ADAPT_ON);
  EXPECT_EQ(Off.A.switches, 2u);
}

TEST(AdaptTest, DwellBoundsFlapping) {
  // A workload that swings every 3 ticks around rho: at most one switch
  // per dwell (20 ticks), however it swings.
  Sim S(config(0.5));
  for (unsigned I = 0; I < 1000; ++I)
    S.tick((I / 3) % 2 ? 0.0 : 1.0);
  ASSERT_FALSE(S.SwitchTicks.empty());
  for (size_t I = 1; I < S.SwitchTicks.size(); ++I)
    EXPECT_GE(S.SwitchTicks[I] - S.SwitchTicks[I - 1], 20u)
        << "switches at " << S.SwitchTicks[I - 1] << " and "
        << S.SwitchTicks[I];
  EXPECT_LE(S.A.switches, 1000u / 20);
}

TEST(AdaptTest, IdleProbeIsInconclusive) {
  // Traffic stops while passing: a probe runs until its window is full
  // (10 ticks), finds too few requests, and passes again.
  Sim S(config(0.5));
  S.run(20, 0.0);
  ASSERT_TRUE(S.Pass);
  S.run(20, 0.0, 0); // probe at 40
  ASSERT_EQ(S.ProbeTicks, std::vector<unsigned long long>{40});
  EXPECT_FALSE(S.Pass);
  S.run(10, 0.0, 0); // its window is full at 50
  EXPECT_TRUE(S.Pass);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_PASS);
  EXPECT_EQ(S.A.switches, 1u);
}

TEST(AdaptTest, DetachAfterALongLoss) {
  koffload_adapt_config C = config(0.5);
  C.detach_after = 100;
  Sim S(C);
  S.run(20, 0.1); // pass-through from tick 20
  ASSERT_TRUE(S.Pass);
  S.run(99, 0.1);
  EXPECT_FALSE(S.Detached);
  // Tick 120: 100 ticks after the switch, in pass-through or probing.
  while (S.Tick < 120 && !S.Detached)
    S.tick(0.1);
  koffload_adapt_action Last = S.tick(0.1);
  EXPECT_TRUE(S.Detached || Last == KOFFLOAD_ADAPT_DETACH);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_DETACHED);
  // For good.
  S.run(100, 1.0);
  EXPECT_EQ(S.A.state, KOFFLOAD_ADAPT_DETACHED);
}

TEST(AdaptTest, RhoExtremes) {
  // rho 0: never loses. rho above 1: loses whatever the workload.
  Sim Never(config(0.0));
  Never.run(300, 0.0);
  EXPECT_EQ(Never.A.state, KOFFLOAD_ADAPT_ON);
  Sim Always(config(1.5));
  Always.run(300, 1.0);
  EXPECT_NE(Always.A.state, KOFFLOAD_ADAPT_ON);
  EXPECT_EQ(Always.A.switches, 1u);
}

std::map<std::string, std::string> *Env;
const char *lookup(const char *Name) {
  auto It = Env->find(Name);
  return It == Env->end() ? nullptr : It->second.c_str();
}

TEST(AdaptTest, Configuration) {
  std::map<std::string, std::string> E;
  Env = &E;
  char Err[160];
  int On = -1;
  koffload_adapt_config C;
  koffload_adapt_defaults(&C);
  ASSERT_EQ(koffload_adapt_configure(&C, &On, lookup, Err, sizeof(Err)), 0);
  EXPECT_EQ(On, 1); // on unless said otherwise
  EXPECT_LT(C.rho, 0);

  // Milliseconds to whole ticks, rounded up.
  E = {{"KOFFLOAD_ADAPT", "on"},
       {"KOFFLOAD_ADAPT_TICK_MS", "50"},
       {"KOFFLOAD_ADAPT_WINDOW_MS", "500"},
       {"KOFFLOAD_ADAPT_DWELL_MS", "1001"},
       {"KOFFLOAD_ADAPT_PROBE_EVERY_MS", "300"},
       {"KOFFLOAD_ADAPT_PROBE_MS", "1"},
       {"KOFFLOAD_ADAPT_DETACH_MS", "0"},
       {"KOFFLOAD_ADAPT_MIN_REQUESTS", "7"},
       {"KOFFLOAD_ADAPT_RHO", "0.25"},
       {"KOFFLOAD_ADAPT_HYSTERESIS", "0.1"}};
  koffload_adapt_defaults(&C);
  ASSERT_EQ(koffload_adapt_configure(&C, &On, lookup, Err, sizeof(Err)), 0)
      << Err;
  EXPECT_EQ(C.tick_ms, 50u);
  EXPECT_EQ(C.window, 10u);
  EXPECT_EQ(C.dwell, 21u);
  EXPECT_EQ(C.probe_every, 6u);
  EXPECT_EQ(C.probe_len, 1u);
  EXPECT_EQ(C.detach_after, 0u);
  EXPECT_EQ(C.min_requests, 7u);
  EXPECT_DOUBLE_EQ(C.rho, 0.25);
  EXPECT_DOUBLE_EQ(C.hysteresis, 0.1);

  E = {{"KOFFLOAD_ADAPT", "off"}};
  koffload_adapt_defaults(&C);
  ASSERT_EQ(koffload_adapt_configure(&C, &On, lookup, Err, sizeof(Err)), 0);
  EXPECT_EQ(On, 0);

  // Each bad value is refused and named.
  const std::pair<const char *, const char *> Bad[] = {
      {"KOFFLOAD_ADAPT", "maybe"},
      {"KOFFLOAD_ADAPT_TICK_MS", "0"},
      {"KOFFLOAD_ADAPT_WINDOW_MS", "0"},
      {"KOFFLOAD_ADAPT_WINDOW_MS", "-5"},
      {"KOFFLOAD_ADAPT_WINDOW_MS", "200000"}, // over 1024 ticks
      {"KOFFLOAD_ADAPT_PROBE_MS", "1s"},
      {"KOFFLOAD_ADAPT_RHO", "-0.1"},
      {"KOFFLOAD_ADAPT_RHO", "x"},
      {"KOFFLOAD_ADAPT_HYSTERESIS", "2"},
      {"KOFFLOAD_ADAPT_MIN_REQUESTS", "many"},
  };
  for (auto [Name, Value] : Bad) {
    E = {{Name, Value}};
    koffload_adapt_defaults(&C);
    Err[0] = 0;
    EXPECT_EQ(koffload_adapt_configure(&C, &On, lookup, Err, sizeof(Err)), -1)
        << Name << "=" << Value;
    std::string Said = Err;
    EXPECT_NE(Said.find(Name), std::string::npos) << Said;
  }
}

} // namespace
