//===- Sockets.cpp - Sockets, bind() addresses, port sharing --------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The first stage of the landmark analysis: the sockets a server creates
// (socket(), accept()), the addresses bind() gives them (sockaddr bytes
// followed through stores, memsets, inet_pton and getaddrinfo), and
// sockets sharing a port.
//
//===----------------------------------------------------------------------===//

#include "Landmarks/LandmarkFinder.h"
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
namespace landmarks {

SmallVector<unsigned, 1> LandmarkFinder::socketsOfFd(Value *Fd) {
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

static AddressFamily familyOfDomain(uint64_t Domain) {
  return Domain == AF_INET    ? AddressFamily::IPv4
         : Domain == AF_INET6 ? AddressFamily::IPv6
         : Domain == AF_UNIX  ? AddressFamily::Unix
                              : AddressFamily::Other;
}

FamilySet LandmarkFinder::domainFamilies(Value *Domain) {
  FamilySet Fs;
  if (std::optional<uint64_t> D = evaluateConstantInt(Domain)) {
    Fs.insert(familyOfDomain(*D));
    return Fs;
  }
  if (auto Field = addrinfoFieldOf(Domain);
      Field && Field->second == AiFamily) {
    // ai_family of a getaddrinfo() result: the hinted family, the one a
    // numeric node names, else either (glibc's getaddrinfo returns only
    // AF_INET and AF_INET6 results).
    bool AnyInet = false;
    std::optional<SockaddrBytes> Sa = addrinfoSockaddr(Field->first, AnyInet);
    if (Sa && (*Sa)[0] && (*Sa)[1]) {
      Fs.insert(familyOfDomain(*(*Sa)[0] | (*(*Sa)[1] << 8)));
    } else {
      Fs.insert(AddressFamily::IPv4);
      Fs.insert(AddressFamily::IPv6);
    }
    return Fs;
  }
  // Chosen at run time among constants: a ternary, a variable set on two
  // paths, a parameter with constant arguments.
  if (auto Cs = traceValueSources(Domain).possibleConstants())
    for (int64_t D : *Cs)
      Fs.insert(familyOfDomain(uint64_t(D)));
  return Fs;
}

bool LandmarkFinder::isLocalFamily(AddressFamily F) {
  return F == AddressFamily::Unix || F == AddressFamily::Other;
}

void LandmarkFinder::findSockets() {
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
    S.Families = domainFamilies(CB->getArgOperand(0));
    S.Family = S.Families.single();
    if (std::optional<uint64_t> Type = ConstantOrHinted(CB->getArgOperand(1))) {
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
    if (S.Kind == Transport::Unknown)
      if (auto Types = possibleSocketTypes(CB->getArgOperand(1))) {
        for (int64_t T : *Types) {
          Transport K = (T & 0xf) == SOCK_DGRAM    ? Transport::UDP
                        : (T & 0xf) == SOCK_STREAM ? Transport::TCP
                        : (T & 0xf) == SOCK_RAW    ? Transport::Raw
                                                   : Transport::Unknown;
          if (!is_contained(S.Transports, K))
            S.Transports.push_back(K);
        }
        if (S.Transports.size() == 1) {
          S.Kind = S.Transports.front();
          S.Transports.clear();
        } else if (is_contained(S.Transports, Transport::Unknown)) {
          S.Transports.clear();
        }
      }
    if (isLocalFamily(S.Family) &&
        (S.Kind == Transport::UDP || S.Kind == Transport::TCP ||
         !S.Transports.empty())) {
      // A datagram or stream socket outside AF_INET/AF_INET6 (a unix
      // control socket) carries no UDP or TCP traffic.
      if (S.Kind == Transport::UDP || S.Kind == Transport::TCP)
        S.LocalType = S.Kind == Transport::UDP ? SOCK_DGRAM : SOCK_STREAM;
      S.Kind = Transport::Unknown;
      S.Transports.clear();
      note("LocalSocket",
           Twine(familyName(S.Family)) +
               " socket: local traffic, not UDP or TCP; it stays in "
               "userspace",
           CB);
    } else if (!S.Transports.empty()) {
      note("SocketTypeAtRunTime",
           "socket type chosen at run time: this one socket() call makes " +
               transportsName(S) +
               " sockets, and the analysis does not tell which fd is "
               "which: an offload serves only its datagrams (started on "
               "a datagram socket), its connections stay in userspace",
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
    SocketIdOfCreator[CB] = S.Id;
    Info.Sockets.push_back(S);
    setListeners(Info.Sockets.back(), socketsOfFd(CB->getArgOperand(0)));
  }
  for (CallBase *CB : Calls)
    if (roleOf(*CB) == CallRole::Listen && CB->arg_size() >= 1)
      for (unsigned Id : socketsOfFd(CB->getArgOperand(0)))
        Listeners.insert(Id);
}

void LandmarkFinder::setListeners(Socket &S, ArrayRef<unsigned> From) {
  // A connection is no listener: accept() on it fails, so the fd of an
  // accept() that may also hold connections (a struct conn for every
  // socket, as in memcached) is one of the others.
  S.AcceptedFrom.clear();
  for (unsigned Id : From)
    if (!Info.Sockets[Id].isAccepted() &&
        !(Info.Sockets[Id].Creator &&
          roleOf(*Info.Sockets[Id].Creator) == CallRole::Accept))
      S.AcceptedFrom.push_back(Id);
  Listeners.insert(S.AcceptedFrom.begin(), S.AcceptedFrom.end());
  S.Families = FamilySet();
  for (unsigned Id : S.AcceptedFrom)
    for (AddressFamily F : {AddressFamily::IPv4, AddressFamily::IPv6,
                            AddressFamily::Unix, AddressFamily::Other})
      if (Info.Sockets[Id].Families.contains(F))
        S.Families.insert(F);
  S.Family = S.Families.single();
  // accept(2) only works on stream sockets; a unix listener's connections
  // are not TCP, nor are those of listeners of several families taken
  // together (a TCP and a unix listener).
  S.Kind = Transport::TCP;
  S.LocalType.reset();
  if (!S.Families.empty() && !S.Families.onlyInet()) {
    S.Kind = Transport::Unknown;
    S.LocalType = SOCK_STREAM;
  }
}

void LandmarkFinder::dropListeners(SmallVectorImpl<unsigned> &Ids) const {
  SmallVector<unsigned, 1> Data;
  for (unsigned Id : Ids)
    if (!Listeners.contains(Id))
      Data.push_back(Id);
  if (!Data.empty())
    Ids.assign(Data.begin(), Data.end());
}

Constant *LandmarkFinder::libcConstantValue(const GlobalVariable &GV) {
  std::array<uint8_t, 16> In6 = {};
  if (GV.getName() == "in6addr_loopback")
    In6[15] = 1;
  else if (GV.getName() != "in6addr_any")
    return nullptr;
  return ConstantDataArray::get(M.getContext(), ArrayRef<uint8_t>(In6));
}

void LandmarkFinder::bytesFromConstant(SockaddrBytes &Bytes, Constant *Init,
                                       int64_t SrcOffset, int64_t DstOffset,
                                       uint64_t Len) {
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

std::pair<int64_t, int64_t> LandmarkFinder::bytesInSockaddr(int64_t Offset,
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

void LandmarkFinder::forget(SockaddrBytes &Bytes, std::optional<int64_t> Offset,
                            uint64_t Len) {
  if (!Offset) {
    Bytes.fill(std::nullopt);
    return;
  }
  auto [Begin, End] = bytesInSockaddr(*Offset, Len);
  for (int64_t I = Begin; I < End; ++I)
    Bytes[I].reset();
}

bool LandmarkFinder::constantString(Value *V, StringRef &Text) {
  if (getConstantStringInfo(V, Text))
    return true;
  ValueSources S = traceValueSources(V);
  return S.Complete && S.Leaves.size() == 1 &&
         getConstantStringInfo(S.Leaves.front(), Text);
}

void LandmarkFinder::applyWrite(SockaddrBytes &Bytes, Instruction *W,
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
      Init =
          GV->hasInitializer() ? GV->getInitializer() : libcConstantValue(*GV);
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

void LandmarkFinder::writesInto(Value *Object,
                                SmallVectorImpl<ObjectWrite> &Out) {
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

void LandmarkFinder::forgetWrite(SockaddrBytes &Bytes, const ObjectWrite &W) {
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

void LandmarkFinder::applyWritesIn(Function *F, Instruction *Point,
                                   SockaddrBytes &Bytes,
                                   ArrayRef<ObjectWrite> Writes,
                                   SmallPtrSetImpl<Instruction *> &Handled,
                                   Instruction *Skip, unsigned Depth) {
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

std::optional<SockaddrBytes> LandmarkFinder::objectBytesAt(Value *Arg,
                                                           CallBase *At) {
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
          reachesByCalls(*W.Link, *AtF)) {
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

CallBase *LandmarkFinder::addrinfoCallOf(Value *Node) {
  if (!Node->getType()->isPointerTy())
    return nullptr;
  ValueSources S = traceValueSources(Node);
  SmallVector<CallBase *, 2> Lists = S.callsTo({"getaddrinfo"});
  if (Lists.size() != 1 || S.Leaves.size() != 1 || Lists[0]->arg_size() < 4)
    return nullptr;
  return Lists[0];
}

std::optional<std::pair<CallBase *, int64_t>>
LandmarkFinder::addrinfoFieldOf(Value *V) {
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

std::optional<SockaddrBytes> LandmarkFinder::addrinfoHints(CallBase *G) {
  Value *Hints = G->getArgOperand(2);
  if (isa<ConstantPointerNull>(Hints)) {
    SockaddrBytes Zero;
    Zero.fill(0);
    return Zero;
  }
  return objectBytesAt(Hints, G);
}

std::optional<uint32_t> LandmarkFinder::int32At(const SockaddrBytes &B,
                                                int64_t Off) {
  uint32_t V = 0;
  for (int64_t I = 3; I >= 0; --I) {
    if (!B[Off + I])
      return std::nullopt;
    V = (V << 8) | *B[Off + I];
  }
  return V;
}

std::optional<uint64_t> LandmarkFinder::addrinfoField(Value *V) {
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

std::optional<SmallVector<int64_t, 2>>
LandmarkFinder::possibleSocketTypes(Value *Type) {
  if (auto Cs = traceValueSources(Type).possibleConstants())
    return Cs;
  auto Field = addrinfoFieldOf(Type);
  if (!Field || Field->second != AiSocktype)
    return std::nullopt;
  // The hints' ai_socktype, from every store into that field of the
  // hints object (getaddrinfo's third argument).
  const DataLayout &DL = M.getDataLayout();
  Value *Hints = getUnderlyingObject(Field->first->getArgOperand(2));
  if (!isa<AllocaInst>(Hints) && !isa<GlobalVariable>(Hints))
    return std::nullopt;
  SmallVector<int64_t, 2> Types;
  for (User *U : Hints->users()) {
    SmallVector<std::pair<User *, Value *>, 4> Work = {{U, Hints}};
    while (!Work.empty()) {
      auto [W, From] = Work.pop_back_val();
      if (auto *GEP = dyn_cast<GEPOperator>(W)) {
        for (User *GU : GEP->users())
          Work.push_back({GU, GEP});
        continue;
      }
      auto *St = dyn_cast<StoreInst>(W);
      if (!St || St->getValueOperand() == From)
        continue;
      APInt Off(DL.getIndexTypeSizeInBits(St->getPointerOperandType()), 0);
      if (St->getPointerOperand()->stripAndAccumulateConstantOffsets(
              DL, Off, true) != Hints ||
          Off.getSExtValue() != AiSocktype)
        continue;
      auto Cs = traceValueSources(St->getValueOperand()).possibleConstants();
      if (!Cs)
        return std::nullopt;
      for (int64_t C : *Cs)
        if (!is_contained(Types, C))
          Types.push_back(C);
    }
  }
  if (Types.empty())
    return std::nullopt;
  return Types;
}

std::optional<SockaddrBytes> LandmarkFinder::addrinfoSockaddr(CallBase *G,
                                                              bool &AnyInet) {
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

std::optional<SockaddrBytes> LandmarkFinder::sockaddrAt(CallBase *Bind,
                                                        bool &AnyInet) {
  if (auto Field = addrinfoFieldOf(Bind->getArgOperand(1));
      Field && Field->second == AiAddr)
    return addrinfoSockaddr(Field->first, AnyInet);
  return objectBytesAt(Bind->getArgOperand(1), Bind);
}

void LandmarkFinder::findPortSharing() {
  for (CallBase *CB : Calls) {
    if (!callsExternalFunction(*CB) || directCalleeName(*CB) != "setsockopt" ||
        CB->arg_size() < 3)
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

void LandmarkFinder::findBindings() {
  for (CallBase *CB : Calls) {
    if (roleOf(*CB) == CallRole::Connect && CB->arg_size() >= 3) {
      Info.Connections.push_back({CB, socketsOfFd(CB->getArgOperand(0))});
      continue;
    }
    if (roleOf(*CB) != CallRole::Bind || CB->arg_size() < 3)
      continue;
    Binding B{CB, socketsOfFd(CB->getArgOperand(0))};
    AddressFamily Family = AddressFamily::Unknown;
    bool SeveralInet = false; // a socket of either IP family
    for (unsigned Id : B.Sockets) {
      Family = Info.Sockets[Id].Family;
      SeveralInet = Info.Sockets[Id].Families.size() > 1 &&
                    Info.Sockets[Id].Families.onlyInet();
    }
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
           AnyInet || SeveralInet))
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

} // namespace landmarks
} // namespace koffload
