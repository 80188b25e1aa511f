# Find the system LLVM 19.1 (Debian llvm-19-dev) and set up compile flags
# that match how it was built. "19" alone is refused by LLVMConfigVersion.
find_package(LLVM 19.1 REQUIRED CONFIG
  HINTS /usr/lib/llvm-19/lib/cmake/llvm)
message(STATUS "Using LLVM ${LLVM_PACKAGE_VERSION} from ${LLVM_DIR}")

list(APPEND CMAKE_MODULE_PATH ${LLVM_CMAKE_DIR})
include(AddLLVM)

include_directories(SYSTEM ${LLVM_INCLUDE_DIRS})
separate_arguments(KOFFLOAD_LLVM_DEFINITIONS NATIVE_COMMAND
  ${LLVM_DEFINITIONS})
add_definitions(${KOFFLOAD_LLVM_DEFINITIONS})

# LLVM is built without RTTI; everything linking against it must match.
if(NOT LLVM_ENABLE_RTTI)
  add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-fno-rtti>)
endif()

# Tools the tests and the build drive, taken from the same LLVM.
set(KOFFLOAD_CLANG ${LLVM_TOOLS_BINARY_DIR}/clang)
set(KOFFLOAD_OPT ${LLVM_TOOLS_BINARY_DIR}/opt)
set(KOFFLOAD_LLC ${LLVM_TOOLS_BINARY_DIR}/llc)
set(KOFFLOAD_LIT ${LLVM_LIBRARY_DIR}/../build/utils/lit/lit.py)
if(NOT EXISTS ${KOFFLOAD_LIT})
  set(KOFFLOAD_LIT /usr/lib/llvm-19/build/utils/lit/lit.py)
endif()
