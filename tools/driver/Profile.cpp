//===- Profile.cpp - koffload profile -------------------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// An instrumented build of the server, run under the user's workload or
// fed a capture's requests (Replay.cpp), and its raw profiles merged.
//
// The server writes its profile as it runs: it is built with
// -runtime-counter-relocation and runs with %c in LLVM_PROFILE_FILE
// (compiler-rt's continuous mode), so its counters live in the mmap'd
// profile file. Real servers run until killed: a SIGTERM, even a SIGKILL,
// leaves a complete profile, with no exit handler to run. A
// LLVM_PROFILE_FILE the user set is kept (with %c added), and the raw
// profiles are merged from where it says.
//
//===----------------------------------------------------------------------===//

#include "Driver.h"
#include "Replay.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h> // environ, geteuid, gethostname

using namespace llvm;

namespace koffload::driver {

namespace {

/// The instrumented server: each source with its flags, linked by clang++
/// when any is C++.
bool buildInstrumented(const Sources &Srcs, const Scratch &Tmp,
                       const std::string &Exe) {
  const std::vector<std::string> Instrument{
      "-O2", "-g", "-fprofile-instr-generate", "-mllvm",
      "-runtime-counter-relocation"};
  if (Srcs.Files.size() == 1) {
    std::vector<std::string> Before, After, Args(Instrument);
    Srcs.aroundSource(0, Before, After);
    Args.insert(Args.end(), Before.begin(), Before.end());
    Args.insert(Args.end(), {Srcs.Files[0], "-o", Exe});
    Args.insert(Args.end(), After.begin(), After.end());
    return run("profile", Srcs.compilerFor(0), Args,
               "building the instrumented server",
               "fix the source, or give the flags it needs with --" +
                   Twine(Srcs.IsCXX[0] ? "cxxflags" : "cflags"));
  }
  std::vector<std::string> Objects;
  for (size_t I = 0; I < Srcs.Files.size(); ++I) {
    std::string Obj = Tmp.file(sys::path::stem(Srcs.Files[I]) + "-" +
                               std::to_string(I) + ".o");
    std::vector<std::string> Args(Instrument), Flags = Srcs.compileFlags(I);
    Args.insert(Args.end(), Flags.begin(), Flags.end());
    Args.insert(Args.end(), {"-c", Srcs.Files[I], "-o", Obj});
    if (!run("profile", Srcs.compilerFor(I), Args,
             "building the instrumented server: compiling " + Srcs.Files[I],
             "fix the source, or give the flags it needs with --" +
                 Twine(Srcs.IsCXX[I] ? "cxxflags" : "cflags")))
      return false;
    Objects.push_back(Obj);
  }
  std::vector<std::string> Args{"-fprofile-instr-generate"};
  Args.insert(Args.end(), Objects.begin(), Objects.end());
  Args.insert(Args.end(), {"-o", Exe});
  std::vector<std::string> Link = Srcs.linkFlags();
  Args.insert(Args.end(), Link.begin(), Link.end());
  return run("profile", Srcs.linker(), Args,
             "building the instrumented server: linking",
             "give the libraries it needs with --cflags (-l...)");
}

/// Where the raw profiles of a LLVM_PROFILE_FILE pattern are: its
/// directory, and a regex of their names. The runtime's %p, %h, %m, %Nm,
/// %b and %t are understood; %c only switches the mode.
struct RawProfiles {
  std::string Dir;
  std::string NameRegex;
  std::string Problem; ///< Why the files cannot be found, if they cannot.
};

RawProfiles locate(StringRef Pattern) {
  std::string Expanded;
  std::optional<std::string> EnvTmp = sys::Process::GetEnv("TMPDIR");
  char Host[256] = "";
  gethostname(Host, sizeof(Host) - 1);
  // %t and %h are known here; the rest become regex pieces, marked \x01.
  for (size_t I = 0; I < Pattern.size(); ++I) {
    if (Pattern[I] != '%' || I + 1 == Pattern.size()) {
      Expanded += Pattern[I];
      continue;
    }
    size_t J = I + 1;
    while (J < Pattern.size() && isDigit(Pattern[J]))
      ++J;
    char Spec = J < Pattern.size() ? Pattern[J] : 0;
    if (Spec == 't')
      Expanded += EnvTmp ? *EnvTmp : "/tmp";
    else if (Spec == 'h')
      Expanded += Host;
    else if (Spec == 'c')
      ;
    else if (Spec == 'p' || Spec == 'm' || Spec == 'b')
      Expanded += '\x01';
    else
      Expanded += Pattern.substr(I, J + 1 - I);
    I = J;
  }
  RawProfiles R;
  StringRef Dir = sys::path::parent_path(Expanded);
  if (Dir.contains('\x01')) {
    R.Problem = "LLVM_PROFILE_FILE=" + Pattern.str() +
              " has %p, %m or %b in its directory, where koffload cannot "
              "find the profiles: put them in the file name";
    return R;
  }
  R.Dir = Dir.empty() ? "." : Dir.str();
  SmallVector<StringRef, 4> Parts;
  StringRef(sys::path::filename(Expanded)).split(Parts, '\x01');
  SmallVector<std::string, 4> Escaped;
  for (StringRef P : Parts)
    Escaped.push_back(Regex::escape(P));
  R.NameRegex = "^" + join(Escaped, "[0-9a-zA-Z_]+") + "$";
  return R;
}

/// The raw profiles in \p Where written since \p Since. (A server
/// killed before its runtime wrote anything leaves an empty file.)
std::vector<std::string> rawProfilesSince(const RawProfiles &Where,
                                          sys::TimePoint<> Since) {
  std::vector<std::string> Raw;
  Regex Name(Where.NameRegex);
  std::error_code EC;
  for (sys::fs::directory_iterator It(Where.Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    sys::fs::file_status St;
    if (!Name.match(sys::path::filename(It->path())) ||
        sys::fs::status(It->path(), St) || !sys::fs::is_regular_file(St) ||
        St.getLastModificationTime() < Since ||
        St.getSize() == 0) // created, never written: nothing to merge
      continue;
    Raw.push_back(It->path());
  }
  llvm::sort(Raw);
  return Raw;
}

/// The environment of the workload or server: this one's, with where the
/// server writes its profile and where the server is.
std::vector<std::string> serverEnv(const std::string &ProfileFile,
                                   const std::string &Instrumented) {
  std::vector<std::string> Env{"LLVM_PROFILE_FILE=" + ProfileFile,
                               "KOFFLOAD_INSTRUMENTED=" + Instrumented};
  for (char **E = environ; *E; ++E)
    if (!StringRef(*E).starts_with("LLVM_PROFILE_FILE=") &&
        !StringRef(*E).starts_with("KOFFLOAD_INSTRUMENTED="))
      Env.push_back(*E);
  return Env;
}

} // namespace

int profile(const Sources &Srcs, const ProfileRequest &Req) {
  bool Replay = !Req.Pcap.empty();
  if (!Replay && Req.Command.empty())
    return fail("profile", "no workload command after --: koffload profile "
                           "-o p.profdata <C/C++ sources> -- <workload "
                           "command> ({} in it is the instrumented server), "
                           "or --pcap capture.pcap");
  if (!Replay && Req.Port)
    return fail("profile", "--port goes with --pcap (the port the capture's "
                           "requests are replayed to): drop it, or give "
                           "--pcap");
  // The capture's requests, before anything is built: a wrong file is
  // said at once.
  std::vector<const Datagram *> Requests;
  Capture Cap;
  uint16_t Port = Req.Port;
  if (Replay) {
    Expected<Capture> Read = readCapture(Req.Pcap);
    if (!Read)
      return fail("profile", toString(Read.takeError()) +
                                 ": give a capture tcpdump -w wrote");
    Cap = std::move(*Read);
    if (Req.Port > 65535)
      return fail("profile", "--port " + Twine(Req.Port) +
                                 " is not a UDP port: give 1 to 65535");
    if (Port == 0)
      Port = busiestPort(Cap);
    for (const Datagram &D : Cap.Datagrams)
      if (D.DstPort == Port)
        Requests.push_back(&D);
    if (Requests.empty())
      return fail("profile",
                  Cap.Datagrams.empty()
                      ? "the capture " + Req.Pcap + " has no UDP datagrams (" +
                            Twine(Cap.Packets) +
                            " packets): capture the server's port, e.g. "
                            "tcpdump -w c.pcap udp port N"
                      : "the capture " + Req.Pcap +
                            " has no UDP datagrams to port " + Twine(Port) +
                            ": give the port its requests went to with "
                            "--port");
    if (geteuid() != 0)
      return fail("profile", "--pcap runs the server in a private network "
                             "namespace pair, which needs root "
                             "(CAP_SYS_ADMIN and CAP_NET_ADMIN): run it as "
                             "root, or profile with a workload command "
                             "after --");
  }
  Scratch Tmp;
  if (!Tmp.ok("profile"))
    return 1;
  std::string Instrumented = Tmp.file("instrumented");
  Step Compile(1, 3, "building the instrumented server (it writes its "
                     "profile as it runs)");
  if (!buildInstrumented(Srcs, Tmp, Instrumented))
    return 1;

  // Where the server writes: the user's LLVM_PROFILE_FILE, else the
  // scratch directory; continuous mode either way.
  std::optional<std::string> UserFile =
      sys::Process::GetEnv("LLVM_PROFILE_FILE");
  if (UserFile && UserFile->empty())
    UserFile.reset();
  std::string Pattern = UserFile ? *UserFile : Tmp.file("server-%p.profraw");
  RawProfiles Where = locate(Pattern);
  if (!Where.Problem.empty())
    return fail("profile", Where.Problem);
  if (!StringRef(Pattern).contains("%c"))
    Pattern += "%c";
  std::vector<std::string> EnvStore = serverEnv(Pattern, Instrumented);
  std::vector<StringRef> Env(EnvStore.begin(), EnvStore.end());
  // A second of slack: file times may be coarser than the clock.
  sys::TimePoint<> Start =
      std::chrono::system_clock::now() - std::chrono::seconds(1);

  std::vector<std::string> Command = substituteServer(Req.Command,
                                                      Instrumented);
  if (Replay) {
    if (Command.empty())
      Command.push_back(Instrumented);
    Step Workload(2, 3, "replaying " + Twine(Requests.size()) +
                            " request(s) to UDP port " + Twine(Port) +
                            " from " + Req.Pcap + " (" +
                            Twine(Cap.Packets) + " packets)");
    ErrorOr<std::string> Program = sys::findProgramByName(Command.front());
    if (!Program)
      return fail("profile", "the server command " + Command.front() +
                                 " is not found: give its path ({} is the "
                                 "instrumented server)");
    Command.front() = *Program;
    Expected<ReplayResult> R = replayCapture(Command, Env, Port, Requests);
    if (!R)
      return fail("profile", "replaying " + Req.Pcap + ": " +
                                 toString(R.takeError()));
    errs() << "koffload: " << R->Sent << " request(s) sent, "
           << R->Answered << " answered";
    if (Cap.Fragments || Cap.Truncated)
      errs() << " (" << Cap.Fragments << " IP fragment(s) and "
             << Cap.Truncated << " truncated packet(s) skipped)";
    errs() << "\n";
  } else {
    Step Workload(2, 3, "running the workload: " + Command.front());
    ErrorOr<std::string> Program = sys::findProgramByName(Command.front());
    if (!Program || !sys::fs::can_execute(*Program))
      return fail("profile", "the workload command " + Command.front() +
                                 " is not found: give its path, or a "
                                 "program on $PATH");
    if (!run("profile", *Program, ArrayRef(Command).drop_front(),
             "the workload " + Command.front(),
             "it must start the server ({}), send it traffic, stop it "
             "(SIGTERM is fine) and succeed",
             ArrayRef(Env)))
      return 1;
  }

  Step Merge(3, 3, "merging the profile");
  std::vector<std::string> Raw = rawProfilesSince(Where, Start);
  if (Raw.empty()) {
    std::string Why = std::string("the ") + (Replay ? "replay" : "workload") +
                      " finished but the server wrote no profile";
    if (UserFile)
      Why += " where LLVM_PROFILE_FILE=" + *UserFile + " says";
    Why += Replay ? ": did it start?" : ": did the workload start it ({})?";
    return fail("profile", Why);
  }
  std::vector<std::string> MergeArgs{"merge", "-o", Req.Output};
  MergeArgs.insert(MergeArgs.end(), Raw.begin(), Raw.end());
  if (!run("profile", llvmTool("llvm-profdata"), MergeArgs,
           "merging the profile into " + Req.Output,
           "check that the -o file can be written"))
    return 1;
  errs() << "koffload: wrote " << Req.Output << " (" << Raw.size()
         << " run(s) of the server"
         << (UserFile ? ", from " + Where.Dir : std::string()) << ")\n";
  return 0;
}

} // namespace koffload::driver
