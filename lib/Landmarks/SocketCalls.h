//===- SocketCalls.h - Socket calls and their operands ----------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// One decoder of the libc socket and I/O calls a server makes, for every
// stage that looks at them: the landmark analysis (which calls receive and
// send), the planner (where a request's source address and length are) and
// the hook adapters (what to read from the packet, what to write back).
// Each call has one row: its role and the argument index of its fd,
// buffer, length, flags, address, address length, msghdr and iovec. The
// msghdr and iovec field offsets are the LP64 ones, checked against
// <sys/socket.h> and <sys/uio.h> at build time.
//
//   recvfrom(fd, buf, len, flags, addr, addrlen*)
//   sendto(fd, buf, len, flags, addr, addrlen)
//   recvmsg/sendmsg(fd, msghdr*, flags)
//   readv/writev(fd, iov*, iovcnt)
//
// Only calls of external functions decode: a function the program defines
// and names read() is not read(2).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_LANDMARKS_SOCKETCALLS_H
#define KOFFLOAD_LANDMARKS_SOCKETCALLS_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace llvm {
class CallBase;
class Value;
} // namespace llvm

namespace koffload {

/// What a call does, as the landmark analysis sorts them.
enum class SocketCallRole {
  SocketCreate, ///< socket()
  Accept,       ///< accept(), accept4()
  Listen,
  Bind,
  Connect,      ///< connect(): a datagram socket's one peer
  Wait,         ///< poll, select, epoll_wait and their variants
  Receive,      ///< recv family: always on a socket
  Send,         ///< send family: always on a socket
  FdRead,       ///< read/readv: a socket or a file, by the fd's origin
  FdWrite,      ///< write/writev
  FilePosRead,  ///< pread/preadv: files only
  FilePosWrite, ///< pwrite/pwritev
};

/// Where a call's operands are. An index is -1 when the call has none.
struct SocketCallInfo {
  llvm::StringRef Name; ///< the libc name (directCalleeName())
  SocketCallRole Role;
  int Fd = -1;
  int Buf = -1;            ///< the data buffer
  int Len = -1;            ///< receive: its capacity; send: the bytes
  int Flags = -1;          ///< MSG_* flags
  int Addr = -1;           ///< a struct sockaddr *
  int AddrLen = -1;        ///< socklen_t, or socklen_t * when AddrLenOut
  bool AddrLenOut = false; ///< the call sets *AddrLen (recvfrom, accept)
  int Msg = -1;            ///< struct msghdr * (recvmsg, sendmsg), or the
                           ///< struct mmsghdr vector (recvmmsg, sendmmsg)
  int Iov = -1;            ///< struct iovec * (readv, writev, preadv, pwritev)
  int Count = -1;          ///< iovcnt, or the mmsghdr vector's length
  /// glibc's fortified forms (__recv_chk, __recvfrom_chk, __read_chk) take
  /// the buffer's object size after the length; the operands after it move
  /// up by one.
  int BufSize = -1;

  bool receives() const {
    return Role == SocketCallRole::Receive || Role == SocketCallRole::FdRead;
  }
  bool sends() const {
    return Role == SocketCallRole::Send || Role == SocketCallRole::FdWrite;
  }
};

/// A decoded call: its row (as this call has it: a fortified call's
/// indices are shifted) and the call, with the operands by name.
struct SocketCall {
  SocketCallInfo Info;
  const llvm::CallBase *Call;

  llvm::StringRef name() const { return Info.Name; }
  SocketCallRole role() const { return Info.Role; }
  /// The argument at \p Index, or null when the call has none there (-1,
  /// or a declaration with fewer parameters).
  llvm::Value *arg(int Index) const;
  llvm::Value *fd() const { return arg(Info.Fd); }
  llvm::Value *buffer() const { return arg(Info.Buf); }
  llvm::Value *length() const { return arg(Info.Len); }
  llvm::Value *flags() const { return arg(Info.Flags); }
  llvm::Value *address() const { return arg(Info.Addr); }
  llvm::Value *addressLength() const { return arg(Info.AddrLen); }
  llvm::Value *msghdr() const { return arg(Info.Msg); }
  llvm::Value *iovec() const { return arg(Info.Iov); }
  llvm::Value *count() const { return arg(Info.Count); }
};

/// The socket call \p CB makes, if it is one (an external function of the
/// table, by its libc name: __recv_chk is recv with its object size).
std::optional<SocketCall> decodeSocketCall(const llvm::CallBase &CB);

/// The row of the call named \p Name, if any.
const SocketCallInfo *socketCallInfo(llvm::StringRef Name);

/// How onlyFdOf() looks through the users of a value, and how far.
struct FdUseWalk {
  /// Also through loads and GEPs: \p V is a pointer to where the fd is
  /// (an event's data, a struct field), not only the fd itself. Casts are
  /// always looked through.
  bool ThroughMemory = false;
  /// At most this many values in all (the first included), and at most
  /// this many levels below the first; past either the answer is no.
  unsigned MaxValues = ~0u;
  unsigned MaxDepth = ~0u;
};

/// \p V is only the fd (the first argument) of calls \p Accepts accepts,
/// through the users \p Walk looks through: `fds[i].fd` loaded again for
/// the reply. The kernel replies on the request's own socket, so it needs
/// no such value (the generator does not copy it; the plan does not count
/// it as a read of shared state, nor as state from before the request).
bool onlyFdOf(const llvm::Value *V, FdUseWalk Walk,
              llvm::function_ref<bool(const llvm::CallBase &)> Accepts);

/// The reply's fd reloaded (`fds[i].fd`): \p V only the fd, through casts,
/// of calls \p IsSend accepts.
inline bool onlyFdOf(const llvm::Value *V,
                     llvm::function_ref<bool(const llvm::CallBase &)> IsSend) {
  return onlyFdOf(V, FdUseWalk{false, 16}, IsSend);
}

/// struct msghdr on LP64 (Linux, x86-64 and BPF alike).
namespace msghdr_offset {
enum : uint64_t {
  Name = 0,
  NameLen = 8,
  Iov = 16,
  IovLen = 24,
  Control = 32,
  ControlLen = 40,
  Flags = 48,
  Size = 56,
};
} // namespace msghdr_offset

/// struct iovec on LP64.
namespace iovec_offset {
enum : uint64_t { Base = 0, Len = 8, Size = 16 };
} // namespace iovec_offset

} // namespace koffload

#endif // KOFFLOAD_LANDMARKS_SOCKETCALLS_H
