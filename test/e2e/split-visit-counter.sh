#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# split-visit-counter.sh: a request counter in a local of main
# (test/lit/plan/Inputs/visit-counter.c: int visits = 0; ... visits++;
# sprintf "visit %d"; the idiom of the visits, greet and pingpong servers
# in docs/real-servers.md), shared with the offload as a global
# (Plan/LoopLocals.h). The split server's replies equal its userspace-only
# ones (the count goes on from request to request, 1, 2, 3 ...) and the
# kernel answers them; an empty datagram, which userspace skips, does not
# count, in either run.
#
# usage: split-visit-counter.sh <source dir> <clang> <KOffload.so> <lib dir>
#                               <koffload-stats>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$1" CLANG="$2" PLUGIN="$3" LIBDIR="$4" STATS="$5"
PORT=10141
# shellcheck source=split-common.sh
source "$HERE/split-common.sh"

split_init split-visits
split_build --cflags="-DPORT=$PORT" "$SRC/test/lit/plan/Inputs/visit-counter.c"
grep -q "koffload_local_visits" "$T/split.plan.json" ||
  netns_fail "the plan does not share main's visits: $(cat "$T/build.log")"
split_same_replies visits -- a bb "" ccc dddd e ffffff
grep -q "^b'visit 6'" "$T/visits.on" ||
  netns_fail "the sixth counted request is not visit 6: $(cat "$T/visits.on")"
split_answered 6
split_kill
netns_pass
