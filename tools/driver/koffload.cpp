//===- koffload.cpp - The koffload driver ---------------------------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// First cut of the driver (issue #6): `koffload build` splits a server in
// one command (its sources compiled to bitcode, linked as one program, then
// through clang with the plugin and -koffload-split, linked with the
// runtime); `koffload stats PID` prints a running split server's counters.
// Exit codes: 0 success (also when the program could not be split: it is
// built unchanged, and the remarks say why), 1 a step failed or the
// command line is wrong.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

using namespace llvm;

namespace {

cl::SubCommand Build("build", "Split a server: the executable carrying its "
                              "offload, the .bpf.o beside it, the JSON plan");
cl::SubCommand Stats("stats", "A running split server's counters");

cl::opt<std::string> Output("o", cl::sub(Build), cl::init("a.out"),
                            cl::desc("The split executable (default a.out); "
                                     "<out>.bpf.o and <out>.plan.json beside"),
                            cl::value_desc("file"));
cl::list<std::string> Sources(cl::Positional, cl::sub(Build), cl::OneOrMore,
                              cl::desc("<C sources> [-- clang flags]"));
/// What follows `--` on the command line: flags for clang.
std::vector<std::string> ClangFlags;
cl::opt<std::string> Pid(cl::Positional, cl::sub(Stats), cl::Required,
                         cl::desc("<pid>"));

/// Where the build tree or the install put the pieces: next to this
/// program's bin/ directory.
std::string besideBin(const char *Argv0, StringRef Rel) {
  std::string Self = sys::fs::getMainExecutable(Argv0, (void *)&besideBin);
  SmallString<256> P(sys::path::parent_path(sys::path::parent_path(Self)));
  sys::path::append(P, Rel);
  return std::string(P);
}

int run(StringRef Program, ArrayRef<std::string> Args) {
  std::vector<StringRef> Argv{Program};
  for (const std::string &A : Args)
    Argv.push_back(A);
  std::string Err;
  int RC = sys::ExecuteAndWait(Program, Argv, std::nullopt, {}, 0, 0, &Err);
  if (RC != 0)
    errs() << "koffload: " << Program << " failed"
           << (Err.empty() ? "" : ": " + Err) << "\n";
  return RC;
}

int build(const char *Argv0) {
  const std::string Clang = KOFFLOAD_LLVM_TOOLS "/clang";
  const std::string Link = KOFFLOAD_LLVM_TOOLS "/llvm-link";
  const std::string Plugin = besideBin(Argv0, "lib/KOffload.so");
  const std::string LibDir = besideBin(Argv0, "lib");
  SmallString<128> Tmp;
  if (sys::fs::createUniqueDirectory("koffload-build", Tmp)) {
    errs() << "koffload: cannot create a scratch directory\n";
    return 1;
  }
  // 1. Each source to unoptimized bitcode; 2. one program.
  errs() << "koffload: compiling " << Sources.size() << " source(s)\n";
  std::vector<std::string> Bitcode;
  for (const std::string &Src : Sources) {
    SmallString<128> BC(Tmp);
    sys::path::append(BC, sys::path::stem(Src) + "-" +
                              std::to_string(Bitcode.size()) + ".bc");
    std::vector<std::string> Args{"-O2", "-g", "-Xclang",
                                  "-disable-llvm-passes", "-emit-llvm", "-c"};
    Args.insert(Args.end(), ClangFlags.begin(), ClangFlags.end());
    Args.insert(Args.end(), {Src, "-o", std::string(BC)});
    if (run(Clang, Args))
      return 1;
    Bitcode.push_back(std::string(BC));
  }
  SmallString<128> Whole(Tmp);
  sys::path::append(Whole, "program.bc");
  std::vector<std::string> LinkArgs(Bitcode);
  LinkArgs.insert(LinkArgs.end(), {"-o", std::string(Whole)});
  if (run(Link, LinkArgs))
    return 1;
  // 3. The split: plan, offload (verified by the running kernel), the user
  // half, linked with the runtime.
  errs() << "koffload: splitting (the kernel's verifier checks the offload)\n";
  std::vector<std::string> Args{
      "-O2", "-g", "-fplugin=" + Plugin, "-fpass-plugin=" + Plugin,
      "-mllvm", "-koffload", "-mllvm", "-koffload-split",
      "-mllvm", "-koffload-bpf-out=" + Output + ".bpf.o",
      "-mllvm", "-koffload-report=" + Output + ".plan.json",
      "-Rpass=koffload", "-Rpass-missed=koffload",
      std::string(Whole), "-o", Output, "-L" + LibDir,
      "-lkoffload-rt", "-lbpf"};
  Args.insert(Args.end(), ClangFlags.begin(), ClangFlags.end());
  int RC = run(Clang, Args);
  sys::fs::remove_directories(Tmp);
  if (RC)
    return 1;
  errs() << "koffload: wrote " << Output << "\n";
  return 0;
}

} // namespace

int main(int Argc, char **Argv) {
  // Everything after `--` is clang's, not ours.
  int Ours = Argc;
  for (int I = 1; I < Argc; ++I)
    if (StringRef(Argv[I]) == "--") {
      Ours = I;
      ClangFlags.assign(Argv + I + 1, Argv + Argc);
      break;
    }
  cl::ParseCommandLineOptions(
      Ours, Argv,
      "koffload: split a C socket server into an XDP offload and the "
      "program that carries it\n");
  if (Build)
    return build(Argv[0]);
  if (Stats)
    return run(besideBin(Argv[0], "bin/koffload-stats"), {Pid}) ? 1 : 0;
  cl::PrintHelpMessage();
  return 1;
}
