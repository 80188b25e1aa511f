//===- PluginLoadTest.cpp - The built plugin registers its pipelines ------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Loads build/lib/KOffload.so the way opt -load-pass-plugin does and checks
// that koffload's pipeline names parse only after it registered its
// callbacks, and that they run.
//
//===----------------------------------------------------------------------===//

#include "IRTestHelpers.h"

#include "llvm/Passes/PassPlugin.h"

using namespace llvm;
using namespace koffload::test;

namespace {

TEST(PluginLoadTest, PipelinesParseOnlyAfterRegistration) {
  Analyses A;
  ModulePassManager MPM;
  for (StringRef Name : {"koffload", "print<koffload-landmarks>",
                         "require<koffload-landmarks>"}) {
    Error E = A.PB.parsePassPipeline(MPM, Name);
    EXPECT_TRUE(bool(E)) << Name.str() << " parsed before the plugin loaded";
    consumeError(std::move(E));
  }

  Expected<PassPlugin> Plugin = PassPlugin::Load(KOFFLOAD_PLUGIN_PATH);
  ASSERT_TRUE(bool(Plugin)) << toString(Plugin.takeError());
  EXPECT_EQ(Plugin->getPluginName(), "KOffload");
  Plugin->registerPassBuilderCallbacks(A.PB);
  // Analyses registered by the plugin must reach this manager too.
  A.PB.registerModuleAnalyses(A.MAM);

  for (StringRef Name : {"koffload", "print<koffload-landmarks>",
                         "require<koffload-landmarks>",
                         "invalidate<koffload-landmarks>"}) {
    ModulePassManager Fresh;
    Error E = A.PB.parsePassPipeline(Fresh, Name);
    EXPECT_FALSE(bool(E)) << Name.str() << ": " << toString(std::move(E));
  }

  // And the whole split runs on a module, leaving it unchanged.
  LLVMContext Ctx;
  auto M = parseIR(Ctx, R"(
declare i32 @socket(i32, i32, i32)
define i32 @main() {
  %fd = call i32 @socket(i32 2, i32 2, i32 0)
  ret i32 %fd
}
)");
  ASSERT_TRUE(M);
  std::string Before;
  raw_string_ostream(Before) << *M;
  ModulePassManager Split;
  ASSERT_FALSE(bool(A.PB.parsePassPipeline(Split, "koffload")));
  Split.run(*M, A.MAM);
  std::string After;
  raw_string_ostream(After) << *M;
  EXPECT_EQ(Before, After);
}

TEST(PluginLoadTest, MissingPluginIsAnError) {
  Expected<PassPlugin> Plugin =
      PassPlugin::Load(KOFFLOAD_PLUGIN_PATH ".does-not-exist");
  EXPECT_FALSE(bool(Plugin));
  consumeError(Plugin.takeError());
}

} // namespace
