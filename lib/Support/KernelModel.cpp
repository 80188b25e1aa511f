//===- KernelModel.cpp - What the kernel side can run, in one place -------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Support/KernelModel.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

#include <vector>

using namespace llvm;

namespace koffload {

namespace {

constexpr uint8_t Arg0 = 1, Arg1 = 2, Args01 = 3;

/// A function of the BPF libc: reads (or, for the copies' destinations,
/// writes) the string arguments \p Reads up to \p Cap bytes each, writes
/// \p Writes (strto*'s end pointer, the copies' destination).
LibcFunction bpfLibc(StringRef Name, uint8_t Reads = 0, uint64_t Cap = 0,
                     uint8_t Writes = 0) {
  return {Name,   LibcLowering::BPFLibc, LibcBlock::None, Cap, Reads, Writes,
          HookAny};
}

LibcFunction blocked(StringRef Name, LibcBlock Why, StringRef Reason = {}) {
  return {Name, LibcLowering::Blocked, Why, 0, 0, 0, 0, Reason};
}

std::vector<LibcFunction> buildTable() {
  std::vector<LibcFunction> T;
  // The BPF libc (runtime/bpf/koffload_libc.h). Character classes and byte
  // order take no pointer.
  for (StringRef N :
       {"isdigit", "isalpha", "isalnum", "isspace", "isxdigit", "isupper",
        "islower", "isprint", "isgraph", "ispunct", "iscntrl", "isblank",
        "tolower", "toupper", "htons", "ntohs", "htonl", "ntohl",
        // glibc's ctype table accessors: the loads through the tables
        // become koffload_ctype_*_at().
        "__ctype_b_loc", "__ctype_tolower_loc", "__ctype_toupper_loc"})
    T.push_back(bpfLibc(N));
  for (StringRef N : {"strlen", "strnlen", "strchr", "memchr", "memrchr"})
    T.push_back(bpfLibc(N, Arg0, BPFLibcMax));
  for (StringRef N : {"strcmp", "strcasecmp", "strncmp", "strncasecmp"})
    T.push_back(bpfLibc(N, Args01, BPFLibcMax));
  // The set as a literal: the generator makes it a 256-bit map.
  for (StringRef N : {"strspn", "strcspn"}) {
    T.push_back(bpfLibc(N, Arg0, BPFLibcMax));
    T.back().LiteralArg = 1;
  }
  for (StringRef N : {"strtoul", "strtol", "strtoull", "strtoll"})
    T.push_back(bpfLibc(N, Arg0, BPFLibcNumMax, /*Writes=*/Arg1));
  for (StringRef N : {"atoi", "atol", "atoll"})
    T.push_back(bpfLibc(N, Arg0, BPFLibcNumMax));

  // Open-coded by the generator (XDPGen.cpp: emitMemcmp; the intrinsics
  // in emitMemIntrinsic).
  for (StringRef N : {"memcmp", "bcmp"})
    T.push_back({N, LibcLowering::Inline, LibcBlock::None, BPFLibcMax, Args01,
                 0, HookAny});
  // Only as LLVM's intrinsics, which is what clang emits unless
  // -fno-builtin: the generator refuses the plain calls.
  for (StringRef N : {"memcpy", "memmove", "memset"})
    T.push_back(blocked(N, LibcBlock::NotIntrinsic,
                        "called as a function (-fno-builtin), not as "
                        "LLVM's intrinsic"));
  // The CPU the request runs on: in userspace the worker thread's, in the
  // offload the one processing the frame (bpf_get_smp_processor_id). A
  // server uses it to pick a per-CPU shard (DINT's log server); either is
  // a CPU the request may run on.
  T.push_back({"sched_getcpu", LibcLowering::Helper, LibcBlock::None, 0, 0, 0,
               HookAny});
  // CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_TAI and CLOCK_REALTIME only
  // (Feasibility.cpp checks). The wall clock (CLOCK_REALTIME, time,
  // gettimeofday) has no helper of its own: bpf_ktime_get_tai_ns plus the
  // offset the runtime publishes (Kernel/XDPClock.cpp).
  T.push_back({"clock_gettime", LibcLowering::Helper, LibcBlock::None, 0, 0,
               Arg1, HookAny});
  for (StringRef N : {"time", "gettimeofday"})
    T.push_back({N, LibcLowering::Helper, LibcBlock::None, 0, 0, Arg0,
                 HookAny});

  // strlen, then memrchr from the string's end (Kernel/BPFLibcCopy.cpp):
  // the two loops share the verifier's budget, half the cap each.
  T.push_back(bpfLibc("strrchr", Arg0, BPFLibcMax / 2));
  // A needle of at most 8 bytes, as a literal: one word the library
  // compares a rolling window with.
  T.push_back(bpfLibc("strstr", Arg0, BPFLibcMax));
  T.back().LiteralArg = 1;
  T.back().MaxLiteral = 8;
  // The copies: the source read within what may be read there, the
  // destination written within its object's room (Kernel/BPFLibcCopy.cpp).
  for (StringRef N :
       {"strcpy", "strncpy", "stpcpy", "stpncpy", "strcat", "strncat"})
    T.push_back(bpfLibc(N, Args01, BPFLibcMax, /*Writes=*/Arg0));

  // Log calls: recorded at the commit and replayed by the runtime, when
  // their shape allows (Support/LogRecords.cpp; the planner and generator
  // refuse the rest with its reason).
  for (StringRef N : {"printf", "__printf_chk", "fprintf", "__fprintf_chk",
                      "puts", "fputs", "putchar", "fputc", "putc", "fwrite",
                      "fflush", "syslog", "__syslog_chk"})
    T.push_back({N, LibcLowering::Recorded, LibcBlock::None, 0, 0, 0,
                 HookXDP});
  // Formatted output into a buffer, the format a literal: specialised at
  // compile time (Support/FormatSpec.h checks the format and arguments for
  // the planner and the generator alike, Kernel/BPFFormat.cpp emits it).
  for (StringRef N : {"sprintf", "snprintf"})
    T.push_back({N, LibcLowering::Inline, LibcBlock::None, BPFLibcMax, 0,
                 /*Writes=*/Arg0, HookAny});
  T.push_back(blocked("vsyslog", LibcBlock::NoEquivalent,
                      "the arguments of a va_list are not followed"));
  T.push_back(blocked("vsnprintf", LibcBlock::NotInBPFLibc,
                      "the arguments of a va_list are not followed (the "
                      "format is specialised for a call's own arguments)"));
  // errno on the kernel path is no call's: the path makes no system call
  // that can fail, so the program's errno there is what an earlier call,
  // in userspace, left; the replay's thread could not print that value.
  T.push_back(blocked("perror", LibcBlock::NoEquivalent,
                      "it prints errno, which no call of the kernel path "
                      "sets"));
  for (StringRef N : {"vprintf",
                      "vfprintf",
                      "malloc",
                      "calloc",
                      "realloc",
                      "free",
                      "strdup",
                      "strndup",
                      "qsort",
                      "bsearch",
                      "exit",
                      "_exit",
                      "abort",
                      "strerror",
                      "__assert_fail",
                      "rand",
                      "random",
                      "srand",
                      "getenv",
                      "setjmp",
                      "longjmp",
                      "__errno_location",
                      "__stack_chk_fail"})
    T.push_back(blocked(N, LibcBlock::NoEquivalent));
  for (StringRef N :
       {"open",         "openat",      "creat",        "fopen",
        "fdopen",       "fclose",      "fread",
        "fgets",        "fgetc",       "getc",         "fscanf",
        "fseek",        "ftell",       "fsync",
        "fdatasync",    "read",        "write",        "readv",
        "writev",       "pread",       "pread64",      "pwrite",
        "pwrite64",     "close",       "unlink",       "rename",
        "mkdir",        "stat",        "fstat",        "lseek",
        "sleep",        "usleep",      "nanosleep",
        "getaddrinfo", "freeaddrinfo", "gethostbyname",
        "getnameinfo",  "connect",     "accept",       "accept4",
        "socket",       "bind",        "listen",       "shutdown",
        "poll",         "ppoll",       "select",       "pselect",
        "epoll_wait",   "epoll_pwait", "epoll_ctl",    "recv",
        "recvfrom",     "recvmsg",     "send",         "sendto",
        "sendmsg",      "fork",        "execve",       "system",
        "popen",        "pclose",      "kill",         "signal",
        "sigaction",    "ioctl",       "fcntl",        "mmap",
        "munmap",       "setsockopt",  "getsockopt",   "getpid",
        "syscall"})
    T.push_back(blocked(N, LibcBlock::SystemCall));
  return T;
}

struct Table {
  std::vector<LibcFunction> Functions = buildTable();
  StringMap<unsigned> Index;
  Table() {
    for (unsigned I = 0; I < Functions.size(); ++I) {
      [[maybe_unused]] bool New =
          Index.try_emplace(Functions[I].Name, I).second;
      assert(New && "a libc function listed twice");
    }
  }
};

const Table &table() {
  static const Table T;
  return T;
}

} // namespace

ArrayRef<LibcFunction> libcFunctions() { return table().Functions; }

std::optional<LibcFunction> lookupLibc(StringRef Name) {
  const Table &T = table();
  if (auto It = T.Index.find(Name); It != T.Index.end())
    return T.Functions[It->second];
  // The C++ runtime's exception entry points (throw, catch, rethrow) and
  // the unwinder: exception handling, whatever the call looks like.
  if (Name.starts_with("__cxa_") || Name.starts_with("_Unwind_") ||
      Name == "__gxx_personality_v0")
    return blocked(Name, LibcBlock::Exceptions);
  if (Name.starts_with("pthread_") || Name.starts_with("sem_") ||
      Name.starts_with("mtx_") || Name.starts_with("thrd_") ||
      Name.starts_with("cnd_"))
    return blocked(Name, LibcBlock::ThreadOrLock);
  return std::nullopt;
}

SmallVector<unsigned, 2> readArgs(const LibcFunction &F) {
  SmallVector<unsigned, 2> Args;
  for (unsigned I = 0; I < 8; ++I)
    if (F.reads(I))
      Args.push_back(I);
  return Args;
}

ArrayRef<BPFHelperInfo> bpfHelpers() {
  // Ids from uapi/linux/bpf.h (Kernel/BPFHelpers.h has the enum the
  // generator uses). Hooks: where the kernel's verifier accepts the call;
  // SK_SKB is set only for the base helpers every program type has, and is
  // to be checked by loading when the SK_SKB adapter is written.
  static const BPFHelperInfo Helpers[] = {
      {5, "bpf_ktime_get_ns", HookAny},
      {8, "bpf_get_smp_processor_id", HookAny},
      {28, "bpf_csum_diff", HookXDP},
      {44, "bpf_xdp_adjust_head", HookXDP},
      {65, "bpf_xdp_adjust_tail", HookXDP},
      {113, "bpf_probe_read_kernel", HookAny},
      {115, "bpf_probe_read_kernel_str", HookAny},
      {125, "bpf_ktime_get_boot_ns", HookAny},
      {131, "bpf_ringbuf_reserve", HookAny},
      {132, "bpf_ringbuf_submit", HookAny},
      {133, "bpf_ringbuf_discard", HookAny},
      {189, "bpf_xdp_load_bytes", HookXDP},
      {190, "bpf_xdp_store_bytes", HookXDP},
      {208, "bpf_ktime_get_tai_ns", HookAny},
  };
  return Helpers;
}

const BPFHelperInfo *lookupBPFHelper(uint64_t Id) {
  for (const BPFHelperInfo &H : bpfHelpers())
    if (H.Id == Id)
      return &H;
  return nullptr;
}

} // namespace koffload
