"""The mutational IR fuzzer: run, dedupe, minimize, write reproducers.

    python fuzz/fuzz_ir.py                       # the CI run: seed 0, 500 mutants
    python fuzz/fuzz_ir.py --count 5000 --jobs 2 --minimize --out /tmp/fuzz
    python fuzz/fuzz_ir.py --replay 0-1234       # one mutant, printed and rerun

Each mutant (see ir_mutators.py) goes through `torch-mlir-opt` plain (parse +
verify) and with the linalg backend pipeline, in worker processes
(fuzz_runner.py). Findings are grouped by signature; with --minimize the smallest
mutant of each group is reduced line by line (keeping the signature) and
written to --out as a reproducer. Exit status 1 if any finding is not in
known_failures.KNOWN.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import known_failures  # noqa: E402
import ir_mutators as mutators  # noqa: E402
from fuzz_runner import MODES, Finding, Pool, classify_opt  # noqa: E402

CI_COUNT = 500
CI_SEED = 0
TIMEOUT = 120.0


@dataclass
class Hit:
    mutant: mutators.Mutant
    finding: Finding


@dataclass
class Report:
    count: int = 0
    runs: int = 0
    seconds: float = 0.0
    outcomes: Counter = field(default_factory=Counter)  # (mode, "ok"|"error"|kind)
    hits: list[Hit] = field(default_factory=list)
    restarts: int = 0

    def groups(self) -> dict[str, list[Hit]]:
        g = defaultdict(list)
        for h in self.hits:
            g[h.finding.signature].append(h)
        return dict(sorted(g.items()))


def with_seed(f: Finding, m: mutators.Mutant) -> Finding:
    """A crash or hang says nothing about the op that caused it: its signature
    gets the seed chunk (`@file#chunk`), so a new one elsewhere is not taken
    for a known one."""
    if f.kind not in ("crash", "hang"):
        return f
    return Finding(f.kind, f.mode, f"{f.signature}@{m.seed.name}", f.message)


def _jobs(mutants, modes):
    for m in mutants:
        for mode in modes:
            yield {"id": f"{m.id}/{mode}", "kind": "opt", "argv": MODES[mode], "text": m.text}


def fuzz(count: int = CI_COUNT, seed: int = CI_SEED, jobs: int = 1, timeout: float = TIMEOUT,
         modes=tuple(MODES), pool: Pool | None = None, progress=None,
         with_seeds: bool = False) -> Report:
    """Runs `count` mutants of run `seed` (and, with_seeds, every unmutated
    corpus chunk too) through `modes`."""
    seeds = mutators.load_corpus()
    info = mutators.corpus_info(seeds)
    mutants = {m.id: m for m in (mutators.make_mutant(seeds, info, seed, i) for i in range(count))}
    if with_seeds:
        mutants.update({f"seed-{k}": mutators.Mutant(f"seed-{k}", s, [], s.text)
                        for k, s in enumerate(seeds)})
    report = Report(count=count)
    start = time.monotonic()
    own = pool is None
    pool = pool or Pool(jobs)
    try:
        for job, res in pool.run(_jobs(mutants.values(), modes), timeout):
            mid, mode = job["id"].rsplit("/", 1)
            report.runs += 1
            f = classify_opt(mode, res)
            if f is not None:
                f = with_seed(f, mutants[mid])
                report.hits.append(Hit(mutants[mid], f))
                report.outcomes[(mode, f.kind)] += 1
            else:
                report.outcomes[(mode, "ok" if res.get("rc") == 0 else "error")] += 1
            if progress and report.runs % 100 == 0:
                progress(f"{report.runs} runs, {len(report.hits)} findings, "
                         f"{time.monotonic() - start:.0f} s")
        report.restarts = pool.restarts
    finally:
        if own:
            pool.close()
    report.seconds = time.monotonic() - start
    return report


# --- minimization -------------------------------------------------------------------

def minimize(text: str, mode: str, signature: str, pool: Pool, timeout: float = TIMEOUT,
             budget: int = 80) -> str:
    """Removes lines (halves, then quarters, ... then single lines) while the
    run keeps the same finding signature; at most `budget` runs."""
    lines = text.splitlines()
    runs = 0

    def same(cand: list[str]) -> bool:
        nonlocal runs
        runs += 1
        job = {"id": "min", "kind": "opt", "argv": MODES[mode], "text": "\n".join(cand) + "\n"}
        (_, res), = list(pool.run([job], timeout))
        f = classify_opt(mode, res)
        return f is not None and f.signature == signature

    n = 2
    while len(lines) >= 2 and runs < budget:
        size = max(1, len(lines) // n)
        removed = False
        for i in range(0, len(lines), size):
            if runs >= budget:
                break
            cand = lines[:i] + lines[i + size:]
            if cand and same(cand):
                lines, removed = cand, True
                break
        if removed:
            n = max(2, n - 1)
        elif size == 1:
            break
        else:
            n = min(len(lines), n * 2)
    return "\n".join(lines) + "\n"


def _slug(sig: str) -> str:
    digest = hashlib.sha1(sig.encode()).hexdigest()[:8]
    return re.sub(r"[^a-zA-Z0-9]+", "-", sig).strip("-")[:60].lower() + "-" + digest


def report_from_json(paths: list[str]) -> Report:
    """The findings of earlier runs' report.json files, their mutants regenerated
    from their ids (to re-minimize or re-write the reproducers)."""
    seeds = mutators.load_corpus()
    info = mutators.corpus_info(seeds)
    report = Report()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for row in data["findings"]:
            for mid in row["mutants"][:3]:
                if mid.startswith("seed-"):
                    s = seeds[int(mid[5:])]
                    m = mutators.Mutant(mid, s, [], s.text)
                else:
                    seed, index = (int(x) for x in mid.split("-"))
                    m = mutators.make_mutant(seeds, info, seed, index)
                report.hits.append(Hit(m, Finding(row["kind"], row["mode"], row["signature"],
                                                  row["message"])))
    return report


def write_reproducers(report: Report, out: str, pool: Pool | None, do_minimize: bool) -> list:
    os.makedirs(out, exist_ok=True)
    rows = []
    for sig, hits in report.groups().items():
        best = min(hits, key=lambda h: len(h.mutant.text))
        text = best.mutant.text
        if do_minimize and pool is not None and best.finding.kind != "hang":
            text = minimize(text, best.finding.mode, sig, pool)
        known = known_failures.match(best.finding)
        path = os.path.join(out, f"{_slug(sig)}.mlir")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"// signature: {sig}\n// mode: {best.finding.mode}  mutant: {best.mutant.id} "
                    f"({best.mutant.seed.name}: {', '.join(best.mutant.steps)})\n"
                    f"// known: {known.id if known else 'NO'}\n"
                    f"// torch-mlir-opt {' '.join(MODES[best.finding.mode][1:])} <this file>\n")
            f.write(text)
        rows.append({"signature": sig, "count": len(hits), "mode": best.finding.mode,
                     "kind": best.finding.kind, "known": known.id if known else None,
                     "reproducer": path, "message": best.finding.message[:600],
                     "mutants": [h.mutant.id for h in hits[:20]]})
    return rows


def summarize(report: Report) -> str:
    lines = [f"{report.count} mutants, {report.runs} torch-mlir-opt runs in "
             f"{report.seconds:.1f} s ({report.restarts} worker restarts)"]
    for (mode, what), n in sorted(report.outcomes.items()):
        lines.append(f"  {mode:9s} {what:10s} {n}")
    for sig, hits in report.groups().items():
        known = known_failures.match(hits[0].finding)
        tag = f"known {known.id}" if known else "UNEXPECTED"
        lines.append(f"  [{len(hits):4d}] {tag}: {sig}")
    return "\n".join(lines)


def unexpected(report: Report) -> list[Hit]:
    return [h for h in report.hits if known_failures.match(h.finding) is None]


def run_files(paths, modes, timeout) -> int:
    """Runs each file in each mode and prints what it is (a finding or ok)."""
    jobs = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        jobs += [{"id": f"{path}/{mode}", "kind": "opt", "argv": MODES[mode], "text": text}
                 for mode in modes]
    with Pool(1) as pool:
        for job, res in pool.run(jobs, timeout):
            path, mode = job["id"].rsplit("/", 1)
            f = classify_opt(mode, res)
            print(f"{path} [{mode}]: {f.signature if f else 'ok'}")
            print("  " + (res.get("stderr") or "").strip()[:1500].replace("\n", "\n  "))
    return 0


def minimize_files(paths, out, jobs, timeout) -> int:
    """Re-minimizes reproducer files (header: `// signature:` and `// mode:`)."""
    os.makedirs(out, exist_ok=True)
    with Pool(jobs) as pool:
        for path in paths:
            with open(path, encoding="utf-8") as f:
                lines = f.read().splitlines()
            header = [ln for ln in lines if ln.startswith("// ")][:4]
            sig = header[0].split("signature: ", 1)[1]
            mode = header[1].split("mode: ", 1)[1].split()[0]
            body = "\n".join(ln for ln in lines if ln not in header) + "\n"
            small = minimize(body, mode, sig, pool, timeout)
            with open(os.path.join(out, os.path.basename(path)), "w", encoding="utf-8") as f:
                f.write("\n".join(header) + "\n" + small)
            print(f"{path}: {len(body.splitlines())} -> {len(small.splitlines())} lines")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--count", type=int, default=CI_COUNT)
    p.add_argument("--seed", type=int, default=CI_SEED)
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--timeout", type=float, default=TIMEOUT)
    p.add_argument("--modes", default=",".join(MODES))
    p.add_argument("--with-seeds", action="store_true",
                   help="also run every unmutated corpus chunk")
    p.add_argument("--minimize", action="store_true")
    p.add_argument("--out", default=None, help="write reproducers and report.json here")
    p.add_argument("--replay", default=None, help="a mutant id SEED-INDEX: print and run it")
    p.add_argument("--run", nargs="+", default=None, metavar="FILE",
                   help="run these .mlir files (e.g. reproducers) in --modes and classify")
    p.add_argument("--minimize-files", nargs="+", default=None, metavar="FILE",
                   help="minimize reproducers written by --out (keeping the signature in "
                   "their header) into --out")
    p.add_argument("--from-reports", nargs="+", default=None, metavar="REPORT_JSON",
                   help="write (with --minimize, minimized) reproducers of these reports' "
                   "findings into --out, their mutants regenerated from their ids")
    a = p.parse_args(argv)
    modes = tuple(a.modes.split(","))
    if a.run:
        return run_files(a.run, modes, a.timeout)
    if a.minimize_files:
        return minimize_files(a.minimize_files, a.out or ".", a.jobs, a.timeout)
    if a.from_reports:
        with Pool(a.jobs) as pool:
            rows = write_reproducers(report_from_json(a.from_reports), a.out or ".", pool,
                                     a.minimize)
        print(f"{len(rows)} reproducers in {a.out or '.'}")
        return 0
    if a.replay:
        seed, index = (int(x) for x in a.replay.split("-"))
        seeds = mutators.load_corpus()
        m = mutators.make_mutant(seeds, mutators.corpus_info(seeds), seed, index)
        print(f"// {m.id} from {m.seed.name}: {', '.join(m.steps)}\n{m.text}")
        with Pool(1) as pool:
            for job, res in pool.run(_jobs([m], modes), a.timeout):
                print(job["id"], classify_opt(job["id"].rsplit("/", 1)[1], res) or "ok",
                      res.get("stderr", "")[:3000], res.get("native", "")[:3000])
        return 0
    with Pool(a.jobs) as pool:
        report = fuzz(a.count, a.seed, a.jobs, a.timeout, modes, pool=pool,
                      progress=lambda s: print(s, file=sys.stderr, flush=True),
                      with_seeds=a.with_seeds)
        print(summarize(report))
        if a.out:
            rows = write_reproducers(report, a.out, pool, a.minimize)
            with open(os.path.join(a.out, "report.json"), "w") as f:
                json.dump({"count": report.count, "runs": report.runs,
                           "seconds": round(report.seconds, 1), "restarts": report.restarts,
                           "outcomes": {f"{k[0]}/{k[1]}": v for k, v in report.outcomes.items()},
                           "findings": rows}, f, indent=1)
    return 1 if unexpected(report) else 0


if __name__ == "__main__":
    sys.exit(main())
