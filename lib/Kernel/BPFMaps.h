//===- BPFMaps.h - BTF-defined maps of a generated program ------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A map the generated program defines the way BPF C does with libbpf's
// macros: a global in section ".maps" whose BTF is a struct of pointer
// members. `__uint(type, N)` is a member `int (*type)[N]`, libbpf reads N
// from the array's length; `__type(key, T)` is a member `T *key`. The
// global's own bytes are only room (a pointer a member).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_BPFMAPS_H
#define KOFFLOAD_KERNEL_BPFMAPS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace llvm {
class DIBuilder;
class DICompileUnit;
class DIFile;
class DIType;
class GlobalVariable;
class Module;
} // namespace llvm

namespace koffload {

/// One member of a map's definition: `__uint(Name, Number)`, or with
/// \p Type `__type(Name, Type)`.
struct MapField {
  llvm::StringRef Name;
  uint64_t Number = 0;
  llvm::DIType *Type = nullptr;
};

/// The ".maps" global \p Name of \p Fields members (made once).
llvm::GlobalVariable *mapGlobal(llvm::Module &M, llvm::StringRef Name,
                                unsigned Fields);

/// Its BTF: the struct of \p Fields.
void addMapBTF(llvm::DIBuilder &DIB, llvm::DICompileUnit *CU,
               llvm::DIFile *File, llvm::GlobalVariable *GV,
               llvm::ArrayRef<MapField> Fields);

// Map types and flags (uapi/linux/bpf.h).
enum : uint64_t {
  MapTypeHash = 1,
  MapTypeArray = 2,
  MapTypePercpuArray = 6,
  MapTypeSockhash = 18,
  MapTypeSkStorage = 24,
  MapTypeRingbuf = 27,
  MapFlagNoPrealloc = 1,
  MapFlagMmapable = 1024,
};

} // namespace koffload

#endif // KOFFLOAD_KERNEL_BPFMAPS_H
