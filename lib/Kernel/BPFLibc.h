//===- BPFLibc.h - Libc calls of the fast path in the offload --*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The request path may call the bounded part of libc (strlen, strncmp,
// strtoul, isdigit, ...: KernelForm::BoundedLibc in the planner). Those
// calls run in the offload as calls to the koffload_* functions of
// runtime/bpf/koffload_libc.h, whose bitcode (koffload-bpf-libc.bc) is
// linked into the generated module and inlined by the BPF pipeline:
//
//  - each call gets its `avail` (bytes readable at a pointer argument: the
//    rest of the object it points into) and the shared status struct, and
//    is followed by a check of st.overflow: when glibc's answer depends on
//    a byte the BPF version may not examine, the request falls back
//    (XDP_PASS, the packet untouched);
//  - the loads through glibc's ctype tables (what isdigit() and toupper()
//    expand to: (*__ctype_b_loc())[c]) become koffload_ctype_*_at(c);
//  - strtoul's end pointer lives on the BPF stack, where the verifier keeps
//    track of a stored pointer (in the per-CPU scratch it would not).
//
// Which calls those are, what they read and their caps come from
// Support/KernelModel.h, which the planner reads too. Calls the BPF libc
// cannot take (strstr with a long needle, strspn with a set that is not a
// literal) are blocked by the planner (NotInBPFLibc) and refused here with
// the same reason. The string copies and strrchr, which are two calls or
// have two objects, are lowered in BPFLibcCopy.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_BPFLIBC_H
#define KOFFLOAD_KERNEL_BPFLIBC_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/Support/Error.h"
#include "llvm/Transforms/Utils/ValueMapper.h"
#include <optional>
#include <string>
#include <utility>

namespace llvm {
class AllocaInst;
class BasicBlock;
class CallBase;
class Function;
class GlobalVariable;
class Instruction;
class Module;
class Value;
} // namespace llvm

namespace koffload {

/// Whether a call to \p Name on the fast path is lowered to the BPF libc
/// (LibcLowering::BPFLibc in Support/KernelModel.h).
bool isBPFLibcCall(llvm::StringRef Name);

/// Whether lowerBPFLibcCall() knows \p Name's prototype: true exactly for
/// the model's BPFLibc functions (test/unit/KernelModelTest.cpp).
bool hasBPFLibcLowering(llvm::StringRef Name);
/// Every name hasBPFLibcLowering() accepts.
llvm::SmallVector<llvm::StringRef, 48> bpfLibcLoweredNames();

/// The argument of \p Call that the kernel model wants a string literal
/// (LiteralArg: strspn's set, made a 256-bit map at compile time; strstr's
/// needle, made one word), as a string; none when it is not a literal (the
/// call is refused).
std::optional<llvm::StringRef> bpfLibcLiteralArg(const llvm::CallBase &Call);

/// Whether \p Name is bounded in principle but the BPF libc has no
/// implementation of it (the model's NotInBPFLibc: the planner blocks it).
bool isMissingFromBPFLibc(llvm::StringRef Name);

/// An object a pointer argument points into, as the generated function
/// sees it.
struct BPFLibcObject {
  llvm::GlobalVariable *Global = nullptr; ///< the kernel global holding it
  llvm::Value *Start = nullptr; ///< its first byte, valid at the call
  uint64_t Size = 0;            ///< its size in bytes
};

/// What lowering one call needs from the XDP generator.
struct BPFLibcSite {
  llvm::IRBuilder<> &B;          ///< at the call's place in the XDP function
  llvm::Function &F;             ///< the XDP function
  llvm::BasicBlock *Fallback;    ///< returns XDP_PASS, packet untouched
  llvm::ValueToValueMapTy &VMap; ///< working copy -> generated values
  /// The object of a working-copy alloca or global, if the kernel has it.
  llvm::function_ref<std::optional<BPFLibcObject>(const llvm::Value *)>
      ObjectOf;
  /// A slot in map memory (the verifier does not track what is stored
  /// there): results pass through it to become unknown within their range.
  llvm::function_ref<llvm::Value *()> LaunderSlot;
  /// The status struct every call shares (struct koffload_libc_status: a
  /// bool and an int), made once per function by the generator, which
  /// keeps the pointer (never found again by name: clang drops local
  /// value names).
  llvm::function_ref<llvm::Value *()> StatusSlot;
  /// A string argument known here to be the start of this constant
  /// global of the working copy (one candidate of several: a name read
  /// from a constant table), by argument number.
  std::optional<std::pair<unsigned, llvm::GlobalVariable *>> ArgIs = {};
};

/// Where a pointer argument of a call may be read or written in the
/// offload: the pointer, the bytes available at it (Avail, at most W, a
/// range the verifier knows) and W, the window the verifier is shown.
struct BPFLibcWindow {
  llvm::Value *Ptr = nullptr;
  llvm::Value *Avail = nullptr;
  uint64_t W = 0;
};

/// The window of argument \p ArgNo of \p Call, at most \p Cap bytes: the
/// rest of the object the pointer is in, checked at run time when its
/// offset is not a constant (as the BPF libc's string arguments are).
llvm::Expected<BPFLibcWindow> bpfLibcWindow(llvm::CallBase &Call,
                                            unsigned ArgNo, uint64_t Cap,
                                            const BPFLibcSite &S);

/// Emits \p Call, sprintf or snprintf with a constant format, as one BPF
/// libc piece per conversion (Kernel/BPFFormat.cpp).
llvm::Error lowerFormatCall(llvm::CallBase &Call, const BPFLibcSite &S);

/// Creates the libc status struct at the entry of \p F, zeroed there.
/// Each call is followed by a check of its overflow flag, so the flag is
/// clear whenever a call starts.
llvm::AllocaInst *createBPFLibcStatus(llvm::Function &F);

/// Emits \p Call (in the working copy) at S.B as a call to its koffload_*
/// function, with the status check after it; records the result in S.VMap.
llvm::Error lowerBPFLibcCall(llvm::CallBase &Call, const BPFLibcSite &S);

/// A call of glibc's __ctype_b_loc() and the like (the ctype tables' places),
/// which BPFLibcLink.cpp maps and rewrites.
bool isBPFLibcCtypeLoc(const llvm::Value *V);

/// glibc's ctype table accessors (__ctype_b_loc and friends) are pure: LLVM
/// may have hoisted them, and the loads of their table pointers, above the
/// receive. Before \p I is cloned, maps such operands to the same calls at
/// the entry of \p F.
void mapHoistedCtypeTables(llvm::Instruction &I, llvm::ValueToValueMapTy &VMap,
                           llvm::Function &F);

/// After the request path is cloned into \p F: rewrites the loads through
/// glibc's ctype tables, then links the koffload_* functions the module now
/// calls from the BPF libc bitcode (\p Override, else found next to the
/// plugin or in the build tree) into \p KM, in KM's context. Without the
/// bitcode the offload is refused; a module without libc calls needs none.
llvm::Error linkBPFLibc(llvm::Module &KM, llvm::Function &F,
                        llvm::StringRef Override);

/// Where the BPF libc bitcode is looked for, in order (the first that
/// exists is used): \p Override alone when given; else next to the plugin,
/// then the build tree's copy.
std::vector<std::string> bpfLibcCandidates(llvm::StringRef Override);

} // namespace koffload

#endif // KOFFLOAD_KERNEL_BPFLIBC_H
