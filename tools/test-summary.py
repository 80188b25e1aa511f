#!/usr/bin/env python3
"""Summarize a test run: counts per suite from ctest's and lit's JUnit XML.

lit runs as one ctest test; its own XML gives the per-test counts. Exits 1
when any test failed or a results file is missing.
"""
import sys
import xml.etree.ElementTree as ET
from collections import Counter


def outcome(case):
    if case.find("failure") is not None or case.find("error") is not None:
        return "failed"
    if case.find("skipped") is not None:
        return "skipped"
    return "passed"


def suite_of(case):
    name = case.get("name", "")
    if name == "lit":
        return None  # counted from lit's own results
    if name.startswith("e2e") or "e2e" in case.get("classname", ""):
        return "e2e"
    if name.startswith("kernel"):
        return "kernel"
    return "unit" if "." in name else "other"


def main(ctest_xml, lit_xml):
    counts = {}
    ok = True
    try:
        for case in ET.parse(ctest_xml).getroot().iter("testcase"):
            suite = suite_of(case)
            if suite:
                counts.setdefault(suite, Counter())[outcome(case)] += 1
    except (OSError, ET.ParseError) as e:
        print(f"summary: cannot read {ctest_xml}: {e}")
        ok = False
    try:
        for case in ET.parse(lit_xml).getroot().iter("testcase"):
            counts.setdefault("lit", Counter())[outcome(case)] += 1
    except (OSError, ET.ParseError) as e:
        print(f"summary: cannot read {lit_xml}: {e}")
        ok = False

    print("\n==== koffload test summary ====")
    total = Counter()
    for suite in sorted(counts):
        c = counts[suite]
        total.update(c)
        print(f"  {suite:6} {c['passed']:4} passed  {c['failed']:3} failed"
              f"  {c['skipped']:3} skipped")
    print(f"  {'total':6} {total['passed']:4} passed  {total['failed']:3} failed"
          f"  {total['skipped']:3} skipped")
    if total["skipped"]:
        print("  NOTE: skipped tests lack a capability on this machine; "
              "see their output above.")
    return 0 if ok and total["failed"] == 0 and total["passed"] > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
