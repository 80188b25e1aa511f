//===- PlanJSON.cpp - The plan as a JSON report ---------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// OffloadPlan::toJSON: the report the driver, koffload-report and the tests
// read (docs/report-schema.md). Its keys and values are a contract; the
// planning stages do not appear in it.
//
//===----------------------------------------------------------------------===//

#include "Plan/PathUtils.h"
#include "Plan/Plan.h"

#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace koffload {

/// The request path's blocks and edges (docs/report-schema.md).
static json::Object requestGraphJSON(const Candidate &C) {
  json::Array Blocks, Edges;
  for (const PathBlock &B : C.PathBlocks) {
    json::Object O{{"lines", json::Array(B.Lines)},
                   {"side", B.Kernel ? "kernel" : "userspace"},
                   {"reach", B.Reach}};
    if (!B.Blocker.empty())
      O["blocker"] = B.Blocker;
    Blocks.push_back(std::move(O));
  }
  for (const PathEdge &E : C.PathEdges)
    Edges.push_back(json::Object{
        {"from", E.From}, {"to", E.To}, {"probability", E.Probability}});
  return json::Object{{"blocks", std::move(Blocks)},
                      {"edges", std::move(Edges)}};
}

/// The cost file's figures kernel_ns and user_ns were built from, by key
/// (the hook chose some: sk_skb's and tcp_socket_delivery_ns for TCP).
static json::Object costFiguresJSON(const Benefit &B) {
  auto Side = [](ArrayRef<CostFigure> Figures) {
    json::Object O;
    for (const CostFigure &F : Figures)
      O[F.Key] = F.Ns;
    return O;
  };
  return json::Object{{"kernel", Side(B.KernelFigures)},
                      {"user", Side(B.UserFigures)}};
}

json::Value OffloadPlan::toJSON(const Module &M) const {
  json::Array Cands;
  for (const Candidate &C : Candidates) {
    json::Array Arrivals, Replies, Blockers, Exits, Points, Effects, Loops,
        Forms, Shared;
    for (const DebugLoc &A : C.Arrivals)
      Arrivals.push_back(locString(A));
    for (const DebugLoc &R : C.Replies)
      Replies.push_back(locString(R));
    for (const BlockerSite &B : C.Blockers) {
      json::Object O{{"reason", blockerName(B.Reason)},
                     {"detail", B.Detail},
                     {"location", locString(B.Loc)},
                     {"reach", B.Reach},
                     {"advice", blockerAdvice(B.Reason)}};
      if (!B.OtherLocs.empty()) {
        json::Array Others;
        for (const DebugLoc &L : B.OtherLocs)
          Others.push_back(locString(L));
        O["other_locations"] = std::move(Others);
      }
      Blockers.push_back(std::move(O));
    }
    for (const FallbackExit &X : C.Exits)
      Exits.push_back(
          json::Object{{"location", locString(X.Loc)},
                       {"leads_to", X.Leadsto},
                       {"blocker_location", locString(X.BlockerLoc)},
                       {"probability", X.Probability}});
    for (const FallbackPoint &X : C.FallbackPoints)
      Points.push_back(json::Object{{"kind", X.Kind},
                                    {"location", locString(X.Loc)},
                                    {"detail", X.Detail}});
    for (const Effect &E : C.Effects)
      Effects.push_back(
          json::Object{{"write", E.What},
                       {"target", E.Target},
                       {"location", locString(E.Loc)},
                       {"handling", effectHandlingName(E.Handling)},
                       {"why", E.Why}});
    for (const LoopBound &L : C.Loops)
      Loops.push_back(json::Object{{"location", locString(L.Loc)},
                                   {"max_trips", L.MaxTrips},
                                   {"cap", L.Cap}});
    for (const BoundedUse &U : C.Bounded)
      Forms.push_back(json::Object{{"what", U.Detail},
                                   {"location", locString(U.Loc)},
                                   {"form", kernelFormName(U.Form)}});
    for (const SharedGlobal &G : C.Shared)
      Shared.push_back(json::Object{
          {"name", G.Name},
          {"size", G.Size},
          {"kernel", accessSides(G.KernelReads, G.KernelWrites)},
          {"userspace", accessSides(G.UserReads, G.UserWrites)},
          {"startup_writes", G.StartupWrites},
          {"kernel_accesses_per_request", G.KernelAccessesPerRequest},
          {"user_accesses_per_request", G.UserAccessesPerRequest},
          {"sync", syncNeedName(G.Need)},
          {"why", G.Why}});
    json::Object O{
        {"id", C.Id},
        {"socket", C.Socket},
        {"transport", transportName(C.Kind)},
        {"event_loop", C.Loop},
        {"hook", hookName(C.H)},
        {"hook_reason", C.HookReason},
        {"threads", C.Threads.empty() ? json::Value(nullptr)
                                      : json::Value(C.Threads)},
        {"heap", json::Array(ArrayRef<std::string>(C.Heap))},
        {"arrivals", std::move(Arrivals)},
        {"replies", std::move(Replies)},
        {"omega", C.Omega},
        {"rho", C.Result.Rho},
        {"kernel_ns", C.Result.KernelNs},
        {"user_ns", C.Result.UserNs},
        {"saving_ns", C.Result.SavingNs},
        {"cost_figures", costFiguresJSON(C.Result)},
        {"offload", C.Result.Offload},
        {"decision", C.Decision},
        {"work", json::Object{{"kernel_instructions", C.Work.Instructions},
                              {"shared_accesses", C.Work.SharedAccesses},
                              {"user_instructions", C.Work.UserInstructions}}},
        {"blockers", std::move(Blockers)},
        {"fallback_exits", std::move(Exits)},
        {"fallback_points", std::move(Points)},
        {"effects", std::move(Effects)},
        {"loops", std::move(Loops)},
        {"kernel_forms", std::move(Forms)},
        {"shared", std::move(Shared)},
        {"kernel_lines", json::Array(C.KernelLines)},
        {"userspace_lines", json::Array(C.UserLines)},
        {"request_cfg", requestGraphJSON(C)}};
    if (C.Port)
      O["port"] = *C.Port;
    else
      O["port"] = nullptr;
    Cands.push_back(std::move(O));
  }
  json::Array Notes;
  for (const Finding &F : Findings)
    Notes.push_back(
        json::Object{{"name", F.RemarkName},
                     {"message", F.Message},
                     {"location", F.At ? locString(F.At->getDebugLoc())
                                       : std::string("?")}});
  // Where the files named in "file:line" locations are, for a report
  // that shows the source: every file with code in the module, by name.
  json::Object Sources;
  DebugInfoFinder Finder;
  Finder.processModule(M);
  for (const DISubprogram *SP : Finder.subprograms())
    if (const DIFile *File = SP->getFile(); File && SP->isDefinition()) {
      SmallString<256> Path(File->getDirectory());
      sys::path::append(Path, File->getFilename());
      if (sys::path::is_absolute(File->getFilename()))
        Path = File->getFilename();
      std::string Name = sys::path::filename(File->getFilename()).str();
      if (!Sources.get(Name))
        Sources[Name] = std::string(Path);
    }
  return json::Object{{"koffload_report_version", 1},
                      {"module", M.getSourceFileName()},
                      {"sources", std::move(Sources)},
                      {"weights", UsedProfile ? "profile" : "static"},
                      {"costs", CostSource},
                      {"candidates", std::move(Cands)},
                      {"findings", std::move(Notes)}};
}

} // namespace koffload
