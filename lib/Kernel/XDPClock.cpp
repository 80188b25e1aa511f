//===- XDPClock.cpp - The clocks the request path reads -------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// clock_gettime, time and gettimeofday on the request path, from the
// kernel's clocks: bpf_ktime_get_ns is CLOCK_MONOTONIC,
// bpf_ktime_get_boot_ns CLOCK_BOOTTIME, bpf_ktime_get_tai_ns CLOCK_TAI.
// No helper reads CLOCK_REALTIME: the wall clock is CLOCK_TAI plus
// CLOCK_REALTIME - CLOCK_TAI, which the runtime measures in userspace and
// publishes in koffload_clock (koffload/abi.h); until it has, a request
// that reads the wall clock falls back. (The planner lets no other clock
// through: Plan/Feasibility.cpp.)
//
//===----------------------------------------------------------------------===//

#include "Kernel/XDPGenerator.h"

using namespace llvm;

namespace koffload {
namespace xdpgen {

namespace {
constexpr uint64_t NsPerSecond = 1000000000;
// <time.h>'s clock ids on Linux.
constexpr uint64_t ClockRealtime = 0, ClockMonotonic = 1, ClockBoottime = 7,
                   ClockTai = 11;
} // namespace

Value *XDPGenerator::wallClockNs() {
  GlobalVariable *Clock = KM->getGlobalVariable(ClockGlobalName);
  if (!Clock) {
    // In .data, not .bss: the offset 0 is a real one (TAI = REALTIME on
    // clocks no one told the TAI offset), so "not yet" needs its own value.
    Clock = new GlobalVariable(*KM, I64, false, GlobalValue::ExternalLinkage,
                               ConstantInt::get(I64, ClockUnset),
                               ClockGlobalName);
    Clock->setAlignment(Align(8));
  }
  Value *Offset = B.CreateAlignedLoad(I64, Clock, Align(8), "clock.offset");
  require(B.CreateICmpNE(Offset, ConstantInt::get(I64, ClockUnset)),
          "clock.published");
  Value *Ns = B.CreateAdd(helper(HelperKtimeGetTaiNs, I64, {}), Offset,
                          "clock.realtime");
  // Before 1970 the division below would be wrong (it is unsigned):
  // userspace answers.
  require(B.CreateICmpSGE(Ns, ConstantInt::get(I64, 0)), "clock.after.epoch");
  return Ns;
}

Error XDPGenerator::emitClockRead(CallBase &Call) {
  StringRef Name = directCalleeName(Call);
  Value *Billion = ConstantInt::get(I64, NsPerSecond);
  // A pointer argument: null, or an object the path has.
  auto Out = [&](unsigned ArgNo) -> Expected<Value *> {
    Value *P = Call.getArgOperand(ArgNo);
    if (isa<ConstantPointerNull>(P))
      return nullptr;
    if (Value *New = VMap.lookup(P))
      return New;
    return refuse(Name + "'s result is not stored on the path");
  };

  if (Name == "time") {
    // time(tloc): the seconds, also stored at tloc when it is not null.
    if (Call.arg_size() != 1 || !Call.getType()->isIntegerTy(64))
      return refuse("call to time does not match its C prototype");
    Expected<Value *> T = Out(0);
    if (!T)
      return T.takeError();
    Value *Sec = B.CreateUDiv(wallClockNs(), Billion, "time");
    if (*T)
      B.CreateAlignedStore(Sec, *T, Align(8));
    VMap[&Call] = Sec;
    return Error::success();
  }

  if (Name == "gettimeofday") {
    // gettimeofday(tv, NULL) = 0, tv = { seconds, microseconds } (the
    // planner lets only a null timezone through).
    if (Call.arg_size() != 2 ||
        !isa<ConstantPointerNull>(Call.getArgOperand(1)))
      return refuse("gettimeofday with a timezone");
    Expected<Value *> TV = Out(0);
    if (!TV)
      return TV.takeError();
    Value *Ns = wallClockNs();
    if (*TV) {
      B.CreateAlignedStore(B.CreateUDiv(Ns, Billion), *TV, Align(8));
      B.CreateAlignedStore(
          B.CreateUDiv(B.CreateURem(Ns, Billion), ConstantInt::get(I64, 1000)),
          B.CreateConstInBoundsGEP1_64(I8, *TV, 8), Align(8));
    }
    VMap[&Call] = ConstantInt::get(Call.getType(), 0);
    return Error::success();
  }

  // clock_gettime(clock, &ts) = 0 with ts from the kernel's clock itself.
  std::optional<uint64_t> Clock = evaluateConstantInt(Call.getArgOperand(0));
  if (!Clock || (*Clock != ClockRealtime && *Clock != ClockMonotonic &&
                 *Clock != ClockBoottime && *Clock != ClockTai))
    return refuse("clock_gettime of a clock without a BPF helper");
  Value *TS = VMap.lookup(Call.getArgOperand(1));
  if (!TS)
    return refuse("clock_gettime's timespec is not on the path");
  Value *Ns = *Clock == ClockRealtime ? wallClockNs()
              : *Clock == ClockTai    ? helper(HelperKtimeGetTaiNs, I64, {})
              : helper(*Clock == ClockMonotonic ? HelperKtimeGetNs
                                                : HelperKtimeGetBootNs,
                       I64, {});
  B.CreateAlignedStore(B.CreateUDiv(Ns, Billion), TS, Align(8)); // tv_sec
  B.CreateAlignedStore(B.CreateURem(Ns, Billion),
                       B.CreateConstInBoundsGEP1_64(I8, TS, 8),
                       Align(8)); // tv_nsec
  VMap[&Call] = ConstantInt::get(Call.getType(), 0);
  return Error::success();
}

} // namespace xdpgen
} // namespace koffload
