//===- SocketCalls.cpp - Which socket call a call is, and its operands ----===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Landmarks/SocketCalls.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Instructions.h"

#include <functional>

#include <cstddef>
#include <sys/socket.h>
#include <sys/uio.h>

using namespace llvm;

namespace koffload {

// The offsets the generator and the planner use are the C library's.
static_assert(offsetof(struct msghdr, msg_name) == msghdr_offset::Name);
static_assert(offsetof(struct msghdr, msg_namelen) == msghdr_offset::NameLen);
static_assert(offsetof(struct msghdr, msg_iov) == msghdr_offset::Iov);
static_assert(offsetof(struct msghdr, msg_iovlen) == msghdr_offset::IovLen);
static_assert(offsetof(struct msghdr, msg_control) == msghdr_offset::Control);
static_assert(offsetof(struct msghdr, msg_controllen) ==
              msghdr_offset::ControlLen);
static_assert(offsetof(struct msghdr, msg_flags) == msghdr_offset::Flags);
static_assert(sizeof(struct msghdr) == msghdr_offset::Size);
static_assert(offsetof(struct iovec, iov_base) == iovec_offset::Base);
static_assert(offsetof(struct iovec, iov_len) == iovec_offset::Len);
static_assert(sizeof(struct iovec) == iovec_offset::Size);

namespace {

using R = SocketCallRole;

SocketCallInfo row(StringRef Name, R Role) { return {Name, Role}; }

/// recv(fd, buf, len, flags), send(...), and their addressed forms.
SocketCallInfo buffered(StringRef Name, R Role, bool Addressed,
                        bool AddrLenOut) {
  SocketCallInfo I = row(Name, Role);
  I.Fd = 0;
  I.Buf = 1;
  I.Len = 2;
  I.Flags = 3;
  if (Addressed) {
    I.Addr = 4;
    I.AddrLen = 5;
    I.AddrLenOut = AddrLenOut;
  }
  return I;
}

/// read(fd, buf, len), pread(fd, buf, len, off).
SocketCallInfo plain(StringRef Name, R Role) {
  SocketCallInfo I = row(Name, Role);
  I.Fd = 0;
  I.Buf = 1;
  I.Len = 2;
  return I;
}

/// readv(fd, iov, iovcnt), preadv(fd, iov, iovcnt, off).
SocketCallInfo vectored(StringRef Name, R Role) {
  SocketCallInfo I = row(Name, Role);
  I.Fd = 0;
  I.Iov = 1;
  I.Count = 2;
  return I;
}

/// recvmsg(fd, msg, flags); recvmmsg(fd, msgvec, vlen, flags, timeout).
SocketCallInfo message(StringRef Name, R Role, bool Multi) {
  SocketCallInfo I = row(Name, Role);
  I.Fd = 0;
  I.Msg = 1;
  if (Multi) {
    I.Count = 2;
    I.Flags = 3;
  } else {
    I.Flags = 2;
  }
  return I;
}

/// accept(fd, addr, addrlen*), bind(fd, addr, addrlen).
SocketCallInfo addressed(StringRef Name, R Role, bool AddrLenOut) {
  SocketCallInfo I = row(Name, Role);
  I.Fd = 0;
  I.Addr = 1;
  I.AddrLen = 2;
  I.AddrLenOut = AddrLenOut;
  if (Name == "accept4")
    I.Flags = 3;
  return I;
}

StringMap<SocketCallInfo> buildTable() {
  SocketCallInfo Rows[] = {
      row("socket", R::SocketCreate),
      addressed("accept", R::Accept, true),
      addressed("accept4", R::Accept, true),
      [] {
        SocketCallInfo I = row("listen", R::Listen);
        I.Fd = 0;
        return I;
      }(),
      addressed("bind", R::Bind, false),
      addressed("connect", R::Connect, false),
      row("poll", R::Wait),
      row("ppoll", R::Wait),
      row("select", R::Wait),
      row("pselect", R::Wait),
      row("epoll_wait", R::Wait),
      row("epoll_pwait", R::Wait),
      row("epoll_pwait2", R::Wait),
      buffered("recv", R::Receive, false, false),
      buffered("recvfrom", R::Receive, true, true),
      message("recvmsg", R::Receive, false),
      message("recvmmsg", R::Receive, true),
      buffered("send", R::Send, false, false),
      buffered("sendto", R::Send, true, false),
      message("sendmsg", R::Send, false),
      message("sendmmsg", R::Send, true),
      plain("read", R::FdRead),
      vectored("readv", R::FdRead),
      plain("write", R::FdWrite),
      vectored("writev", R::FdWrite),
      plain("pread", R::FilePosRead),
      plain("pread64", R::FilePosRead),
      vectored("preadv", R::FilePosRead),
      plain("pwrite", R::FilePosWrite),
      plain("pwrite64", R::FilePosWrite),
      vectored("pwritev", R::FilePosWrite),
  };
  StringMap<SocketCallInfo> T;
  for (const SocketCallInfo &I : Rows)
    T.try_emplace(I.Name, I);
  return T;
}

const StringMap<SocketCallInfo> &table() {
  static const StringMap<SocketCallInfo> T = buildTable();
  return T;
}

} // namespace

const SocketCallInfo *socketCallInfo(StringRef Name) {
  auto It = table().find(Name);
  return It == table().end() ? nullptr : &It->second;
}

std::optional<SocketCall> decodeSocketCall(const CallBase &CB) {
  if (!callsExternalFunction(CB))
    return std::nullopt; // a user function named read() is not read(2)
  const SocketCallInfo *Row = socketCallInfo(directCalleeName(CB));
  if (!Row)
    return std::nullopt;
  SocketCall SC{*Row, &CB};
  StringRef Real = CB.getCalledOperand()->stripPointerCasts()->getName();
  if (Real.starts_with("__") && Real.ends_with("_chk") && Row->Len >= 0) {
    SC.Info.BufSize = Row->Len + 1;
    for (int *Index : {&SC.Info.Flags, &SC.Info.Addr, &SC.Info.AddrLen})
      if (*Index > Row->Len)
        ++*Index;
  }
  return SC;
}

Value *SocketCall::arg(int Index) const {
  if (Index < 0 || unsigned(Index) >= Call->arg_size())
    return nullptr;
  return Call->getArgOperand(Index);
}

bool onlyFdOf(const Value *V, FdUseWalk Walk,
              function_ref<bool(const CallBase &)> Accepts) {
  unsigned Values = 0;
  std::function<bool(const Value *, unsigned)> Only = [&](const Value *X,
                                                           unsigned Depth) {
    if (++Values > Walk.MaxValues || Depth > Walk.MaxDepth || X->use_empty())
      return false;
    return all_of(X->uses(), [&](const Use &U) {
      const User *Usr = U.getUser();
      if (isa<CastInst>(Usr) ||
          (Walk.ThroughMemory &&
           (isa<LoadInst>(Usr) || isa<GetElementPtrInst>(Usr))))
        return Only(Usr, Depth + 1);
      const auto *CB = dyn_cast<CallBase>(Usr);
      return CB && Accepts(*CB) && CB->isArgOperand(&U) &&
             CB->getArgOperandNo(&U) == 0;
    });
  };
  return Only(V, 0);
}

} // namespace koffload
