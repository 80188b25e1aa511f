//===- Verify.cpp - Ask the running kernel's verifier ---------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Kernel/Verify.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

#include <cctype>

#include <bpf/libbpf.h>
#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <memory>
#include <vector>

using namespace llvm;

namespace koffload {

namespace {
/// libbpf's own messages while we load: kept, not printed, so a build
/// without privileges is not noisy.
std::string *LibbpfMessages = nullptr;
int collectLibbpfMessage(enum libbpf_print_level, const char *Fmt,
                         va_list Args) {
  if (!LibbpfMessages)
    return 0;
  char Buf[1024];
  int N = vsnprintf(Buf, sizeof(Buf), Fmt, Args);
  LibbpfMessages->append(Buf);
  return N;
}

/// The verifier's reason: the last lines of its log that are not the
/// instruction trace, the statistics or the register states it shows
/// ("BPF program is too large...", "invalid access to map value...",
/// "infinite loop detected at insn N" before its cur/old states).
std::string reasonFrom(StringRef Log) {
  SmallVector<StringRef, 64> Lines;
  Log.rtrim().split(Lines, '\n');
  std::string Reason;
  unsigned Taken = 0;
  for (auto It = Lines.rbegin(); It != Lines.rend() && Taken < 2; ++It) {
    StringRef L = It->trim();
    if (L.empty() || isdigit(L.front()) || L.starts_with("processed ") ||
        L.starts_with("verification time ") || L.starts_with("stack depth ") ||
        L.starts_with(";") || L.starts_with("--") ||
        L.starts_with("cur state:") || L.starts_with("old state:"))
      continue;
    Reason = Taken++ ? (Twine(L) + "; " + Reason).str() : L.str();
  }
  return Reason;
}

std::string tail(StringRef Log, unsigned Lines) {
  Log = Log.rtrim();
  size_t Pos = Log.size();
  for (unsigned I = 0; I < Lines && Pos != StringRef::npos && Pos > 0; ++I)
    Pos = Log.rfind('\n', Pos - 1);
  return (Pos == StringRef::npos ? Log : Log.substr(Pos + 1)).str();
}
} // namespace

namespace {
/// One load of the object with the given verifier log level; returns the
/// load's error (0 when accepted) and fills \p Log.
int loadOnce(ArrayRef<char> Object, unsigned LogLevel, size_t LogSize,
             std::string &Log) {
  LIBBPF_OPTS(bpf_object_open_opts, Opts, .object_name = "koffload");
  bpf_object *Obj = bpf_object__open_mem(Object.data(), Object.size(), &Opts);
  if (!Obj)
    return -ENOEXEC;
  std::unique_ptr<bpf_object, void (*)(bpf_object *)> Guard(
      Obj, bpf_object__close);
  std::vector<std::unique_ptr<char[]>> Logs;
  bpf_program *Prog;
  bpf_object__for_each_program(Prog, Obj) {
    Logs.emplace_back(new char[LogSize]());
    bpf_program__set_log_buf(Prog, Logs.back().get(), LogSize);
    bpf_program__set_log_level(Prog, LogLevel);
  }
  int Err = bpf_object__load(Obj);
  for (auto &L : Logs)
    Log += L.get();
  return Err;
}
} // namespace

VerifierVerdict verifyWithKernel(ArrayRef<char> Object) {
  VerifierVerdict V;
  std::string Messages;
  LibbpfMessages = &Messages;
  libbpf_print_fn_t Old = libbpf_set_print(collectLibbpfMessage);
  struct Restore {
    libbpf_print_fn_t Old;
    ~Restore() {
      libbpf_set_print(Old);
      LibbpfMessages = nullptr;
    }
  } R{Old};

  // The verdict, with statistics only: a full log of a large program would
  // overflow any buffer and turn an acceptance into ENOSPC.
  std::string Log;
  int Err = loadOnce(Object, /*BPF_LOG_STATS=*/4, 64 << 10, Log);
  if (Err == -ENOEXEC) {
    V.Status = VerifierVerdict::Rejected;
    V.Detail = "libbpf cannot open the object: " + tail(Messages, 3);
    return V;
  }
  if (Err == 0) {
    V.Status = VerifierVerdict::Accepted;
    // Every program's count (TCP's offload is two programs).
    StringRef Rest = Log;
    for (size_t At; (At = Rest.find("processed ")) != StringRef::npos;) {
      Rest = Rest.substr(At + 10);
      uint64_t N = 0;
      if (!Rest.consumeInteger(10, N))
        V.ProcessedInsns += N;
    }
    return V;
  }
  if (Err == -EPERM || Err == -ENOSYS) {
    V.Status = VerifierVerdict::Unavailable;
    V.Detail = std::string("no permission to load BPF programs (") +
               strerror(-Err) + ")";
    return V;
  }
  // Rejected. The verifier writes its reason at any log level, so the
  // statistics log usually has it; only when it does not, load again with
  // the instruction log, whose end has it (the kernel keeps the end when
  // the buffer is too small). A second walk of a program the verifier
  // gave up on after a million instructions costs seconds.
  V.Status = VerifierVerdict::Rejected;
  V.Detail = reasonFrom(Log);
  if (V.Detail.empty()) {
    std::string Full;
    loadOnce(Object, 1, 16 << 20, Full);
    V.Detail = reasonFrom(Full);
  }
  if (V.Detail.empty())
    V.Detail = tail(Messages, 3);
  if (V.Detail.empty())
    V.Detail = strerror(-Err);
  return V;
}

} // namespace koffload
