"""The API fuzzer: run every case of api_cases.py in worker processes.

    python fuzz/fuzz_api.py              # all cases; exit 1 on an unexpected finding
    python fuzz/fuzz_api.py -k zero_     # the cases whose name contains zero_

A case that matches eager or raises a clean exception is fine; anything else
(a mismatch, an accepted bad input, a rejected valid program, an internal
exception, a death or a hang) is a finding `api:<case>:<outcome>`, expected
only if known_failures.KNOWN lists it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import api_cases  # noqa: E402
import known_failures  # noqa: E402
from fuzz_runner import Finding, Pool  # noqa: E402

TIMEOUT = 300.0
OK = ("match", "clean-error")


def classify_api(name: str, res: dict) -> Finding | None:
    if res.get("worker_error") or res.get("died"):
        how = f"signal {res.get('signal')}" if res.get("signal") else f"exit {res.get('exit')}"
        return Finding("crash", "api", f"api:{name}:crash",
                       f"{how}: {res.get('native', '')[-1500:]}")
    if res.get("hang"):
        return Finding("hang", "api", f"api:{name}:hang", f"no answer after {res['timeout']} s")
    if res.get("exc"):
        return Finding("escaped", "api", f"api:{name}:escaped", res["exc"][-1500:])
    if res["outcome"] in OK:
        return None
    return Finding(res["outcome"], "api", f"api:{name}:{res['outcome']}", res["detail"])


def fuzz(names=None, pool: Pool | None = None, jobs: int = 1, timeout: float = TIMEOUT):
    """[(name, outcome or kind, Finding | None)] for the cases `names`."""
    names = names or api_cases.names()
    own = pool is None
    pool = pool or Pool(jobs)
    out = []
    try:
        for job, res in pool.run([{"id": n, "kind": "api", "case": n} for n in names], timeout):
            f = classify_api(job["case"], res)
            out.append((job["case"], res.get("outcome") or (f.kind if f else "?"), f))
    finally:
        if own:
            pool.close()
    return sorted(out, key=lambda r: r[0])


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-k", default="", help="only cases whose name contains this")
    p.add_argument("--jobs", type=int, default=1)
    a = p.parse_args(argv)
    start = time.monotonic()
    rows = fuzz([n for n in api_cases.names() if a.k in n], jobs=a.jobs)
    bad = 0
    for name, outcome, f in rows:
        known = known_failures.match(f) if f else None
        tag = "" if f is None else f"  known {known.id}" if known else "  UNEXPECTED"
        bad += bool(f and not known)
        detail = f"\n      {f.message[:400]}" if f else ""
        print(f"{name:36s} {outcome}{tag}{detail}")
    print(f"{len(rows)} cases in {time.monotonic() - start:.1f} s, {bad} unexpected")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
