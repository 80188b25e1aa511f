//===- Driver.h - What the koffload driver's commands share -----*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The helpers koffload.cpp (build, report, main) and Profile.cpp (profile)
// share: running a tool and saying in one line why it failed, progress
// lines, a scratch directory, and the sources with the clang flags each
// takes (C with --cflags and clang, C++ with --cxxflags and clang++).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_TOOLS_DRIVER_DRIVER_H
#define KOFFLOAD_TOOLS_DRIVER_DRIVER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace koffload::driver {

/// Runs \p Program; its exit status, or -1 (with \p Err) when it could
/// not run, or -2 and less for a signal.
int execute(llvm::StringRef Program, llvm::ArrayRef<std::string> Args,
            std::optional<llvm::ArrayRef<llvm::StringRef>> Env,
            std::string &Err);

/// The last line of a failing command: "koffload <command>: <what failed>:
/// <what to do>". Returns the exit status, 1.
int fail(llvm::StringRef Command, const llvm::Twine &Message);

/// A step of \p Command that runs \p Program: false, with the last line
/// (\p What failed, and \p Advice), when it does not succeed.
bool run(llvm::StringRef Command, llvm::StringRef Program,
         llvm::ArrayRef<std::string> Args, const llvm::Twine &What,
         const llvm::Twine &Advice,
         std::optional<llvm::ArrayRef<llvm::StringRef>> Env = std::nullopt);

/// Progress lines: "koffload: [2/3] linking ...".
class Step {
  std::chrono::steady_clock::time_point Start;

public:
  Step(unsigned N, unsigned Of, const llvm::Twine &What);
  double seconds() const;
};

/// A scratch directory removed on every way out.
struct Scratch {
  llvm::SmallString<128> Dir;
  bool ok(llvm::StringRef Command);
  std::string file(const llvm::Twine &Name) const;
  ~Scratch();
};

/// The sources of a build or profile and the clang flags each takes.
struct Sources {
  std::vector<std::string> Files;
  std::vector<bool> IsCXX; ///< Per file: compiled with clang++.
  std::vector<std::string> CFlags, CXXFlags;
  /// Flags of the deprecated spellings (build's `-- flags`, profile's
  /// --cflag): every compile and the link, as before.
  std::vector<std::string> AllFlags;

  bool anyCXX() const;
  /// clang++ when any source is C++ (it links libstdc++), else clang.
  std::string linker() const;
  std::string compilerFor(size_t I) const;
  /// The flags of source \p I's compile (they go before the source).
  std::vector<std::string> compileFlags(size_t I) const;
  /// The flags of source \p I for one clang run that compiles and links
  /// it: -x before the source (it applies to the inputs after it), the
  /// rest after (-l after the objects that need it).
  void aroundSource(size_t I, std::vector<std::string> &Before,
                    std::vector<std::string> &After) const;
  /// The flags of the link (after its inputs): every language's flags
  /// but -x, which would apply to nothing.
  std::vector<std::string> linkFlags() const;
};

/// Checks \p Files (they exist; C or C++) and splits the flag strings into
/// \p Out; false after saying why in the last line.
bool collectSources(llvm::StringRef Command, llvm::ArrayRef<std::string> Files,
                    llvm::ArrayRef<std::string> CFlagStrings,
                    llvm::ArrayRef<std::string> CXXFlagStrings,
                    llvm::ArrayRef<std::string> AllFlags,
                    llvm::StringRef Usage, Sources &Out);

/// The LLVM 19 tools koffload runs (clang, clang++, llvm-link, ...).
std::string llvmTool(llvm::StringRef Name);

/// The workload or server command after `--`, with {} replaced by
/// \p Instrumented.
std::vector<std::string> substituteServer(llvm::ArrayRef<std::string> Command,
                                          llvm::StringRef Instrumented);

/// What `koffload profile` was asked (Profile.cpp).
struct ProfileRequest {
  std::string Output;
  std::string Pcap;
  unsigned Port = 0;
  std::vector<std::string> Command; ///< After --.
};
int profile(const Sources &Srcs, const ProfileRequest &Req);

} // namespace koffload::driver

#endif
