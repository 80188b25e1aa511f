#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
#
# build-all.sh - the issue-16 corpus survey's builds: for each server of
# servers.txt, get its sources at the listed commit into SRCROOT/<name>/
# (from MIRROR/<owner>+<repo>/repo if given, else by git clone from GitHub;
# only the MIRROR way was run for the survey),
# build the original (clang-19, the same flags) and run `koffload build`;
# print one line per server: split or not, and the driver's last lines.
#
#   [SRCROOT=/tmp/corpus-src] [OUT=/tmp/corpus-out] [MIRROR=dir] build-all.sh [names...]
#
# No third-party source is kept in this repository.
set -u
here=$(cd "$(dirname "$0")" && pwd)
KOFFLOAD=${KOFFLOAD:-$here/../../build/bin/koffload}
SRCROOT=${SRCROOT:-/tmp/corpus-src}
OUT=${OUT:-/tmp/corpus-out}
MIRROR=${MIRROR:-}
want=" $* "

get_sources() { # name repo commit sources...: the sources' directories
  local dir=$SRCROOT/$1 git dirs
  # and the directories named by -I flags (FLAGS)
  dirs=$({
    for f in "${@:4}"; do dirname "$f"; done
    for f in $FLAGS; do [[ $f == -I* && $f != -I/* ]] && echo "${f#-I}"; done
  } | sort -u)
  [[ -d $dir/.done ]] && return 0
  rm -rf "$dir"
  mkdir -p "$dir"
  git=$MIRROR/${2/\//+}/repo
  [[ -d $git/.git ]] && git=$git/.git
  if [[ -n $MIRROR && -d $git ]]; then
    git --git-dir="$git" archive "$3" $dirs | tar -x -C "$dir"
  else
    git clone -q "https://github.com/$2" "$dir.git" &&
      git -C "$dir.git" archive "$3" $dirs | tar -x -C "$dir" && rm -rf "$dir.git"
  fi && mkdir "$dir/.done"
}

while IFS='|' read -r name repo commit srcs flags port args _; do
  [[ -z $name || $name == \#* ]] && continue
  [[ $want == "  " || $want == *" $name "* ]] || continue
  read -ra files <<<"$srcs"
  FLAGS=${flags#--c*flags=}
  get_sources "$name" "$repo" "$commit" "${files[@]}" || { echo "$name: cannot fetch $repo"; continue; }
  mkdir -p "$OUT/$name"
  fl=()
  [[ -n $flags ]] && fl=("$flags")
  cc=clang-19 ccflags=${flags#--cflags=}
  [[ $flags == --cxxflags=* ]] && cc=clang++-19 ccflags=${flags#--cxxflags=}
  [[ -z $flags ]] && ccflags=
  # the original, as its author would build it (the same compiler)
  (cd "$SRCROOT/$name" && $cc -O2 -w $ccflags -o "$OUT/$name/orig" "${files[@]}" \
    >"$OUT/$name/orig-build.log" 2>&1) || echo "$name: the original does not build (see $OUT/$name/orig-build.log)"
  (cd "$SRCROOT/$name" && "$KOFFLOAD" build -o "$OUT/$name/srv" "${files[@]}" "${fl[@]}" \
    >"$OUT/$name/build.log" 2>&1)
  rc=$?
  if grep -q "the program carries its offload" "$OUT/$name/build.log"; then
    verdict=SPLIT
  else
    verdict="not split (rc $rc)"
  fi
  echo "== $name ($repo@${commit:0:7}): $verdict"
  tail -n 3 "$OUT/$name/build.log" | cut -c1-400
done <"$here/servers.txt"
