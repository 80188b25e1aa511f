#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Summarizes bench/adapt/run.sh's CSV: per-window medians over the
repetitions of each configuration, the goal per window (after SETTLE s in
each phase, adaptive within 5% of the better of on and off: requests/s at
least 0.95x the higher, p50 at most 1.05x the lower), a markdown report
and two timeline plots (gnuplot, pngcairo).

usage: summarize.py CSV --schedule S:PCT,... --settle S --out PREFIX
                    [--header LINE]...
Writes PREFIX.md, PREFIX-rps.png, PREFIX-p50.png."""
import argparse
import collections
import csv
import os
import statistics
import subprocess
import tempfile

CONFIGS = ["on", "off", "adaptive", "adaptive-rho"]
TOLERANCE = 0.05


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--schedule", required=True)
    ap.add_argument("--settle", type=float, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--header", action="append", default=[])
    args = ap.parse_args()

    phases = []  # (start, end, pct)
    t = 0.0
    for p in args.schedule.split(","):
        secs, pct = p.split(":")
        phases.append((t, t + float(secs), float(pct)))
        t += float(secs)

    rows = collections.defaultdict(lambda: collections.defaultdict(list))
    with open(args.csv) as f:
        for r in csv.DictReader(f):
            w = int(float(r["t"]))
            d = rows[r["config"]][w]
            d.append(r)
    med = {}  # config -> window -> (rps, p50, p99, pass share)
    for c, windows in rows.items():
        med[c] = {}
        for w, rs in windows.items():
            shares = [float(r["pass_share"]) for r in rs if r["pass_share"]]
            med[c][w] = (
                statistics.median(float(r["requests_per_s"]) for r in rs),
                statistics.median(float(r["p50_us"]) for r in rs),
                statistics.median(float(r["p99_us"]) for r in rs),
                statistics.mean(shares) if shares else None,
                len(rs),
            )

    def phase_of(w):
        for i, (s, e, _) in enumerate(phases):
            if s < w <= e:
                return i
        return None

    def judged(w):
        i = phase_of(w)
        return i is not None and w - 1 >= phases[i][0] + args.settle

    windows = sorted(set().union(*(set(m) for m in med.values())))
    out = []
    out.append("# Adaptive runtime: kv-cache under a changing workload, %s"
               % os.path.basename(args.out).replace("adapt-", ""))
    out.append("")
    for h in args.header:
        out.append("- " + h)
    out.append("- schedule %s (%% GET hits, the offload's fast path; the "
               "rest SETs); medians over the repetitions per 1-s window "
               "(t: the window's end)" % args.schedule)
    out.append("- goal: in every window ending at least %g s + 1 s into its "
               "phase, the adaptive configuration within %d%% of the better "
               "of on and off (requests/s >= %.2fx the higher; p50 <= %.2fx "
               "the lower)" % (args.settle, TOLERANCE * 100, 1 - TOLERANCE,
                               1 + TOLERANCE))
    out.append("")

    for adaptive in ("adaptive", "adaptive-rho"):
        if adaptive not in med or "on" not in med or "off" not in med:
            continue
        ok_rps = ok_p50 = n = 0
        worst_rps, worst_p50 = None, None
        per_phase = collections.defaultdict(lambda: [0, 0, 0])
        for w in windows:
            if not judged(w) or not all(w in med[c] for c in
                                        ("on", "off", adaptive)):
                continue
            best_rps = max(med["on"][w][0], med["off"][w][0])
            best_p50 = min(med["on"][w][1], med["off"][w][1])
            r = med[adaptive][w][0] / best_rps if best_rps else 0
            l = med[adaptive][w][1] / best_p50 if best_p50 else 0
            n += 1
            ok_rps += r >= 1 - TOLERANCE
            ok_p50 += l <= 1 + TOLERANCE
            ph = per_phase[phase_of(w)]
            ph[0] += 1
            ph[1] += r >= 1 - TOLERANCE
            ph[2] += l <= 1 + TOLERANCE
            worst_rps = r if worst_rps is None else min(worst_rps, r)
            worst_p50 = l if worst_p50 is None else max(worst_p50, l)
        out.append("**%s**: requests/s within 5%% in %d of %d judged windows "
                   "(worst %.3fx the better), p50 within 5%% in %d of %d "
                   "(worst %.3fx)%s" % (
                       adaptive, ok_rps, n, worst_rps or 0, ok_p50, n,
                       worst_p50 or 0,
                       "" if ok_rps == n and ok_p50 == n else
                       " — goal not met in every window"))
        for i, (s, e, pct) in enumerate(phases):
            ph = per_phase[i]
            out.append("  - phase %d (%g-%g s, %g%%): requests/s %d/%d, "
                       "p50 %d/%d" % (i + 1, s, e, pct, ph[1], ph[0], ph[2],
                                      ph[0]))
        out.append("")

    # Per run: the mean over each phase's judged windows. The medians
    # above mix runs; on a shared machine one configuration's run can be
    # slow throughout, which this shows.
    runs = collections.defaultdict(lambda: collections.defaultdict(list))
    for c, windows in rows.items():
        for w, rs in windows.items():
            if judged(w):
                for r in rs:
                    runs[(c, r["rep"])][phase_of(w)].append(
                        float(r["requests_per_s"]))
    out.append("Per run, mean requests/s over each phase's judged windows:")
    out.append("")
    out.append("| config | rep | " + " | ".join(
        "phase %d (%g%%)" % (i + 1, p[2]) for i, p in enumerate(phases)) +
        " |")
    out.append("|---|---:|" + "---:|" * len(phases))
    for (c, rep) in sorted(runs, key=lambda k: (
            CONFIGS.index(k[0]) if k[0] in CONFIGS else 99, k[1])):
        out.append("| %s | %s | %s |" % (c, rep, " | ".join(
            "%.0f" % statistics.mean(runs[(c, rep)][i])
            if runs[(c, rep)][i] else "" for i in range(len(phases)))))
    out.append("")

    out.append("| t | phase | on req/s | off req/s | adaptive req/s | "
               "adaptive-rho req/s | on p50 µs | off p50 µs | adaptive p50 "
               "µs | adaptive-rho p50 µs | adaptive pass-through | "
               "adaptive-rho pass-through | judged |")
    out.append("|" + "---:|" * 13)

    def cell(c, w, k, fmt):
        v = med.get(c, {}).get(w)
        if v is None or v[k] is None:
            return ""
        return fmt % v[k]

    for w in windows:
        i = phase_of(w)
        out.append("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s "
                   "| %s | %s |" % (
                       w, "" if i is None else "%g%%" % phases[i][2],
                       cell("on", w, 0, "%.0f"), cell("off", w, 0, "%.0f"),
                       cell("adaptive", w, 0, "%.0f"),
                       cell("adaptive-rho", w, 0, "%.0f"),
                       cell("on", w, 1, "%.1f"), cell("off", w, 1, "%.1f"),
                       cell("adaptive", w, 1, "%.1f"),
                       cell("adaptive-rho", w, 1, "%.1f"),
                       cell("adaptive", w, 3, "%.2f"),
                       cell("adaptive-rho", w, 3, "%.2f"),
                       "yes" if judged(w) else ""))
    out.append("")
    out.append("Plots: `%s-rps.png`, `%s-p50.png` (the adaptive "
               "configurations' share of mode polls that found pass-through "
               "on the right axis)." % (os.path.basename(args.out),
                                        os.path.basename(args.out)))
    with open(args.out + ".md", "w") as f:
        f.write("\n".join(out) + "\n")

    # Plots: one data file per configuration, t rps p50 pass.
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for c in CONFIGS:
            if c not in med:
                continue
            files[c] = os.path.join(tmp, c + ".dat")
            with open(files[c], "w") as f:
                for w in sorted(med[c]):
                    v = med[c][w]
                    f.write("%d %f %f %s\n" % (w, v[0], v[1],
                                               "NaN" if v[3] is None
                                               else "%f" % v[3]))
        colors = {"on": "#1f77b4", "off": "#7f7f7f", "adaptive": "#2ca02c",
                  "adaptive-rho": "#d62728"}
        for metric, col, ylabel, suffix in (
                (2, 2, "requests/s (1-s windows, median)", "rps"),
                (3, 3, "p50 latency, µs (1-s windows, median)", "p50")):
            g = ['set terminal pngcairo size 1000,500 font "sans,10"',
                 'set output "%s-%s.png"' % (args.out, suffix),
                 'set xlabel "time, s"', 'set ylabel "%s"' % ylabel,
                 'set y2label "pass-through share (adaptive)"',
                 'set y2range [0:4]', 'set ytics nomirror',
                 'set y2tics 0,0.5,1', 'set key outside right',
                 'set grid', 'set yrange [0:*]']
            for s, e, pct in phases:
                g.append('set label "%g%%" at first %g, graph 0.96' %
                         (pct, s + 0.3))
                g.append('set arrow from %g, graph 0 to %g, graph 1 nohead '
                         'dt 2 lc rgb "#999999"' % (s, s))
            plots = []
            for c, path in files.items():
                plots.append('"%s" using 1:%d with linespoints lw 2 pt 7 '
                             'ps 0.5 lc rgb "%s" title "%s"' % (
                                 path, col, colors[c], c))
            for c in ("adaptive", "adaptive-rho"):
                if c in files:
                    plots.append('"%s" using 1:4 axes x1y2 with steps lw 1 '
                                 'dt 3 lc rgb "%s" title "%s pass-through"'
                                 % (files[c], colors[c], c))
            g.append("plot " + ", ".join(plots))
            subprocess.run(["gnuplot"], input="\n".join(g) + "\n", text=True,
                           check=True)


if __name__ == "__main__":
    main()
