//===- BPFLibcParts.h - Pieces of the BPF libc lowering -------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// What BPFLibc.cpp (the calls that read strings) and BPFLibcCopy.cpp (the
// calls that also write one: strcpy and family) share: where a pointer
// argument points, and the checks that fall back.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_BPFLIBCPARTS_H
#define KOFFLOAD_KERNEL_BPFLIBCPARTS_H

#include "Kernel/BPFLibc.h"

#include <optional>

namespace koffload::bpflibc {

/// A pointer argument of a libc call: the object it points into.
struct StringArg {
  llvm::Value *New = nullptr;          ///< in the generated function
  BPFLibcObject Obj;
  std::optional<uint64_t> Const;  ///< constant offset in the object
  std::optional<uint64_t> MaxOff; ///< else the largest one SCEV knows
};

/// Where argument \p ArgNo of \p Call (in the working copy) points; an
/// error saying why when the offload does not have that object.
llvm::Expected<StringArg> locate(llvm::CallBase &Call, unsigned ArgNo,
                                 const BPFLibcSite &S);

/// \p V behind an empty asm: a bound checked on the result holds for the
/// register the verifier sees.
/// The window of \p A, at most \p W bytes (bpfLibcWindow's, for a string
/// argument already located): a constant offset is its own window; at a
/// variable one the pointer is rebuilt from its global at an offset
/// checked to leave W bytes, and the bytes of the object at it are checked
/// at run time.
llvm::Expected<BPFLibcWindow> windowAt(const StringArg &A, uint64_t W,
                                       const llvm::Twine &Name,
                                       const BPFLibcSite &S);

llvm::Value *opaque(llvm::IRBuilder<> &B, llvm::Value *V);

/// Continues where \p Ok holds; otherwise falls back.
void require(const BPFLibcSite &S, llvm::Value *Ok, const llvm::Twine &Name);

/// The generated value of a working-copy value.
llvm::Value *mapped(llvm::Value *V, const BPFLibcSite &S);

/// The C prototype of strcpy, stpcpy, strncpy, stpncpy, strcat or strncat.
llvm::FunctionType *copyPrototype(llvm::StringRef Name,
                                  llvm::LLVMContext &Ctx);

/// Lowers one of those calls (BPFLibcCopy.cpp).
llvm::Error lowerStringCopy(llvm::CallBase &Call, const BPFLibcSite &S);

} // namespace koffload::bpflibc

#endif // KOFFLOAD_KERNEL_BPFLIBCPARTS_H
