//===- Replay.h - A packet capture's UDP requests, replayed -----*- C++ -*-===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// `koffload profile --pcap`: the UDP datagrams of a tcpdump capture (pcap
// or pcapng; Ethernet, Linux cooked, raw IP or loopback frames; IPv4 and
// IPv6), sent in capture order to the instrumented server, which runs in a
// network namespace of its own, from a second namespace joined to it by a
// veth pair (198.18.0.0/30: nothing leaves the pair). Both namespaces and
// the server go on every way out.
//
//===----------------------------------------------------------------------===//

#ifndef KOFFLOAD_TOOLS_DRIVER_REPLAY_H
#define KOFFLOAD_TOOLS_DRIVER_REPLAY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace koffload::driver {

struct Datagram {
  std::string Payload;
  uint16_t DstPort = 0;
};

struct Capture {
  std::vector<Datagram> Datagrams; ///< UDP, in capture order.
  size_t Packets = 0;              ///< Every packet of the file.
  size_t Fragments = 0; ///< IP fragments: skipped (not reassembled).
  size_t Truncated = 0; ///< Cut short by the capture's snap length.
};

/// The UDP datagrams of the pcap or pcapng file \p Path.
llvm::Expected<Capture> readCapture(llvm::StringRef Path);

/// The most common UDP destination port of \p C (0 when it has none).
uint16_t busiestPort(const Capture &C);

struct ReplayResult {
  size_t Sent = 0;
  size_t Answered = 0; ///< Requests a reply came back for.
};

/// Starts \p ServerArgv (its program first) with \p Env in a namespace of
/// its own, waits until it has bound UDP \p Port, sends each of
/// \p Requests' payloads to it in order (waiting briefly for a reply to
/// each), then stops it with SIGTERM (SIGKILL if it does not exit).
llvm::Expected<ReplayResult>
replayCapture(llvm::ArrayRef<std::string> ServerArgv,
              llvm::ArrayRef<llvm::StringRef> Env, uint16_t Port,
              llvm::ArrayRef<const Datagram *> Requests);

} // namespace koffload::driver

#endif
