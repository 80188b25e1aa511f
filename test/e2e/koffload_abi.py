#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The kernel/user contract as the tests read it: the names, constants and
struct layouts of runtime/include/koffload/abi.h, parsed from the header
itself (not typed again here).

    import koffload_abi as abi
    abi.STATS_GLOBAL               # "koffload_stats" (KOFFLOAD_STATS_GLOBAL)
    abi.STAT_ROW, abi.STAT_FALLBACK  # enum constants, KOFFLOAD_ dropped
    abi.offset("koffload_service", "mask"), abi.size("koffload_control")

The header has fixed-width fields only (__u8 .. __u64, arrays of them), so
the layout is the C one with natural alignment; the parser checks it
against every offsetof/sizeof _Static_assert in the header and fails
loudly on a field type it does not know.

As a script (for shell tests): `koffload_abi.py` prints the contract as
JSON; `koffload_abi.py NAME` one constant or name (KOFFLOAD_ optional),
`koffload_abi.py offset STRUCT FIELD`, `koffload_abi.py size STRUCT`.
"""
import json
import os
import re
import sys

HEADER = os.environ.get("KOFFLOAD_ABI_HEADER") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "runtime",
    "include", "koffload", "abi.h")

_SIZES = {"__u8": 1, "__s8": 1, "__u16": 2, "__s16": 2, "__be16": 2,
          "__u32": 4, "__s32": 4, "__be32": 4, "__u64": 8, "__s64": 8,
          "unsigned int": 4, "int": 4, "unsigned long": 8, "long": 8}


def _strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def _parse(path):
    with open(path) as f:
        text = _strip_comments(f.read())
    consts, names = {}, {}
    for m in re.finditer(r"^\s*#define\s+(KOFFLOAD_\w+)\s+(\"[^\"]*\"|"
                         r"0x[0-9a-fA-F]+u?|\d+u?)\s*$", text, re.M):
        val = m.group(2)
        if val.startswith('"'):
            names[m.group(1)] = val[1:-1]
        else:
            consts[m.group(1)] = int(val.rstrip("u"), 0)
    for body in re.findall(r"\benum\s+\w*\s*\{(.*?)\}", text, re.S):
        for item in body.split(","):
            m = re.match(r"\s*(\w+)\s*=\s*(\w+)\s*$", item)
            if m:
                v = m.group(2)
                consts[m.group(1)] = consts[v] if v in consts else int(v, 0)
            elif item.strip():
                sys.exit("koffload_abi: an enum constant without a value: "
                         + item.strip())
    structs = {}
    for name, body in re.findall(r"\bstruct\s+(\w+)\s*\{(.*?)\};", text,
                                 re.S):
        fields, off, align = {}, 0, 1
        for decl in body.split(";"):
            decl = " ".join(decl.split())
            if not decl:
                continue
            m = re.match(r"(.*?)\s*(\**)\s*(\w+)\s*(?:\[(\w+)\])?$", decl)
            if not m:
                sys.exit("koffload_abi: cannot read %r in struct %s"
                         % (decl, name))
            ctype, ptr, field, count = m.groups()
            ctype = ctype.replace("const ", "").strip()
            if ptr:
                size = 8
            elif ctype in _SIZES:
                size = _SIZES[ctype]
            else:
                sys.exit("koffload_abi: unknown type %r in struct %s"
                         % (ctype, name))
            n = 1
            if count:
                n = consts[count] if count in consts else int(count, 0)
            off = (off + size - 1) // size * size
            fields[field] = (off, size * n)
            off += size * n
            align = max(align, size)
        structs[name] = (fields, (off + align - 1) // align * align)
    # The header's own checks: the layout read here must agree with them.
    for m in re.finditer(r"offsetof\(struct (\w+), (\w+)\) == (\d+)", text):
        s, f, want = m.group(1), m.group(2), int(m.group(3))
        if structs[s][0][f][0] != want:
            sys.exit("koffload_abi: %s.%s read at %d, asserted at %d"
                     % (s, f, structs[s][0][f][0], want))
    for m in re.finditer(r"sizeof\(struct (\w+)\) == (\d+)", text):
        if structs[m.group(1)][1] != int(m.group(2)):
            sys.exit("koffload_abi: struct %s read as %d bytes, asserted %s"
                     % (m.group(1), structs[m.group(1)][1], m.group(2)))
    return consts, names, structs


_CONSTS, _NAMES, _STRUCTS = _parse(HEADER)
for _k, _v in list(_CONSTS.items()) + list(_NAMES.items()):
    globals()[_k[len("KOFFLOAD_"):] if _k.startswith("KOFFLOAD_") else _k] = _v


def offset(struct, field):
    """Byte offset of `field` in `struct` (its name without `struct`)."""
    return _STRUCTS[struct][0][field][0]


def size(struct):
    """sizeof(struct `struct`)."""
    return _STRUCTS[struct][1]


def as_dict():
    return {"constants": _CONSTS, "names": _NAMES,
            "structs": {s: {"size": n, "fields": {f: o for f, (o, _) in
                                                  fs.items()}}
                        for s, (fs, n) in _STRUCTS.items()}}


def _main(argv):
    if not argv:
        json.dump(as_dict(), sys.stdout, indent=1, sort_keys=True)
        print()
        return
    try:
        if argv[0] == "offset" and len(argv) == 3:
            print(offset(argv[1], argv[2]))
        elif argv[0] == "size" and len(argv) == 2:
            print(size(argv[1]))
        elif len(argv) == 1:
            name = argv[0]
            if not name.startswith("KOFFLOAD_"):
                name = "KOFFLOAD_" + name
            print(_NAMES[name] if name in _NAMES else _CONSTS[name])
        else:
            sys.exit("usage: koffload_abi.py [NAME | offset STRUCT FIELD | "
                     "size STRUCT]")
    except KeyError as e:
        sys.exit("koffload_abi: no %s in %s" % (e, HEADER))


if __name__ == "__main__":
    _main(sys.argv[1:])
