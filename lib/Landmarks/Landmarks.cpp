//===- Landmarks.cpp - Socket landmarks of a server -----------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Landmarks/LandmarkFinder.h"
#include "Support/Remarks.h"
#include "Support/ValueSources.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/bit.h"
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

std::string transportsName(const Socket &S) {
  if (S.Kind == Transport::Unknown && S.Transports.empty() && S.LocalType) {
    switch (*S.LocalType) {
    case SOCK_STREAM:
      return "stream";
    case SOCK_DGRAM:
      return "datagram";
    case SOCK_SEQPACKET:
      return "seqpacket";
    default:
      break;
    }
  }
  if (S.Transports.size() < 2)
    return transportName(S.Kind).str();
  std::string Out;
  for (Transport T : S.Transports)
    Out += (Out.empty() ? "" : "|") + transportName(T).str();
  return Out;
}

Transport offloadTransport(const Socket &S) {
  if (S.Kind == Transport::Unknown && is_contained(S.Transports, Transport::UDP))
    return Transport::UDP;
  return S.Kind;
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

unsigned FamilySet::size() const { return llvm::popcount(Bits); }

AddressFamily FamilySet::single() const {
  if (size() != 1)
    return AddressFamily::Unknown;
  for (AddressFamily F : {AddressFamily::IPv4, AddressFamily::IPv6,
                          AddressFamily::Unix, AddressFamily::Other})
    if (contains(F))
      return F;
  return AddressFamily::Unknown;
}

std::string familiesName(FamilySet Fs) {
  if (Fs.empty())
    return familyName(AddressFamily::Unknown).str();
  std::string S;
  for (AddressFamily F : {AddressFamily::IPv4, AddressFamily::IPv6,
                          AddressFamily::Unix, AddressFamily::Other})
    if (Fs.contains(F))
      S += (S.empty() ? "" : "|") + familyName(F).str();
  return S;
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
  case LoopKind::Dispatch:
    return "dispatch";
  case LoopKind::Handler:
    return "handler";
  }
  llvm_unreachable("unknown loop kind");
}

std::string formatLocation(const DebugLoc &DL) {
  if (!DL)
    return "?";
  return (sys::path::filename(DL->getFilename()) + ":" + Twine(DL.getLine()))
      .str();
}

Expected<HandlerSocket> parseHandlerSocket(StringRef Text) {
  auto Bad = [&](const Twine &Why) {
    return createStringError(
        inconvertibleErrorCode(),
        "bad handler socket '" + Text + "': " + Why +
            " (expected udp:PORT, udp6:PORT, udp46:PORT, or the same with "
            "tcp)");
  };
  auto [Proto, PortText] = Text.split(':');
  HandlerSocket H;
  StringRef Fam = Proto;
  if (Fam.consume_front("udp"))
    H.Kind = Transport::UDP;
  else if (Fam.consume_front("tcp"))
    H.Kind = Transport::TCP;
  else
    return Bad("the transport is not udp or tcp");
  if (Fam.empty() || Fam == "4")
    H.Families.insert(AddressFamily::IPv4);
  else if (Fam == "6")
    H.Families.insert(AddressFamily::IPv6);
  else if (Fam == "46") {
    H.Families.insert(AddressFamily::IPv4);
    H.Families.insert(AddressFamily::IPv6);
  } else
    return Bad("the family suffix is not 4, 6 or 46");
  unsigned Port;
  if (PortText.empty() || PortText.getAsInteger(10, Port) || Port == 0 ||
      Port > 65535)
    return Bad("the port is not a number from 1 to 65535");
  H.Port = uint16_t(Port);
  return H;
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

SmallVector<const Connection *, 1>
LandmarkInfo::connectionsOf(unsigned Id) const {
  SmallVector<const Connection *, 1> Result;
  for (const Connection &C : Connections)
    if (llvm::is_contained(C.Sockets, Id))
      Result.push_back(&C);
  return Result;
}

bool LandmarkInfo::invalidate(Module &, const PreservedAnalyses &PA,
                              ModuleAnalysisManager::Invalidator &) {
  auto PAC = PA.getChecker<LandmarkAnalysis>();
  return !PAC.preserved() && !PAC.preservedSet<AllAnalysesOn<Module>>();
}


namespace landmarks {

std::optional<CallRole> roleOf(const CallBase &CB) {
  if (std::optional<SocketCall> SC = decodeSocketCall(CB))
    return SC->role();
  return std::nullopt;
}

LoopKind waitLoopKind(StringRef Name) {
  if (Name.starts_with("epoll"))
    return LoopKind::Epoll;
  if (Name.ends_with("select"))
    return LoopKind::Select;
  return LoopKind::Poll;
}

LandmarkInfo LandmarkFinder::run() {
  collectCalls();
  findSockets();
  findBindings();
  findPortSharing();
  findEventLoops();
  findCallbackLoops();
  findHandlerEntries();
  findFieldListeners();
  findLandmarks();
  checkIndirectCallsInLoops();
  summarizeProblems();
  return std::move(Info);
}

void LandmarkFinder::collectCalls() {
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

} // namespace landmarks

LandmarkInfo LandmarkAnalysis::run(Module &M, ModuleAnalysisManager &MAM) {
  FunctionAnalysisManager &FAM =
      MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  return landmarks::LandmarkFinder(M, FAM, Opts).run();
}

} // namespace koffload
