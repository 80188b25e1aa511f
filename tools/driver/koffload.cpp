//===- koffload.cpp - The koffload driver ---------------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// One command per thing a user does with koffload:
//   build      sources -> the split executable, its .bpf.o, the JSON plan
//              and, on request, the human report (Report.cpp)
//   profile    an instrumented build run under the user's workload, or
//              fed a packet capture's requests (Profile.cpp) -> a profile
//              `build --profile` plans with
//   report     the JSON plan -> HTML (one page) or markdown
//   calibrate  this machine's cost figures (bin/koffload-calibrate)
//   stats      a running split server's counters (bin/koffload-stats)
// Exit codes: 0 success (also when the program cannot be split: it is
// built unchanged, and the remarks and the report say why); 1 a step
// failed or the command line is wrong; `calibrate` and `stats` pass their
// tool's status through. Every failure ends with one line on stderr that
// says what failed and what to do: "koffload <command>: ...".
//
//===----------------------------------------------------------------------===//

#include "Driver.h"
#include "Report.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h> // environ
#include <string>
#include <vector>

using namespace llvm;
using namespace koffload;
using namespace koffload::driver;

namespace {

cl::SubCommand Build("build",
                     "Split a server: the executable carrying its offload, "
                     "<out>.bpf.o and <out>.plan.json beside it. "
                     "koffload build [options] <C/C++ sources>");
cl::SubCommand Profile(
    "profile",
    "Profile a server under a workload, for build --profile. "
    "koffload profile -o p.profdata <C/C++ sources> -- <workload command> "
    "(the command starts the instrumented server: its path is in "
    "$KOFFLOAD_INSTRUMENTED and replaces {} in the command; the server "
    "writes its profile as it runs, so the workload may stop it with "
    "SIGTERM or SIGKILL), or koffload profile -o p.profdata --pcap "
    "capture.pcap <C/C++ sources> [-- <server command>] (replays the "
    "capture's UDP requests against the server in a private network "
    "namespace pair; needs root)");
cl::SubCommand Report("report", "The human report of a JSON plan: one HTML "
                                "page, or markdown (the default, on stdout)");
cl::SubCommand Calibrate("calibrate",
                         "Measure this machine's cost figures and write the "
                         "cost file (koffload calibrate --help)");
cl::SubCommand Stats("stats", "A running split server's counters");

// build
cl::opt<std::string> BuildOutput("o", cl::sub(Build), cl::init("a.out"),
                                 cl::desc("The split executable (default "
                                          "a.out)"),
                                 cl::value_desc("file"));
cl::opt<std::string> BuildProfile(
    "profile", cl::sub(Build),
    cl::desc("Plan with this profile (from koffload profile, or "
             "llvm-profdata merge of -fprofile-instr-generate runs)"),
    cl::value_desc("p.profdata"));
cl::opt<std::string> BuildReport(
    "report", cl::sub(Build),
    cl::desc("Also write the human report: HTML for .html/.htm, else "
             "markdown"),
    cl::value_desc("file"));
cl::opt<std::string> BuildCosts(
    "costs", cl::sub(Build),
    cl::desc("The cost file the benefit model reads (koffload calibrate "
             "writes one; default: the built-in figures)"),
    cl::value_desc("costs.json"));
// Positionals are optional to cl: a missing one is said by us, in one line.
cl::list<std::string> BuildSources(cl::Positional, cl::sub(Build),
                                   cl::ZeroOrMore,
                                   cl::desc("<C/C++ sources>"));

// build and profile: clang flags, as make's CFLAGS and CXXFLAGS.
cl::list<std::string> CFlags(
    "cflags", cl::sub(Build), cl::sub(Profile),
    cl::desc("Clang flags for the C sources and the link, in one string "
             "split as a shell does: --cflags='-std=gnu11 -include cfg.h "
             "-DX -lm' (repeat to add more)"),
    cl::value_desc("flags"));
cl::list<std::string> CXXFlags(
    "cxxflags", cl::sub(Build), cl::sub(Profile),
    cl::desc("Clang flags for the C++ sources (.cc, .cpp, .cxx, .C) and "
             "the link, as --cflags for C"),
    cl::value_desc("flags"));

// profile
cl::opt<std::string> ProfileOutput("o", cl::sub(Profile),
                                   cl::desc("The merged profile"),
                                   cl::value_desc("p.profdata"));
cl::list<std::string> ProfileCFlags(
    "cflag", cl::sub(Profile),
    cl::desc("Deprecated: one clang flag for every source (give "
             "--cflags/--cxxflags)"),
    cl::value_desc("flag"), cl::Hidden);
cl::opt<std::string> ProfilePcap(
    "pcap", cl::sub(Profile),
    cl::desc("Replay this capture's UDP requests (tcpdump's pcap or "
             "pcapng) against the server, which runs in a private network "
             "namespace pair (needs root); after -- comes the server's "
             "command line ({} is the server; default: {} alone)"),
    cl::value_desc("capture.pcap"));
cl::opt<unsigned> ProfilePort(
    "port", cl::sub(Profile),
    cl::desc("With --pcap: the server's UDP port, which the replayed "
             "requests go to, and the requests of the capture that are "
             "replayed (default: the capture's most common UDP destination "
             "port, the lower one on a tie)"),
    cl::value_desc("port"), cl::init(0));
cl::list<std::string> ProfileSources(cl::Positional, cl::sub(Profile),
                                     cl::ZeroOrMore,
                                     cl::desc("<C/C++ sources>"));

// report
cl::opt<std::string> ReportInput(cl::Positional, cl::sub(Report),
                                 cl::desc("<plan.json> (build writes "
                                          "<out>.plan.json)"));
cl::opt<std::string> ReportOutput("o", cl::sub(Report), cl::init("-"),
                                  cl::desc("Output file (default: stdout)"),
                                  cl::value_desc("file"));
cl::opt<ReportFormat> ReportFormatOpt(
    "format", cl::sub(Report), cl::sub(Build),
    cl::desc("Report format (default: from the output's extension)"),
    cl::values(clEnumValN(ReportFormat::HTML, "html", "one HTML page"),
               clEnumValN(ReportFormat::Markdown, "markdown", "markdown"),
               clEnumValN(ReportFormat::Dot, "dot",
                          "the request path's control-flow graph alone, "
                          "for graphviz")));

// stats
cl::opt<std::string> Pid(cl::Positional, cl::sub(Stats),
                         cl::desc("<pid>"));

/// What follows `--`: clang flags (build, deprecated), or the workload or
/// server command (profile).
std::vector<std::string> AfterDashes;

/// Where the build tree or the install put the pieces: next to this
/// program's bin/ directory.
std::string besideBin(const char *Argv0, StringRef Rel) {
  std::string Self = sys::fs::getMainExecutable(Argv0, (void *)&besideBin);
  SmallString<256> P(sys::path::parent_path(sys::path::parent_path(Self)));
  sys::path::append(P, Rel);
  return std::string(P);
}

/// A tool a subcommand is (calibrate, stats): it says why it fails
/// itself, in its last line, and its exit status is ours.
int passThrough(StringRef Command, StringRef Tool,
                ArrayRef<std::string> Args) {
  std::string Err;
  int RC = execute(Tool, Args, std::nullopt, Err);
  if (RC == -1)
    return fail(Command, "cannot run " + Tool + ": " + Err +
                             ": it belongs beside bin/koffload (rebuild or "
                             "reinstall koffload)");
  if (RC < 0)
    return fail(Command, sys::path::filename(Tool) + " " + Err +
                             ": a bug, please report it with this output");
  return RC;
}

ReportFormat formatFor(StringRef Path) {
  if (ReportFormatOpt.getNumOccurrences())
    return ReportFormatOpt;
  StringRef Ext = sys::path::extension(Path);
  return Ext.equals_insensitive(".html") || Ext.equals_insensitive(".htm")
             ? ReportFormat::HTML
             : ReportFormat::Markdown;
}

/// The human report of \p PlanPath into \p Out ("-": stdout), which
/// \p OutOption names.
int writeReportFile(StringRef Command, StringRef PlanPath, StringRef Out,
                    StringRef OutOption) {
  Expected<json::Value> Plan = readPlan(PlanPath);
  if (!Plan)
    return fail(Command, toString(Plan.takeError()) +
                             ": give the <out>.plan.json koffload build "
                             "wrote");
  ReportOptions Opts;
  Opts.Format = formatFor(Out);
  Opts.Title = sys::path::stem(sys::path::stem(PlanPath)).str();
  if (ErrorOr<std::string> Dot = sys::findProgramByName("dot"))
    Opts.DotPath = *Dot;
  std::error_code EC;
  raw_fd_ostream OS(Out, EC);
  if (EC)
    return fail(Command, "cannot write the report " + Out + ": " +
                             EC.message() + ": choose another file with " +
                             OutOption);
  if (Error E = writeReport(*Plan, Opts, OS))
    return fail(Command, "cannot make the report of " + PlanPath + ": " +
                             toString(std::move(E)) +
                             ": give a plan this koffload's build wrote");
  OS.close();
  if (OS.has_error()) {
    std::string Why = OS.error().message();
    OS.clear_error();
    return fail(Command, "cannot write the report " + Out + ": " + Why +
                             ": choose another file with " + OutOption);
  }
  if (Opts.Format == ReportFormat::HTML && Opts.DotPath.empty())
    errs() << "koffload: graphviz's dot not found: the report has no "
              "control-flow graph\n";
  return 0;
}

int build(const char *Argv0) {
  const std::string Plugin = besideBin(Argv0, "lib/KOffload.so");
  const std::string LibDir = besideBin(Argv0, "lib");
  const std::string Out = BuildOutput;
  if (!AfterDashes.empty())
    errs() << "koffload build: note: clang flags after -- are deprecated "
              "(they still go to every compile and the link): give them "
              "as --cflags='...' for C sources, --cxxflags='...' for C++\n";
  // Say so now, not after compiling: every output goes beside -o.
  SmallString<256> OutDir(Out);
  sys::path::remove_filename(OutDir);
  if (!OutDir.empty() && !sys::fs::is_directory(OutDir))
    return fail("build", "the output's directory " + OutDir +
                             " does not exist: create it, or give -o a path "
                             "in an existing directory");
  Sources Srcs;
  if (!collectSources("build", BuildSources, CFlags, CXXFlags, AfterDashes,
                      "koffload build -o server [--cflags='clang flags'] "
                      "<C/C++ sources>",
                      Srcs))
    return 1;
  Scratch Tmp;
  if (!Tmp.ok("build"))
    return 1;
  // 1. Each source to unoptimized bitcode (with the profile's branch
  // weights), linked as one program: koffload needs the whole program. A
  // single source needs neither: one clang run compiles and splits it.
  bool OneSource = Srcs.Files.size() == 1;
  std::string ProfileUse =
      BuildProfile.empty() ? "" : "-fprofile-instr-use=" + BuildProfile;
  Step Compile(1, 3,
               "compiling " + Twine(Srcs.Files.size()) + " source(s)" +
                   (BuildProfile.empty() ? "" : " with " + BuildProfile) +
                   (OneSource ? " (in the split's clang run)" : ""));
  std::string Whole = OneSource ? Srcs.Files.front() : Tmp.file("program.bc");
  std::vector<std::string> Before, After;
  if (OneSource) {
    Srcs.aroundSource(0, Before, After);
  } else {
    std::vector<std::string> Bitcode;
    for (size_t I = 0; I < Srcs.Files.size(); ++I) {
      const std::string &Src = Srcs.Files[I];
      std::string BC = Tmp.file(sys::path::stem(Src) + "-" +
                                std::to_string(Bitcode.size()) + ".bc");
      std::vector<std::string> Args{"-O2", "-g", "-Xclang",
                                    "-disable-llvm-passes", "-emit-llvm",
                                    "-c"};
      if (!ProfileUse.empty())
        Args.push_back(ProfileUse);
      std::vector<std::string> Flags = Srcs.compileFlags(I);
      Args.insert(Args.end(), Flags.begin(), Flags.end());
      Args.insert(Args.end(), {Src, "-o", BC});
      if (!run("build", Srcs.compilerFor(I), Args, "compiling " + Src,
               "fix the source, or give the flags it needs with --" +
                   Twine(Srcs.IsCXX[I] ? "cxxflags" : "cflags")))
        return 1;
      Bitcode.push_back(BC);
    }
    std::vector<std::string> LinkArgs(Bitcode);
    LinkArgs.insert(LinkArgs.end(), {"-o", Whole});
    if (!run("build", llvmTool("llvm-link"), LinkArgs,
             "joining the sources into one program",
             "a symbol defined twice? the sources must form one program"))
      return 1;
    After = Srcs.linkFlags();
  }
  // 2. The split: plan, offload (verified by the running kernel), the user
  // half, linked with the runtime (by clang++ when a source is C++, for
  // libstdc++).
  Step Split(2, 3, "planning and splitting (the running kernel's verifier "
                   "checks the offload)");
  std::string PlanPath = Out + ".plan.json";
  std::vector<std::string> Args{
      "-O2", "-g", "-fplugin=" + Plugin, "-fpass-plugin=" + Plugin,
      "-mllvm", "-koffload", "-mllvm", "-koffload-split",
      "-mllvm", "-koffload-bpf-out=" + Out + ".bpf.o",
      "-mllvm", "-koffload-report=" + PlanPath,
      "-Rpass=koffload", "-Rpass-missed=koffload"};
  if (!BuildCosts.empty())
    Args.insert(Args.end(), {"-mllvm", "-koffload-costs=" + BuildCosts});
  if (OneSource && !ProfileUse.empty())
    Args.push_back(ProfileUse);
  Args.insert(Args.end(), Before.begin(), Before.end());
  Args.insert(Args.end(), {Whole, "-o", Out, "-L" + LibDir, "-lkoffload-rt",
                           "-lbpf"});
  Args.insert(Args.end(), After.begin(), After.end());
  if (!run("build", OneSource ? Srcs.compilerFor(0) : Srcs.linker(), Args,
           OneSource ? "compiling, splitting and linking " + Whole
                     : "splitting and linking " + Twine(Out),
           "fix what the messages name (flags for clang, such as -l, go "
           "in --cflags)"))
    return 1;
  errs() << formatv("koffload: split in {0:F1} s\n", Split.seconds());
  // 3. What happened, for people.
  Step Summary(3, 3, "report");
  if (Expected<json::Value> Plan = readPlan(PlanPath))
    writeSummary(*Plan, errs());
  else
    errs() << "koffload: " << toString(Plan.takeError()) << "\n";
  if (!BuildReport.empty()) {
    if (writeReportFile("build", PlanPath, BuildReport, "--report"))
      return 1;
    errs() << "koffload: wrote the report " << BuildReport << "\n";
  }
  errs() << "koffload: wrote " << Out << " (plan: " << PlanPath << ")\n";
  return 0;
}

int runProfile() {
  std::vector<std::string> Legacy(ProfileCFlags.begin(), ProfileCFlags.end());
  if (!Legacy.empty())
    errs() << "koffload profile: note: --cflag is deprecated (each still "
              "goes to every compile and the link): give --cflags='...' "
              "for C sources, --cxxflags='...' for C++\n";
  const char *Usage = "koffload profile -o p.profdata <C/C++ sources> -- "
                      "<workload command>";
  if (ProfileOutput.empty())
    return fail("profile", "no output given: " + Twine(Usage));
  Sources Srcs;
  if (!collectSources("profile", ProfileSources, CFlags, CXXFlags, Legacy,
                      Usage, Srcs))
    return 1;
  ProfileRequest Req;
  Req.Output = ProfileOutput;
  Req.Pcap = ProfilePcap;
  Req.Port = ProfilePort;
  Req.Command = AfterDashes;
  return profile(Srcs, Req);
}
} // namespace

int main(int Argc, char **Argv) {
  // calibrate is its own program; everything after the word is its.
  if (Argc > 1 && StringRef(Argv[1]) == "calibrate")
    return passThrough("calibrate",
                       besideBin(Argv[0], "bin/koffload-calibrate"),
                       std::vector<std::string>(Argv + 2, Argv + Argc));
  // Everything after `--` is clang's (build) or the workload's (profile).
  int Ours = Argc;
  for (int I = 1; I < Argc; ++I)
    if (StringRef(Argv[I]) == "--") {
      Ours = I;
      AfterDashes.assign(Argv + I + 1, Argv + Argc);
      break;
    }
  const char *Commands = "build, profile, report, calibrate or stats "
                         "(koffload --help)";
  // cl's messages first, then our one line (cl would exit on its own).
  std::string Errors;
  raw_string_ostream ErrorStream(Errors);
  bool Parsed = cl::ParseCommandLineOptions(
      Ours, Argv,
      "koffload: split a C (or C-style C++) socket server into an XDP "
      "offload and the program that carries it\n\n"
      "  koffload build -o server [--profile p.profdata] [--report r.html] "
      "[--cflags='clang flags'] [--cxxflags='clang++ flags'] "
      "<C/C++ sources>\n"
      "  koffload profile -o p.profdata [--cflags=...] <C/C++ sources> -- "
      "<workload command>\n"
      "  koffload profile -o p.profdata --pcap capture.pcap [--port N] "
      "<C/C++ sources> [-- <server command>]\n"
      "  koffload report <out>.plan.json [-o r.html]\n"
      "  koffload calibrate [-o costs.json]\n"
      "  koffload stats <pid>\n\n"
      "Exit status: 0 success (a program that cannot be split is still "
      "built, unchanged); 1 a step failed or the command line is wrong. "
      "A failure's last line says what failed and what to do.\n",
      &ErrorStream);
  if (!Parsed) {
    errs() << Errors;
    for (cl::SubCommand *Sub : {&Build, &Profile, &Report, &Stats})
      if (*Sub)
        return fail(Sub->getName(), "wrong command line (above): koffload " +
                                        Sub->getName() +
                                        " --help lists its options");
    return fail("", "wrong command line (above): the commands are " +
                        Twine(Commands));
  }
  if (Build)
    return build(Argv[0]);
  if (Profile)
    return runProfile();
  if (Report) {
    if (ReportInput.empty())
      return fail("report", "no plan given: koffload report "
                            "<out>.plan.json [-o r.html]");
    return writeReportFile("report", ReportInput, ReportOutput, "-o");
  }
  if (Stats) {
    if (Pid.empty())
      return fail("stats", "no process id given: koffload stats <pid of a "
                           "running split server>");
    return passThrough("stats", besideBin(Argv[0], "bin/koffload-stats"),
                       {Pid});
  }
  return fail("", "no command given: give one of " + Twine(Commands));
}
