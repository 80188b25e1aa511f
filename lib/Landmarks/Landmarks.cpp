//===- Landmarks.cpp - Socket landmarks of a server -----------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Landmarks/Landmarks.h"
#include "Support/Remarks.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Analysis/CFG.h"
#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/Analysis/CycleAnalysis.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <arpa/inet.h>
#include <array>
#include <netdb.h>
#include <sys/socket.h>

using namespace llvm;

namespace koffload {

AnalysisKey LandmarkAnalysis::Key;

StringRef transportName(Transport T) {
  switch (T) {
  case Transport::UDP:
    return "udp";
  case Transport::TCP:
    return "tcp";
  case Transport::Raw:
    return "raw";
  case Transport::Unknown:
    break;
  }
  return "unknown-type";
}

StringRef familyName(AddressFamily F) {
  switch (F) {
  case AddressFamily::IPv4:
    return "ipv4";
  case AddressFamily::IPv6:
    return "ipv6";
  case AddressFamily::Unix:
    return "unix";
  case AddressFamily::Other:
    return "other-family";
  case AddressFamily::Unknown:
    break;
  }
  return "unknown-family";
}

StringRef landmarkKindName(LandmarkKind K) {
  switch (K) {
  case LandmarkKind::Arrival:
    return "arrival";
  case LandmarkKind::Reply:
    return "reply";
  case LandmarkKind::FileIO:
    return "io";
  }
  llvm_unreachable("unknown landmark kind");
}

StringRef loopKindName(LoopKind K) {
  switch (K) {
  case LoopKind::Poll:
    return "poll";
  case LoopKind::Select:
    return "select";
  case LoopKind::Epoll:
    return "epoll";
  case LoopKind::BlockingRecv:
    return "blocking-recv";
  }
  llvm_unreachable("unknown loop kind");
}

std::string formatLocation(const DebugLoc &DL) {
  if (!DL)
    return "?";
  return (sys::path::filename(DL->getFilename()) + ":" + Twine(DL.getLine()))
      .str();
}

unsigned LandmarkInfo::count(LandmarkKind K) const {
  return llvm::count_if(Landmarks,
                        [K](const Landmark &L) { return L.Kind == K; });
}

SmallVector<const Binding *, 1> LandmarkInfo::bindingsOf(unsigned Id) const {
  SmallVector<const Binding *, 1> Result;
  for (const Binding &B : Bindings)
    if (llvm::is_contained(B.Sockets, Id))
      Result.push_back(&B);
  return Result;
}

bool LandmarkInfo::invalidate(Module &, const PreservedAnalyses &PA,
                              ModuleAnalysisManager::Invalidator &) {
  auto PAC = PA.getChecker<LandmarkAnalysis>();
  return !PAC.preserved() && !PAC.preservedSet<AllAnalysesOn<Module>>();
}

namespace {

// The calls the analysis recognises, by their libc names.
enum class CallRole {
  None,
  SocketCreate,
  Accept,
  Listen,
  Bind,
  Wait,
  Receive,     // recv family: always on a socket
  Send,        // send family: always on a socket
  FdRead,      // read/readv: a socket or a file, by the fd's origin
  FdWrite,     // write/writev
  FilePosRead, // pread/pwrite: files only
  FilePosWrite,
};

CallRole roleOf(const CallBase &CB) {
  if (!callsExternalFunction(CB))
    return CallRole::None; // a user function named read() is not read(2)
  return StringSwitch<CallRole>(directCalleeName(CB))
      .Case("socket", CallRole::SocketCreate)
      .Cases("accept", "accept4", CallRole::Accept)
      .Case("listen", CallRole::Listen)
      .Case("bind", CallRole::Bind)
      .Cases("poll", "ppoll", "select", "pselect", CallRole::Wait)
      .Cases("epoll_wait", "epoll_pwait", "epoll_pwait2", CallRole::Wait)
      .Cases("recv", "recvfrom", "recvmsg", "recvmmsg", CallRole::Receive)
      .Cases("send", "sendto", "sendmsg", "sendmmsg", CallRole::Send)
      .Cases("read", "readv", CallRole::FdRead)
      .Cases("write", "writev", CallRole::FdWrite)
      .Cases("pread", "pread64", "preadv", CallRole::FilePosRead)
      .Cases("pwrite", "pwrite64", "pwritev", CallRole::FilePosWrite)
      .Default(CallRole::None);
}

LoopKind waitLoopKind(StringRef Name) {
  if (Name.starts_with("epoll"))
    return LoopKind::Epoll;
  if (Name.ends_with("select"))
    return LoopKind::Select;
  return LoopKind::Poll;
}

/// The bytes of a sockaddr known at a bind() call; unknown bytes are unset.
using SockaddrBytes = std::array<std::optional<uint8_t>, 28>;

class LandmarkFinder {
public:
  LandmarkFinder(Module &M, FunctionAnalysisManager &FAM) : M(M), FAM(FAM) {}

  LandmarkInfo run() {
    collectCalls();
    findSockets();
    findBindings();
    findPortSharing();
    findEventLoops();
    findLandmarks();
    checkIndirectCallsInLoops();
    summarizeProblems();
    return std::move(Info);
  }

private:
  Module &M;
  FunctionAnalysisManager &FAM;
  LandmarkInfo Info;
  SmallVector<CallBase *, 64> Calls;
  DenseMap<const CallBase *, unsigned> SocketIdOfCreator;
  /// Sockets that are listened or accepted on.
  SmallDenseSet<unsigned, 4> Listeners;
  DenseMap<const BasicBlock *, unsigned> LoopIdOfHeader;
  /// Event loops by their source loop (the llvm.loop node clang attaches).
  DenseMap<const MDNode *, unsigned> LoopIdOfSourceLoop;

  void note(StringRef Name, const Twine &Msg, const Instruction *At,
            const Function *In = nullptr) {
    Info.Findings.push_back({Name.str(), Msg.str(), At, In});
  }

  void collectCalls() {
    for (Function &F : M) {
      if (F.isDeclaration())
        continue;
      // Code that never runs has no landmarks: a socket() or a poll() loop
      // in a block no path reaches is not part of the server.
      DominatorTree &DT = FAM.getResult<DominatorTreeAnalysis>(F);
      for (BasicBlock &BB : F)
        if (DT.isReachableFromEntry(&BB))
          for (Instruction &I : BB)
            if (auto *CB = dyn_cast<CallBase>(&I))
              Calls.push_back(CB);
    }
  }

  SmallVector<unsigned, 1> socketsOfFd(Value *Fd) {
    SmallVector<unsigned, 1> Ids;
    ValueSources S = traceValueSources(Fd);
    for (CallBase *Origin : S.callsTo({"socket", "accept", "accept4"})) {
      auto It = SocketIdOfCreator.find(Origin);
      if (It != SocketIdOfCreator.end() && !is_contained(Ids, It->second))
        Ids.push_back(It->second);
    }
    llvm::sort(Ids);
    return Ids;
  }

  /// A known family without ports: AF_UNIX, AF_NETLINK, AF_PACKET...
  static bool isLocalFamily(AddressFamily F) {
    return F == AddressFamily::Unix || F == AddressFamily::Other;
  }

  void findSockets() {
    for (CallBase *CB : Calls) {
      if (roleOf(*CB) != CallRole::SocketCreate || CB->arg_size() < 2)
        continue;
      Socket S{static_cast<unsigned>(Info.Sockets.size()), CB};
      // socket(p->ai_family, p->ai_socktype, ...) over getaddrinfo()
      // results takes what the hints fix.
      auto ConstantOrHinted = [&](Value *V) {
        std::optional<uint64_t> C = evaluateConstantInt(V);
        return C ? C : addrinfoField(V);
      };
      if (std::optional<uint64_t> Domain =
              ConstantOrHinted(CB->getArgOperand(0)))
        S.Family = *Domain == AF_INET    ? AddressFamily::IPv4
                   : *Domain == AF_INET6 ? AddressFamily::IPv6
                   : *Domain == AF_UNIX  ? AddressFamily::Unix
                                         : AddressFamily::Other;
      if (std::optional<uint64_t> Type =
              ConstantOrHinted(CB->getArgOperand(1))) {
        // SOCK_NONBLOCK and SOCK_CLOEXEC live above the type bits.
        switch (*Type & 0xf) {
        case SOCK_DGRAM:
          S.Kind = Transport::UDP;
          break;
        case SOCK_STREAM:
          S.Kind = Transport::TCP;
          break;
        case SOCK_RAW:
          S.Kind = Transport::Raw;
          break;
        default:
          break;
        }
      }
      if (isLocalFamily(S.Family) &&
          (S.Kind == Transport::UDP || S.Kind == Transport::TCP)) {
        // A datagram or stream socket outside AF_INET/AF_INET6 (a unix
        // control socket) carries no UDP or TCP traffic.
        S.Kind = Transport::Unknown;
        note("LocalSocket",
             Twine(familyName(S.Family)) +
                 " socket: local traffic, not UDP or TCP; it stays in "
                 "userspace",
             CB);
      } else if (S.Kind == Transport::Unknown)
        note("UnknownSocketType",
             "socket type is not a compile-time constant or not datagram/"
             "stream; this socket will not be offloaded",
             CB);
      SocketIdOfCreator[CB] = S.Id;
      Info.Sockets.push_back(S);
    }
    // Connections come from accept() on a listening socket.
    for (CallBase *CB : Calls) {
      if (roleOf(*CB) != CallRole::Accept || CB->arg_size() < 1)
        continue;
      Socket S{static_cast<unsigned>(Info.Sockets.size()), CB};
      SmallVector<unsigned, 1> From = socketsOfFd(CB->getArgOperand(0));
      Listeners.insert(From.begin(), From.end());
      if (!From.empty()) {
        const Socket &Listener = Info.Sockets[From.front()];
        S.AcceptedFrom = Listener.Id;
        S.Family = Listener.Family;
      }
      // accept(2) only works on stream sockets; a unix listener's
      // connections are not TCP.
      S.Kind = isLocalFamily(S.Family) ? Transport::Unknown : Transport::TCP;
      SocketIdOfCreator[CB] = S.Id;
      Info.Sockets.push_back(S);
    }
    for (CallBase *CB : Calls)
      if (roleOf(*CB) == CallRole::Listen && CB->arg_size() >= 1)
        for (unsigned Id : socketsOfFd(CB->getArgOperand(0)))
          Listeners.insert(Id);
  }

  /// A listening socket carries no data (read() on it fails with ENOTCONN),
  /// so when an fd may be a listener or a connection - the fd taken from an
  /// epoll event array that holds both - only the connections can receive a
  /// request or send a reply.
  void dropListeners(SmallVectorImpl<unsigned> &Ids) const {
    SmallVector<unsigned, 1> Data;
    for (unsigned Id : Ids)
      if (!Listeners.contains(Id))
        Data.push_back(Id);
    if (!Data.empty())
      Ids.assign(Data.begin(), Data.end());
  }

  // --- bind() ---------------------------------------------------------

  /// The bytes of a libc constant that the module only declares:
  /// `addr.sin6_addr = in6addr_any` copies from an extern global whose value
  /// is fixed by <netinet/in.h>, not given in the module.
  Constant *libcConstantValue(const GlobalVariable &GV) {
    std::array<uint8_t, 16> In6 = {};
    if (GV.getName() == "in6addr_loopback")
      In6[15] = 1;
    else if (GV.getName() != "in6addr_any")
      return nullptr;
    return ConstantDataArray::get(M.getContext(), ArrayRef<uint8_t>(In6));
  }

  /// Fills \p Bytes from \p Init, the constant bytes of a global, at
  /// [Offset, Offset + Len) of the sockaddr starting at \p Base.
  void bytesFromConstant(SockaddrBytes &Bytes, Constant *Init,
                         int64_t SrcOffset, int64_t DstOffset, uint64_t Len) {
    const DataLayout &DL = M.getDataLayout();
    auto [Begin, End] = bytesInSockaddr(DstOffset, Len);
    for (int64_t Dst = Begin; Dst < End; ++Dst) {
      Constant *C = ConstantFoldLoadFromConst(
          Init, Type::getInt8Ty(M.getContext()),
          APInt(64, SrcOffset + (Dst - DstOffset), true), DL);
      if (auto *CI = dyn_cast_or_null<ConstantInt>(C))
        Bytes[Dst] = CI->getZExtValue();
      else
        Bytes[Dst].reset();
    }
  }

  /// The indices of the sockaddr bytes that a write of \p Len bytes at
  /// \p Offset covers, as [first, last). Any length is fine: a memset of a
  /// large struct that starts with the sockaddr covers it all, and odd IR
  /// may write a terabyte.
  static std::pair<int64_t, int64_t> bytesInSockaddr(int64_t Offset,
                                                     uint64_t Len) {
    const int64_t Size = std::tuple_size_v<SockaddrBytes>;
    if (Offset >= Size || Len == 0)
      return {0, 0};
    int64_t Begin = std::max<int64_t>(Offset, 0);
    // Bytes from Offset to the end of the sockaddr; no overflow since
    // Offset < Size.
    uint64_t ToEnd = uint64_t(Size) - uint64_t(Offset);
    int64_t End = Len >= ToEnd ? Size : int64_t(uint64_t(Offset) + Len);
    return {Begin, std::max(Begin, End)};
  }

  static void forget(SockaddrBytes &Bytes, std::optional<int64_t> Offset,
                     uint64_t Len) {
    if (!Offset) {
      Bytes.fill(std::nullopt);
      return;
    }
    auto [Begin, End] = bytesInSockaddr(*Offset, Len);
    for (int64_t I = Begin; I < End; ++I)
      Bytes[I].reset();
  }

  /// The string literal \p V points to, also when it is handed down as a
  /// parameter (fill_addr(&addr, "198.18.0.3", port)).
  static bool constantString(Value *V, StringRef &Text) {
    if (getConstantStringInfo(V, Text))
      return true;
    ValueSources S = traceValueSources(V);
    return S.Complete && S.Leaves.size() == 1 &&
           getConstantStringInfo(S.Leaves.front(), Text);
  }

  /// Applies one write into the sockaddr object to \p Bytes.
  void applyWrite(SockaddrBytes &Bytes, Instruction *W,
                  std::optional<int64_t> Offset) {
    const DataLayout &DL = M.getDataLayout();
    if (auto *SI = dyn_cast<StoreInst>(W)) {
      Value *V = SI->getValueOperand();
      uint64_t Len = DL.getTypeStoreSize(V->getType()).getKnownMinValue();
      // A constant vector or aggregate: -O2 may write a whole sockaddr
      // with one <16 x i8> or { i16, i16, i32 } store.
      if (auto *C = dyn_cast<Constant>(V);
          C && Offset && !V->getType()->isIntegerTy() &&
          !DL.getTypeStoreSize(V->getType()).isScalable()) {
        bytesFromConstant(Bytes, C, 0, *Offset, Len);
        return;
      }
      std::optional<uint64_t> C;
      if (V->getType()->isIntegerTy() && Offset)
        C = evaluateConstantInt(V);
      if (!C) {
        forget(Bytes, Offset, Len);
        return;
      }
      auto [Begin, End] = bytesInSockaddr(*Offset, Len);
      for (int64_t I = Begin; I < End; ++I) // little-endian target
        Bytes[I] = uint8_t(*C >> (8 * (I - *Offset)));
      return;
    }
    if (auto *MS = dyn_cast<MemSetInst>(W)) {
      auto *Len = dyn_cast<ConstantInt>(MS->getLength());
      auto *Val = dyn_cast<ConstantInt>(MS->getValue());
      if (!Len || !Val || !Offset) {
        forget(Bytes, Offset, Len ? Len->getZExtValue() : Bytes.size());
        return;
      }
      auto [Begin, End] = bytesInSockaddr(*Offset, Len->getZExtValue());
      for (int64_t I = Begin; I < End; ++I)
        Bytes[I] = uint8_t(Val->getZExtValue());
      return;
    }
    if (auto *MC = dyn_cast<MemTransferInst>(W)) {
      auto *Len = dyn_cast<ConstantInt>(MC->getLength());
      APInt SrcOff(64, 0);
      Value *Src =
          MC->getSource()->stripAndAccumulateConstantOffsets(DL, SrcOff, true);
      auto *GV = dyn_cast<GlobalVariable>(Src);
      Constant *Init = nullptr;
      if (GV && GV->isConstant())
        Init = GV->hasInitializer() ? GV->getInitializer()
                                    : libcConstantValue(*GV);
      if (Len && Offset && Init) {
        bytesFromConstant(Bytes, Init, SrcOff.getSExtValue(), *Offset,
                          Len->getZExtValue());
        return;
      }
      forget(Bytes, Offset, Len ? Len->getZExtValue() : Bytes.size());
      return;
    }
    auto *CB = cast<CallBase>(W);
    if (directCalleeName(*CB) == "inet_pton" && CB->arg_size() == 3 && Offset) {
      std::optional<uint64_t> AF = evaluateConstantInt(CB->getArgOperand(0));
      StringRef Text;
      unsigned char Buf[16];
      if (AF && constantString(CB->getArgOperand(1), Text) &&
          inet_pton(int(*AF), Text.str().c_str(), Buf) == 1) {
        auto [Begin, End] = bytesInSockaddr(*Offset, *AF == AF_INET6 ? 16 : 4);
        for (int64_t I = Begin; I < End; ++I)
          Bytes[I] = Buf[I - *Offset];
        return;
      }
    }
    forget(Bytes, Offset, Bytes.size());
  }

  /// A write into the object that holds a sockaddr: a store, a memset or
  /// memcpy, a libc call that fills it (inet_pton), or a call of a defined
  /// function that gets a pointer into it (a link: the callee's own writes
  /// are found inside it).
  struct ObjectWrite {
    Instruction *I;
    std::optional<int64_t> Offset; ///< from the object's (later: the
                                   ///< sockaddr's) start
    Function *Link = nullptr;
  };

  /// Every write into \p Object, following the pointer through GEPs and
  /// casts, into defined callees as their parameter, and through a slot it
  /// is spilled to and reloaded from (every pointer parameter at -O0).
  void writesInto(Value *Object, SmallVectorImpl<ObjectWrite> &Out) {
    walkPointersInto(
        Object, M.getDataLayout(), 1023,
        [&](Use &U, std::optional<int64_t> Off, PushPointer Push) {
          User *Usr = U.getUser();
          if (auto *SI = dyn_cast<StoreInst>(Usr)) {
            Out.push_back({SI, Off});
            return;
          }
          auto *CB = dyn_cast<CallBase>(Usr);
          if (!CB || CB->isCallee(&U))
            return;
          if (auto *MI = dyn_cast<AnyMemIntrinsic>(CB)) {
            if (MI->getRawDest() == U.get())
              Out.push_back({MI, Off});
            return;
          }
          if (isa<IntrinsicInst>(CB)) // lifetime markers and the like
            return;
          auto *Callee =
              dyn_cast<Function>(CB->getCalledOperand()->stripPointerCasts());
          if (Callee && !Callee->isDeclaration()) {
            Out.push_back({CB, Off, Callee});
            unsigned ArgNo = CB->getArgOperandNo(&U);
            if (ArgNo < Callee->arg_size())
              Push(Callee->getArg(ArgNo), Off);
            return;
          }
          StringRef Name = directCalleeName(*CB);
          if (Name == "bind" || Name == "connect" || Name == "sendto" ||
              Name == "printf" || Name == "fprintf" || Name == "inet_ntop" ||
              Name == "perror" || Name == "ntohs" || Name == "ntohl")
            return; // reads only
          Out.push_back({CB, Off});
        });
  }

  /// Makes the bytes a write may have changed unknown.
  void forgetWrite(SockaddrBytes &Bytes, const ObjectWrite &W) {
    const DataLayout &DL = M.getDataLayout();
    uint64_t Len = Bytes.size(); // a call may write anything from there on
    if (auto *SI = dyn_cast<StoreInst>(W.I))
      Len = DL.getTypeStoreSize(SI->getValueOperand()->getType())
                .getKnownMinValue();
    else if (auto *MI = dyn_cast<AnyMemIntrinsic>(W.I))
      if (auto *CLen = dyn_cast<ConstantInt>(MI->getLength()))
        Len = CLen->getZExtValue();
    forget(Bytes, W.Offset, Len);
  }

  /// Does \p From call \p To, directly or through defined functions?
  static bool reaches(Function *From, Function *To) {
    SmallPtrSet<Function *, 16> Seen{From};
    SmallVector<Function *, 16> Work{From};
    while (!Work.empty()) {
      Function *F = Work.pop_back_val();
      if (F == To)
        return true;
      for (Instruction &I : instructions(*F))
        if (auto *CB = dyn_cast<CallBase>(&I))
          if (auto *G = dyn_cast<Function>(
                  CB->getCalledOperand()->stripPointerCasts());
              G && !G->isDeclaration() && Seen.insert(G).second)
            Work.push_back(G);
    }
    return false;
  }

  /// Applies the writes of \p F, in dominance order, that happen before
  /// \p Point (or, with no point, before every return of \p F: what a call
  /// of \p F leaves behind). A write that may or may not happen before it
  /// makes its bytes unknown. A call that passes the object to a defined
  /// function contributes what that function leaves behind; \p Skip is the
  /// call that leads on to bind() and is looked into separately.
  void applyWritesIn(Function *F, Instruction *Point, SockaddrBytes &Bytes,
                     ArrayRef<ObjectWrite> Writes,
                     SmallPtrSetImpl<Instruction *> &Handled,
                     Instruction *Skip = nullptr, unsigned Depth = 0) {
    DominatorTree &DT = FAM.getResult<DominatorTreeAnalysis>(*F);
    LoopInfo &LI = FAM.getResult<LoopAnalysis>(*F);
    SmallVector<Instruction *, 4> Ends;
    if (Point)
      Ends.push_back(Point);
    else
      for (BasicBlock &BB : *F)
        if (isa<ReturnInst>(BB.getTerminator()))
          Ends.push_back(BB.getTerminator());
    SmallVector<const ObjectWrite *, 8> Before, Maybe;
    for (const ObjectWrite &W : Writes) {
      if (W.I->getFunction() != F || W.I == Skip || W.I == Point)
        continue;
      Handled.insert(W.I);
      bool DominatesAll = !Ends.empty() && llvm::all_of(Ends, [&](auto *E) {
        return DT.dominates(W.I, E);
      });
      if (DominatesAll)
        Before.push_back(&W);
      else if (llvm::any_of(Ends, [&](Instruction *E) {
                 return isPotentiallyReachable(W.I, E, nullptr, &DT, &LI);
               }))
        Maybe.push_back(&W);
    }
    llvm::stable_sort(Before, [&](const ObjectWrite *A, const ObjectWrite *B) {
      return DT.dominates(A->I, B->I);
    });
    for (const ObjectWrite *W : Before) {
      if (!W->Link) {
        applyWrite(Bytes, W->I, W->Offset);
        continue;
      }
      if (Depth < 4)
        applyWritesIn(W->Link, nullptr, Bytes, Writes, Handled, nullptr,
                      Depth + 1);
      else
        forgetWrite(Bytes, *W);
    }
    // Writes that may or may not happen, after the ones that do: whatever
    // they write is unknown.
    for (const ObjectWrite *W : Maybe)
      forgetWrite(Bytes, *W);
  }

  /// The first bytes of the object \p Arg points to, as the call \p At
  /// sees them (a sockaddr at bind(), addrinfo hints at getaddrinfo()). The
  /// object may sit inside a larger one (a server struct), be filled by a
  /// helper it is passed to, or be reached by the call through a chain of
  /// calls from the function that owns it; the writes are applied along
  /// that chain.
  std::optional<SockaddrBytes> objectBytesAt(Value *Arg, CallBase *At) {
    const DataLayout &DL = M.getDataLayout();
    if (!Arg->getType()->isPointerTy())
      return std::nullopt;
    APInt Off(DL.getIndexTypeSizeInBits(Arg->getType()), 0);
    Value *Base = Arg->stripAndAccumulateConstantOffsets(DL, Off, true);
    int64_t SaOff = Off.getSExtValue();
    if (!isa<AllocaInst>(Base) && !isa<GlobalVariable>(Base)) {
      // A pointer handed down from a caller: follow it if it leads to one
      // object.
      ValueSources S = traceValueSources(Base);
      if (!S.Complete || S.Leaves.size() != 1 ||
          !S.Leaves.front()->getType()->isPointerTy())
        return std::nullopt;
      Value *Leaf = S.Leaves.front();
      APInt LeafOff(DL.getIndexTypeSizeInBits(Leaf->getType()), 0);
      Base = Leaf->stripAndAccumulateConstantOffsets(DL, LeafOff, true);
      if (!isa<AllocaInst>(Base) && !isa<GlobalVariable>(Base))
        return std::nullopt;
      SaOff += LeafOff.getSExtValue();
    }

    SockaddrBytes Bytes;
    if (auto *GV = dyn_cast<GlobalVariable>(Base))
      if (GV->hasInitializer())
        bytesFromConstant(Bytes, GV->getInitializer(), SaOff, 0, Bytes.size());

    SmallVector<ObjectWrite, 16> Writes;
    writesInto(Base, Writes);
    for (ObjectWrite &W : Writes)
      if (W.Offset)
        *W.Offset -= SaOff;

    // The chain of calls from the object's function down to the call's.
    Function *AtF = At->getFunction();
    auto *AI = dyn_cast<AllocaInst>(Base);
    Function *F = AI ? AI->getFunction() : AtF;
    SmallPtrSet<Instruction *, 16> Handled;
    for (unsigned Depth = 0; F != AtF; ++Depth) {
      const ObjectWrite *Next = nullptr;
      for (const ObjectWrite &W : Writes)
        if (W.Link && W.I->getFunction() == F && W.Link != F &&
            reaches(W.Link, AtF)) {
          Next = &W;
          break;
        }
      if (!Next || Depth > 8) // recursion on the way down: give up
        return std::nullopt;
      applyWritesIn(F, Next->I, Bytes, Writes, Handled, Next->I);
      Handled.insert(Next->I);
      F = Next->Link;
    }
    applyWritesIn(AtF, At, Bytes, Writes, Handled);
    // A global may be written anywhere, in an order we do not know.
    if (isa<GlobalVariable>(Base))
      for (const ObjectWrite &W : Writes)
        if (!Handled.contains(W.I))
          forgetWrite(Bytes, W);
    return Bytes;
  }

  // --- getaddrinfo() ------------------------------------------------------

  /// Field offsets of glibc's struct addrinfo on LP64 targets.
  static constexpr int64_t AiFlags = 0, AiFamily = 4, AiSocktype = 8,
                           AiProtocol = 12, AiAddr = 24;

  /// The getaddrinfo() call whose result list \p Node points into (the
  /// head it stored, or a node reached through ai_next).
  CallBase *addrinfoCallOf(Value *Node) {
    if (!Node->getType()->isPointerTy())
      return nullptr;
    ValueSources S = traceValueSources(Node);
    SmallVector<CallBase *, 2> Lists = S.callsTo({"getaddrinfo"});
    if (Lists.size() != 1 || S.Leaves.size() != 1 || Lists[0]->arg_size() < 4)
      return nullptr;
    return Lists[0];
  }

  /// The node and offset a load reads from, when it reads a field of a
  /// getaddrinfo() result: `p->ai_socktype` is (G, 8).
  std::optional<std::pair<CallBase *, int64_t>> addrinfoFieldOf(Value *V) {
    while (auto *Cast = dyn_cast<CastInst>(V))
      V = Cast->getOperand(0);
    auto *L = dyn_cast<LoadInst>(V);
    if (!L)
      return std::nullopt;
    const DataLayout &DL = M.getDataLayout();
    Value *Ptr = L->getPointerOperand();
    APInt Off(DL.getIndexTypeSizeInBits(Ptr->getType()), 0);
    Value *Base = Ptr->stripAndAccumulateConstantOffsets(DL, Off, true);
    if (CallBase *G = addrinfoCallOf(Base))
      return std::make_pair(G, Off.getSExtValue());
    return std::nullopt;
  }

  /// The hints getaddrinfo() was given, as bytes (all zero for NULL hints).
  std::optional<SockaddrBytes> addrinfoHints(CallBase *G) {
    Value *Hints = G->getArgOperand(2);
    if (isa<ConstantPointerNull>(Hints)) {
      SockaddrBytes Zero;
      Zero.fill(0);
      return Zero;
    }
    return objectBytesAt(Hints, G);
  }

  static std::optional<uint32_t> int32At(const SockaddrBytes &B, int64_t Off) {
    uint32_t V = 0;
    for (int64_t I = 3; I >= 0; --I) {
      if (!B[Off + I])
        return std::nullopt;
      V = (V << 8) | *B[Off + I];
    }
    return V;
  }

  /// ai_family, ai_socktype or ai_protocol of a getaddrinfo() result, as far
  /// as the hints fix it: the result has the hinted value unless the hint
  /// is 0 (AF_UNSPEC, any type, any protocol).
  std::optional<uint64_t> addrinfoField(Value *V) {
    auto Field = addrinfoFieldOf(V);
    if (!Field || (Field->second != AiFamily && Field->second != AiSocktype &&
                   Field->second != AiProtocol))
      return std::nullopt;
    std::optional<SockaddrBytes> Hints = addrinfoHints(Field->first);
    if (!Hints)
      return std::nullopt;
    std::optional<uint32_t> Hinted = int32At(*Hints, Field->second);
    if (!Hinted || *Hinted == 0)
      return std::nullopt;
    return *Hinted;
  }

  /// The sockaddr getaddrinfo() returns in ai_addr, worked out from its
  /// arguments: the family from the hints, the port from a numeric service
  /// string, the address from a numeric node string, or the wildcard for a
  /// NULL node with AI_PASSIVE (loopback without). With AF_UNSPEC the
  /// family (and so the address) is unknown but the port is still known:
  /// \p AnyInet is set then.
  std::optional<SockaddrBytes> addrinfoSockaddr(CallBase *G, bool &AnyInet) {
    std::optional<SockaddrBytes> Hints = addrinfoHints(G);
    if (!Hints)
      return std::nullopt;
    std::optional<uint32_t> Flags = int32At(*Hints, AiFlags);
    std::optional<uint32_t> Family = int32At(*Hints, AiFamily);
    SockaddrBytes Bytes;
    StringRef Service;
    unsigned Port;
    if (constantString(G->getArgOperand(1), Service) &&
        !Service.getAsInteger(10, Port) && Port < 65536) {
      Bytes[2] = uint8_t(Port >> 8);
      Bytes[3] = uint8_t(Port);
    }
    StringRef Node;
    bool NullNode = isa<ConstantPointerNull>(G->getArgOperand(0));
    bool LiteralNode = !NullNode && constantString(G->getArgOperand(0), Node);
    unsigned char Raw[16] = {};
    if (LiteralNode && (!Family || *Family == AF_UNSPEC)) {
      // A numeric node decides the family.
      if (inet_pton(AF_INET, Node.str().c_str(), Raw) == 1)
        Family = AF_INET;
      else if (inet_pton(AF_INET6, Node.str().c_str(), Raw) == 1)
        Family = AF_INET6;
    }
    if (!Family || (*Family != AF_INET && *Family != AF_INET6)) {
      AnyInet = !Family || *Family == AF_UNSPEC;
      return Bytes;
    }
    Bytes[0] = uint8_t(*Family);
    Bytes[1] = uint8_t(*Family >> 8);
    bool V4 = *Family == AF_INET;
    bool Known = false;
    if (NullNode && Flags) {
      if (!(*Flags & AI_PASSIVE)) {
        if (V4)
          inet_pton(AF_INET, "127.0.0.1", Raw);
        else
          Raw[15] = 1;
      }
      Known = true; // the wildcard is all zero
    } else if (LiteralNode) {
      Known = inet_pton(V4 ? AF_INET : AF_INET6, Node.str().c_str(), Raw) == 1;
    }
    if (Known)
      for (unsigned I = 0; I < (V4 ? 4u : 16u); ++I)
        Bytes[(V4 ? 4 : 8) + I] = Raw[I];
    return Bytes;
  }

  /// The sockaddr bytes as bind() sees them: a sockaddr the program
  /// writes, or ai_addr of a getaddrinfo() result.
  std::optional<SockaddrBytes> sockaddrAt(CallBase *Bind, bool &AnyInet) {
    if (auto Field = addrinfoFieldOf(Bind->getArgOperand(1));
        Field && Field->second == AiAddr)
      return addrinfoSockaddr(Field->first, AnyInet);
    return objectBytesAt(Bind->getArgOperand(1), Bind);
  }

  /// setsockopt(fd, SOL_SOCKET, SO_REUSEPORT or SO_REUSEADDR, ...) on a
  /// UDP socket: sockets of other processes may bind its port (for UDP,
  /// SO_REUSEADDR too: the newest socket takes the unicast datagrams), and
  /// the kernel then gives them part of its requests, which this process's
  /// offload must not answer from its own state. The offload stays: the
  /// runtime refuses to attach if the port is shared at bind, and the
  /// interface's dispatcher checks each request's socket after.
  void findPortSharing() {
    for (CallBase *CB : Calls) {
      if (!callsExternalFunction(*CB) ||
          directCalleeName(*CB) != "setsockopt" || CB->arg_size() < 3)
        continue;
      auto *Level = dyn_cast<ConstantInt>(CB->getArgOperand(1));
      auto *Opt = dyn_cast<ConstantInt>(CB->getArgOperand(2));
      if (!Level || !Opt || Level->getZExtValue() != SOL_SOCKET)
        continue;
      StringRef Name = Opt->getZExtValue() == SO_REUSEPORT   ? "SO_REUSEPORT"
                       : Opt->getZExtValue() == SO_REUSEADDR ? "SO_REUSEADDR"
                                                             : "";
      if (Name.empty())
        continue;
      for (unsigned Id : socketsOfFd(CB->getArgOperand(0))) {
        if (Info.Sockets[Id].Kind != Transport::UDP)
          continue;
        note("PortMayBeShared",
             Name + " on socket #" + Twine(Id) +
                 ": other processes may bind its port and get part of its "
                 "requests; the offload answers only the requests the "
                 "kernel gives this socket (checked at run time)",
             CB);
        break;
      }
    }
  }

  void findBindings() {
    for (CallBase *CB : Calls) {
      if (roleOf(*CB) != CallRole::Bind || CB->arg_size() < 3)
        continue;
      Binding B{CB, socketsOfFd(CB->getArgOperand(0))};
      AddressFamily Family = AddressFamily::Unknown;
      for (unsigned Id : B.Sockets)
        Family = Info.Sockets[Id].Family;
      bool AnyInet = false;
      if (std::optional<SockaddrBytes> Bytes = sockaddrAt(CB, AnyInet)) {
        const SockaddrBytes &By = *Bytes;
        if (By[0] && By[1]) {
          unsigned SaFamily = *By[0] | (*By[1] << 8);
          Family = SaFamily == AF_INET    ? AddressFamily::IPv4
                   : SaFamily == AF_INET6 ? AddressFamily::IPv6
                                          : Family;
        }
        if (By[2] && By[3] &&
            (Family == AddressFamily::IPv4 || Family == AddressFamily::IPv6 ||
             AnyInet))
          B.Port = uint16_t((*By[2] << 8) | *By[3]);
        auto Known = [&](unsigned From, unsigned Len) {
          for (unsigned I = From; I < From + Len; ++I)
            if (!By[I])
              return false;
          return true;
        };
        char Text[INET6_ADDRSTRLEN];
        unsigned char Raw[16];
        if (Family == AddressFamily::IPv4 && Known(4, 4)) {
          for (unsigned I = 0; I < 4; ++I)
            Raw[I] = *By[4 + I];
          B.Address = inet_ntop(AF_INET, Raw, Text, sizeof(Text));
        } else if (Family == AddressFamily::IPv6 && Known(8, 16)) {
          for (unsigned I = 0; I < 16; ++I)
            Raw[I] = *By[8 + I];
          B.Address = inet_ntop(AF_INET6, Raw, Text, sizeof(Text));
        }
      }
      if (!B.Port && !isLocalFamily(Family))
        note("UnknownBindPort",
             "bound port is not a compile-time constant; the offload would "
             "have to learn it at run time",
             CB);
      Info.Bindings.push_back(std::move(B));
    }
  }

  // --- event loops -----------------------------------------------------

  /// Headers of the loops around \p I, innermost first: the loops in its
  /// function, then the loops around the calls of that function (up to a
  /// few levels of callers).
  void enclosingLoopHeaders(Instruction *I, SmallVectorImpl<BasicBlock *> &Out,
                            SmallPtrSetImpl<Function *> &Seen,
                            unsigned Depth = 0) {
    Function *F = I->getFunction();
    // Cycles rather than natural loops: the same headers on reducible
    // code, and an irreducible cycle (a goto into the loop) around a
    // receive is a loop the server waits in all the same.
    CycleInfo &CI = FAM.getResult<CycleAnalysis>(*F);
    for (Cycle *C = CI.getCycle(I->getParent()); C; C = C->getParentCycle())
      Out.push_back(C->getHeader());
    if (Depth >= 6 || !Seen.insert(F).second)
      return;
    bool AddressTaken = false;
    for (Use &U : F->uses()) {
      if (auto *CB = dyn_cast<CallBase>(U.getUser()); CB && CB->isCallee(&U))
        enclosingLoopHeaders(CB, Out, Seen, Depth + 1);
      else
        AddressTaken = true;
    }
    // A handler in a dispatch table runs where the table is called from.
    if (AddressTaken)
      for (CallBase *CB : Calls)
        if (mayCallIndirectly(*CB, *F))
          enclosingLoopHeaders(CB, Out, Seen, Depth + 1);
  }

  SmallVector<BasicBlock *, 4> enclosingLoopHeaders(Instruction *I) {
    SmallVector<BasicBlock *, 4> Headers;
    SmallPtrSet<Function *, 8> Seen;
    enclosingLoopHeaders(I, Headers, Seen);
    return Headers;
  }

  /// The source loop an IR loop comes from: its llvm.loop node. After
  /// -O2 the node may sit on a branch that is no longer a latch, and one
  /// source loop may become several IR loops (a `continue` path that jumps
  /// straight back to the receive forms an inner loop of its own), so the
  /// node is looked for on every branch of the loop that is not in an inner
  /// loop.
  MDNode *sourceLoopOf(BasicBlock *Header) {
    LoopInfo &LI = FAM.getResult<LoopAnalysis>(*Header->getParent());
    Loop *L = LI.getLoopFor(Header);
    if (!L || L->getHeader() != Header)
      return nullptr;
    if (MDNode *ID = L->getLoopID())
      return ID;
    for (BasicBlock *BB : L->blocks())
      if (LI.getLoopFor(BB) == L)
        if (MDNode *ID = BB->getTerminator()->getMetadata(LLVMContext::MD_loop))
          if (ID->getNumOperands() > 0 && ID->getOperand(0) == ID)
            return ID;
    return nullptr;
  }

  /// The source location of a loop: the start location in its llvm.loop
  /// node, else what LoopInfo guesses from the preheader or header.
  DebugLoc loopStartLoc(BasicBlock *Header) {
    if (MDNode *ID = sourceLoopOf(Header))
      for (const MDOperand &Op : drop_begin(ID->operands()))
        if (auto *Loc = dyn_cast_or_null<DILocation>(Op.get()))
          return DebugLoc(Loc);
    Loop *L =
        FAM.getResult<LoopAnalysis>(*Header->getParent()).getLoopFor(Header);
    if (L && L->getHeader() == Header)
      return L->getStartLoc();
    // An irreducible cycle: where its header begins.
    for (Instruction &I : *Header)
      if (I.getDebugLoc())
        return I.getDebugLoc();
    return DebugLoc();
  }

  unsigned addLoop(LoopKind Kind, BasicBlock *Header, CallBase *Wait) {
    auto [It, Inserted] = LoopIdOfHeader.try_emplace(Header, Info.Loops.size());
    if (!Inserted)
      return It->second;
    Function *F = Header->getParent();
    if (MDNode *ID = sourceLoopOf(Header))
      LoopIdOfSourceLoop.try_emplace(ID, It->second);
    Info.Loops.push_back({Kind, F, Header, loopStartLoc(Header), Wait});
    return It->second;
  }

  /// The event loop governing \p I: the innermost enclosing loop already
  /// known as one, or that comes from the same source loop as one.
  std::optional<unsigned> governingLoop(Instruction *I) {
    for (BasicBlock *H : enclosingLoopHeaders(I)) {
      auto It = LoopIdOfHeader.find(H);
      if (It != LoopIdOfHeader.end())
        return It->second;
      if (MDNode *ID = sourceLoopOf(H)) {
        auto SIt = LoopIdOfSourceLoop.find(ID);
        if (SIt != LoopIdOfSourceLoop.end() &&
            Info.Loops[SIt->second].F == H->getParent())
          return SIt->second;
      }
    }
    return std::nullopt;
  }

  /// Loop rotation (-O1 and up) copies the first wait or receive of a loop
  /// in front of it, for the first iteration. The copy has the callee and
  /// the source location of the call in the loop; it belongs to that loop.
  std::optional<unsigned> loopOfRotatedCopy(CallBase *CB) {
    const DebugLoc &DL = CB->getDebugLoc();
    if (!DL)
      return std::nullopt;
    for (CallBase *Other : Calls)
      if (Other != CB && Other->getFunction() == CB->getFunction() &&
          Other->getCalledOperand() == CB->getCalledOperand() &&
          Other->getDebugLoc() == DL && !enclosingLoopHeaders(Other).empty())
        if (std::optional<unsigned> Loop = governingLoop(Other))
          return Loop;
    return std::nullopt;
  }

  /// True when \p CB looks like such a copy: a call with the same callee
  /// and location sits in a deeper loop of the same function.
  bool isRotatedCopy(CallBase *CB) {
    const DebugLoc &DL = CB->getDebugLoc();
    if (!DL)
      return false;
    LoopInfo &LI = FAM.getResult<LoopAnalysis>(*CB->getFunction());
    unsigned Depth = LI.getLoopDepth(CB->getParent());
    for (CallBase *Other : Calls)
      if (Other != CB && Other->getFunction() == CB->getFunction() &&
          Other->getCalledOperand() == CB->getCalledOperand() &&
          Other->getDebugLoc() == DL &&
          LI.getLoopDepth(Other->getParent()) > Depth)
        return true;
    return false;
  }

  void findEventLoops() {
    // Copies last, so that a copy in an outer loop does not make that loop
    // the event loop.
    SmallVector<CallBase *, 4> Copies;
    for (CallBase *CB : Calls) {
      if (roleOf(*CB) != CallRole::Wait)
        continue;
      SmallVector<BasicBlock *, 4> Headers = enclosingLoopHeaders(CB);
      if (Headers.empty() || isRotatedCopy(CB))
        Copies.push_back(CB);
      else
        addLoop(waitLoopKind(directCalleeName(*CB)), Headers.front(), CB);
    }
    for (CallBase *CB : Copies) {
      if (loopOfRotatedCopy(CB))
        continue;
      SmallVector<BasicBlock *, 4> Headers = enclosingLoopHeaders(CB);
      if (!Headers.empty())
        addLoop(waitLoopKind(directCalleeName(*CB)), Headers.front(), CB);
      else
        note("WaitOutsideLoop",
             Twine(directCalleeName(*CB)) +
                 " is not called from a loop; not treated as an event loop",
             CB);
    }
  }

  // --- arrivals, replies and other I/O ------------------------------------

  /// What identifies an fd variable: the slot it is loaded from at -O0,
  /// else the value itself.
  static Value *fdVariable(Value *Fd) {
    while (auto *Cast = dyn_cast<CastInst>(Fd))
      Fd = Cast->getOperand(0);
    if (auto *L = dyn_cast<LoadInst>(Fd))
      return L->getPointerOperand();
    return Fd;
  }

  /// The fds that go into or are tested in an fd_set: FD_SET(fd, &s) and
  /// FD_ISSET(fd, &s) compute `1UL << (fd % 64)`. Collected once: the
  /// variables, and the sockets those fds may be.
  std::optional<std::pair<SmallPtrSet<Value *, 8>, SmallVector<unsigned, 2>>>
      FdSetMembers;

  const std::pair<SmallPtrSet<Value *, 8>, SmallVector<unsigned, 2>> &
  fdSetMembers() {
    if (FdSetMembers)
      return *FdSetMembers;
    FdSetMembers.emplace();
    auto &[Vars, Ids] = *FdSetMembers;
    for (Function &F : M)
      for (Instruction &I : instructions(F)) {
        auto *Bit = dyn_cast<BinaryOperator>(&I);
        if (!Bit)
          continue;
        auto *C = dyn_cast<ConstantInt>(Bit->getOperand(1));
        bool FdBit =
            C && (((Bit->getOpcode() == Instruction::SRem ||
                    Bit->getOpcode() == Instruction::URem) &&
                   C->equalsInt(64)) ||
                  (Bit->getOpcode() == Instruction::And && C->equalsInt(63)));
        if (!FdBit)
          continue;
        bool Shifted = false;
        SmallVector<Value *, 4> Work{Bit};
        while (!Work.empty() && !Shifted) {
          Value *V = Work.pop_back_val();
          for (User *U : V->users()) {
            if (isa<CastInst>(U))
              Work.push_back(U);
            else if (auto *Shl = dyn_cast<BinaryOperator>(U);
                     Shl && Shl->getOpcode() == Instruction::Shl &&
                     Shl->getOperand(1) == V && match1(Shl->getOperand(0)))
              Shifted = true;
          }
        }
        if (!Shifted)
          continue;
        Value *Fd = Bit->getOperand(0);
        Vars.insert(fdVariable(Fd));
        for (unsigned Id : socketsOfFd(Fd))
          if (!is_contained(Ids, Id))
            Ids.push_back(Id);
      }
    llvm::sort(Ids);
    return *FdSetMembers;
  }

  static bool match1(Value *V) {
    auto *C = dyn_cast<ConstantInt>(V);
    return C && C->isOne();
  }

  /// True when every source of \p Fd is an fd that is not a socket: a
  /// file or other kernel object opened here, stdin/stdout/stderr, or -1.
  static bool isKnownNonSocketFd(Value *Fd) {
    ValueSources S = traceValueSources(Fd);
    if (!S.Complete || S.Leaves.empty())
      return false;
    return llvm::all_of(S.Leaves, [](Value *Leaf) {
      if (auto *C = dyn_cast<ConstantInt>(Leaf))
        return C->getSExtValue() <= 2; // stdio, or "not open"
      auto *CB = dyn_cast<CallBase>(Leaf);
      return CB && callsExternalFunction(*CB) &&
             StringSwitch<bool>(directCalleeName(*CB))
                 .Cases("open", "open64", "openat", "openat64", "creat",
                        "creat64", true)
                 .Cases("fileno", "mkstemp", "mkostemp", "shm_open",
                        "memfd_create", true)
                 .Cases("eventfd", "timerfd_create", "signalfd", "inotify_init",
                        "inotify_init1", true)
                 .Cases("epoll_create", "epoll_create1", true)
                 .Default(false);
    });
  }

  /// The sockets the fd of a receive or send may be. A select() server
  /// often walks fd numbers (`for (i = 0; i <= fdmax; i++) if (FD_ISSET(i,
  /// &set)) recv(i, ...)`): such an fd comes from no variable the walk can
  /// follow, but it is one of the fds put into an fd_set, so it is one of
  /// their sockets.
  SmallVector<unsigned, 1> socketsOfDataFd(CallBase *CB) {
    Value *Fd = CB->getArgOperand(0);
    SmallVector<unsigned, 1> Ids = socketsOfFd(Fd);
    if (!Ids.empty())
      return Ids;
    std::optional<unsigned> Loop = governingLoop(CB);
    if (!Loop || Info.Loops[*Loop].Kind != LoopKind::Select)
      return Ids;
    const auto &[Vars, SetIds] = fdSetMembers();
    if (Vars.contains(fdVariable(Fd)))
      Ids.append(SetIds.begin(), SetIds.end());
    return Ids;
  }

  void findLandmarks() {
    for (CallBase *CB : Calls) {
      CallRole Role = roleOf(*CB);
      if (CB->arg_size() < 1)
        continue;
      std::optional<LandmarkKind> Kind;
      SmallVector<unsigned, 1> Ids;
      switch (Role) {
      case CallRole::Receive:
        Kind = LandmarkKind::Arrival;
        Ids = socketsOfDataFd(CB);
        break;
      case CallRole::Send:
        Kind = LandmarkKind::Reply;
        Ids = socketsOfDataFd(CB);
        break;
      case CallRole::FdRead:
      case CallRole::FdWrite:
        Ids = socketsOfDataFd(CB);
        if (Ids.empty()) {
          Kind = LandmarkKind::FileIO;
          // Other I/O without a word only when the fd is known not to be a
          // socket; an fd the walk lost track of, or one made in another
          // file, may be one.
          if (!isKnownNonSocketFd(CB->getArgOperand(0)))
            note("UnknownFdOrigin",
                 Twine(directCalleeName(*CB)) +
                     " on an fd whose origin could not be traced; counted "
                     "as other I/O, though it may be a socket",
                 CB);
        } else
          Kind = Role == CallRole::FdRead ? LandmarkKind::Arrival
                                          : LandmarkKind::Reply;
        break;
      case CallRole::FilePosRead:
      case CallRole::FilePosWrite:
        Kind = LandmarkKind::FileIO;
        break;
      default:
        break;
      }
      if (!Kind)
        continue;
      if (*Kind != LandmarkKind::FileIO)
        dropListeners(Ids);
      Landmark L{*Kind, CB, std::move(Ids), governingLoop(CB)};
      if (L.Kind == LandmarkKind::Arrival && !L.Loop && !isRotatedCopy(CB)) {
        // No wait call around it: a loop around a blocking receive is the
        // event loop.
        SmallVector<BasicBlock *, 4> Headers = enclosingLoopHeaders(CB);
        if (!Headers.empty())
          L.Loop = addLoop(LoopKind::BlockingRecv, Headers.front(), CB);
      }
      if (L.Kind == LandmarkKind::Arrival && L.Sockets.empty())
        note("UnknownArrivalSocket",
             Twine(directCalleeName(*CB)) +
                 " on an fd whose socket could not be traced",
             CB);
      Info.Landmarks.push_back(std::move(L));
    }
    // Replies and I/O found before a blocking loop was known, and copies
    // of a loop's receive that rotation put in front of the loop.
    for (Landmark &L : Info.Landmarks) {
      if (!L.Loop)
        L.Loop = governingLoop(L.Call);
      if (!L.Loop)
        L.Loop = loopOfRotatedCopy(L.Call);
      if (!L.Loop && L.Kind == LandmarkKind::Arrival) {
        SmallVector<BasicBlock *, 4> Headers = enclosingLoopHeaders(L.Call);
        if (!Headers.empty()) {
          L.Loop = addLoop(LoopKind::BlockingRecv, Headers.front(), L.Call);
          continue;
        }
        note("ArrivalOutsideLoop",
             "receive is not inside a loop; a one-shot receive is not an "
             "event loop",
             L.Call);
      }
    }
  }

  void checkIndirectCallsInLoops() {
    for (CallBase *CB : Calls) {
      if (isa<Function>(CB->getCalledOperand()->stripPointerCasts()) ||
          CB->isInlineAsm())
        continue;
      if (std::optional<unsigned> Loop = governingLoop(CB))
        note("IndirectCallInLoop",
             "indirect call inside event loop #" + Twine(*Loop) +
                 "; its targets are not analysed and stay in userspace",
             CB);
    }
  }

  const Function *anchorFunction() const {
    if (const Function *Main = M.getFunction("main"))
      if (!Main->isDeclaration())
        return Main;
    const Function *FirstDecl = nullptr;
    for (const Function &F : M) {
      if (!F.isDeclaration())
        return &F;
      if (!FirstDecl)
        FirstDecl = &F;
    }
    return FirstDecl;
  }

  void summarizeProblems() {
    if (Info.Sockets.empty()) {
      bool AnyBody =
          llvm::any_of(M, [](const Function &F) { return !F.isDeclaration(); });
      note("NoSocket",
           AnyBody ? "no socket() call found; this module is not a server "
                     "koffload can split and is left unchanged"
                   : "module has no function bodies; nothing to analyse",
           nullptr, anchorFunction());
      return;
    }
    if (Info.Loops.empty())
      note("NoEventLoop",
           "sockets found but no event loop (no poll/select/epoll loop and "
           "no loop around a blocking receive)",
           Info.Sockets.front().Creator);
  }
};

} // namespace

LandmarkInfo LandmarkAnalysis::run(Module &M, ModuleAnalysisManager &MAM) {
  FunctionAnalysisManager &FAM =
      MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  return LandmarkFinder(M, FAM).run();
}

// --- printing ------------------------------------------------------------

static std::string socketList(ArrayRef<unsigned> Ids) {
  if (Ids.empty())
    return "socket ?";
  std::string S = Ids.size() == 1 ? "socket " : "sockets ";
  for (size_t I = 0; I < Ids.size(); ++I)
    S += (I ? ",#" : "#") + std::to_string(Ids[I]);
  return S;
}

static StringRef functionName(const Instruction *I) {
  return I->getFunction()->getName();
}

static std::string plural(size_t N, StringRef One, StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

void LandmarkInfo::print(raw_ostream &OS, const Module &M) const {
  OS << "koffload landmarks for '" << M.getSourceFileName() << "'\n";
  for (const Socket &S : Sockets) {
    OS << "socket #" << S.Id << ": " << transportName(S.Kind) << " "
       << familyName(S.Family) << ", ";
    if (S.AcceptedFrom)
      OS << "accepted from #" << *S.AcceptedFrom;
    else if (S.isAccepted() || directCalleeName(*S.Creator) != "socket")
      OS << "accepted from ?";
    else
      OS << "created";
    OS << " in " << functionName(S.Creator) << " at "
       << formatLocation(S.Creator->getDebugLoc()) << "\n";
    for (const Binding *B : bindingsOf(S.Id)) {
      OS << "  bind: port ";
      if (B->Port)
        OS << *B->Port;
      else
        OS << "?";
      OS << " address " << (B->Address ? *B->Address : "?") << " at "
         << formatLocation(B->Call->getDebugLoc()) << "\n";
    }
  }
  for (const Binding &B : Bindings)
    if (B.Sockets.empty())
      OS << "bind: on socket ? at " << formatLocation(B.Call->getDebugLoc())
         << "\n";
  for (size_t I = 0; I < Loops.size(); ++I) {
    const EventLoop &L = Loops[I];
    OS << "event-loop #" << I << ": " << loopKindName(L.Kind) << " in "
       << L.F->getName() << " at " << formatLocation(L.Loc) << ", "
       << (L.Kind == LoopKind::BlockingRecv ? "blocks in " : "waits in ")
       << directCalleeName(*L.Wait) << " at "
       << formatLocation(L.Wait->getDebugLoc()) << "\n";
  }
  for (const Landmark &L : Landmarks) {
    OS << landmarkKindName(L.Kind) << ": " << directCalleeName(*L.Call)
       << " on ";
    if (L.Kind == LandmarkKind::FileIO)
      OS << "a non-socket fd";
    else
      OS << socketList(L.Sockets);
    OS << " in " << functionName(L.Call) << " at "
       << formatLocation(L.Call->getDebugLoc()) << ", ";
    if (L.Loop)
      OS << "loop #" << *L.Loop;
    else
      OS << "outside any event loop";
    OS << "\n";
  }
  for (const Finding &F : Findings) {
    OS << "note: " << F.RemarkName << ": " << F.Message;
    if (F.At)
      OS << " (" << formatLocation(F.At->getDebugLoc()) << ")";
    OS << "\n";
  }
  OS << "summary: " << plural(Sockets.size(), "socket", "sockets") << ", "
     << plural(Loops.size(), "event loop", "event loops") << ", "
     << plural(count(LandmarkKind::Arrival), "arrival", "arrivals") << ", "
     << plural(count(LandmarkKind::Reply), "reply", "replies") << ", "
     << count(LandmarkKind::FileIO) << " other I/O\n";
}

void emitLandmarkRemarks(const LandmarkInfo &Info) {
  using NV = DiagnosticInfoOptimizationBase::Argument;
  for (const Socket &S : Info.Sockets) {
    OptimizationRemarkAnalysis R(RemarkPassName, "Socket", S.Creator);
    R << NV("Transport", transportName(S.Kind)) << " "
      << NV("Family", familyName(S.Family)) << " socket #"
      << NV("Socket", S.Id);
    for (const Binding *B : Info.bindingsOf(S.Id))
      if (B->Port)
        R << " bound to port " << NV("Port", unsigned(*B->Port));
    S.Creator->getContext().diagnose(R);
  }
  for (size_t I = 0; I < Info.Loops.size(); ++I) {
    const EventLoop &L = Info.Loops[I];
    OptimizationRemarkAnalysis R(RemarkPassName, "EventLoop", L.Wait);
    R << "event loop #" << NV("Loop", unsigned(I)) << " ("
      << NV("Kind", loopKindName(L.Kind)) << ") in "
      << NV("Function", L.F->getName());
    L.Wait->getContext().diagnose(R);
  }
  for (const Landmark &L : Info.Landmarks) {
    if (L.Kind == LandmarkKind::FileIO)
      continue;
    OptimizationRemarkAnalysis R(
        RemarkPassName, L.Kind == LandmarkKind::Arrival ? "Arrival" : "Reply",
        L.Call);
    R << NV("Call", directCalleeName(*L.Call))
      << (L.Kind == LandmarkKind::Arrival ? " receives a request"
                                          : " sends a reply");
    if (L.Sockets.size() == 1)
      R << " on socket #" << NV("Socket", L.Sockets.front());
    L.Call->getContext().diagnose(R);
  }
  for (const Finding &F : Info.Findings)
    emitFinding(F);
}

PreservedAnalyses LandmarkPrinterPass::run(Module &M,
                                           ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  Info.print(OS, M);
  emitLandmarkRemarks(Info);
  return PreservedAnalyses::all();
}

} // namespace koffload
