//===- LogRecords.h - Log calls the offload records for userspace -*- C++ -*-=//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A request's log line (`printf("got %s from %d\n", ...)`, fputs to stderr)
// cannot be printed in the kernel, but it need not keep the request in
// userspace: the offload records the call -- its site and the values it
// passes, strings copied up to a cap -- and the runtime makes the same
// call in userspace from the record (runtime/rt/koffload-log.c). This file
// says which calls can be recorded and how a record is laid out; the
// planner (Plan/Feasibility.cpp), the generator (Kernel/XDPLog.cpp) and
// the user side (User/LogReplay.cpp) all ask it, so they agree on both.
//
// One request's records go to the ring buffer as one batch, reserved
// before the request commits and submitted at the commit (discarded when
// it falls back), laid out as koffload/abi.h says (struct
// koffload_log_batch). An entry is: u32 site, u32 size (its bytes, a
// multiple of 8), then its fields, each at an offset given here: an integer
// argument in its own width in an 8-byte slot, a string in LogStringCap
// bytes with its NUL, fwrite's data in LogBytesCap bytes. Constant
// arguments (the format, a literal) are not recorded: the replay passes
// them itself.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_LOGRECORDS_H
#define KOFFLOAD_SUPPORT_LOGRECORDS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>

namespace llvm {
class BasicBlock;
class CallBase;
class Instruction;
class Type;
class Value;
} // namespace llvm

namespace koffload {

/// Bytes a string argument takes in a record, its NUL included: a longer
/// string makes the request fall back.
inline constexpr uint64_t LogStringCap = 128;
/// Bytes an fwrite's data takes in a record: more, and the request falls
/// back.
inline constexpr uint64_t LogBytesCap = 128;
/// Bytes of one request's entries (a batch past the header): more, and
/// the request falls back.
inline constexpr uint64_t LogBatchMax = 1024;
/// An entry's header: u32 site, u32 size.
inline constexpr uint64_t LogEntryHeader = 8;

/// The standard stream a log call writes to.
enum class LogStream { None, Stdout, Stderr };

/// One argument of a recorded call other than its stream.
struct LogField {
  enum KindTy {
    Int,         ///< recorded: an integer, in its own width
    String,      ///< recorded: a NUL-terminated string, LogStringCap bytes
    ConstInt,    ///< not recorded: a constant integer (Value)
    ConstString, ///< not recorded: constant bytes (Text; fwrite's buffer)
    AddrString,  ///< recorded: the IPv4 address inet_ntoa() was given, in
                 ///< an 8-byte slot; the replay calls inet_ntoa again
    Bytes,       ///< recorded: fwrite's data, LogBytesCap bytes, its
                 ///< length the product of two other fields
  } Kind;
  unsigned ArgNo;            ///< the call's operand
  llvm::Type *Ty = nullptr;  ///< the operand's type
  uint64_t Offset = 0;       ///< Int, String, Bytes: where in the entry
  uint64_t Value = 0;        ///< ConstInt
  std::string Text;          ///< ConstString, its NUL included if a string
  /// String: the characters printf prints at most, from the format (%.5s),
  /// or -1. The copy stops there: a longer string is not a fallback.
  int Precision = -1;
  /// String: the field (an index in Fields) whose value is its precision
  /// (%.*s), or -1. Bytes: the fields of fwrite's size and count.
  int PrecisionField = -1;
  int SizeField = -1, CountField = -1;
};

/// How a log call is recorded and replayed.
struct LogCallShape {
  llvm::StringRef Callee; ///< printf, fprintf, syslog, puts, fputs, ...
  LogStream Stream = LogStream::None;
  unsigned StreamArg = ~0u; ///< the operand that is the stream, if any
  llvm::SmallVector<LogField, 4> Fields; ///< every other operand, in order
  uint64_t Size = LogEntryHeader;        ///< the entry's bytes
};

/// Whether \p Name (as directCalleeName() gives it) is a log function the
/// offload may record (LibcLowering::Recorded in Support/KernelModel.h).
bool isLogFunction(llvm::StringRef Name);

/// How \p CB, a call to a log function, is recorded; or why it cannot be
/// (a format that is not a literal, %n, floats, a stream that is not
/// stdout or stderr, ...), in words for the blocker's detail. syslog's
/// priority is a field like an argument (the replay passes it back).
llvm::Expected<LogCallShape> recordedLogCall(const llvm::CallBase &CB);

/// Whether \p CB, a call to a log function, writes to a stream other than
/// stdout or stderr: a file, which is I/O (BlockingIO) rather than a log
/// line with no equivalent.
bool logsToOtherStream(const llvm::CallBase &CB);

/// The calls to log functions in \p Blocks, in order: a site's id is its
/// index. The generator and the user side both number sites so.
llvm::SmallVector<llvm::CallBase *, 4>
logSites(llvm::ArrayRef<llvm::BasicBlock *> Blocks);

/// A load of stdout or stderr used only as the stream of log calls: the
/// offload does not read it (the replay loads its own).
bool onlyStreamOfLogCalls(const llvm::Instruction &I);

/// A call the replay makes again from what the record holds, used only as
/// string arguments of log calls: `inet_ntoa(src.sin_addr)` in
/// `printf("from %s\n", inet_ntoa(...))`. The offload does not run it.
bool replayedForLogCalls(const llvm::Instruction &I);

/// The value the offload records for \p F, an Int, String or AddrString
/// field of the log call \p CB: the argument, or inet_ntoa's operand.
const llvm::Value *recordedOperand(const llvm::CallBase &CB,
                                   const LogField &F);

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_LOGRECORDS_H
