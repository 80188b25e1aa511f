//===- StoredBefore.h - What a local holds at a call ------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The value a field of a stack object holds where an instruction runs, as
// the last stores before it (on every path) left it: a msghdr's fields at
// a recvmsg (the generator decodes the message), the bytes a local array
// holds at the receive when the program set them once before its loop
// (`char quit[] = "quit"`: a constant the offload's copy starts with, not
// state from before the request).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_SUPPORT_STOREDBEFORE_H
#define KOFFLOAD_SUPPORT_STOREDBEFORE_H

#include <cstdint>

namespace llvm {
class AllocaInst;
class CallBase;
class Constant;
class Instruction;
class Type;
class Value;
} // namespace llvm

namespace koffload {

/// The value last stored to bytes [Off, Off + Size) of the local \p Obj
/// before \p At, as a value of type \p Ty, looking back through the blocks
/// that lead there (every path must give the same value, a loop round
/// that stores nothing constrains nothing); null when another write may
/// come between (a call that may write the object, a store at an unknown
/// place in it), the paths disagree, or the walk is too long. A memset of
/// zeros over the field stores 0; a memcpy from a constant global over it
/// stores the constant's bytes. \p Arrival (a recvmsg) writes only its
/// msghdr's results.
llvm::Value *storedBefore(llvm::Instruction *At, const llvm::AllocaInst *Obj,
                          int64_t Off, uint64_t Size, llvm::Type *Ty,
                          const llvm::CallBase *Arrival);

/// The bytes \p Obj holds at the receive \p Recv as one constant ([N x
/// i8]) when the program gives them the same known value before every
/// request (set before its loop, never written in it), else null. At most
/// MaxConstantLocal bytes: the offload stores them into its copy.
llvm::Constant *constantAtReceive(llvm::CallBase *Recv,
                                  const llvm::AllocaInst *Obj);
inline constexpr uint64_t MaxConstantLocal = 256;

} // namespace koffload

#endif // KOFFLOAD_SUPPORT_STOREDBEFORE_H
