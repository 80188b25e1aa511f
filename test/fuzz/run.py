#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""run.py - the random-server fuzzer's differential runner.

For each seed: gen.py writes a server and its request sequence; the server
is built with clang-19 -O2 (the original) and with `koffload build` (the
driver, as users build; it says whether it split); both run in one network
namespace pair, one after the other, with the same requests; every reply is
compared byte for byte (a missing reply is a drop), and so are the state
each writes on SIGTERM, its file I/O and its exit status. `koffload stats`
says how many requests the kernel answered. Each server is classified:

  refused            not split (the reason: the driver's line)
  split-idle         split, but the kernel answered nothing
  split-answering    split, the kernel answered some requests
  divergent          replies, state, file or exit status differ
  crash              the compiler or the split server crashed
  hang               the compiler or the split server did not finish
  generator-error    the original itself failed (a bug of gen.py)

Failures are kept under --results/<seed>/ with their request sequence
shrunk (and the program shrunk command by command) to a reproducer;
everything else is deleted unless --keep. `--replay DIR` runs one kept case
(server.c + requests.json) again. Runs are bounded: --time-limit stops
starting servers, every build, request and shutdown has a timeout, and the
namespaces and servers are removed on any exit.

Exit status: 0 when nothing diverged, crashed or hung and the share of
split servers the kernel answered for is at least --min-answering; 1
otherwise; 77 when the machine cannot run it (not root, no namespaces).
"""

import argparse
import atexit
import json
import os
import re
import shutil
import signal
import shlex
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
import netns  # noqa: E402

BUILD_TIMEOUT = 240  # s, one koffload build on a busy 2-core machine
REPLY_WAIT = 0.3  # s, for a reply the original may not send
REPLY_WAIT_EXPECTED = 2.0  # s, for a reply the original sent
FAILURES = ("divergent", "crash", "hang")
CRASH_MARKS = ("PLEASE submit a bug report", "Stack dump:",
               "Segmentation fault", "Aborted", "core dumped")


def log(*a):
    print(*a, flush=True)


class Runner:
    def __init__(self, args, net):
        self.a = args
        self.net = net
        self.koffload = args.koffload
        self.cflags = list(args.cflag)

    # ------------------------------------------------------------- building
    def build(self, d):
        """Build d/orig and d/split. Returns (verdict or None, info)."""
        info = {}
        r = subprocess.run([self.a.clang, "-O2", "-g", "-w", "-o", d + "/orig",
                            d + "/server.c"], capture_output=True, text=True,
                           timeout=120)
        if r.returncode != 0:
            info["reason"] = "original does not build: " + last_line(r.stderr)
            return "generator-error", info
        t = time.time()
        try:
            r = subprocess.run([self.koffload, "build", "-o", d + "/split",
                                d + "/server.c"] +
                               (["--cflags=" + shlex.join(self.cflags)]
                                if self.cflags else []),
                               capture_output=True,
                               text=True, timeout=BUILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            info["reason"] = "koffload build: no result in %d s" % BUILD_TIMEOUT
            return "hang", info
        info["build_s"] = round(time.time() - t, 2)
        out = r.stdout + r.stderr
        write(d + "/build.log", out)
        if r.returncode != 0:
            crashed = r.returncode < 0 or any(m in out for m in CRASH_MARKS)
            info["reason"] = "koffload build exit %d: %s" % (
                r.returncode, crash_line(out) if crashed else last_line(out))
            return ("crash" if crashed else "build-failed"), info
        if "the program carries its offload" in out:
            info["split"] = True
            return None, info
        info["split"] = False
        info["reason"] = refusal_reason(out)
        return "refused", info

    # -------------------------------------------------------------- running
    def run(self, d, binary, meta, reqs, split):
        """Run one build with the requests; everything it did."""
        fam, port = meta["family"], meta["port"]
        tag = "split" if split else "orig"
        state, flog = d + "/%s.state" % tag, d + "/%s.filelog" % tag
        for f in (state, flog):
            if os.path.exists(f):
                os.unlink(f)
        env = dict(os.environ, KOFFLOAD_IFACE="veth-srv",
                   KOFFLOAD_MODE=self.a.mode if split else "off")
        res = {"replies": [], "answered": None}
        with open(d + "/%s.log" % tag, "w") as lf:
            p = self.net.start([binary, state, flog], env, lf, d)
        try:
            t0 = time.time()
            while not netns.port_bound(p.pid, port, fam):
                if p.poll() is not None or time.time() - t0 > 5:
                    res["startup"] = "exit %s before binding" % p.poll() \
                        if p.poll() is not None else "did not bind in 5 s"
                    break
                time.sleep(0.02)
            if split and "startup" not in res:
                while time.time() - t0 < 8 and p.poll() is None:
                    if "koffload:" in read(d + "/split.log"):
                        break
                    time.sleep(0.02)
                time.sleep(0.05)
                res["attach"] = next((line for line in read(
                    d + "/split.log").splitlines() if line.startswith("koffload:")),
                    "(no koffload line)")
            if "startup" not in res:
                res["replies"] = self.exchange(fam, port, reqs,
                                               meta.get("expect"))
                if split and p.poll() is None:
                    res["answered"], res["stats"] = self.stats(p.pid)
        finally:
            status, hung = self.net.stop(p)
        res["status"] = status
        res["hung"] = hung
        res["state"] = read(state)
        res["filelog"] = read(flog, binary=True).hex()
        return res

    def exchange(self, fam, port, reqs, expect):
        # Two clients (two source ports), taking turns every three requests:
        # a reply must go back to the request's source.
        socks = [self.net.client_socket(fam), self.net.client_socket(fam)]
        addr = (netns.SERVER_ADDR[fam], port)
        out = []
        try:
            for i, q in enumerate(reqs):
                late = drain(socks[0]) + drain(socks[1])
                if late and out:
                    out[-1] = out[-1] + ["late:" + x for x in late]
                s = socks[(i // 3) % 2]
                s.setblocking(True)
                s.sendto(q, addr)
                wait = REPLY_WAIT
                if expect is not None and expect[i]:
                    wait = REPLY_WAIT_EXPECTED
                s.settimeout(wait)
                try:
                    out.append([s.recv(70000).hex()])
                except (TimeoutError, OSError):
                    out.append([])
            time.sleep(0.05)
            late = drain(socks[0]) + drain(socks[1])
            if late and out:
                out[-1] = out[-1] + ["late:" + x for x in late]
        finally:
            for s in socks:
                s.close()
        return out

    def stats(self, pid):
        r = subprocess.run([self.koffload, "stats", str(pid)],
                           capture_output=True, text=True, timeout=20)
        text = (r.stdout + r.stderr).strip()
        m = re.search(r"answered (\d+) dropped (\d+) fallback (\d+)", text)
        if not m:
            return None, text
        return int(m.group(1)) + int(m.group(2)), text

    # ----------------------------------------------------------- comparing
    def compare(self, d, meta, reqs):
        """Run both builds; (verdict, details)."""
        o = self.run(d, d + "/orig", meta, reqs, False)
        if o.get("startup") or o["hung"] or o["status"] != 0:
            return "generator-error", {"reason": "original: %s" % (
                o.get("startup") or ("hung on SIGTERM" if o["hung"] else
                                     "exit %s" % o["status"]))}, o, None
        meta = dict(meta, expect=[bool(x) for x in o["replies"]])
        s = self.run(d, d + "/split", meta, reqs, True)
        det = {"attach": s.get("attach"), "stats": s.get("stats"),
               "answered": s.get("answered")}
        if s.get("startup"):
            det["reason"] = "split server: " + s["startup"]
            return ("crash" if "exit" in s["startup"] else "hang"), det, o, s
        if s["hung"]:
            det["reason"] = "split server ignored SIGTERM for 3 s"
            return "hang", det, o, s
        if s["status"] != 0:
            det["reason"] = "split server exit status %s" % s["status"]
            return "crash", det, o, s
        diffs = []
        for i, (a, b) in enumerate(zip(o["replies"], s["replies"])):
            if a != b:
                diffs.append({"request": i, "req": reqs[i].hex()[:160],
                              "orig": [x[:160] for x in a],
                              "split": [x[:160] for x in b]})
        if diffs:
            det["reason"] = "%d replies differ, first at request %d" % (
                len(diffs), diffs[0]["request"])
            det["diffs"] = diffs[:5]
        if o["state"] != s["state"]:
            det.setdefault("reason", "final state differs")
            det["state_diff"] = state_diff(o["state"], s["state"])
        if o["filelog"] != s["filelog"]:
            det.setdefault("reason", "file output differs")
        if "reason" in det:
            return "divergent", det, o, s
        if not s.get("answered"):
            return "split-idle", det, o, s
        return "split-answering", det, o, s

    # --------------------------------------------------------- one server
    def one(self, seed, d, drop=(), reqs=None, simpler=()):
        os.makedirs(d, exist_ok=True)
        srv = gen.Server(seed, set(drop), simpler)
        write(d + "/server.c", srv.c_source())
        if reqs is None:
            reqs = srv.requests()
        meta = gen.meta(srv, reqs)
        write(d + "/requests.json", json.dumps(meta, indent=1))
        return self.case(d, meta, reqs)

    def case(self, d, meta, reqs):
        t = time.time()
        verdict, info = self.build(d)
        o = s = None
        if verdict is None:
            verdict, det, o, s = self.compare(d, meta, reqs)
            info.update(det)
        info["seconds"] = round(time.time() - t, 2)
        info["requests"] = len(reqs)
        return verdict, info, o, s

    # ----------------------------------------------------------- shrinking
    def shrink(self, seed, d, verdict, info):
        """A smaller reproducer in d/min: fewer requests, fewer commands."""
        m = d + "/min"
        meta = json.loads(read(d + "/requests.json"))
        reqs = [bytes.fromhex(x) for x in meta["requests"]]
        deadline = time.time() + self.a.shrink_seconds
        drop, simpler = [], []

        def fails(dr, rq, si=None):
            if time.time() > deadline:
                return False
            v, inf, _, _ = self.one(seed, m, dr, rq, simpler if si is None else si)
            return v == verdict and same_kind(info, inf)

        if verdict == "divergent":
            # Requests after the last differing reply matter only for state.
            last = max((x["request"] for x in info.get("diffs", [])), default=None)
            if last is not None and "state_diff" not in info and fails(drop, reqs[:last + 1]):
                reqs = reqs[:last + 1]
            reqs = ddmin(reqs, lambda rq: fails(drop, rq))
        elif verdict in ("crash", "hang") and "koffload build" not in info.get("reason", ""):
            reqs = ddmin(reqs, lambda rq: fails(drop, rq))
        else:
            reqs = reqs[:3]  # the build fails: the requests do not matter
        # Commands, one at a time.
        ncmd = len(gen.Server(seed).cmds)
        for i in range(ncmd):
            if fails(drop + [i], reqs):
                drop.append(i)
        # Then the simplest form of each feature (blocking loop, IPv4, ...).
        for k in sorted(gen.Server.SIMPLER):
            if fails(drop, reqs, simpler + [k]):
                simpler.append(k)
        v, inf, _, _ = self.one(seed, m, drop, reqs, simpler)
        inf["dropped_commands"] = drop
        inf["simpler"] = simpler
        write(m + "/verdict.json", json.dumps({"verdict": v, **inf}, indent=1))
        for f in os.listdir(m):
            if f in ("orig", "split", "split.bpf.o") or f.endswith(".state"):
                os.unlink(os.path.join(m, f))
        return v, len(reqs), drop


def replay(runner, case, a):
    """Build and run the kept case in CASE (server.c, requests.json)."""
    meta = json.loads(read(case + "/requests.json"))
    # A reproducer of a divergence behind the clang crash (issue 13 item 2)
    # says to build with that crash's workaround: it tests its own bug.
    saved = runner.cflags
    runner.cflags = saved + meta.get("cflags", [])
    reqs = [bytes.fromhex(x) for x in meta["requests"]]
    d = tempfile.mkdtemp(prefix="replay-", dir=a.results)
    shutil.copy(case + "/server.c", d + "/server.c")
    try:
        v, info, _, _ = runner.case(d, meta, reqs)
    finally:
        runner.cflags = saved
        if not a.keep:
            shutil.rmtree(d, ignore_errors=True)
    return v, info


def signature(verdict, info, meta):
    """A short name for a failure or refusal, equal for the same bug: the
    crashing function, or the commands whose replies differ and the
    globals whose final state differs, or the refusal's reason."""
    why = info.get("reason", "")
    if verdict in ("crash", "hang", "build-failed"):
        m = re.search(r"koffload::(?:\(anonymous namespace\)::)?(\S+?)\(.*?\) "
                      r"\S*/(lib/\S+?):(\d+)", why)
        if m:
            return "%s: %s at %s:%s" % (verdict, m.group(1), m.group(2), m.group(3))
        return "%s: %s" % (verdict, re.sub(r"0x[0-9a-f]+|\d+", "N", why)[:90])
    if verdict == "refused":
        why = why.split("No offload: ")[-1]
        why = re.sub(r"<unknown>:\d+:\d+: in function \S+ \S+ \(ptr\): ", "", why)
        why = re.sub(r"cur state: .*", "(only the verifier's state dump)", why)
        return "refused: " + re.sub(r"\bR\d+\b|\d+", "N", why)[:110]
    if verdict != "divergent":
        return verdict
    kinds = dict(c.split("=") for c in meta.get("commands", []))
    parts = set()
    for d in info.get("diffs", []):
        q = bytes.fromhex(d["req"])
        k = kinds.get(chr(q[0]), "default") if q else "empty"
        parts.add("reply:%s%s" % (k, " long" if len(meta["requests"][d["request"]]) > 2048 else ""))
    for d in info.get("state_diff", []):
        parts.add("state:" + re.sub(r"\d+$", "", d["orig"].split()[0]))
    if not parts:
        parts.add(why)
    return "divergent: " + " ".join(sorted(parts))


def ddmin(items, fails):
    """Zeller's delta debugging, complement-only: a 1-minimal subsequence."""
    n = 2
    while len(items) >= 2:
        chunk = max(1, len(items) // n)
        reduced = False
        for start in range(0, len(items), chunk):
            rest = items[:start] + items[start + chunk:]
            if rest and fails(rest):
                items, n, reduced = rest, max(n - 1, 2), True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(items), n * 2)
    return items


def same_kind(a, b):
    """Is the failure of b the failure of a (for shrinking)?"""
    ra, rb = a.get("reason", ""), b.get("reason", "")
    if "koffload build" in ra:
        return crash_key(ra) == crash_key(rb)
    return ("state" in ra) == ("state" in rb) or "replies" in rb


def crash_key(reason):
    m = re.search(r"(#\d+ 0x[0-9a-f]+ \S+ \S+|Segmentation fault|Assertion.*)", reason)
    return reason.split(":")[0] if not m else re.sub(r"0x[0-9a-f]+", "", m.group(1))


def state_diff(a, b):
    la, lb = a.splitlines(), b.splitlines()
    return [{"orig": x[:200], "split": y[:200]} for x, y in zip(la, lb) if x != y][:4]


def drain(s):
    s.setblocking(False)
    got = []
    try:
        while True:
            got.append(s.recv(70000).hex())
    except (BlockingIOError, OSError):
        pass
    s.setblocking(True)
    return got


def refusal_reason(out):
    lines = [ln for ln in out.splitlines() if ln.startswith("koffload:")]
    for key in ("No offload", "Not split", "not split", "no offload",
                "userspace-only", "keep in userspace", "refused"):
        for ln in lines:
            if key in ln:
                return ln.strip()
    return lines[-1].strip() if lines else last_line(out)


def crash_line(out):
    for ln in out.splitlines():
        if re.search(r"#\d+ 0x[0-9a-f]+ .*koffload|Segmentation fault|Assertion", ln):
            return ln.strip()[:300]
    return last_line(out)


def last_line(text):
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1].strip()[:300] if lines else "(no output)"


def read(path, binary=False):
    try:
        with open(path, "rb" if binary else "r", errors=None if binary else "replace") as f:
            return f.read()
    except OSError:
        return b"" if binary else ""


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def seeds_of(spec):
    out = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            if int(a) > int(b):
                raise ValueError(spec)
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    if any(x < 0 for x in out):
        raise ValueError(spec)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--koffload", required=True, help="build/bin/koffload")
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--seeds", default="1-20", help="e.g. 1-100 or 3,7,9")
    ap.add_argument("--results", default=os.path.join(
        tempfile.gettempdir(), "koffload-fuzz-results"),
        help="where failures are kept (default: $TMPDIR/koffload-fuzz-results)")
    ap.add_argument("--mode", choices=["generic", "native"], default="generic",
                    help="KOFFLOAD_MODE of the split servers")
    ap.add_argument("--tx-csum", choices=["off", "on"], default="off",
                    help="tx checksum offload on the client's veth (on: the "
                    "container default, partial checksums)")
    ap.add_argument("--time-limit", type=float, default=3600,
                    help="start no server after this many seconds")
    ap.add_argument("--shrink-seconds", type=float, default=240,
                    help="time to shrink one failure")
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--cflag", action="append", default=[],
                    help="a clang flag for koffload build (in --cflags)")
    ap.add_argument("--keep", action="store_true", help="keep every case")
    ap.add_argument("--min-answering", type=float, default=0.0,
                    help="fail unless this share of servers is split with "
                    "the kernel answering")
    ap.add_argument("--replay", help="run the case in DIR (server.c, "
                    "requests.json) and print its verdict")
    ap.add_argument("--replay-all", help="run every case under DIR")
    a = ap.parse_args()
    try:
        seeds = seeds_of(a.seeds)
    except ValueError:
        ap.error("--seeds %r: want N, A-B or a comma-separated list of them" % a.seeds)
    for path in (a.replay, a.replay_all):
        if path and not os.path.isdir(path):
            ap.error("%s: not a directory" % path)
    if a.replay and not os.path.exists(os.path.join(a.replay, "requests.json")):
        ap.error("%s: no requests.json (a case kept by run.py has server.c "
                 "and requests.json)" % a.replay)

    if os.geteuid() != 0:
        print("SKIP: the fuzzer loads BPF programs and makes namespaces: run it as root")
        return 77
    for tool in ("ip", "ethtool", a.clang):
        if not shutil.which(tool):
            print("SKIP: %s is not installed (tools/setup.sh)" % tool)
            return 77
    if not os.access(a.koffload, os.X_OK):
        print("error: %s: not an executable koffload driver" % a.koffload)
        return 1

    os.makedirs(a.results, exist_ok=True)
    pass_obj = None
    if a.mode == "native":
        pass_obj = os.path.join(tempfile.mkdtemp(prefix="koffload-fuzz-"), "pass.o")
        root = os.path.dirname(os.path.dirname(HERE))
        arch = subprocess.run(["gcc", "-print-multiarch"], capture_output=True,
                              text=True).stdout.strip() or "x86_64-linux-gnu"
        subprocess.run([a.clang, "-target", "bpf", "-O2", "-g",
                        "-I/usr/include/" + arch, "-c",
                        root + "/bench/xdp/pass.bpf.c", "-o", pass_obj], check=True)
    net = netns.Network(a.mode, a.tx_csum, pass_obj)
    atexit.register(net.close)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda s, f: sys.exit(128 + s))
    try:
        net.up()
    except (RuntimeError, subprocess.CalledProcessError) as e:
        print("SKIP: cannot set up the namespace pair: %s" % e)
        return 77
    runner = Runner(a, net)

    if a.replay or a.replay_all:
        cases = [a.replay] if a.replay else sorted(
            os.path.join(a.replay_all, x) for x in os.listdir(a.replay_all)
            if os.path.exists(os.path.join(a.replay_all, x, "requests.json")))
        bad = 0
        for case in cases:
            v, info = replay(runner, case, a)
            if v in FAILURES or v in ("build-failed", "generator-error"):
                bad += 1
            log("%s: %s%s" % (case, v, (" -- " + info["reason"]) if "reason" in info else ""))
            if a.replay:
                log(json.dumps({"verdict": v, **info}, indent=1))
        log("replayed %d case(s): %d still fail" % (len(cases), bad))
        return 1 if bad else 0

    counts = {}
    failures = []
    sigs = {}
    start = time.time()
    done = 0
    times = []
    for seed in seeds:
        if time.time() - start > a.time_limit:
            log("time limit reached after %d servers" % done)
            break
        d = os.path.join(a.results, str(seed))
        try:
            v, info, _, _ = runner.one(seed, d)
        except subprocess.TimeoutExpired as e:
            v, info = "hang", {"reason": "timeout: %s" % e}
        done += 1
        times.append(info.get("seconds", 0))
        counts[v] = counts.get(v, 0) + 1
        extra = ""
        if v.startswith("split"):
            extra = "kernel answered %s of %d" % (info.get("answered"), info["requests"])
        log("seed %d: %s %s%s (%.1f s)" % (seed, v, extra,
            (" -- " + info["reason"]) if "reason" in info else "",
            info.get("seconds", 0)))
        write(d + "/verdict.json", json.dumps({"verdict": v, **info}, indent=1))
        if v in FAILURES or v in ("build-failed", "generator-error", "refused"):
            meta = json.loads(read(d + "/requests.json") or "{}")
            sig = signature(v, info, meta)
            sigs.setdefault(sig, []).append(seed)
        if v in FAILURES or v in ("build-failed", "generator-error"):
            failures.append((seed, v, info.get("reason", "")))
            if not a.no_shrink and v in FAILURES:
                mv, nreq, drop = runner.shrink(seed, d, v, info)
                log("  shrunk: %s with %d requests, commands dropped %s (%s/min)" %
                    (mv, nreq, drop, d))
        elif not a.keep:
            shutil.rmtree(d, ignore_errors=True)

    total = max(done, 1)
    answering = counts.get("split-answering", 0)
    split = answering + counts.get("split-idle", 0) + counts.get("divergent", 0)
    summary = {"servers": done, "seconds": round(time.time() - start, 1),
               "seconds_per_server": round(sum(times) / total, 1),
               "split": split, "split_answering": answering,
               "answering_share": round(answering / total, 3), **counts}
    summary["signatures"] = {k: v for k, v in sorted(sigs.items(), key=lambda x: -len(x[1]))}
    write(os.path.join(a.results, "summary.json"), json.dumps(summary, indent=1))
    log("fuzz: %d servers in %.0f s (%.1f s each): split %d, kernel answering %d "
        "(%.0f%%), split-idle %d, refused %d, divergent %d, crash %d, hang %d, "
        "build-failed %d, generator-error %d" % (
            done, summary["seconds"], summary["seconds_per_server"], split,
            answering, 100.0 * answering / total, counts.get("split-idle", 0),
            counts.get("refused", 0), counts.get("divergent", 0),
            counts.get("crash", 0), counts.get("hang", 0),
            counts.get("build-failed", 0), counts.get("generator-error", 0)))
    if sigs:
        log("distinct failures and refusals (count, seeds):")
        for k, seeds in sorted(sigs.items(), key=lambda x: -len(x[1])):
            log("  %4d  %s  (seeds %s%s)" % (len(seeds), k, " ".join(map(str, seeds[:6])),
                                            " ..." if len(seeds) > 6 else ""))
    bad = any(v in FAILURES or v in ("build-failed", "generator-error")
              for _, v, _ in failures)
    if answering / total < a.min_answering:
        log("FAIL: %.0f%% of the servers split with the kernel answering, want >= %.0f%%"
            % (100.0 * answering / total, 100 * a.min_answering))
        bad = True
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
