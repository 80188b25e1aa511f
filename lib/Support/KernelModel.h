//===- KernelModel.h - What the kernel side can run -------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// One table of the libc functions a request path may call and how each runs
// in the offload, read by the planner (Plan/Feasibility.cpp: is the call
// runnable, and how) and by the generator (Kernel/BPFLibc.cpp: which calls
// it lowers to the BPF libc, what they read, their caps). Before, each side
// had its own list and they disagreed: the planner computed omega and the
// saving for paths the generator then refused.
//
// A libc function is one of:
//  - BPFLibc: a koffload_<name> function of runtime/bpf/koffload_libc.h,
//    linked from koffload-bpf-libc.bc (test/unit/KernelModelTest.cpp checks
//    the bitcode defines every one);
//  - Inline:  open-coded by the generator (memcmp, bcmp; memcpy, memmove
//    and memset as LLVM's intrinsics);
//  - Helper:  a BPF helper call (clock_gettime, time, gettimeofday:
//             bpf_ktime_get_*_ns, Kernel/XDPClock.cpp);
//  - Recorded: a log call the offload records and the runtime replays
//    (Support/LogRecords.h says which calls of these can be);
//  - Blocked: never runs in the kernel, for the reason given.
// Functions not in the table are unknown (UnknownExternal in the planner),
// except the families lookupLibc() recognises by prefix (pthread_, __cxa_).
//
// The BPF helpers the generated programs call are listed too, with the hooks
// whose programs may call them.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_KERNELMODEL_H
#define KOFFLOAD_SUPPORT_KERNELMODEL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace koffload {

/// Program types koffload generates (or will): a bit each.
enum HookBits : uint8_t {
  HookXDP = 1,   ///< XDP, UDP requests (generated today)
  HookSkSkb = 2, ///< SK_SKB stream verdict, TCP requests (next)
  HookAny = HookXDP | HookSkSkb,
};

/// How a libc call on the request path runs in the offload.
enum class LibcLowering {
  BPFLibc, ///< koffload_<name> in the BPF libc
  Inline,  ///< open-coded by the generator
  Helper,  ///< a BPF helper
  /// Recorded into a ring buffer and replayed by the runtime in userspace
  /// (printf and friends to stdout or stderr: Support/LogRecords.h).
  Recorded,
  Blocked, ///< never: see LibcBlock
};

/// Why a libc call never runs in the offload.
enum class LibcBlock {
  None,
  SystemCall,   ///< files, sockets, sleeps, DNS: a system call
  NoEquivalent, ///< printf, malloc, ...: nothing like it in BPF
  NotInBPFLibc, ///< bounded in principle, but the BPF libc lacks it
  NotIntrinsic, ///< lowered only as LLVM's intrinsic (memcpy, ...)
  ThreadOrLock, ///< pthread_*, sem_*, C11 threads
  Exceptions,   ///< the C++ runtime's exception entry points
  UnreadClock,  ///< a clock read with no BPF helper (none listed today)
};

/// The caps of runtime/bpf/koffload_libc.h as the bitcode is built (no -D
/// overrides). A smaller value here than in the library only makes more
/// requests fall back (the library checks its own caps).
inline constexpr uint64_t BPFLibcMax = 2048;  ///< KOFFLOAD_LIBC_MAX
inline constexpr uint64_t BPFLibcNumMax = 64; ///< KOFFLOAD_LIBC_NUM_MAX

/// One libc function.
struct LibcFunction {
  llvm::StringRef Name;
  LibcLowering Lowering;
  LibcBlock Block = LibcBlock::None;
  /// Bytes examined per string argument (0: not data-dependent).
  uint64_t Cap = 0;
  /// Pointer arguments whose bytes it reads / writes (bit i: argument i).
  uint8_t Reads = 0;
  uint8_t Writes = 0;
  /// Hooks whose offloads can run it (0 for Blocked).
  uint8_t Hooks = 0;
  /// For Blocked and NotInBPFLibc: the reason in a few words.
  llvm::StringRef Reason = {};
  /// An argument that must be a string literal (strspn's set, which the
  /// generator turns into a bit map at compile time; strstr's needle), or
  /// -1; and its longest length (0: any).
  int LiteralArg = -1;
  unsigned MaxLiteral = 0;

  bool runs() const { return Lowering != LibcLowering::Blocked; }
  bool reads(unsigned Arg) const { return Reads >> Arg & 1; }
  bool writes(unsigned Arg) const { return Writes >> Arg & 1; }
};

/// Every libc function of the table, in table order.
llvm::ArrayRef<LibcFunction> libcFunctions();

/// \p Name as the table knows it (the name directCalleeName() gives: no
/// __isoc23_ prefix). Functions of the blocked families (pthread_*,
/// __cxa_*, ...) are answered by prefix. Unknown: std::nullopt.
std::optional<LibcFunction> lookupLibc(llvm::StringRef Name);

/// The string arguments (the bits of Reads) in order.
llvm::SmallVector<unsigned, 2> readArgs(const LibcFunction &F);

/// A BPF helper the generated programs call (ids: Kernel/BPFHelpers.h).
struct BPFHelperInfo {
  uint64_t Id;
  llvm::StringRef Name;
  uint8_t Hooks; ///< program types the kernel allows it in
};

/// The helpers the generators call, with where the kernel allows them.
llvm::ArrayRef<BPFHelperInfo> bpfHelpers();
const BPFHelperInfo *lookupBPFHelper(uint64_t Id);

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_KERNELMODEL_H
