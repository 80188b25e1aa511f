//===- TableLoads.h - Loads from constant tables, slot by slot --*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// Real servers dispatch through constant tables: of functions
// (`handlers[op](...)`), of structs holding a name and a handler
// (`endpoints[i].handler(...)`, `ep->name` with `ep = &endpoints[i]`),
// reached directly or through a pointer global never written. A load from
// such a table at a run-time index reads one of finitely many constants,
// which the preparation turns into a switch over direct calls (a callee)
// or a select over the constants (a string's pointer): BPF can make
// neither the indirect call nor, from a copy of the table, follow the
// pointers it holds (libbpf does not relocate data).
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_PLAN_TABLELOADS_H
#define KOFFLOAD_PLAN_TABLELOADS_H

#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <string>
#include <utility>

namespace llvm {
class BinaryOperator;
class CallInst;
class Constant;
class GlobalVariable;
class LoadInst;
class Value;
} // namespace llvm

namespace koffload {

/// Whether the program may store to \p GV anywhere (through its address,
/// a GEP or cast of it, or by passing it to a call). A global never
/// stored to keeps its initializer.
bool mayBeStoredTo(const llvm::GlobalVariable &GV);

/// What a load from a constant table reads, for each value of the index
/// that selects its slot.
struct TableLoad {
  /// The table; null when the load is not from one (then Why says why,
  /// empty when it is not from a global at all).
  const llvm::GlobalVariable *Table = nullptr;
  /// The run-time value that selects the slot (an integer).
  llvm::Value *Index = nullptr;
  /// Or a pointer into the table (a phi, a select, a local that `ep++`
  /// steps) whose byte offset from it selects the slot.
  llvm::Value *Base = nullptr;
  /// For each value of Index (or offset of Base) whose slot lies inside
  /// the table: the constant the load reads there.
  llvm::SmallVector<std::pair<int64_t, llvm::Constant *>, 8> Entries;
  std::string Why;
};

/// The slots \p L may read: the address must be the table plus a constant
/// plus one run-time index times a constant scale (through GEPs, a local
/// pointer variable stored once, or a pointer global never written), and
/// the table constant or never written.
TableLoad analyseTableLoad(const llvm::LoadInst &L);

/// For a call whose callee is loaded from a table: the table load if every
/// entry is a function or null (a null entry is undefined behaviour to
/// call); otherwise Table is null and Why says why, naming the table.
TableLoad tableCallTargets(const llvm::CallInst &CI);

/// Rewrites \p L, a load of a pointer from a constant table whose entries
/// are all constant data (string literals, null), as a select over Index
/// among them. Returns whether it did.
bool foldTableLoad(llvm::LoadInst &L);

/// Rewrites \p Sub, `(ptrtoint ep) - (ptrtoint table)` with ep a pointer
/// that walks a table (`hits[ep - endpoints]`), as the offset ep holds,
/// so that the table's address is not needed. Returns whether it did.
bool foldTableDistance(llvm::BinaryOperator &Sub);

/// Turns \p CI, a call through a table (tableCallTargets), into a switch
/// over direct calls tagged DevirtMDKind, whose default (an index with no
/// function) is unreachable. Returns whether it did.
bool devirtualiseTableCall(llvm::CallInst &CI);

} // namespace koffload

#endif // KOFFLOAD_PLAN_TABLELOADS_H
