#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Summarize bench/run.sh's CSVs: medians and spreads (min-max over the
repetitions) per workload and configuration, the goals of issue #7
measured against each other, the compile times, and the kv-cache plots
(gnuplot, pngcairo). Writes <out-dir>/<prefix>.md and the PNGs."""

import argparse
import csv
import os
import statistics
import subprocess
from collections import defaultdict

CONFIGS = ["user", "kof", "ref"]
NAMES = {"user": "userspace", "kof": "koffload split",
         "ref": "hand-written XDP"}
METRICS = ["rps", "p50_us", "p99_us", "server_proc_us_per_req",
           "server_cpu_busy_us_per_req", "server_cpu_softirq_us_per_req",
           "all_cpus_busy_us_per_req", "timeouts"]


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def spread(xs):
    """Half the min-max range as a percentage of the median."""
    m = med(xs)
    return 100.0 * (max(xs) - min(xs)) / 2 / m if xs and m else 0.0


def load(path):
    points = defaultdict(lambda: defaultdict(list))
    with open(path) as f:
        for row in csv.DictReader(f):
            # The point's fast-path fraction: kv's target (the client
            # reports what it measured), 100 for the other workloads.
            key = (row["workload"], row["config"], int(row["target_pct"]))
            for m in METRICS + ["fast_pct"]:
                points[key][m].append(float(row[m]))
    return points


def fmt(x, digits=0):
    return f"{x:,.{digits}f}"


def cell(vals, digits=0):
    return f"{fmt(med(vals), digits)} ±{spread(vals):.0f}%"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--build-csv", required=True)
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--prefix", required=True)
    ap.add_argument("--command", default="")
    ap.add_argument("--date", default="")
    ap.add_argument("--machine", default="")
    ap.add_argument("--load", default="")
    a = ap.parse_args()
    pts = load(a.csv)
    out = []
    w = out.append
    w(f"# End-to-end benchmark, {a.date}")
    w("")
    w(f"- command: `{a.command}`")
    w(f"- machine: {a.machine}; {a.load}")
    w("- configurations: userspace = plain `clang -O2 -g` build; koffload "
      "split = `koffload build`, offload attached by the program; "
      "hand-written XDP = plain build plus `bench/reference/` attached; "
      "XDP mode as each section says")
    w("- cells: median over the repetitions ± half the min-max range as a "
      "% of the median; latency is client-side; CPU µs/request: the server "
      "process (schedstat), the server CPU's busy time and its softirq "
      "share (/proc/stat; with client and server on one CPU this includes "
      "the client), all CPUs' busy time")
    w("")

    def row_of(workload, frac):
        cells = {c: pts.get((workload, c, frac)) for c in CONFIGS}
        return cells

    sweeps = {"kv": "kv-cache, fast path = GET hits (the others SETs), "
                    "generic XDP",
              "kv-miss": "kv-cache, fast path = GET misses (the others "
                         "SETs), native XDP"}
    fracs_of = {}
    for sw, title in sweeps.items():
        fracs = sorted({k[2] for k in pts if k[0] == sw})
        fracs_of[sw] = fracs
        if not fracs:
            continue
        w(f"## {title}, fast-path fraction swept")
        w("")
        w("| fast % | userspace req/s | koffload req/s | hand-written req/s "
          "| kof/user | kof/ref | p50 µs user / kof / ref "
          "| p99 µs user / kof / ref | timeouts user / kof / ref |")
        w("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for f in fracs:
            c = row_of(sw, f)
            if not all(c.values()):
                continue
            r = {k: med(v["rps"]) for k, v in c.items()}
            w(f"| {f} | {cell(c['user']['rps'])} | {cell(c['kof']['rps'])} "
              f"| {cell(c['ref']['rps'])} | {r['kof'] / r['user']:.2f} "
              f"| {r['kof'] / r['ref']:.2f} | "
              + " / ".join(fmt(med(c[k]['p50_us']), 1) for k in CONFIGS)
              + " | "
              + " / ".join(fmt(med(c[k]['p99_us']), 1) for k in CONFIGS)
              + " | "
              + " / ".join(fmt(sum(c[k]['timeouts'])) for k in CONFIGS)
              + " |")
        w("")
        w("Server-side CPU µs per request: server process / server CPU "
          "busy (of it softirq) / all CPUs busy")
        w("")
        w("| fast % | userspace | koffload | hand-written |")
        w("|---:|---:|---:|---:|")
        for f in fracs:
            c = row_of(sw, f)
            if not all(c.values()):
                continue
            w(f"| {f} | " + " | ".join(
                f"{med(c[k]['server_proc_us_per_req']):.2f} / "
                f"{med(c[k]['server_cpu_busy_us_per_req']):.2f} "
                f"({med(c[k]['server_cpu_softirq_us_per_req']):.2f}) / "
                f"{med(c[k]['all_cpus_busy_us_per_req']):.2f}"
                for k in CONFIGS) + " |")
        w("")

    # the other workloads
    others = [x for x in ["kv-native", "echo-64", "echo-1400", "dns", "rate"]
              if any(k[0] == x for k in pts)]
    if others:
        w("## The other workloads (every request on the fast path; "
          "native XDP; kv-native: GET hits)")
        w("")
        w("| workload | userspace req/s | koffload req/s | hand-written "
          "req/s | kof/user | kof/ref | p50 µs user / kof / ref "
          "| p99 µs user / kof / ref | server proc µs/req user / kof / ref "
          "| server CPU busy µs/req user / kof / ref |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for x in others:
            c = row_of(x, 100)
            if not all(c.values()):
                continue
            r = {k: med(v["rps"]) for k, v in c.items()}
            w(f"| {x} | {cell(c['user']['rps'])} | {cell(c['kof']['rps'])} "
              f"| {cell(c['ref']['rps'])} | {r['kof'] / r['user']:.2f} "
              f"| {r['kof'] / r['ref']:.2f} | "
              + " / ".join(fmt(med(c[k]['p50_us']), 1) for k in CONFIGS)
              + " | "
              + " / ".join(fmt(med(c[k]['p99_us']), 1) for k in CONFIGS)
              + " | "
              + " / ".join(f"{med(c[k]['server_proc_us_per_req']):.2f}"
                           for k in CONFIGS) + " | "
              + " / ".join(f"{med(c[k]['server_cpu_busy_us_per_req']):.2f}"
                           for k in CONFIGS) + " |")
        w("")

    # compile time
    builds = defaultdict(list)
    if os.path.exists(a.build_csv):
        with open(a.build_csv) as f:
            for row in csv.DictReader(f):
                builds[(row["example"], row["variant"])].append(
                    float(row["seconds"]))
    if builds:
        variants = ["clang", "clang-plugin", "koffload-build-nopriv",
                    "koffload-build"]
        w("## Compile time (s, median)")
        w("")
        w("clang + plugin and koffload build unprivileged: the compiler "
          "alone (the plugin cannot load the offload into the kernel, so "
          "the kernel's verifier does not run); koffload build as root: "
          "the offload is verified by the running kernel as well.")
        w("")
        w("| example | clang -O2 -g | clang + plugin, unprivileged | / clang "
          "| koffload build, unprivileged | / clang | koffload build, root "
          "| / clang |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|")
        tot = defaultdict(float)
        exs = sorted({k[0] for k in builds})
        for ex in exs:
            b = {v: med(builds[(ex, v)]) for v in variants
                 if builds.get((ex, v))}
            for v, x in b.items():
                tot[v] += x
            cl = b["clang"]
            w(f"| {ex} | {cl:.3f} | " + " | ".join(
                f"{b[v]:.3f} | {b[v] / cl:.2f}" if v in b else "n/a | n/a"
                for v in variants[1:]) + " |")
        single = [ex for ex in exs if builds.get((ex, "clang-plugin"))]
        cs = sum(med(builds[(ex, "clang")]) for ex in single)
        ps = sum(med(builds[(ex, "clang-plugin")]) for ex in single)
        w(f"| all | {tot['clang']:.3f} | {ps:.3f} (clang on the same: "
          f"{cs:.3f}) | {ps / cs:.2f} | {tot['koffload-build-nopriv']:.3f} "
          f"| {tot['koffload-build-nopriv'] / tot['clang']:.2f} "
          f"| {tot['koffload-build']:.3f} "
          f"| {tot['koffload-build'] / tot['clang']:.2f} |")
        w("")

    # goals
    w("## Goals (ratios of medians measured in this run)")
    w("")

    def ratio(workload, frac, m, c1, c2):
        p1, p2 = pts.get((workload, c1, frac)), pts.get((workload, c2, frac))
        if not p1 or not p2:
            return None
        return med(p1[m]) / med(p2[m])

    goals = [
        ("kv 100% fast: koffload / userspace req/s", ratio(
            "kv", 100, "rps", "kof", "user"), ">=", 2.5),
        ("kv 100% fast: koffload / hand-written req/s", ratio(
            "kv", 100, "rps", "kof", "ref"), ">=", 0.95),
        ("kv 0% fast: koffload / userspace req/s", ratio(
            "kv", 0, "rps", "kof", "user"), ">=", 0.97),
        ("kv 0% fast: koffload / userspace p50", ratio(
            "kv", 0, "p50_us", "kof", "user"), "<=", 1.05),
    ]
    goals += [(n.replace("kv ", "kv-miss "), ratio("kv-miss", f, m, a1, a2),
               op, t) for (n, _, op, t), (f, m, a1, a2) in zip(
        list(goals), [(100, "rps", "kof", "user"), (100, "rps", "kof", "ref"),
                      (0, "rps", "kof", "user"), (0, "p50_us", "kof", "user")])]
    if builds:
        goals.append(("compile: clang + plugin / clang -O2 (single-source "
                      "examples, unprivileged)", ps / cs, "<=", 1.10))
        goals.append(("compile: koffload build / clang -O2 (all examples, "
                      "unprivileged)", tot["koffload-build-nopriv"] /
                      tot["clang"], "<=", 1.10))
        goals.append(("compile: koffload build / clang -O2 (all examples, "
                      "root: kernel verification included)",
                      tot["koffload-build"] / tot["clang"], "<=", 1.10))
    w("| goal | measured | target | met |")
    w("|---|---:|---:|---|")
    for name, v, op, tgt in goals:
        if v is None:
            continue
        ok = v >= tgt if op == ">=" else v <= tgt
        w(f"| {name} | {v:.2f} | {op} {tgt} | {'yes' if ok else 'NO'} |")
    w("")

    # plots
    for sw in sweeps:
        fracs = fracs_of.get(sw)
        if not fracs:
            continue
        tag = a.prefix + "-" + sw
        dat = os.path.join(a.out_dir, tag + ".dat")
        with open(dat, "w") as f:
            f.write("# fast_pct " + " ".join(
                f"{c}_rps {c}_p50 {c}_p99" for c in CONFIGS) + "\n")
            for fr in fracs:
                c = row_of(sw, fr)
                if not all(c.values()):
                    continue
                f.write(f"{fr} " + " ".join(
                    f"{med(c[k]['rps']):.0f} {med(c[k]['p50_us']):.1f} "
                    f"{med(c[k]['p99_us']):.1f}" for k in CONFIGS) + "\n")
        rps_png = os.path.join(a.out_dir, tag + "-rps.png")
        lat_png = os.path.join(a.out_dir, tag + "-latency.png")
        what = sweeps[sw]
        script = f"""
set terminal pngcairo size 900,560 font ",11"
set key top left
set grid
set xlabel "fast-path fraction, %"
set xrange [0:100]
set output "{rps_png}"
set title "{what}: requests/s (median of runs)"
set ylabel "requests/s"
set yrange [0:*]
plot "{dat}" using 1:2 with linespoints lw 2 title "{NAMES['user']}", \\
     "{dat}" using 1:5 with linespoints lw 2 title "{NAMES['kof']}", \\
     "{dat}" using 1:8 with linespoints lw 2 title "{NAMES['ref']}"
set output "{lat_png}"
set title "{what}: client latency (p50 solid, p99 dashed)"
set ylabel "latency, µs"
set logscale y
set yrange [*:*]
set key top right
plot "{dat}" using 1:3 with linespoints lw 2 lc 1 title "{NAMES['user']} p50", \\
     "{dat}" using 1:4 with linespoints lw 2 dt 2 lc 1 title "{NAMES['user']} p99", \\
     "{dat}" using 1:6 with linespoints lw 2 lc 2 title "{NAMES['kof']} p50", \\
     "{dat}" using 1:7 with linespoints lw 2 dt 2 lc 2 title "{NAMES['kof']} p99", \\
     "{dat}" using 1:9 with linespoints lw 2 lc 3 title "{NAMES['ref']} p50", \\
     "{dat}" using 1:10 with linespoints lw 2 dt 2 lc 3 title "{NAMES['ref']} p99"
"""
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
        w(f"Plots ({sw}): `{os.path.basename(rps_png)}`, "
          f"`{os.path.basename(lat_png)}` (data: `{os.path.basename(dat)}`)")
        w("")
    with open(os.path.join(a.out_dir, a.prefix + ".md"), "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
