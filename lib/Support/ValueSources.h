//===- ValueSources.h - Where an IR value may come from --------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// A small, bounded, interprocedural walk from a value back to the values it
// may have been copied from: through casts, phis and selects, through memory
// (loads matched to stores into the same alloca or global), through
// arguments (to the actual arguments at every direct call site) and through
// calls of defined functions (to their return values). The walk stops at
// leaves: constants, calls of external functions (socket, accept, open, ...)
// and anything it cannot see through, in which case it says so. The landmark
// analysis uses it to tell a socket fd from a file fd and to fold constants
// that reach socket() and bind() through a few local variables.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_VALUESOURCES_H
#define KOFFLOAD_SUPPORT_VALUESOURCES_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/IR/Value.h"
#include <optional>

namespace llvm {
class CallBase;
class DataLayout;
class Use;
class ConstantInt;
class Function;
} // namespace llvm

namespace koffload {

struct ValueSources {
  /// The leaves reached: constants, calls of external functions, and values
  /// the walk could not see through.
  llvm::SmallSetVector<llvm::Value *, 4> Leaves;
  /// False when some leaf is opaque (unknown memory, an argument with
  /// unseen callers, an indirect call) or the step budget ran out.
  bool Complete = true;

  /// Calls among the leaves whose callee is one of \p Names.
  llvm::SmallVector<llvm::CallBase *, 2>
  callsTo(llvm::ArrayRef<llvm::StringRef> Names) const;
  /// The single integer constant every leaf agrees on, if the walk was
  /// complete and all leaves are that constant.
  std::optional<int64_t> uniqueConstant() const;
  /// The integer constants the leaves may be, each once, in ascending
  /// order, if the walk was complete and every leaf folds to a constant
  /// (`cond ? AF_INET : AF_INET6`, a variable set on two paths).
  std::optional<llvm::SmallVector<int64_t, 2>> possibleConstants() const;
};

/// Walks back from \p V. \p MaxSteps bounds the work on pathological IR.
ValueSources traceValueSources(llvm::Value *V, unsigned MaxSteps = 512);

/// The integer value of \p V when it folds to a constant: literals, the
/// byte-order helpers (htons, ntohs, htonl, ntohl, __bswap_16/32,
/// llvm.bswap), inet_addr of a literal, simple arithmetic and casts on
/// constants, and locals that hold a single constant.
std::optional<uint64_t> evaluateConstantInt(llvm::Value *V,
                                            unsigned Depth = 0);

/// Adds a pointer into the object to a walkPointersInto() walk, with its
/// offset from the object's start when known.
using PushPointer = llvm::function_ref<void(llvm::Value *,
                                            std::optional<int64_t>)>;

/// Walks the pointers into \p Object: through GEPs (adding their constant
/// offsets), casts, phis and selects (offset unknown from there on), and
/// slots a pointer is spilled to and reloaded from (every pointer parameter
/// at -O0). A pointer reached at two offsets has none. Every other use of
/// such a pointer, a store through it included, goes to \p Visit with the
/// pointer's offset; \p Visit may add pointers (a callee's parameter) with
/// the PushPointer it gets. The walk stops after \p MaxPointers pointers.
void walkPointersInto(
    llvm::Value *Object, const llvm::DataLayout &DL, unsigned MaxPointers,
    llvm::function_ref<void(llvm::Use &, std::optional<int64_t>, PushPointer)>
        Visit);

/// The callee's name for a direct call, with the `__isoc99_`/`__` glibc
/// spellings reduced to the plain libc name; empty for indirect calls.
llvm::StringRef directCalleeName(const llvm::CallBase &CB);

/// Whether \p To is \p From or reached from it through direct calls of
/// functions defined in the module.
bool reachesByCalls(const llvm::Function &From, const llvm::Function &To);

/// pthread_create(&t, attr, start, arg), thrd_create(&t, start, arg): the
/// operand that holds the start routine (its argument is the next one).
std::optional<unsigned> threadStartOperand(const llvm::CallBase &CB);

/// True when \p CB is an indirect call that may reach \p F: an
/// address-taken function called through a pointer of its own type (a
/// dispatch table of handlers).
bool mayCallIndirectly(const llvm::CallBase &CB, const llvm::Function &F);

/// True when \p CB calls a function defined outside the module (a libc or
/// system call), as opposed to a user function that happens to share a name.
bool callsExternalFunction(const llvm::CallBase &CB);

/// Whether a call may write through its pointer argument \p ArgNo: by its
/// attributes, or for libc functions (whose declarations carry few) by
/// what they are known to do.
bool callMayWriteArg(const llvm::CallBase &CB, unsigned ArgNo);

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_VALUESOURCES_H
