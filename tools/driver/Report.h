//===- Report.h - The human report of a koffload plan -----------*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// `koffload report` and `koffload build --report`: the JSON plan the plugin
// writes (-koffload-report, docs/report-schema.md) turned into something a
// person reads: one self-contained HTML page (the source with each line of
// the request path marked kernel / userspace-only / fallback / blocked, the
// request path's control-flow graph drawn by graphviz in the same colours,
// the ω/ρ numbers, the shared-state table), or markdown for a terminal.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_TOOLS_DRIVER_REPORT_H
#define KOFFLOAD_TOOLS_DRIVER_REPORT_H

#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace koffload {

/// Dot: the request path's control-flow graph alone, as graphviz input.
enum class ReportFormat { HTML, Markdown, Dot };

struct ReportOptions {
  ReportFormat Format = ReportFormat::Markdown;
  std::string Title;   ///< usually the executable's name
  std::string DotPath; ///< graphviz's dot; empty: no drawing
};

/// Writes the report of \p Plan (a parsed -koffload-report file).
llvm::Error writeReport(const llvm::json::Value &Plan,
                        const ReportOptions &Opts, llvm::raw_ostream &OS);

/// Reads and parses a -koffload-report file.
llvm::Expected<llvm::json::Value> readPlan(llvm::StringRef Path);

/// Three lines for a terminal: what was decided, with ω, ρ and the saving.
void writeSummary(const llvm::json::Value &Plan, llvm::raw_ostream &OS);

} // namespace koffload

#endif // KOFFLOAD_TOOLS_DRIVER_REPORT_H
