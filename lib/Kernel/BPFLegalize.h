//===- BPFLegalize.h - Verifier legalisation of generated BPF --*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// The kernel's verifier accepts only programs whose every memory access and
// loop it can bound by walking them; generated code as cloned from the
// server does not say so. These module passes rewrite a generated BPF
// module until it does, after generation and before the BPF target's -O2
// pipeline, in this order (legalisationPipeline()):
//
//   koffload-bpf-spin-locks      a spin lock's acquire loop -> one try
//   koffload-bpf-atomic-words    shared words updated in place -> atomicrmw
//   koffload-bpf-heap-accesses   through the program's pointers -> heap map
//                                (BPFHeapAccesses.h)
//   koffload-bpf-bound-accesses  variable offsets into globals -> checked
//   koffload-bpf-cap-loops       loops -> trip counter that falls back
//   koffload-bpf-launder-loops   values leaving loops -> through memory
//   koffload-bpf-iterator-loops  long loops -> bpf_iter_num (only when asked)
//
// Each pass has its own file with a before/after sketch. They take what
// they need from generation through markers the generator leaves in the
// module (and removes with stripLegaliseMarkers() when done), so that
// `opt -passes=koffload-bpf-...` runs them on hand-written IR too:
//
//   !koffload.fallback            on the terminator of the block a failed
//                                 check jumps to (the request falls back)
//   !koffload.fallback.unlocked   same, from blocks where no record of the
//                                 record protocol is held (optional)
//   !koffload.unlocked            on the terminators of those blocks
//   !koffload.row !{i64 N}        on this CPU's row of a per-CPU global
//                                 (scratch, counters): constant offsets
//                                 below N need no check
//   !koffload.launder !{i64 Off}  on the scratch row: an 8-byte slot at Off
//                                 for laundering values
//   !koffload.atomic              on a global updated by both halves
//   !koffload.lock               on a spin lock's acquire (one cmpxchg):
//                                undone by releasing it (UndoLog.cpp)
//   !koffload.lock                on a spin lock's acquire (a cmpxchg,
//                                 koffload-bpf-spin-locks): undone by
//                                 releasing it (UndoLog.cpp)
//   !koffload.capped              on a loop header's terminator: the loop
//                                 is bounded already
//   !koffload.trip.counter        on the trip counter's phi of the loops
//                                 cap-loops capped (what iterator-loops
//                                 may rewrite)
//   !koffload.limits = !{!{!"loop-cap", i64 N}, ...}   named: "loop-cap",
//                                 "short-loop", "iterate" (1: long loops,
//                                 2: all loops)
//   !koffload.refused = !{!{!"why"}}   named, set by a pass that cannot
//                                 legalise the module; later passes do
//                                 nothing and the generator refuses.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_KERNEL_BPFLEGALIZE_H
#define KOFFLOAD_KERNEL_BPFLEGALIZE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/PassManager.h"
#include <optional>
#include <string>

namespace llvm {
class ScalarEvolution;
} // namespace llvm

namespace koffload {

namespace marker {
inline constexpr const char *Fallback = "koffload.fallback";
inline constexpr const char *UnlockedFallback = "koffload.fallback.unlocked";
inline constexpr const char *Unlocked = "koffload.unlocked";
inline constexpr const char *Row = "koffload.row";
inline constexpr const char *Launder = "koffload.launder";
inline constexpr const char *Atomic = "koffload.atomic";
inline constexpr const char *Capped = "koffload.capped";
inline constexpr const char *TripCounter = "koffload.trip.counter";
inline constexpr const char *Limits = "koffload.limits";
inline constexpr const char *Refused = "koffload.refused";
inline constexpr const char *Lock = "koffload.lock";
} // namespace marker

/// Variable offsets into a map value must stay below this (the verifier's
/// BPF_MAX_VAR_OFF).
inline constexpr uint64_t MaxVarOff = 1u << 29;

/// The generated program as the markers describe it.
struct MarkedProgram {
  llvm::Function *F = nullptr;
  llvm::BasicBlock *Fallback = nullptr;
  llvm::BasicBlock *UnlockedFallback = nullptr; ///< may be null
  llvm::Instruction *ScratchRow = nullptr;      ///< with !koffload.launder
  uint64_t LaunderOffset = 0;

  /// The function holding the !koffload.fallback marker; none: not a
  /// generated program (the passes leave such a module alone).
  static std::optional<MarkedProgram> find(llvm::Module &M);

  /// Branches to the fallback unless \p Ok, splitting the block at the
  /// builder's point (which must be before the block's terminator); the
  /// builder continues in the tail. From an unlocked block, to the unlocked
  /// fallback.
  void require(llvm::IRBuilder<> &B, llvm::Value *Ok,
               const llvm::Twine &Name) const;
  /// Is \p BB one where no record is held?
  static bool unlocked(const llvm::BasicBlock *BB);
};

/// A value the optimizer cannot see through (an empty inline asm), so that
/// the bound the verifier learns from a check is on the register used.
llvm::Value *opaque(llvm::IRBuilder<> &B, llvm::Value *V);
/// \p Ptr - \p Base, as a plain subtraction of their addresses, which the
/// optimizer folds to the GEPs' indices where it can, except for a step
/// back by one (`buf + n - 1`): codegen turns `(p - 1) - base` into
/// `p + ~base`, an XOR of a pointer the verifier refuses. That offset is
/// the GEPs' indices summed when Ptr is GEPs from Base, else one BPF
/// subtraction the optimizer cannot see into (opaque, like opaque()).
llvm::Value *pointerOffset(llvm::IRBuilder<> &B, llvm::Value *Ptr,
                           llvm::Value *Base);

/// What laundering a value leaving (or entering a trip of) a loop needs:
/// for a pointer, the one global it points into (nullptr: an integer);
/// none: left as it is (the packet, the stack, wide or other values).
std::optional<llvm::GlobalVariable *> launderBase(llvm::PHINode *Phi);
/// The largest value SCEV bounds \p V to, if below MaxVarOff.
std::optional<uint64_t> rangeMax(llvm::ScalarEvolution &SE, llvm::Value *V);
/// Redirects the uses of \p Phi to its value passed through the scratch's
/// laundering slot (see koffload-bpf-launder-loops), checked against \p Max
/// (a pointer: its global's size); the builder's point is where.
void launderUses(llvm::IRBuilder<> &B, const MarkedProgram &P,
                 llvm::PHINode *Phi, llvm::GlobalVariable *Base,
                 std::optional<uint64_t> Max);

/// The value of "koffload.limits" key \p Key, else \p Default.
uint64_t legaliseLimit(const llvm::Module &M, llvm::StringRef Key,
                       uint64_t Default);
void setLegaliseLimit(llvm::Module &M, llvm::StringRef Key, uint64_t Value);

/// Records that \p M cannot be legalised, and why (the first reason wins).
void refuseLegalise(llvm::Module &M, const llvm::Twine &Why);
/// Why \p M cannot be legalised, if a pass said so.
std::optional<std::string> legaliseRefusal(const llvm::Module &M);

/// Removes every marker above from \p M.
void stripLegaliseMarkers(llvm::Module &M);

/// The passes, in the order generation runs them.
struct BPFSpinLocksPass : llvm::PassInfoMixin<BPFSpinLocksPass> {
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};
struct BPFAtomicWordsPass : llvm::PassInfoMixin<BPFAtomicWordsPass> {
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};
struct BPFBoundAccessesPass : llvm::PassInfoMixin<BPFBoundAccessesPass> {
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};
struct BPFCapLoopsPass : llvm::PassInfoMixin<BPFCapLoopsPass> {
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};
struct BPFLaunderLoopsPass : llvm::PassInfoMixin<BPFLaunderLoopsPass> {
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};
struct BPFIteratorLoopsPass : llvm::PassInfoMixin<BPFIteratorLoopsPass> {
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

/// Adds the legalisation passes to \p MPM; the iterator pass only when
/// \p Iterators.
void addLegalisationPasses(llvm::ModulePassManager &MPM, bool Iterators);

/// The passes by pipeline name, for the plugin; false: not one of them.
bool parseLegalisationPass(llvm::StringRef Name, llvm::ModulePassManager &MPM);

} // namespace koffload

#endif // KOFFLOAD_KERNEL_BPFLEGALIZE_H
