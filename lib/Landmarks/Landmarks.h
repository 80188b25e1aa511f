//===- Landmarks.h - Socket landmarks of a server --------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The landmark analysis finds the places in a C socket server that the rest
// of koffload hangs on (HotOS'23 Table 1, extended): the sockets and their
// kinds, the bound port and address, the event loop, where requests arrive
// and where replies leave. A read()/write() is a landmark only when its fd
// comes from socket()/accept(); other I/O is recorded as I/O. Everything the
// analysis could not work out is kept as a finding, which the passes turn
// into optimization remarks.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_LANDMARKS_LANDMARKS_H
#define KOFFLOAD_LANDMARKS_LANDMARKS_H

#include "Support/Remarks.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DebugLoc.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class BasicBlock;
class CallBase;
class Function;
class Instruction;
class raw_ostream;
} // namespace llvm

namespace koffload {

enum class Transport { Unknown, UDP, TCP, Raw };
enum class AddressFamily { Unknown, IPv4, IPv6, Unix, Other };

llvm::StringRef transportName(Transport T);
struct Socket;
/// The socket's transport: transportName(Kind), or the possible ones
/// joined by '|' ("udp|tcp") when chosen at run time, or for a socket that
/// carries no UDP or TCP its type ("stream", "datagram").
std::string transportsName(const Socket &S);
/// The transport an offload would serve on \p S: its own, or UDP for a
/// socket whose type is chosen at run time among TCP and UDP (one socket()
/// call over getaddrinfo hints): the hook sees only the datagrams, the
/// runtime starts it only on a datagram socket, and the connections stay
/// in userspace.
Transport offloadTransport(const Socket &S);
llvm::StringRef familyName(AddressFamily F);

/// The families a socket may have: one, or several when its domain is
/// chosen at run time (`socket(v6 ? AF_INET6 : AF_INET, ...)`, ai_family of
/// a getaddrinfo() result for AF_UNSPEC hints). Empty when unknown.
class FamilySet {
  uint8_t Bits = 0;
  static uint8_t bit(AddressFamily F) { return uint8_t(1u << unsigned(F)); }

public:
  FamilySet() = default;
  FamilySet(AddressFamily F) { insert(F); }
  void insert(AddressFamily F) {
    if (F != AddressFamily::Unknown)
      Bits |= bit(F);
  }
  bool contains(AddressFamily F) const { return Bits & bit(F); }
  bool empty() const { return Bits == 0; }
  unsigned size() const;
  /// The family when there is exactly one; Unknown when none or several.
  AddressFamily single() const;
  /// True when there is a family and every one is IPv4 or IPv6.
  bool onlyInet() const {
    return !empty() && !contains(AddressFamily::Unix) &&
           !contains(AddressFamily::Other);
  }
  bool operator==(const FamilySet &O) const { return Bits == O.Bits; }
};

/// "ipv4", "ipv6", "unix"...; several joined by '|' ("ipv4|ipv6");
/// "unknown-family" when empty.
std::string familiesName(FamilySet Fs);

/// A socket, identified by the call that creates it: a socket() call site,
/// or an accept() call site for TCP connections; or, for a program that
/// only has a request handler (a framework owns the socket), described on
/// the command line (-koffload-handler-socket): Creator is null then.
struct Socket {
  unsigned Id;
  llvm::CallBase *Creator;
  Transport Kind = Transport::Unknown;
  /// The family when only one is possible; Unknown when it is not known or
  /// several are possible (see Families).
  AddressFamily Family = AddressFamily::Unknown;
  /// For accepted connections: the listening sockets accept() may run on
  /// (a server accepting on its TCP and its unix listeners through one
  /// call); empty when not known.
  llvm::SmallVector<unsigned, 2> AcceptedFrom;
  /// Every family the socket may have; {Family} for a single one. (Last,
  /// so that aggregate initialisers of the fields above stay valid.)
  FamilySet Families;
  /// A described socket: the handler whose fd parameter it is, and the
  /// port it was described with (there is no bind() call for it).
  const llvm::Function *DescribedFor = nullptr;
  std::optional<uint16_t> DescribedPort;
  /// When the type is chosen at run time among several (getaddrinfo hints
  /// with `ai_socktype = udp ? SOCK_DGRAM : SOCK_STREAM`): each possible
  /// transport, and Kind stays Unknown. Empty otherwise.
  llvm::SmallVector<Transport, 2> Transports;
  /// The socket type (SOCK_STREAM, SOCK_DGRAM) when it is known but Kind
  /// says no UDP or TCP: a unix socket, or a connection accepted from
  /// listeners of several families. The listing names it ("stream unix").
  std::optional<int> LocalType;
  bool isAccepted() const { return !AcceptedFrom.empty(); }
  bool isDescribed() const { return DescribedFor != nullptr; }
};

/// A socket described on the command line for a handler entry point:
/// `udp:PORT`, `udp6:PORT`, `udp46:PORT` (either family), same for `tcp`.
/// A bare `udp`/`tcp` is IPv4.
struct HandlerSocket {
  Transport Kind;
  FamilySet Families;
  uint16_t Port;
};

/// Parses a -koffload-handler-socket value; the error says what is wrong.
llvm::Expected<HandlerSocket> parseHandlerSocket(llvm::StringRef Text);

/// What the landmark analysis is told on the command line.
struct LandmarkOptions {
  /// -koffload-handler: a function that is a request handler entry point
  /// (besides those annotated `annotate("koffload_handler")`).
  std::string Handler;
  /// -koffload-handler-socket: the socket the handlers' fd parameter is,
  /// when the program creates none itself. Empty: none described.
  std::string HandlerSocket;
};

/// A bind() of a socket to an address.
struct Binding {
  llvm::CallBase *Call;
  llvm::SmallVector<unsigned, 1> Sockets;
  /// Host-order port; unset when not a compile-time constant.
  std::optional<uint16_t> Port;
  /// Printable address ("0.0.0.0", "::", "198.18.0.1"); unset when unknown.
  std::optional<std::string> Address;
  bool isWildcard() const {
    return Address && (*Address == "0.0.0.0" || *Address == "::");
  }
};

/// A connect() call: a datagram socket it connects receives only from its
/// peer, and send()/write() go there.
struct Connection {
  llvm::CallBase *Call;
  llvm::SmallVector<unsigned, 1> Sockets;
};

enum class LandmarkKind {
  Arrival, ///< recv, recvfrom, recvmsg, recvmmsg, read on a socket
  Reply,   ///< send, sendto, sendmsg, sendmmsg, write on a socket
  FileIO,  ///< read/write/pread/pwrite on an fd that is not a socket
};

llvm::StringRef landmarkKindName(LandmarkKind K);

/// A call that receives a request, sends a reply, or does other I/O.
struct Landmark {
  LandmarkKind Kind;
  llvm::CallBase *Call;
  /// The sockets its fd may be (empty when the fd's origin is unknown).
  llvm::SmallVector<unsigned, 1> Sockets;
  /// The event loop it runs under, as an index into LandmarkInfo::Loops.
  std::optional<unsigned> Loop;
};

enum class LoopKind {
  Poll,        ///< poll, ppoll
  Select,      ///< select, pselect
  Epoll,       ///< epoll_wait, epoll_pwait
  BlockingRecv, ///< a loop around a blocking recv/recvfrom/read, no wait call
  Dispatch,     ///< a library's loop (event_base_dispatch, ev_run) that
                ///< calls registered callbacks
  Handler       ///< a handler entry point (annotate("koffload_handler"),
                ///< -koffload-handler): the loop calling it is not in the
                ///< program; a request starts at its entry, ends at a return
};

llvm::StringRef loopKindName(LoopKind K);

/// A callback registered with an event library for a socket: libevent's
/// event_new/event_assign, libev's ev_io_init + ev_io_start. The library's
/// dispatch call runs it when the socket is readable: its entry is where a
/// request starts.
struct Callback {
  llvm::Function *Handler;
  /// The registering call (event_new, event_assign, ev_io_start); null
  /// for a handler entry point.
  llvm::CallBase *Registration;
  /// The handler's parameter that carries the fd (libevent: 0, the
  /// evutil_socket_t) or the watcher holding it (libev: 1, the ev_io *).
  unsigned FdArg;
  /// Unset when the parameter is the fd; else the offset of the fd field
  /// in the watcher it points to (libev's ev_io::fd).
  std::optional<int64_t> FdField;
  /// The sockets the registered fd may be.
  llvm::SmallVector<unsigned, 1> Sockets;
  /// For a handler entry point: what named it ("annotate(\"koffload_handler
  /// \")" or "-koffload-handler").
  llvm::StringRef NamedBy = {};
  /// libevent: the offset of a field of the registered argument (the
  /// handler's parameter 2) that holds the socket fd as well, as in
  /// memcached's `event_set(&c->event, c->sfd, ..., handler, c)`.
  std::optional<int64_t> ArgFdField = {};
};

/// An event loop: a loop whose body waits for requests.
struct EventLoop {
  LoopKind Kind;
  llvm::Function *F;
  /// The loop's header; for a Dispatch loop, the block of the dispatch
  /// call (the loop is inside the library: no IR loop header).
  llvm::BasicBlock *Header;
  llvm::DebugLoc Loc;
  /// The wait call (poll, select, epoll_wait), for a blocking loop the
  /// first receive it blocks in, for a Dispatch loop the dispatch call;
  /// null for a Handler (the caller is outside the program; F is the
  /// handler, Header its entry block).
  llvm::CallBase *Wait;
  /// Dispatch loops: the callbacks registered for sockets, in the order
  /// of their registrations.
  llvm::SmallVector<Callback, 1> Callbacks;
};

class LandmarkInfo {
public:
  std::vector<Socket> Sockets;
  std::vector<Binding> Bindings;
  std::vector<Connection> Connections;
  std::vector<EventLoop> Loops;
  std::vector<Landmark> Landmarks;
  std::vector<Finding> Findings;

  bool hasServer() const { return !Sockets.empty(); }
  unsigned count(LandmarkKind K) const;
  /// The bindings of socket \p Id.
  llvm::SmallVector<const Binding *, 1> bindingsOf(unsigned Id) const;
  /// The connect() calls that may connect socket \p Id.
  llvm::SmallVector<const Connection *, 1> connectionsOf(unsigned Id) const;

  /// A stable, line-oriented listing for people and FileCheck.
  void print(llvm::raw_ostream &OS, const llvm::Module &M) const;

  bool invalidate(llvm::Module &, const llvm::PreservedAnalyses &PA,
                  llvm::ModuleAnalysisManager::Invalidator &);
};

/// Computes the landmarks of a module. Needs LoopInfo and DominatorTree of
/// each defined function through the function analysis manager proxy.
class LandmarkAnalysis : public llvm::AnalysisInfoMixin<LandmarkAnalysis> {
  friend llvm::AnalysisInfoMixin<LandmarkAnalysis>;
  static llvm::AnalysisKey Key;

  LandmarkOptions Opts;

public:
  using Result = LandmarkInfo;
  explicit LandmarkAnalysis(LandmarkOptions Opts = {})
      : Opts(std::move(Opts)) {}
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &MAM);
};

/// `print<koffload-landmarks>`.
class LandmarkPrinterPass
    : public llvm::PassInfoMixin<LandmarkPrinterPass> {
  llvm::raw_ostream &OS;

public:
  explicit LandmarkPrinterPass(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Module &M,
                              llvm::ModuleAnalysisManager &MAM);
  static bool isRequired() { return true; }
};

/// Emits the landmarks and findings as analysis remarks (pass
/// "koffload-landmarks"; a finding carries its own stage).
void emitLandmarkRemarks(const LandmarkInfo &Info);

/// "file:line" of \p DL, or "?" without debug info.
std::string formatLocation(const llvm::DebugLoc &DL);

} // namespace koffload

#endif // KOFFLOAD_LANDMARKS_LANDMARKS_H
