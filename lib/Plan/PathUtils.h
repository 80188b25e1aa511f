//===- PathUtils.h - What the planning stages share -------------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Small helpers the planning stages (Prepare.h … Plan.h) share, internal to
// lib/Plan: the metadata that tags landmark calls in the working copy, the
// accesses of an instruction to shared globals, the end of a request, edge
// probabilities for ω, and the report's formatting of plan items (so the
// stage printers and `print<koffload-plan>` print them alike).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_PATHUTILS_H
#define KOFFLOAD_PLAN_PATHUTILS_H

#include "Plan/Feasibility.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DebugLoc.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

namespace llvm {
class BasicBlock;
class BranchProbabilityInfo;
class GlobalVariable;
class Instruction;
class Value;
class raw_ostream;
} // namespace llvm

namespace koffload {

struct RequestPath;
struct BlockerSite;
struct BoundedUse;
struct LoopBound;
struct FallbackExit;
struct FallbackPoint;
struct Effect;
struct SharedGlobal;

/// On each landmark call of the working copy: its index in LandmarkInfo.
inline constexpr const char *LandmarkMDKind = "koffload.landmark";
/// On each event loop's wait (or blocking receive): the loop's index.
inline constexpr const char *WaitMDKind = "koffload.wait";
/// On the switch that replaced a call through a constant function table.
inline constexpr const char *DevirtMDKind = "koffload.devirtualised";

/// The landmark index a call in the working copy was tagged with.
std::optional<unsigned> landmarkIndex(const llvm::Instruction &I);

/// "file:line" of \p DL.
std::string locString(const llvm::DebugLoc &DL);

/// \p I's location, or the nearest one in its block (phis, and branches
/// made by the inliner, have none).
llvm::DebugLoc nearestLoc(const llvm::Instruction *I);

/// A switch can have several edges to one block; probabilities from
/// BranchProbabilityInfo already sum them, so walk each neighbour once.
llvm::SmallSetVector<llvm::BasicBlock *, 4>
uniqueSuccessors(llvm::BasicBlock *BB);
llvm::SmallSetVector<llvm::BasicBlock *, 4>
uniquePredecessors(llvm::BasicBlock *BB);

/// A block that is nothing but `unreachable` (the default of a
/// devirtualised table call, a switch clang knows to be exhaustive): no
/// request gets there, so an edge to it is not a fallback exit.
bool isDeadEnd(const llvm::BasicBlock *BB);

/// Instructions of \p BB that cost something (no phis, no debug records).
unsigned instructionCount(const llvm::BasicBlock &BB);

/// The global a pointer points into, if it is a (non-constant) global.
llvm::GlobalVariable *sharedGlobalOf(const llvm::Value *Ptr);

/// One access of an instruction to a shared global.
struct Access {
  llvm::GlobalVariable *GV;
  bool Write;
  bool RMW;
  bool Word; ///< a load/store of at most 8 bytes
  bool Volatile = false;
};
/// The accesses of \p I to shared globals.
void accessesOf(llvm::Instruction &I, llvm::SmallVectorImpl<Access> &Out);

/// True when \p Succ, a successor of a block of \p P, ends the request: back
/// at the request loop's head, or out of the request loop but still in the
/// event loop (a break to the outer loop).
bool isEnd(const RequestPath &P, const llvm::BasicBlock *Succ);

/// Whether a receive of \p P asks for control messages (IP_PKTINFO,
/// timestamps: recvmsg with a non-zero msg_controllen), which only an skb
/// carries: the path is planned for TC, not XDP.
bool asksForControlMessages(const RequestPath &P);

/// An edge's probability for ω. With a profile it comes from the counts
/// themselves (see the definition); without, BranchProbabilityInfo.
double edgeProbability(const RequestPath &P,
                       const llvm::BranchProbabilityInfo &BPI,
                       llvm::BasicBlock *From, llvm::BasicBlock *To);

/// Removes the later of the entries of \p Vec with the same \p Key: code
/// inlined at several call sites shows up once per source location.
template <typename VecT, typename KeyFn> void dedupe(VecT &Vec, KeyFn Key) {
  std::set<std::string> Seen;
  auto End = std::remove_if(Vec.begin(), Vec.end(), [&](const auto &E) {
    return !Seen.insert(Key(E)).second;
  });
  Vec.erase(End, Vec.end());
}

/// Report formatting, one line each (without the leading "  " and "\n").
llvm::StringRef kernelFormName(KernelForm F);
std::string accessSides(bool R, bool W); ///< "r-", "-w", …
std::string percent(double P);
void printBlocker(llvm::raw_ostream &OS, const BlockerSite &B);
void printExit(llvm::raw_ostream &OS, const FallbackExit &X);
void printFallbackPoint(llvm::raw_ostream &OS, const FallbackPoint &X);
void printEffect(llvm::raw_ostream &OS, const Effect &E);
void printLoop(llvm::raw_ostream &OS, const LoopBound &L);
void printBounded(llvm::raw_ostream &OS, const BoundedUse &U);
void printShared(llvm::raw_ostream &OS, const SharedGlobal &G);

} // namespace koffload

#endif // KOFFLOAD_PLAN_PATHUTILS_H
