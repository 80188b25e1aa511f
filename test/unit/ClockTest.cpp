//===- ClockTest.cpp - The wall clock's offset for the offload ------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// runtime/rt/koffload-clock.c: the offset CLOCK_REALTIME - CLOCK_TAI it
// measures against the clocks read here, and its publisher: the word is
// written at the start and written again within a period when something
// else changed it (as a change of the kernel's TAI offset would).
//
//===----------------------------------------------------------------------===//

#include "koffload-clock.h"
#include "koffload/abi.h"

#include "gtest/gtest.h"

#include <chrono>
#include <cstdlib>
#include <thread>
#include <time.h>

namespace {

long long nsOf(clockid_t Clock) {
  timespec TS;
  clock_gettime(Clock, &TS);
  return TS.tv_sec * 1000000000LL + TS.tv_nsec;
}

TEST(ClockTest, MeasuresRealtimeMinusTai) {
  long long Offset = 0;
  ASSERT_EQ(koffload_clock_measure(&Offset), 0);
  // Against a reading here: the same up to the reads' spacing.
  long long Tai = nsOf(CLOCK_TAI), Real = nsOf(CLOCK_REALTIME);
  EXPECT_LT(std::llabs(Real - Tai - Offset), 1000000LL);
  // The kernel keeps them whole seconds apart: the measurement snaps to it.
  EXPECT_EQ(Offset % 1000000000LL, 0);
}

TEST(ClockTest, PublishesAtStartAndKeepsTheWordCurrent) {
  koffload_clock Word = {KOFFLOAD_CLOCK_UNSET};
  long long Offset = 0;
  ASSERT_EQ(koffload_clock_measure(&Offset), 0);
  koffload_clock_pub *Pub = koffload_clock_start_at(&Word);
  ASSERT_NE(Pub, nullptr);
  EXPECT_EQ(__atomic_load_n(&Word.realtime_minus_tai, __ATOMIC_ACQUIRE),
            Offset);
  // Overwritten behind its back: measured and written again within a
  // period (one second).
  __atomic_store_n(&Word.realtime_minus_tai, Offset + 37000000000LL,
                   __ATOMIC_RELEASE);
  long long Seen = 0;
  for (int I = 0; I < 30; ++I) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    Seen = __atomic_load_n(&Word.realtime_minus_tai, __ATOMIC_ACQUIRE);
    if (Seen == Offset)
      break;
  }
  EXPECT_EQ(Seen, Offset);
  koffload_clock_stop(Pub);
  // Stopped: nothing writes it any more.
  __atomic_store_n(&Word.realtime_minus_tai, 1LL, __ATOMIC_RELEASE);
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));
  EXPECT_EQ(__atomic_load_n(&Word.realtime_minus_tai, __ATOMIC_ACQUIRE), 1);
}

} // namespace
