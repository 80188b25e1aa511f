//===- LandmarkPrinter.cpp - Printing and remarks of the landmarks --------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Landmarks/Landmarks.h"
#include "Support/Names.h"
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
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
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

// --- printing ------------------------------------------------------------

static std::string socketList(ArrayRef<unsigned> Ids) {
  if (Ids.empty())
    return "socket ?";
  std::string S = Ids.size() == 1 ? "socket " : "sockets ";
  for (size_t I = 0; I < Ids.size(); ++I)
    S += (I ? ",#" : "#") + std::to_string(Ids[I]);
  return S;
}

static std::string functionName(const Instruction *I) {
  return sourceFunctionName(*I->getFunction());
}

static std::string plural(size_t N, StringRef One, StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

void LandmarkInfo::print(raw_ostream &OS, const Module &M) const {
  OS << "koffload landmarks for '" << M.getSourceFileName() << "'\n";
  for (const Socket &S : Sockets) {
    OS << "socket #" << S.Id << ": " << transportsName(S) << " "
       << familiesName(S.Families) << ", ";
    if (S.isDescribed()) {
      OS << "described on the command line for "
         << sourceFunctionName(*S.DescribedFor) << ", port " << *S.DescribedPort
         << "\n";
      continue;
    }
    if (S.isAccepted()) {
      OS << "accepted from ";
      for (size_t I = 0; I < S.AcceptedFrom.size(); ++I)
        OS << (I ? ",#" : "#") << S.AcceptedFrom[I];
    } else if (S.isAccepted() || directCalleeName(*S.Creator) != "socket")
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
    if (L.Kind == LoopKind::Handler) {
      OS << "event-loop #" << I << ": handler " << sourceFunctionName(*L.F) << " at "
         << formatLocation(L.Loc)
         << ", requests start at its entry and end at its returns\n";
      for (const Callback &C : L.Callbacks)
        OS << "  entry: " << sourceFunctionName(*C.Handler) << " on "
           << socketList(C.Sockets) << ", fd in parameter " << C.FdArg
           << ", named by " << C.NamedBy << "\n";
      continue;
    }
    OS << "event-loop #" << I << ": " << loopKindName(L.Kind) << " in "
       << sourceFunctionName(*L.F) << " at " << formatLocation(L.Loc) << ", "
       << (L.Kind == LoopKind::BlockingRecv ? "blocks in "
           : L.Kind == LoopKind::Dispatch   ? "runs callbacks from "
                                            : "waits in ")
       << directCalleeName(*L.Wait) << " at "
       << formatLocation(L.Wait->getDebugLoc()) << "\n";
    for (const Callback &C : L.Callbacks) {
      OS << "  callback: " << sourceFunctionName(*C.Handler) << " on "
         << socketList(C.Sockets) << ", fd in ";
      if (C.FdField)
        OS << "field +" << *C.FdField << " of ";
      OS << "parameter " << C.FdArg;
      if (C.ArgFdField)
        OS << " and field +" << *C.ArgFdField << " of parameter 2";
      OS << ", registered by "
         << directCalleeName(*C.Registration) << " at "
         << formatLocation(C.Registration->getDebugLoc()) << "\n";
    }
  }
  // Calls as the source has them: the copies of one call count once.
  unsigned Calls[3] = {0, 0, 0}; // arrivals, replies, other I/O
  for (const Landmark &L : Landmarks) {
    // A copy the compiler made of one call (-O1's loop rotation puts one
    // in front of the loop): the same source location, inlining included.
    auto SameCall = [&](const Landmark &O) {
      return O.Kind == L.Kind && O.Call->getDebugLoc() &&
             O.Call->getDebugLoc() == L.Call->getDebugLoc() &&
             O.Call->getFunction() == L.Call->getFunction() &&
             O.Sockets == L.Sockets && O.Loop == L.Loop;
    };
    if (std::any_of(Landmarks.data(), &L, SameCall))
      continue;
    unsigned Copies = count_if(Landmarks, SameCall);
    ++Calls[L.Kind == LandmarkKind::Arrival ? 0
            : L.Kind == LandmarkKind::Reply ? 1
                                            : 2];
    OS << landmarkKindName(L.Kind) << ": " << directCalleeName(*L.Call)
       << " on ";
    if (L.Kind == LandmarkKind::FileIO)
      OS << "a non-socket fd";
    else
      OS << socketList(L.Sockets);
    OS << " in " << functionName(L.Call) << " at "
       << formatLocation(L.Call->getDebugLoc());
    // A call inlined from a helper (DINT's net_send, from ten places):
    // where the helper was called, so that rows of one helper differ.
    if (const DILocation *Site =
            L.Call->getDebugLoc() ? L.Call->getDebugLoc().getInlinedAt()
                                  : nullptr)
      OS << " (called at " << formatLocation(DebugLoc(Site)) << ")";
    OS << ", ";
    if (L.Loop)
      OS << "loop #" << *L.Loop;
    else
      OS << "outside any event loop";
    if (Copies > 1)
      OS << " (" << Copies << " copies of one call)";
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
     << plural(Calls[0], "arrival", "arrivals") << ", "
     << plural(Calls[1], "reply", "replies") << ", " << Calls[2]
     << " other I/O\n";
}

namespace {

/// The landmark stage's remarks, through each function's remark emitter
/// (which drops them unless remarks are asked for) under the stage's pass
/// name.
class LandmarkRemarks {
public:
  OptimizationRemarkEmitter &in(const Function &F) {
    std::unique_ptr<OptimizationRemarkEmitter> &ORE = Emitters[&F];
    if (!ORE)
      ORE = std::make_unique<OptimizationRemarkEmitter>(&F);
    return *ORE;
  }
  OptimizationRemarkEmitter &at(const Instruction &I) {
    return in(*I.getFunction());
  }

private:
  DenseMap<const Function *, std::unique_ptr<OptimizationRemarkEmitter>>
      Emitters;
};

} // namespace

void emitLandmarkRemarks(const LandmarkInfo &Info) {
  using NV = DiagnosticInfoOptimizationBase::Argument;
  LandmarkRemarks Remarks;
  for (const Socket &S : Info.Sockets) {
    if (!S.Creator) // a described socket has no call to remark at
      continue;
    Remarks.at(*S.Creator).emit([&] {
      OptimizationRemarkAnalysis R(stage::Landmarks, "Socket", S.Creator);
      R << NV("Transport", transportName(S.Kind)) << " "
        << NV("Family", familiesName(S.Families)) << " socket #"
        << NV("Socket", S.Id);
      for (const Binding *B : Info.bindingsOf(S.Id))
        if (B->Port)
          R << " bound to port " << NV("Port", unsigned(*B->Port));
      return R;
    });
  }
  for (size_t I = 0; I < Info.Loops.size(); ++I) {
    const EventLoop &L = Info.Loops[I];
    if (!L.Wait) // a handler entry point: no wait call in the program
      continue;
    Remarks.at(*L.Wait).emit([&] {
      OptimizationRemarkAnalysis R(stage::Landmarks, "EventLoop", L.Wait);
      R << "event loop #" << NV("Loop", unsigned(I)) << " ("
        << NV("Kind", loopKindName(L.Kind)) << ") in "
        << NV("Function", L.F->getName());
      return R;
    });
  }
  for (const Landmark &L : Info.Landmarks) {
    if (L.Kind == LandmarkKind::FileIO)
      continue;
    Remarks.at(*L.Call).emit([&] {
      OptimizationRemarkAnalysis R(
          stage::Landmarks,
          L.Kind == LandmarkKind::Arrival ? "Arrival" : "Reply", L.Call);
      R << NV("Call", directCalleeName(*L.Call))
        << (L.Kind == LandmarkKind::Arrival ? " receives a request"
                                            : " sends a reply");
      if (L.Sockets.size() == 1)
        R << " on socket #" << NV("Socket", L.Sockets.front());
      return R;
    });
  }
  // What the analysis could not work out, at an instruction or on a
  // function (a finding attached to nothing cannot be a remark).
  for (const Finding &F : Info.Findings) {
    if (F.At)
      Remarks.at(*F.At).emit([&] {
        return OptimizationRemarkAnalysis(stage::Landmarks, F.RemarkName, F.At)
               << F.Message;
      });
    else if (F.In)
      Remarks.in(*F.In).emit([&] {
        return OptimizationRemarkAnalysis(stage::Landmarks, F.RemarkName, F.In)
               << F.Message;
      });
  }
}

PreservedAnalyses LandmarkPrinterPass::run(Module &M,
                                           ModuleAnalysisManager &MAM) {
  const LandmarkInfo &Info = MAM.getResult<LandmarkAnalysis>(M);
  Info.print(OS, M);
  emitLandmarkRemarks(Info);
  return PreservedAnalyses::all();
}

} // namespace koffload
