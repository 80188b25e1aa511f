//===- Replay.cpp - A packet capture's UDP requests, replayed -------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The capture formats are read here (libpcap would add a dependency for
// two simple layouts): classic pcap (either byte order, micro- or
// nanosecond stamps) and pcapng (section, interface, enhanced and simple
// packet blocks). Frames are decoded down to UDP; IP fragments are
// skipped, since a request the capture has only pieces of is not replayed
// whole anyway.
//
//===----------------------------------------------------------------------===//

#include "Replay.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <arpa/inet.h>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace llvm;
using namespace llvm::support;

namespace koffload::driver {

namespace {

Error captureError(StringRef Path, const Twine &Why) {
  return createStringError(inconvertibleErrorCode(),
                           "cannot read the capture " + Path + ": " + Why);
}

/// The frame types tcpdump writes on Linux, by their LINKTYPE_ number.
enum : uint32_t {
  LinkNull = 0,
  LinkEthernet = 1,
  LinkRaw = 101,
  LinkRawOpenBSD = 12,
  LinkRawAlt = 14,
  LinkLoop = 109,
  LinkLinuxSLL = 113,
  LinkIPv4 = 228,
  LinkIPv6 = 229,
  LinkLinuxSLL2 = 276,
};

bool knownLinkType(uint32_t L) {
  return is_contained({LinkNull, LinkEthernet, LinkRaw, LinkRawOpenBSD,
                       LinkRawAlt, LinkLoop, LinkLinuxSLL, LinkIPv4,
                       LinkIPv6, LinkLinuxSLL2},
                      L);
}

/// One frame's UDP datagram into \p C, if it carries one.
void decodeFrame(uint32_t LinkType, ArrayRef<uint8_t> F, Capture &C) {
  ++C.Packets;
  size_t Off = 0;
  uint16_t EtherType = 0; // 0: from the IP version nibble
  auto Short = [&](size_t Need) {
    if (F.size() >= Need)
      return false;
    ++C.Truncated;
    return true;
  };
  switch (LinkType) {
  case LinkEthernet:
    if (Short(14))
      return;
    EtherType = endian::read16be(&F[12]);
    Off = 14;
    while ((EtherType == 0x8100 || EtherType == 0x88a8) &&
           F.size() >= Off + 4) { // VLAN tags
      EtherType = endian::read16be(&F[Off + 2]);
      Off += 4;
    }
    break;
  case LinkLinuxSLL:
    if (Short(16))
      return;
    EtherType = endian::read16be(&F[14]);
    Off = 16;
    break;
  case LinkLinuxSLL2:
    if (Short(20))
      return;
    EtherType = endian::read16be(&F[0]);
    Off = 20;
    break;
  case LinkNull:
  case LinkLoop:
    Off = 4; // the address family, in some byte order: the nibble says
    break;
  default:
    break; // raw IP
  }
  if (Short(Off + 1))
    return;
  if (EtherType == 0)
    EtherType = (F[Off] >> 4) == 4 ? 0x0800 : (F[Off] >> 4) == 6 ? 0x86dd : 0;
  size_t UDP = 0;
  if (EtherType == 0x0800) {
    if (Short(Off + 20))
      return;
    size_t IHL = (F[Off] & 15) * 4;
    if ((endian::read16be(&F[Off + 6]) & 0x3fff) != 0) { // MF or an offset
      ++C.Fragments;
      return;
    }
    if (F[Off + 9] != IPPROTO_UDP)
      return;
    UDP = Off + IHL;
  } else if (EtherType == 0x86dd) {
    if (Short(Off + 40))
      return;
    uint8_t Next = F[Off + 6];
    size_t P = Off + 40;
    // Hop-by-hop, routing and destination options come before UDP.
    while (Next == 0 || Next == 43 || Next == 60) {
      if (Short(P + 2))
        return;
      Next = F[P];
      P += (F[P + 1] + 1) * 8;
    }
    if (Next == 44) {
      ++C.Fragments;
      return;
    }
    if (Next != IPPROTO_UDP)
      return;
    UDP = P;
  } else {
    return; // ARP and the like
  }
  if (Short(UDP + 8))
    return;
  uint16_t Len = endian::read16be(&F[UDP + 4]);
  if (Len < 8)
    return;
  if (Short(UDP + Len))
    return;
  Datagram D;
  D.DstPort = endian::read16be(&F[UDP + 2]);
  D.Payload.assign(reinterpret_cast<const char *>(&F[UDP + 8]), Len - 8);
  C.Datagrams.push_back(std::move(D));
}

/// Reads words in the file's byte order.
struct Words {
  ArrayRef<uint8_t> Data;
  bool Big = false;
  uint32_t u32(size_t Off) const {
    return Big ? endian::read32be(&Data[Off]) : endian::read32le(&Data[Off]);
  }
  uint16_t u16(size_t Off) const {
    return Big ? endian::read16be(&Data[Off]) : endian::read16le(&Data[Off]);
  }
};

Error readClassic(StringRef Path, Words W, Capture &C) {
  uint32_t Link = W.u32(20) & 0x0fffffff; // the top bits say FCS length
  if (!knownLinkType(Link))
    return captureError(Path, "its link type " + Twine(Link) +
                                  " is not one koffload decodes (Ethernet, "
                                  "Linux cooked, raw IP, loopback)");
  size_t Off = 24;
  while (Off + 16 <= W.Data.size()) {
    uint32_t Incl = W.u32(Off + 8);
    if (Off + 16 + Incl > W.Data.size()) {
      ++C.Truncated; // tcpdump stopped mid-packet
      break;
    }
    decodeFrame(Link, W.Data.slice(Off + 16, Incl), C);
    Off += 16 + Incl;
  }
  return Error::success();
}

Error readNg(StringRef Path, Words W, Capture &C) {
  std::vector<uint32_t> Interfaces; // link types, per section
  size_t Off = 0;
  while (Off + 12 <= W.Data.size()) {
    uint32_t Type = W.u32(Off);
    if (Type == 0x0A0D0D0A) { // a section: its own byte order
      uint32_t Magic = endian::read32le(&W.Data[Off + 8]);
      if (Magic != 0x1A2B3C4D && Magic != 0x4D3C2B1A)
        return captureError(Path, "a pcapng section has no byte-order magic");
      W.Big = Magic != 0x1A2B3C4D;
      Interfaces.clear();
    }
    uint32_t Len = W.u32(Off + 4);
    if (Len < 12 || Len % 4 || Off + Len > W.Data.size()) {
      ++C.Truncated;
      break;
    }
    if (Type == 1 && Len >= 20) { // interface description
      Interfaces.push_back(W.u16(Off + 8));
    } else if ((Type == 6 && Len >= 32) || (Type == 3 && Len >= 16)) {
      uint32_t If = Type == 6 ? W.u32(Off + 8) : 0;
      size_t Data = Type == 6 ? Off + 28 : Off + 12;
      uint32_t Cap = Type == 6 ? W.u32(Off + 20)
                               : std::min<uint32_t>(W.u32(Off + 8), Len - 16);
      if (If >= Interfaces.size())
        return captureError(Path, "a packet names interface " + Twine(If) +
                                      ", which the file does not describe");
      if (!knownLinkType(Interfaces[If]))
        return captureError(Path, "its link type " + Twine(Interfaces[If]) +
                                      " is not one koffload decodes "
                                      "(Ethernet, Linux cooked, raw IP, "
                                      "loopback)");
      if (Data + Cap > Off + Len)
        ++C.Truncated;
      else
        decodeFrame(Interfaces[If], W.Data.slice(Data, Cap), C);
    }
    Off += Len;
  }
  return Error::success();
}

} // namespace

Expected<Capture> readCapture(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFile(Path, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!Buf)
    return captureError(Path, Buf.getError().message());
  Words W;
  W.Data = arrayRefFromStringRef((*Buf)->getBuffer());
  Capture C;
  if (W.Data.size() >= 12 && endian::read32le(&W.Data[0]) == 0x0A0D0D0A) {
    if (Error E = readNg(Path, W, C))
      return std::move(E);
    return C;
  }
  if (W.Data.size() < 24)
    return captureError(Path, "it is not a pcap or pcapng file");
  uint32_t Magic = endian::read32le(&W.Data[0]);
  if (Magic == 0xa1b2c3d4 || Magic == 0xa1b23c4d)
    W.Big = false;
  else if (Magic == 0xd4c3b2a1 || Magic == 0x4d3cb2a1)
    W.Big = true;
  else
    return captureError(Path, "it is not a pcap or pcapng file");
  if (Error E = readClassic(Path, W, C))
    return std::move(E);
  return C;
}

uint16_t busiestPort(const Capture &C) {
  std::map<uint16_t, size_t> Count;
  for (const Datagram &D : C.Datagrams)
    ++Count[D.DstPort];
  uint16_t Best = 0;
  size_t Most = 0;
  for (auto [Port, N] : Count)
    if (N > Most) {
      Best = Port;
      Most = N;
    }
  return Best;
}

namespace {

Error replayError(const Twine &Why) {
  return createStringError(inconvertibleErrorCode(), Why);
}

/// SIGINT/SIGTERM/SIGHUP to koffload while the namespaces exist: noted,
/// so that the replay stops and everything is removed.
volatile sig_atomic_t Interrupted = 0;
void onInterrupt(int) { Interrupted = 1; }

class InterruptGuard {
  struct sigaction Old[3];
  static constexpr int Signals[3] = {SIGINT, SIGTERM, SIGHUP};

public:
  InterruptGuard() {
    Interrupted = 0;
    struct sigaction SA = {};
    SA.sa_handler = onInterrupt; // no SA_RESTART: poll returns early
    sigemptyset(&SA.sa_mask);
    for (int I = 0; I < 3; ++I)
      sigaction(Signals[I], &SA, &Old[I]);
  }
  ~InterruptGuard() {
    for (int I = 0; I < 3; ++I)
      sigaction(Signals[I], &Old[I], nullptr);
  }
};

/// The two namespaces and the veth pair between them, named after this
/// process; removed (with the pair) when this goes.
class NamespacePair {
  std::string Ip;
  bool MadeServer = false, MadeClient = false;

public:
  const std::string Server, Client, ServerLink, ClientLink;
  static constexpr const char *ServerAddr = "198.18.0.1";
  static constexpr const char *ClientAddr = "198.18.0.2";

  NamespacePair()
      : Server("koffload-replay-" + std::to_string(getpid()) + "-srv"),
        Client("koffload-replay-" + std::to_string(getpid()) + "-cli"),
        ServerLink("kfr" + std::to_string(getpid()) + "s"),
        ClientLink("kfr" + std::to_string(getpid()) + "c") {}

  const std::string &ip() const { return Ip; }

  Error ip(ArrayRef<std::string> Args) {
    std::vector<StringRef> Argv{Ip};
    for (const std::string &A : Args)
      Argv.push_back(A);
    std::string Err;
    int RC = sys::ExecuteAndWait(Ip, Argv, std::nullopt, {}, 0, 0, &Err);
    if (RC == 0)
      return Error::success();
    return replayError("making the network namespaces failed (ip " +
                       join(Args, " ") + ": " +
                       (RC == -1 ? Err : "exit status " + std::to_string(RC)) +
                       ")");
  }

  Error make() {
    ErrorOr<std::string> Found = sys::findProgramByName("ip");
    if (!Found)
      return replayError("iproute2's ip is not found: install iproute2 (it "
                         "makes the namespaces the replay runs in)");
    Ip = *Found;
    if (Error E = ip({"netns", "add", Server}))
      return E;
    MadeServer = true;
    if (Error E = ip({"netns", "add", Client}))
      return E;
    MadeClient = true;
    for (const std::string &NS : {Server, Client})
      if (Error E = ip({"-n", NS, "link", "set", "lo", "up"}))
        return E;
    if (Error E = ip({"link", "add", ServerLink, "netns", Server, "type",
                      "veth", "peer", "name", ClientLink, "netns", Client}))
      return E;
    if (Error E = ip({"-n", Server, "addr", "add",
                      std::string(ServerAddr) + "/30", "dev", ServerLink}))
      return E;
    if (Error E = ip({"-n", Client, "addr", "add",
                      std::string(ClientAddr) + "/30", "dev", ClientLink}))
      return E;
    if (Error E = ip({"-n", Server, "link", "set", ServerLink, "up"}))
      return E;
    return ip({"-n", Client, "link", "set", ClientLink, "up"});
  }

  ~NamespacePair() {
    // Deleting a namespace takes its end of the veth pair, and the pair.
    if (MadeClient)
      consumeError(ip({"netns", "del", Client}));
    if (MadeServer)
      consumeError(ip({"netns", "del", Server}));
  }
};

/// Whether UDP \p Port is bound in the namespace process \p Pid is in.
bool boundUDP(sys::procid_t Pid, uint16_t Port) {
  for (const char *Table : {"udp", "udp6"}) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFileAsStream(
        "/proc/" + std::to_string(Pid) + "/net/" + Table);
    if (!Buf)
      continue;
    SmallVector<StringRef, 64> Lines;
    (*Buf)->getBuffer().split(Lines, '\n');
    for (StringRef Line : drop_begin(Lines)) {
      SmallVector<StringRef, 4> Fields;
      Line.trim().split(Fields, ' ', 3, false);
      unsigned Local;
      if (Fields.size() > 1 &&
          !Fields[1].rsplit(':').second.getAsInteger(16, Local) &&
          Local == Port)
        return true;
    }
  }
  return false;
}

/// The inode of a network namespace, to tell which one a process is in.
ino_t netnsInode(const std::string &Path) {
  struct stat St;
  return stat(Path.c_str(), &St) == 0 ? St.st_ino : 0;
}

/// A UDP socket in namespace \p NS (this process stays where it is).
Expected<int> socketIn(const std::string &NS) {
  int Self = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
  int There = open(("/run/netns/" + NS).c_str(), O_RDONLY | O_CLOEXEC);
  int Fd = -1;
  if (Self >= 0 && There >= 0 && setns(There, CLONE_NEWNET) == 0) {
    Fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (setns(Self, CLONE_NEWNET) != 0) {
      // Never send from a namespace that is not ours to use.
      report_fatal_error("cannot return to koffload's network namespace");
    }
  }
  std::string Why = strerror(errno);
  if (Self >= 0)
    close(Self);
  if (There >= 0)
    close(There);
  if (Fd < 0)
    return replayError("cannot open a socket in the namespace " + NS + ": " +
                       Why);
  return Fd;
}

/// The server, stopped with SIGTERM on every way out (SIGKILL after 5 s).
struct Server {
  sys::ProcessInfo PI;
  bool Running = false;
  /// Whether it is still running; else its status is in \p Status.
  bool alive(int &Status) {
    if (!Running)
      return false;
    sys::ProcessInfo R = sys::Wait(PI, /*SecondsToWait=*/0);
    if (R.Pid != PI.Pid)
      return true;
    Running = false;
    Status = R.ReturnCode;
    return false;
  }
  void stop() {
    if (!Running)
      return;
    Running = false;
    kill(PI.Pid, SIGTERM);
    sys::Wait(PI, /*SecondsToWait=*/5); // kills it when the time is up
  }
  ~Server() { stop(); }
};

} // namespace

Expected<ReplayResult> replayCapture(ArrayRef<std::string> ServerArgv,
                                     ArrayRef<StringRef> Env, uint16_t Port,
                                     ArrayRef<const Datagram *> Requests) {
  InterruptGuard Guard;
  NamespacePair NS;
  if (Error E = NS.make())
    return std::move(E);
  // ip netns exec execs the server in place: the pid is the server's.
  std::vector<StringRef> Argv{NS.ip(), "netns", "exec", NS.Server};
  for (const std::string &A : ServerArgv)
    Argv.push_back(A);
  Server S;
  std::string Err;
  bool Failed = false;
  S.PI = sys::ExecuteNoWait(NS.ip(), Argv, Env, {}, 0, &Err, &Failed);
  if (Failed || S.PI.Pid <= 0)
    return replayError("cannot start the server " + ServerArgv.front() +
                       ": " + Err);
  S.Running = true;

  // Ready: in its namespace, with the port bound (10 s at most).
  ino_t Inode = netnsInode("/run/netns/" + NS.Server);
  std::string Proc = "/proc/" + std::to_string(S.PI.Pid);
  int Status = 0;
  bool Ready = false;
  for (int Try = 0; Try < 200 && !Ready && !Interrupted; ++Try) {
    if (!S.alive(Status))
      return replayError("the server exited (status " + Twine(Status) +
                         ") before it bound UDP port " + Twine(Port) +
                         ": check its command line after --, and --port");
    Ready = netnsInode(Proc + "/ns/net") == Inode && boundUDP(S.PI.Pid, Port);
    if (!Ready)
      usleep(50 * 1000);
  }
  if (Interrupted)
    return replayError("interrupted: the namespaces and the server are "
                       "removed");
  if (!Ready)
    return replayError("the server did not bind UDP port " + Twine(Port) +
                       " within 10 s: give the port it listens on with "
                       "--port, or its command line after --");

  Expected<int> Sock = socketIn(NS.Client);
  if (!Sock)
    return Sock.takeError();
  auto CloseSock = make_scope_exit([&] { close(*Sock); });
  sockaddr_in To = {};
  To.sin_family = AF_INET;
  To.sin_port = htons(Port);
  inet_pton(AF_INET, NamespacePair::ServerAddr, &To.sin_addr);
  ReplayResult R;
  // One request at a time, in order: wait for its reply (100 ms at most;
  // 10 ms while the server answers nothing, as for requests it drops).
  bool LastAnswered = true;
  char Reply[65536];
  for (const Datagram *D : Requests) {
    if (Interrupted)
      return replayError("interrupted: the namespaces and the server are "
                         "removed");
    if (sendto(*Sock, D->Payload.data(), D->Payload.size(), 0,
               reinterpret_cast<sockaddr *>(&To), sizeof(To)) < 0 &&
        errno != ECONNREFUSED)
      return replayError("sending a request failed: " +
                         Twine(strerror(errno)));
    ++R.Sent;
    pollfd P = {*Sock, POLLIN, 0};
    bool Answered = false;
    while (poll(&P, 1, Answered ? 0 : LastAnswered ? 100 : 10) > 0) {
      if (recv(*Sock, Reply, sizeof(Reply), MSG_DONTWAIT) < 0)
        break; // ICMP unreachable, reported as ECONNREFUSED
      Answered = true;
    }
    R.Answered += Answered;
    LastAnswered = Answered;
    if (!Answered && !S.alive(Status))
      return replayError("the server exited (status " + Twine(Status) +
                         ") during the replay, after " + Twine(R.Sent) +
                         " request(s)");
  }
  S.stop();
  return R;
}

} // namespace koffload::driver
