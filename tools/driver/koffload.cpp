//===- koffload.cpp - The koffload driver ---------------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// One command per thing a user does with koffload:
//   build      sources -> the split executable, its .bpf.o, the JSON plan
//              and, on request, the human report (Report.cpp)
//   profile    an instrumented build run under the user's workload -> a
//              profile `build --profile` plans with
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

#include "Report.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <unistd.h> // environ
#include <string>
#include <vector>

using namespace llvm;
using namespace koffload;

namespace {

cl::SubCommand Build("build",
                     "Split a server: the executable carrying its offload, "
                     "<out>.bpf.o and <out>.plan.json beside it. "
                     "koffload build [options] <C sources> [-- clang flags]");
cl::SubCommand Profile(
    "profile", "Profile a server under a workload, for build --profile. "
               "koffload profile -o p.profdata <C sources> -- <workload "
               "command> (the command starts the instrumented server: its "
               "path is in $KOFFLOAD_INSTRUMENTED and replaces {} in the "
               "command; the server must exit normally to write its profile)");
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
                                   cl::ZeroOrMore, cl::desc("<C sources>"));

// profile
cl::opt<std::string> ProfileOutput("o", cl::sub(Profile),
                                   cl::desc("The merged profile"),
                                   cl::value_desc("p.profdata"));
cl::list<std::string> ProfileCFlags(
    "cflag", cl::sub(Profile),
    cl::desc("A flag for clang when building the instrumented server "
             "(repeat for more)"),
    cl::value_desc("flag"));
cl::list<std::string> ProfileSources(cl::Positional, cl::sub(Profile),
                                     cl::ZeroOrMore, cl::desc("<C sources>"));

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

/// What follows `--`: clang flags (build) or the workload (profile).
std::vector<std::string> AfterDashes;

/// Where the build tree or the install put the pieces: next to this
/// program's bin/ directory.
std::string besideBin(const char *Argv0, StringRef Rel) {
  std::string Self = sys::fs::getMainExecutable(Argv0, (void *)&besideBin);
  SmallString<256> P(sys::path::parent_path(sys::path::parent_path(Self)));
  sys::path::append(P, Rel);
  return std::string(P);
}

/// Runs \p Program; its exit status, or -1 (with \p Err) when it could
/// not run.
int execute(StringRef Program, ArrayRef<std::string> Args,
            std::optional<ArrayRef<StringRef>> Env, std::string &Err) {
  std::vector<StringRef> Argv{Program};
  for (const std::string &A : Args)
    Argv.push_back(A);
  return sys::ExecuteAndWait(Program, Argv, Env, {}, 0, 0, &Err);
}

/// The last line of a failing command: "koffload <command>: <what failed>:
/// <what to do>". Returns the exit status, 1.
int fail(StringRef Command, const Twine &Message) {
  errs() << "koffload" << (Command.empty() ? "" : " ") << Command << ": "
         << Message << "\n";
  return 1;
}

/// A step of \p Command that runs \p Program: false, with the last line
/// (\p What failed, and \p Advice), when it does not succeed. The program's
/// own messages, if any, come before.
bool run(StringRef Command, StringRef Program, ArrayRef<std::string> Args,
         const Twine &What, const Twine &Advice,
         std::optional<ArrayRef<StringRef>> Env = std::nullopt) {
  std::string Err;
  int RC = execute(Program, Args, Env, Err);
  if (RC == 0)
    return true;
  StringRef Name = sys::path::filename(Program);
  if (RC == -1) // it did not start
    fail(Command, What + " failed: cannot run " + Program + " (" + Err +
                      "): check that it is installed");
  else if (RC < 0) // a signal
    fail(Command, What + " failed: " + Name + " " + Err + ": " + Advice);
  else
    fail(Command, What + " failed (" + Name + ": exit status " + Twine(RC) +
                      "): " + Advice);
  return false;
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

/// A source koffload can take: it exists, and is not C++ (koffload splits
/// C servers; C++ is refused in one line rather than half-handled).
bool checkSources(StringRef Command, ArrayRef<std::string> Sources,
                  StringRef Usage) {
  if (Sources.empty()) {
    fail(Command, "no C source given: " + Usage);
    return false;
  }
  for (const std::string &Src : Sources) {
    StringRef Ext = sys::path::extension(Src);
    // Clang's C++ suffixes (".C" is C++ to clang; ".c" is C).
    if (is_contained({".cc", ".cp", ".cxx", ".cpp", ".CPP", ".c++", ".C",
                      ".CC", ".ii", ".mm"},
                     Ext)) {
      fail(Command, Src + " is C++ (or Objective-C++), and koffload splits "
                          "C servers only: give C sources (.c)");
      return false;
    }
    if (!sys::fs::exists(Src)) {
      fail(Command, "no such source file: " + Src);
      return false;
    }
  }
  return true;
}

/// build's clang flags (after --) must not make the sources C++.
bool checkClangFlags() {
  for (size_t I = 0; I < AfterDashes.size(); ++I) {
    StringRef A = AfterDashes[I];
    StringRef Lang = A == "-x" && I + 1 < AfterDashes.size()
                         ? StringRef(AfterDashes[I + 1])
                         : A.starts_with("-x") ? A.drop_front(2) : "";
    if (Lang.contains("c++")) {
      fail("build", "-x " + Lang + " after -- compiles the sources as C++, "
                    "and koffload splits C servers only: drop it");
      return false;
    }
  }
  return true;
}

/// Progress lines: "koffload: [2/3] linking ... (1.2 s)".
class Step {
  std::chrono::steady_clock::time_point Start;

public:
  Step(unsigned N, unsigned Of, const Twine &What)
      : Start(std::chrono::steady_clock::now()) {
    errs() << "koffload: [" << N << "/" << Of << "] " << What << "\n";
  }
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         Start)
        .count();
  }
};

const std::string Clang = KOFFLOAD_LLVM_TOOLS "/clang";

/// A scratch directory removed on every way out.
struct Scratch {
  SmallString<128> Dir;
  bool ok(StringRef Command) {
    std::error_code EC = sys::fs::createUniqueDirectory("koffload", Dir);
    if (!EC)
      return true;
    fail(Command, "cannot create a scratch directory: " + EC.message() +
                      ": check that $TMPDIR (or /tmp) is writable");
    return false;
  }
  std::string file(const Twine &Name) const {
    SmallString<128> P(Dir);
    sys::path::append(P, Name);
    return std::string(P);
  }
  ~Scratch() {
    if (!Dir.empty())
      sys::fs::remove_directories(Dir);
  }
};

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
  const std::string Link = KOFFLOAD_LLVM_TOOLS "/llvm-link";
  const std::string Plugin = besideBin(Argv0, "lib/KOffload.so");
  const std::string LibDir = besideBin(Argv0, "lib");
  const std::string Out = BuildOutput;
  if (!checkSources("build", BuildSources,
                    "koffload build -o server <C sources> [-- clang flags]") ||
      !checkClangFlags())
    return 1;
  Scratch Tmp;
  if (!Tmp.ok("build"))
    return 1;
  // 1. Each source to unoptimized bitcode (with the profile's branch
  // weights), linked as one program: koffload needs the whole program. A
  // single source needs neither: one clang run compiles and splits it.
  bool OneSource = BuildSources.size() == 1;
  std::string ProfileUse =
      BuildProfile.empty() ? "" : "-fprofile-instr-use=" + BuildProfile;
  Step Compile(1, 3,
               "compiling " + Twine(BuildSources.size()) + " source(s)" +
                   (BuildProfile.empty() ? "" : " with " + BuildProfile) +
                   (OneSource ? " (in the split's clang run)" : ""));
  std::string Whole = OneSource ? BuildSources.front() : Tmp.file("program.bc");
  if (!OneSource) {
    std::vector<std::string> Bitcode;
    for (const std::string &Src : BuildSources) {
      std::string BC = Tmp.file(sys::path::stem(Src) + "-" +
                                std::to_string(Bitcode.size()) + ".bc");
      std::vector<std::string> Args{"-O2", "-g", "-Xclang",
                                    "-disable-llvm-passes", "-emit-llvm",
                                    "-c"};
      if (!ProfileUse.empty())
        Args.push_back(ProfileUse);
      Args.insert(Args.end(), AfterDashes.begin(), AfterDashes.end());
      Args.insert(Args.end(), {Src, "-o", BC});
      if (!run("build", Clang, Args, "compiling " + Src,
               "fix the source, or give the flags it needs after --"))
        return 1;
      Bitcode.push_back(BC);
    }
    std::vector<std::string> LinkArgs(Bitcode);
    LinkArgs.insert(LinkArgs.end(), {"-o", Whole});
    if (!run("build", Link, LinkArgs, "joining the sources into one program",
             "a symbol defined twice? the sources must form one program"))
      return 1;
  }
  // 2. The split: plan, offload (verified by the running kernel), the user
  // half, linked with the runtime.
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
  Args.insert(Args.end(), {Whole, "-o", Out, "-L" + LibDir, "-lkoffload-rt",
                           "-lbpf"});
  Args.insert(Args.end(), AfterDashes.begin(), AfterDashes.end());
  if (!run("build", Clang, Args,
           OneSource ? "compiling, splitting and linking " + Whole
                     : "splitting and linking " + Twine(Out),
           "fix what the messages name (flags for clang, such as -l, go "
           "after --)"))
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

int profile() {
  const char *Usage = "koffload profile -o p.profdata <C sources> -- "
                      "<workload command>";
  if (ProfileOutput.empty())
    return fail("profile", "no output given: " + Twine(Usage));
  if (!checkSources("profile", ProfileSources, Usage))
    return 1;
  if (AfterDashes.empty())
    return fail("profile", "no workload command after --: " + Twine(Usage) +
                               " ({} in it is the instrumented server)");
  Scratch Tmp;
  if (!Tmp.ok("profile"))
    return 1;
  std::string Instrumented = Tmp.file("instrumented");
  Step Compile(1, 3, "building the instrumented server");
  std::vector<std::string> Args{"-O2", "-g", "-fprofile-instr-generate"};
  Args.insert(Args.end(), ProfileCFlags.begin(), ProfileCFlags.end());
  Args.insert(Args.end(), ProfileSources.begin(), ProfileSources.end());
  Args.insert(Args.end(), {"-o", Instrumented});
  if (!run("profile", Clang, Args, "building the instrumented server",
           "fix the source, or give the flags it needs with --cflag"))
    return 1;

  Step Workload(2, 3, "running the workload: " + AfterDashes.front());
  std::vector<std::string> Command;
  for (std::string A : AfterDashes) {
    for (size_t At; (At = A.find("{}")) != std::string::npos;)
      A.replace(At, 2, Instrumented);
    Command.push_back(A);
  }
  ErrorOr<std::string> Program = sys::findProgramByName(Command.front());
  if (!Program || !sys::fs::can_execute(*Program))
    return fail("profile", "the workload command " + Command.front() +
                               " is not found: give its path, or a program "
                               "on $PATH");
  // The environment the workload (and the server it starts) inherits,
  // plus where the server writes its profile and where it is.
  std::vector<std::string> EnvStore{
      "LLVM_PROFILE_FILE=" + Tmp.file("server-%p.profraw"),
      "KOFFLOAD_INSTRUMENTED=" + Instrumented};
  for (char **E = environ; *E; ++E)
    if (!StringRef(*E).starts_with("LLVM_PROFILE_FILE=") &&
        !StringRef(*E).starts_with("KOFFLOAD_INSTRUMENTED="))
      EnvStore.push_back(*E);
  std::vector<StringRef> Env(EnvStore.begin(), EnvStore.end());
  if (!run("profile", *Program, ArrayRef(Command).drop_front(),
           "the workload " + Command.front(),
           "it must start the server ({}), send it traffic, stop it and "
           "succeed",
           ArrayRef(Env)))
    return 1;

  Step Merge(3, 3, "merging the profile");
  std::vector<std::string> Raw;
  std::error_code EC;
  for (sys::fs::directory_iterator It(Tmp.Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (StringRef(It->path()).ends_with(".profraw"))
      Raw.push_back(It->path());
  if (Raw.empty())
    return fail("profile", "the workload finished but the server wrote no "
                           "profile: it must exit normally (return from main "
                           "or exit(), e.g. on a SIGTERM it handles)");
  std::vector<std::string> MergeArgs{"merge", "-o", ProfileOutput};
  MergeArgs.insert(MergeArgs.end(), Raw.begin(), Raw.end());
  if (!run("profile", KOFFLOAD_LLVM_TOOLS "/llvm-profdata", MergeArgs,
           "merging the profile into " + ProfileOutput,
           "check that the -o file can be written"))
    return 1;
  errs() << "koffload: wrote " << ProfileOutput << " (" << Raw.size()
         << " run(s) of the server)\n";
  return 0;
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
      "koffload: split a C socket server into an XDP offload and the "
      "program that carries it\n\n"
      "  koffload build -o server [--profile p.profdata] [--report r.html] "
      "<C sources> [-- clang flags]\n"
      "  koffload profile -o p.profdata <C sources> -- <workload command>\n"
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
    return profile();
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
