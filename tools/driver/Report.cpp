//===- Report.cpp - The human report of a koffload plan -------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Everything here is read from the JSON plan (and the source files it
// names); nothing is recomputed, so the report says exactly what the
// compiler decided.
//
//===----------------------------------------------------------------------===//

#include "Report.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <map>
#include <set>

using namespace llvm;

namespace koffload {
namespace {

// --- reading the plan ----------------------------------------------------

StringRef str(const json::Object &O, StringRef Key) {
  std::optional<StringRef> S = O.getString(Key);
  return S ? *S : StringRef();
}

double num(const json::Object &O, StringRef Key) {
  return O.getNumber(Key).value_or(0);
}

const json::Array &array(const json::Object &O, StringRef Key) {
  static const json::Array Empty;
  const json::Array *A = O.getArray(Key);
  return A ? *A : Empty;
}

/// Objects of an array, skipping anything else.
SmallVector<const json::Object *, 8> objects(const json::Object &O,
                                             StringRef Key) {
  SmallVector<const json::Object *, 8> Out;
  for (const json::Value &V : array(O, Key))
    if (const json::Object *E = V.getAsObject())
      Out.push_back(E);
  return Out;
}

/// "file:line" -> (file, line); line 0 when there is none.
std::pair<std::string, unsigned> splitLocation(StringRef Loc) {
  auto [File, Line] = Loc.rsplit(':');
  unsigned N = 0;
  if (Line.getAsInteger(10, N))
    return {Loc.str(), 0};
  return {File.str(), N};
}

std::string percent(double Fraction) {
  if (Fraction > 0 && Fraction < 0.001)
    return "<0.1%";
  return formatv("{0:F1}%", Fraction * 100).str();
}

/// A table cell: \p Row's \p Column as text (fractions as percentages,
/// counts as integers, booleans as yes/no; empty when absent).
std::string cell(const json::Object &Row, StringRef Column) {
  const json::Value *V = Row.get(Column);
  if (!V)
    return "";
  if (std::optional<StringRef> S = V->getAsString())
    return S->str();
  if (std::optional<bool> B = V->getAsBoolean())
    return *B ? "yes" : "no";
  std::optional<double> D = V->getAsNumber();
  if (!D)
    return "";
  if (Column == "reach" || Column == "probability")
    return percent(*D);
  if (*D == double(int64_t(*D)))
    return std::to_string(int64_t(*D));
  return formatv("{0:F2}", *D).str();
}

// --- the marks on source lines ------------------------------------------

/// What a source line of the request path is, most telling last: a line
/// that is kernel code and also a fallback branch is shown as the branch.
enum class Mark { Userspace, Kernel, Fallback, Blocked };

StringRef markClass(Mark M) {
  switch (M) {
  case Mark::Userspace:
    return "u";
  case Mark::Kernel:
    return "k";
  case Mark::Fallback:
    return "f";
  case Mark::Blocked:
    return "b";
  }
  llvm_unreachable("unknown mark");
}

StringRef markName(Mark M) {
  switch (M) {
  case Mark::Userspace:
    return "userspace only";
  case Mark::Kernel:
    return "kernel (the offload)";
  case Mark::Fallback:
    return "fallback: requests leave the kernel here";
  case Mark::Blocked:
    return "blocked: cannot run in the kernel";
  }
  llvm_unreachable("unknown mark");
}

struct LineMark {
  Mark M = Mark::Userspace;
  std::vector<std::string> Why;
};
/// File name -> line -> mark.
using Marks = std::map<std::string, std::map<unsigned, LineMark>>;

void mark(Marks &Out, StringRef Loc, Mark M, std::string Why) {
  auto [File, Line] = splitLocation(Loc);
  if (!Line)
    return;
  LineMark &L = Out[File][Line];
  L.M = std::max(L.M, M);
  if (!Why.empty() && !is_contained(L.Why, Why))
    L.Why.push_back(std::move(Why));
}

Marks markLines(const json::Object &C) {
  Marks Out;
  // The receive and the fast path's replies are where the offload starts
  // and ends (the request path's blocks lie between them).
  bool Offloaded = C.getBoolean("offload").value_or(false);
  for (const json::Value &V : array(C, "arrivals"))
    if (std::optional<StringRef> L = V.getAsString())
      mark(Out, *L, Offloaded ? Mark::Kernel : Mark::Userspace,
           Offloaded ? "the request arrives here: the offload sees it first"
                     : "the request arrives here");
  for (const json::Value &V : array(C, "replies"))
    if (std::optional<StringRef> L = V.getAsString())
      mark(Out, *L, Offloaded ? Mark::Kernel : Mark::Userspace,
           "a reply the offload can send");
  for (const json::Value &V : array(C, "userspace_lines"))
    if (std::optional<StringRef> L = V.getAsString())
      mark(Out, *L, Mark::Userspace, "");
  for (const json::Value &V : array(C, "kernel_lines"))
    if (std::optional<StringRef> L = V.getAsString())
      mark(Out, *L, Mark::Kernel, "");
  for (const json::Object *X : objects(C, "fallback_exits"))
    mark(Out, str(*X, "location"), Mark::Fallback,
         formatv("{0} of requests leave the kernel here, toward {1} ({2})",
                 percent(num(*X, "probability")), str(*X, "leads_to"),
                 str(*X, "blocker_location"))
             .str());
  for (const json::Object *B : objects(C, "blockers"))
    mark(Out, str(*B, "location"), Mark::Blocked,
         formatv("{0}: {1} (reached by {2} of requests); {3}",
                 str(*B, "reason"), str(*B, "detail"),
                 percent(num(*B, "reach")), str(*B, "advice"))
             .str());
  return Out;
}

/// The lines of a source file, or none when it cannot be read.
std::vector<std::string> sourceLines(const json::Object &Plan,
                                     StringRef File) {
  std::vector<std::string> Lines;
  const json::Object *Sources = Plan.getObject("sources");
  std::optional<StringRef> Path =
      Sources ? Sources->getString(File) : std::nullopt;
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFile(Path ? *Path : File);
  if (!Buf)
    return Lines;
  SmallVector<StringRef, 0> Split;
  (*Buf)->getBuffer().split(Split, '\n');
  for (StringRef L : Split)
    Lines.push_back(L.rtrim("\r").str());
  return Lines;
}

// --- sentences -----------------------------------------------------------

/// "XDP offload", or for TCP "sk_skb offload (...)", from the outcome's hook.
std::string offloadKind(const json::Object &O) {
  return str(O, "hook") == "sk_skb"
             ? "sk_skb offload (stream verdict and sk_msg)"
             : "XDP offload";
}

std::string outcomeSentence(const json::Object &Plan) {
  const json::Object *O = Plan.getObject("outcome");
  if (!O)
    return "Plan only: no code was generated in this run.";
  StringRef Status = str(*O, "status");
  std::string Verified =
      str(*O, "verifier") == "accepted"
          ? formatv("accepted by the running kernel's verifier, {0} "
                    "instructions processed",
                    int64_t(num(*O, "verifier_insns")))
                .str()
          : "not verified at build time: the runtime's load decides";
  if (!str(*O, "loops").empty())
    Verified += "; loops run on " + str(*O, "loops").str();
  StringRef Starts = str(*O, "starts");
  // Several request paths: which one the offload serves.
  std::string For;
  if (objects(Plan, "candidates").size() > 1 && O->getInteger("request_path"))
    For = formatv(" for request path #{0}", *O->getInteger("request_path"));
  if (Status == "split")
    return "Split: the program carries its " + offloadKind(*O) + For + " (" +
           Verified +
           ") and starts it " +
           (Starts.empty() ? StringRef("after bind()") : Starts).str() +
           ". Requests the offload cannot finish, "
           "and every request when it is not running, are served by the "
           "unchanged userspace code.";
  if (Status == "offload")
    return "An " + offloadKind(*O) + " was generated" + For + " (" +
           Verified + ").";
  if (Status == "not-split")
    return "An offload was generated, but the program could not be split (" +
           str(*O, "detail").str() +
           "). It builds unchanged and serves every request in userspace.";
  if (Status == "not-generated")
    return "No offload: " + str(*O, "detail").str() +
           ". The program builds unchanged and serves every request in "
           "userspace.";
  return "Not offloaded: " + str(*O, "detail").str() +
         ". The program builds unchanged.";
}

std::string candidateTitle(const json::Object &C) {
  std::optional<int64_t> Port = C.getInteger("port");
  return formatv("Request path #{0}: {1} socket #{2}, port {3}, hook {4}",
                 int64_t(num(C, "id")), str(C, "transport").upper(),
                 int64_t(num(C, "socket")),
                 Port ? std::to_string(*Port) : "set at run time",
                 str(C, "hook"))
      .str();
}

/// " (cost file: parse_ns 10, sk_skb_context_ns 1317, …)": the figures one
/// side of the model was built from (the plan's "cost_figures").
std::string figures(const json::Object &C, StringRef Side) {
  const json::Object *All = C.getObject("cost_figures");
  const json::Object *F = All ? All->getObject(Side) : nullptr;
  std::vector<std::string> Parts;
  for (const auto &KV : F ? *F : json::Object())
    Parts.push_back(formatv("{0} {1}", KV.first, KV.second).str());
  llvm::sort(Parts);
  return Parts.empty() ? "" : " (cost file: " + join(Parts, ", ") + ")";
}

/// The benefit model's numbers, as (name, value, meaning) rows.
std::vector<std::array<std::string, 3>> numbers(const json::Object &C) {
  const json::Object *W = C.getObject("work");
  std::vector<std::array<std::string, 3>> Rows{
      {"ω", formatv("{0:F3}", num(C, "omega")),
       "expected fraction of requests the kernel answers"},
      {"ρ", formatv("{0:F3}", num(C, "rho")),
       "cost of a request in the offload relative to userspace"},
      {"kernel cost", formatv("{0:F0} ns", num(C, "kernel_ns")),
       "modelled cost of one request in the offload" + figures(C, "kernel")},
      {"userspace cost", formatv("{0:F0} ns", num(C, "user_ns")),
       "modelled cost of one request in userspace" + figures(C, "user")},
      {"expected saving", formatv("{0:F0} ns/request", num(C, "saving_ns")),
       "(ω − ρ) × userspace cost"},
      {"fast-path work",
       W ? formatv("{0:F0} IR instructions, {1:F1} shared accesses",
                   num(*W, "kernel_instructions"),
                   num(*W, "shared_accesses"))
               .str()
         : "",
       "per request, weighted by how often each block runs"},
      {"decision", str(C, "decision").str(), str(C, "hook_reason").str()}};
  if (std::optional<StringRef> Threads = C.getString("threads"))
    Rows.insert(Rows.end() - 1, {"threads", Threads->str(),
                                 "the event loop runs in threads the program "
                                 "starts; one offload answers for all"});
  return Rows;
}

// --- the control-flow graph ----------------------------------------------

/// "kv.c 12–14, 20" from a set of "file:line" strings.
std::string lineRanges(ArrayRef<std::string> Locs) {
  std::map<std::string, std::set<unsigned>> ByFile;
  for (const std::string &L : Locs) {
    auto [File, Line] = splitLocation(L);
    if (Line)
      ByFile[File].insert(Line);
  }
  std::string Out;
  for (const auto &[File, Lines] : ByFile) {
    if (!Out.empty())
      Out += "\n";
    Out += File + " ";
    unsigned Ranges = 0;
    for (auto It = Lines.begin(); It != Lines.end();) {
      unsigned First = *It, Last = *It;
      while (++It != Lines.end() && *It == Last + 1)
        Last = *It;
      if (++Ranges > 5) {
        Out += ", …";
        break;
      }
      Out += (Ranges > 1 ? ", " : "") + std::to_string(First);
      if (Last != First)
        Out += "–" + std::to_string(Last);
    }
  }
  return Out.empty() ? "(no source line)" : Out;
}

std::string dotEscape(StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    if (C == '\n') {
      Out += "\\n";
      continue;
    }
    Out += C;
  }
  return Out;
}

/// The request path as graphviz input: straight-line runs of blocks on
/// the same side become one node, coloured like the source lines.
std::string requestGraphDot(const json::Object &C) {
  const json::Object *G = C.getObject("request_cfg");
  if (!G)
    return "";
  SmallVector<const json::Object *, 8> Blocks = objects(*G, "blocks");
  struct Edge {
    int From, To;
    double P;
  };
  std::vector<Edge> Edges;
  std::vector<unsigned> Preds(Blocks.size()), Succs(Blocks.size());
  for (const json::Object *E : objects(*G, "edges")) {
    int From = num(*E, "from"), To = num(*E, "to");
    if (From < 0 || From >= int(Blocks.size()) || To >= int(Blocks.size()))
      continue;
    Edges.push_back({From, To, num(*E, "probability")});
    ++Succs[From];
    if (To >= 0)
      ++Preds[To];
  }
  auto Kernel = [&](int B) { return str(*Blocks[B], "side") == "kernel"; };
  auto Blocked = [&](int B) { return !str(*Blocks[B], "blocker").empty(); };
  // A block joins its predecessor's node when it is the only way in and
  // out of both (blocks are in reverse post-order: the predecessor of a
  // forward edge has its node already).
  std::vector<int> Node(Blocks.size());
  for (int B = 0; B < int(Blocks.size()); ++B) {
    Node[B] = B;
    if (Preds[B] != 1 || Blocked(B))
      continue;
    for (const Edge &E : Edges)
      if (E.To == B && E.From < B && Succs[E.From] == 1 &&
          Kernel(E.From) == Kernel(B) && !Blocked(E.From))
        Node[B] = Node[E.From];
  }
  std::string Dot;
  raw_string_ostream OS(Dot);
  OS << "digraph request_path {\n"
        "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\","
        " fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n"
        "  arrive [label=\"request arrives\", shape=oval, fillcolor=white];\n"
        "  done [label=\"request done\\n(reply, drop, next request)\", "
        "shape=oval, fillcolor=white];\n";
  for (int N = 0; N < int(Blocks.size()); ++N) {
    if (Node[N] != N)
      continue;
    std::vector<std::string> Lines;
    double Reach = num(*Blocks[N], "reach");
    for (int B = 0; B < int(Blocks.size()); ++B)
      if (Node[B] == N)
        for (const json::Value &L : array(*Blocks[B], "lines"))
          if (std::optional<StringRef> S = L.getAsString())
            Lines.push_back(S->str());
    // Inside a loop a block runs more than once per request.
    std::string Label =
        lineRanges(Lines) + "\n" +
        (Reach > 1.0005 ? formatv("{0:F1}× per request", Reach).str()
                        : "reach " + percent(Reach));
    StringRef Fill = Kernel(N) ? "#b9e4c0" : "#dcdcdc";
    if (Blocked(N)) {
      Label += "\n" + str(*Blocks[N], "blocker").str();
      Fill = "#f5b7b1";
    }
    OS << "  b" << N << " [label=\"" << dotEscape(Label) << "\", fillcolor=\""
       << Fill << "\"];\n";
  }
  bool Leaves = false;
  std::set<std::pair<int, int>> Drawn;
  for (int B = 0; B < int(Blocks.size()); ++B)
    if (Preds[B] == 0)
      OS << "  arrive -> b" << Node[B] << ";\n";
  for (const Edge &E : Edges) {
    int From = Node[E.From];
    int To = E.To >= 0 ? Node[E.To] : E.To;
    if (From == To || !Drawn.insert({From, To}).second)
      continue;
    std::string Target = To >= 0                          ? "b" + std::to_string(To)
                         : To == -1                       ? "done"
                                                          : "leaves";
    Leaves |= To == -2;
    OS << "  b" << From << " -> " << Target << " [";
    if (E.P > 0.0005 && E.P < 0.9995)
      OS << "label=\"" << percent(E.P) << "\", ";
    if (To >= 0 && Kernel(E.From) && !Kernel(E.To))
      OS << "color=\"#e67e22\", style=dashed, penwidth=1.5";
    else
      OS << "color=\"#555555\"";
    OS << "];\n";
  }
  if (Leaves)
    OS << "  leaves [label=\"leaves the event loop\", shape=oval, "
          "fillcolor=white];\n";
  OS << "}\n";
  return Dot;
}

/// The graph as SVG through graphviz, or an explanation.
std::string requestGraphSVG(const std::string &Dot, StringRef DotPath,
                            std::string &Why) {
  if (Dot.empty()) {
    Why = "the plan has no request_cfg";
    return "";
  }
  if (DotPath.empty()) {
    Why = "graphviz's dot was not found (install graphviz to draw it)";
    return "";
  }
  SmallString<128> In, Out;
  if (sys::fs::createTemporaryFile("koffload-cfg", "dot", In) ||
      sys::fs::createTemporaryFile("koffload-cfg", "svg", Out)) {
    Why = "cannot create a temporary file";
    return "";
  }
  {
    std::error_code EC;
    raw_fd_ostream OS(In, EC);
    OS << Dot;
  }
  std::string Err;
  int RC = sys::ExecuteAndWait(DotPath, {DotPath, "-Tsvg", In, "-o", Out},
                               std::nullopt, {}, 60, 0, &Err);
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(Out);
  sys::fs::remove(In);
  sys::fs::remove(Out);
  if (RC != 0 || !Buf) {
    Why = "dot failed" + (Err.empty() ? "" : ": " + Err);
    return "";
  }
  // Inline SVG: drop the XML prolog and doctype before <svg.
  StringRef SVG = (*Buf)->getBuffer();
  size_t Start = SVG.find("<svg");
  return Start == StringRef::npos ? "" : SVG.drop_front(Start).str();
}

// --- HTML ----------------------------------------------------------------

std::string html(StringRef S) {
  std::string Out;
  for (char C : S)
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '"':
      Out += "&quot;";
      break;
    case '\n': // in a title: a line break in the tooltip
      Out += "&#10;";
      break;
    default:
      Out += C;
    }
  return Out;
}

/// A table of objects: a header row and one row per object.
void htmlTable(raw_ostream &OS, ArrayRef<const json::Object *> Rows,
               ArrayRef<std::pair<StringRef, StringRef>> Columns) {
  if (Rows.empty()) {
    OS << "<p class=\"none\">none</p>\n";
    return;
  }
  OS << "<table><tr>";
  for (const auto &Col : Columns)
    OS << "<th>" << html(Col.second) << "</th>";
  OS << "</tr>\n";
  for (const json::Object *R : Rows) {
    OS << "<tr>";
    for (const auto &Col : Columns)
      OS << "<td>" << html(cell(*R, Col.first)) << "</td>";
    OS << "</tr>\n";
  }
  OS << "</table>\n";
}

const char *const Style = R"(<style>
body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #222; max-width: 80em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; } h3 { font-size: 1.05em; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
td, th { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
.outcome { padding: 0.8em; background: #f7f7f7; border-left: 4px solid #4a90d9; }
.none { color: #777; font-style: italic; }
div.src { font-family: monospace; font-size: 0.85em; line-height: 1.35; border: 1px solid #ddd; padding: 0.5em 0; overflow-x: auto; }
div.src div { white-space: pre; padding: 0 0.6em; }
.ln { color: #888; display: inline-block; width: 4em; text-align: right; margin-right: 1em; user-select: none; }
.k { background: #b9e4c0; } .u { background: #dcdcdc; } .f { background: #fad7a0; } .b { background: #f5b7b1; }
.legend span { padding: 0.1em 0.5em; margin-right: 0.6em; border: 1px solid #ccc; }
.cfg svg { max-width: 100%; height: auto; }
</style>
)";

void writeHTML(const json::Object &Plan, const ReportOptions &Opts,
               raw_ostream &OS) {
  std::string Title = "koffload report" +
                      (Opts.Title.empty() ? "" : ": " + Opts.Title);
  OS << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>"
     << html(Title) << "</title>\n"
     << Style << "</head><body>\n<h1>" << html(Title) << "</h1>\n";
  OS << "<p class=\"outcome\" id=\"outcome\">" << html(outcomeSentence(Plan))
     << "</p>\n";
  OS << "<p>Branch weights: "
     << (str(Plan, "weights") == "profile"
             ? "from a profile"
             : "static estimates (no profile: build with --profile for "
               "measured ones)")
     << ". Costs: " << html(str(Plan, "costs")) << ".</p>\n";
  OS << "<p class=\"legend\">Source lines of the request path: "
     << "<span class=\"k\">kernel (the offload)</span>"
     << "<span class=\"u\">userspace only</span>"
     << "<span class=\"f\">fallback: requests leave the kernel</span>"
     << "<span class=\"b\">blocked</span> (hover a line for the reason)</p>\n";

  for (const json::Object *C : objects(Plan, "candidates")) {
    OS << "<h2 id=\"candidate-" << int64_t(num(*C, "id")) << "\">"
       << html(candidateTitle(*C)) << "</h2>\n<table class=\"numbers\">\n";
    for (const auto &Row : numbers(*C))
      OS << "<tr><th>" << html(Row[0]) << "</th><td>" << html(Row[1])
         << "</td><td>" << html(Row[2]) << "</td></tr>\n";
    OS << "</table>\n";

    OS << "<h3>Shared state</h3>\n";
    htmlTable(OS, objects(*C, "shared"),
              {{"name", "global"},
               {"size", "bytes"},
               {"kernel", "kernel"},
               {"userspace", "userspace"},
               {"sync", "synchronization"},
               {"why", "why"}});
    OS << "<h3>Blockers (what stays in userspace, and how to change "
          "that)</h3>\n";
    htmlTable(OS, objects(*C, "blockers"),
              {{"reason", "reason"},
               {"detail", "detail"},
               {"location", "at"},
               {"reach", "requests reaching it"},
               {"advice", "advice"}});
    OS << "<h3>Fallback exits (where requests leave the kernel)</h3>\n";
    htmlTable(OS, objects(*C, "fallback_exits"),
              {{"location", "branch"},
               {"probability", "requests"},
               {"leads_to", "toward"},
               {"blocker_location", "at"}});
    OS << "<h3>Fallback points (checks of the offload that may hand a "
          "request to userspace)</h3>\n";
    htmlTable(OS, objects(*C, "fallback_points"),
              {{"kind", "kind"}, {"location", "at"}, {"detail", "when"}});
    OS << "<h3>Loops and bounded forms on the fast path</h3>\n";
    htmlTable(OS, objects(*C, "loops"),
              {{"location", "loop"},
               {"max_trips", "max trips (0: unknown)"},
               {"cap", "cap (more falls back)"}});
    htmlTable(OS, objects(*C, "kernel_forms"),
              {{"what", "call"}, {"location", "at"}, {"form", "runs as"}});
    if (!objects(*C, "effects").empty()) {
      OS << "<h3>Effects before a possible fallback (undone if the request "
            "falls back)</h3>\n";
      htmlTable(OS, objects(*C, "effects"),
                {{"target", "global"},
                 {"location", "at"},
                 {"handling", "handling"},
                 {"why", "why"}});
    }

    OS << "<h3>The request path's control flow</h3>\n";
    std::string Why;
    std::string SVG = requestGraphSVG(requestGraphDot(*C), Opts.DotPath, Why);
    if (SVG.empty())
      OS << "<p class=\"none\">Not drawn: " << html(Why) << ".</p>\n";
    else
      OS << "<p>Green: runs in the offload; grey: userspace only; red: "
            "blocked; dashed orange edges: fallback to userspace; edge "
            "labels: share of the branch's requests.</p>\n<div class=\"cfg\">"
         << SVG << "</div>\n";

    OS << "<h3>Source</h3>\n";
    for (const auto &[File, Lines] : markLines(*C)) {
      std::vector<std::string> Text = sourceLines(Plan, File);
      OS << "<h4>" << html(File) << "</h4>\n";
      if (Text.empty()) {
        OS << "<p class=\"none\">source not found; marked lines:</p>\n"
              "<div class=\"src\">\n";
        for (const auto &[Line, LM] : Lines)
          OS << "<div class=\"" << markClass(LM.M) << "\" title=\""
             << html(join(LM.Why, "\n")) << "\">" << html(File) << ":"
             << Line << " " << html(markName(LM.M)) << "</div>\n";
        OS << "</div>\n";
        continue;
      }
      OS << "<div class=\"src\">\n";
      for (unsigned N = 1; N <= Text.size(); ++N) {
        auto It = Lines.find(N);
        OS << "<div id=\"" << html(File) << "-" << N << "\"";
        if (It != Lines.end()) {
          std::string Tip = markName(It->second.M).str();
          for (const std::string &W : It->second.Why)
            Tip += "\n" + W;
          OS << " class=\"" << markClass(It->second.M) << "\" title=\""
             << html(Tip) << "\"";
        }
        OS << "><span class=\"ln\">" << N << "</span>" << html(Text[N - 1])
           << "</div>\n";
      }
      OS << "</div>\n";
    }
  }
  OS << "<h2>Other findings</h2>\n";
  htmlTable(OS, objects(Plan, "findings"),
            {{"name", "finding"}, {"message", "message"}, {"location", "at"}});
  OS << "</body></html>\n";
}

// --- markdown ------------------------------------------------------------

void mdTable(raw_ostream &OS, ArrayRef<const json::Object *> Rows,
             ArrayRef<std::pair<StringRef, StringRef>> Columns) {
  if (Rows.empty()) {
    OS << "none\n\n";
    return;
  }
  OS << "|";
  for (const auto &Col : Columns)
    OS << " " << Col.second << " |";
  OS << "\n|";
  for (size_t I = 0; I < Columns.size(); ++I)
    OS << "---|";
  OS << "\n";
  for (const json::Object *R : Rows) {
    OS << "|";
    for (const auto &Col : Columns) {
      std::string Text = cell(*R, Col.first);
      std::replace(Text.begin(), Text.end(), '|', '/');
      OS << " " << Text << " |";
    }
    OS << "\n";
  }
  OS << "\n";
}

void writeMarkdown(const json::Object &Plan, const ReportOptions &Opts,
                   raw_ostream &OS) {
  OS << "# koffload report" << (Opts.Title.empty() ? "" : ": " + Opts.Title)
     << "\n\n"
     << outcomeSentence(Plan) << "\n\nBranch weights: "
     << (str(Plan, "weights") == "profile" ? "from a profile"
                                           : "static estimates")
     << ". Costs: " << str(Plan, "costs") << ".\n";
  for (const json::Object *C : objects(Plan, "candidates")) {
    OS << "\n## " << candidateTitle(*C) << "\n\n| | | |\n|---|---|---|\n";
    for (const auto &Row : numbers(*C))
      OS << "| " << Row[0] << " | " << Row[1] << " | " << Row[2] << " |\n";
    OS << "\n### Shared state\n\n";
    mdTable(OS, objects(*C, "shared"),
            {{"name", "global"},
             {"size", "bytes"},
             {"kernel", "kernel"},
             {"userspace", "userspace"},
             {"sync", "synchronization"}});
    OS << "### Blockers\n\n";
    mdTable(OS, objects(*C, "blockers"),
            {{"reason", "reason"},
             {"detail", "detail"},
             {"location", "at"},
             {"reach", "requests"},
             {"advice", "advice"}});
    OS << "### Fallback exits\n\n";
    mdTable(OS, objects(*C, "fallback_exits"),
            {{"location", "branch"},
             {"probability", "requests"},
             {"leads_to", "toward"}});
    OS << "### Fallback points\n\n";
    mdTable(OS, objects(*C, "fallback_points"),
            {{"kind", "kind"}, {"location", "at"}, {"detail", "when"}});
    OS << "### Request path by source line\n\n"
          "K kernel, U userspace only, F fallback branch, B blocked.\n\n```\n";
    for (const auto &[File, Lines] : markLines(*C)) {
      std::vector<std::string> Text = sourceLines(Plan, File);
      OS << File << "\n";
      for (const auto &[Line, LM] : Lines) {
        StringRef Code =
            Line <= Text.size() ? StringRef(Text[Line - 1]).trim() : "";
        OS << "  " << StringRef("UKFB").substr(unsigned(LM.M), 1) << " "
           << right_justify(std::to_string(Line), 5) << "  " << Code;
        if (LM.M >= Mark::Fallback && !LM.Why.empty())
          OS << "\n           <- " << LM.Why.front();
        OS << "\n";
      }
    }
    OS << "```\n";
  }
  if (!objects(Plan, "findings").empty()) {
    OS << "\n## Other findings\n\n";
    mdTable(OS, objects(Plan, "findings"),
            {{"name", "finding"}, {"message", "message"}, {"location", "at"}});
  }
}

} // namespace

Expected<json::Value> readPlan(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(Path);
  if (!Buf)
    return createStringError(Buf.getError(), "cannot read %s: %s",
                             Path.str().c_str(),
                             Buf.getError().message().c_str());
  Expected<json::Value> V = json::parse((*Buf)->getBuffer());
  if (!V)
    return createStringError(inconvertibleErrorCode(), "%s: %s",
                             Path.str().c_str(),
                             toString(V.takeError()).c_str());
  const json::Object *O = V->getAsObject();
  if (!O || !O->getInteger("koffload_report_version"))
    return createStringError(inconvertibleErrorCode(),
                             "%s: not a koffload plan (-koffload-report)",
                             Path.str().c_str());
  return V;
}

Error writeReport(const json::Value &Plan, const ReportOptions &Opts,
                  raw_ostream &OS) {
  const json::Object *O = Plan.getAsObject();
  if (!O)
    return createStringError(inconvertibleErrorCode(), "not a koffload plan");
  if (Opts.Format == ReportFormat::HTML)
    writeHTML(*O, Opts, OS);
  else if (Opts.Format == ReportFormat::Dot)
    for (const json::Object *C : objects(*O, "candidates"))
      OS << requestGraphDot(*C);
  else
    writeMarkdown(*O, Opts, OS);
  return Error::success();
}

void writeSummary(const json::Value &Plan, raw_ostream &OS) {
  const json::Object *O = Plan.getAsObject();
  if (!O)
    return;
  for (const json::Object *C : objects(*O, "candidates")) {
    OS << "koffload: " << candidateTitle(*C) << "\n";
    if (std::optional<StringRef> Threads = C->getString("threads"))
      OS << "koffload:   threads: " << *Threads << "\n";
    OS << formatv("koffload:   omega {0:F3} (requests the kernel answers), "
                  "rho {1:F3} (its cost relative to userspace), expected "
                  "saving {2:F0} ns/request: {3}\n",
                  num(*C, "omega"), num(*C, "rho"), num(*C, "saving_ns"),
                  str(*C, "decision"));
    std::vector<std::string> Blockers;
    for (const json::Object *B : objects(*C, "blockers")) {
      std::string More;
      if (const json::Array *Others = B->getArray("other_locations"))
        More = formatv(" and {0} more site{1}", Others->size(),
                       Others->size() == 1 ? "" : "s");
      std::string Detail = str(*B, "detail").str();
      Blockers.push_back(formatv("{0} {1}at {2}{3} ({4})",
                                 str(*B, "reason"),
                                 Detail.empty() ? Detail : Detail + " ",
                                 str(*B, "location"), More,
                                 percent(num(*B, "reach"))));
    }
    if (!Blockers.empty())
      OS << "koffload:   stays in userspace: " << join(Blockers, "; ")
         << "\n";
    if (const json::Object *Out = O->getObject("outcome"))
      if (const json::Array *Passed = Out->getArray("not_generated"))
        for (const json::Value &Id : *Passed)
          if (Id.getAsInteger() == int64_t(num(*C, "id")))
            OS << formatv("koffload:   not generated: one request path per "
                          "program is offloaded (request path #{0}); this "
                          "one's requests are served in userspace\n",
                          int64_t(num(*Out, "request_path")));
  }
  if (objects(*O, "candidates").empty())
    OS << "koffload: no request path found\n";
  OS << "koffload: " << outcomeSentence(*O) << "\n";
}

} // namespace koffload
