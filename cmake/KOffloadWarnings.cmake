# Warning flags for koffload's own C (the runtime, tools, tests, examples,
# benchmarks, and the BPF C compiled with LLVM 19's clang):
# ${KOFFLOAD_WARNING_FLAGS}. KOFFLOAD_WERROR makes them errors. It is off by
# default, so a packager's build with another compiler (a newer gcc finds
# new things) is not stopped by a warning; tools/build.sh, and so
# tools/test.sh and CI, turn it on, and the gcc-release test builds the
# tree with the system's gcc and it on.
option(KOFFLOAD_WERROR "Treat warnings in koffload's C code as errors" OFF)
set(KOFFLOAD_WARNING_FLAGS -Wall -Wextra)
if(KOFFLOAD_WERROR)
  list(APPEND KOFFLOAD_WARNING_FLAGS -Werror)
endif()
