//===- Driver.cpp - What the koffload driver's commands share -------------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//

#include "Driver.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace koffload::driver {

int execute(StringRef Program, ArrayRef<std::string> Args,
            std::optional<ArrayRef<StringRef>> Env, std::string &Err) {
  std::vector<StringRef> Argv{Program};
  for (const std::string &A : Args)
    Argv.push_back(A);
  return sys::ExecuteAndWait(Program, Argv, Env, {}, 0, 0, &Err);
}

int fail(StringRef Command, const Twine &Message) {
  errs() << "koffload" << (Command.empty() ? "" : " ") << Command << ": "
         << Message << "\n";
  return 1;
}

bool run(StringRef Command, StringRef Program, ArrayRef<std::string> Args,
         const Twine &What, const Twine &Advice,
         std::optional<ArrayRef<StringRef>> Env) {
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

Step::Step(unsigned N, unsigned Of, const Twine &What)
    : Start(std::chrono::steady_clock::now()) {
  errs() << "koffload: [" << N << "/" << Of << "] " << What << "\n";
}

double Step::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                       Start)
      .count();
}

bool Scratch::ok(StringRef Command) {
  std::error_code EC = sys::fs::createUniqueDirectory("koffload", Dir);
  if (!EC)
    return true;
  fail(Command, "cannot create a scratch directory: " + EC.message() +
                    ": check that $TMPDIR (or /tmp) is writable");
  return false;
}

std::string Scratch::file(const Twine &Name) const {
  SmallString<128> P(Dir);
  sys::path::append(P, Name);
  return std::string(P);
}

Scratch::~Scratch() {
  if (!Dir.empty())
    sys::fs::remove_directories(Dir);
}

std::string llvmTool(StringRef Name) {
  return (Twine(KOFFLOAD_LLVM_TOOLS) + "/" + Name).str();
}

bool Sources::anyCXX() const { return is_contained(IsCXX, true); }

std::string Sources::linker() const {
  return llvmTool(anyCXX() ? "clang++" : "clang");
}

std::string Sources::compilerFor(size_t I) const {
  return llvmTool(IsCXX[I] ? "clang++" : "clang");
}

std::vector<std::string> Sources::compileFlags(size_t I) const {
  std::vector<std::string> Flags(AllFlags);
  const std::vector<std::string> &Own = IsCXX[I] ? CXXFlags : CFlags;
  Flags.insert(Flags.end(), Own.begin(), Own.end());
  return Flags;
}

void Sources::aroundSource(size_t I, std::vector<std::string> &Before,
                           std::vector<std::string> &After) const {
  std::vector<std::string> Flags = compileFlags(I);
  for (size_t F = 0; F < Flags.size(); ++F) {
    if (Flags[F] == "-x" && F + 1 < Flags.size()) {
      Before.insert(Before.end(), {Flags[F], Flags[F + 1]});
      ++F;
    } else if (StringRef(Flags[F]).starts_with("-x")) {
      Before.push_back(Flags[F]);
    } else {
      After.push_back(Flags[F]);
    }
  }
}

std::vector<std::string> Sources::linkFlags() const {
  std::vector<std::string> All(AllFlags);
  if (!all_of(IsCXX, [](bool B) { return B; }))
    All.insert(All.end(), CFlags.begin(), CFlags.end());
  if (anyCXX())
    All.insert(All.end(), CXXFlags.begin(), CXXFlags.end());
  // -x after the last input has no effect but a warning.
  std::vector<std::string> Flags;
  for (size_t I = 0; I < All.size(); ++I) {
    if (All[I] == "-x") {
      ++I;
      continue;
    }
    if (!StringRef(All[I]).starts_with("-x"))
      Flags.push_back(All[I]);
  }
  return Flags;
}

/// Clang's C++ suffixes (".C" is C++ to clang; ".c" is C).
static bool isCXXSource(StringRef Ext) {
  return is_contained(
      {".cc", ".cp", ".cxx", ".cpp", ".CPP", ".c++", ".C", ".CC", ".ii"}, Ext);
}

static void tokenize(ArrayRef<std::string> Strings,
                     std::vector<std::string> &Out) {
  BumpPtrAllocator Alloc;
  StringSaver Saver(Alloc);
  for (const std::string &S : Strings) {
    SmallVector<const char *, 16> Tokens;
    cl::TokenizeGNUCommandLine(S, Saver, Tokens);
    for (const char *T : Tokens)
      if (T)
        Out.push_back(T);
  }
}

bool collectSources(StringRef Command, ArrayRef<std::string> Files,
                    ArrayRef<std::string> CFlagStrings,
                    ArrayRef<std::string> CXXFlagStrings,
                    ArrayRef<std::string> AllFlags, StringRef Usage,
                    Sources &Out) {
  if (Files.empty()) {
    fail(Command, "no source given: " + Usage);
    return false;
  }
  for (const std::string &Src : Files) {
    StringRef Ext = sys::path::extension(Src);
    if (is_contained({".m", ".mm", ".M"}, Ext)) {
      fail(Command, Src + " is Objective-C, which koffload does not take: "
                          "give C or C++ sources");
      return false;
    }
    if (!sys::fs::exists(Src)) {
      fail(Command, "no such source file: " + Src);
      return false;
    }
    Out.Files.push_back(Src);
    Out.IsCXX.push_back(isCXXSource(Ext));
  }
  tokenize(CFlagStrings, Out.CFlags);
  tokenize(CXXFlagStrings, Out.CXXFlags);
  Out.AllFlags.assign(AllFlags.begin(), AllFlags.end());
  return true;
}

std::vector<std::string> substituteServer(ArrayRef<std::string> Command,
                                          StringRef Instrumented) {
  std::vector<std::string> Out;
  for (std::string A : Command) {
    for (size_t At; (At = A.find("{}")) != std::string::npos;)
      A.replace(At, 2, Instrumented.str());
    Out.push_back(A);
  }
  return Out;
}

} // namespace koffload::driver
