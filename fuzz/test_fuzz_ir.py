"""CI: the IR fuzzer (fixed seed, >= 500 mutants through torch-mlir-opt plain and
with the linalg backend pipeline) and the known failures' reproducers.

Fails on any finding not listed in known_failures.KNOWN, and on any known entry
whose reproducer no longer fails that way (fixed: remove the entry).
TORCH_MLIR_FUZZ_MUTANTS / _SEED / _JOBS change the run (e.g. 5000 for a long run).
"""

import os

import fuzz_ir
import known_failures
import pytest
from fuzz_runner import MODES, Pool, classify_opt

COUNT = int(os.environ.get("TORCH_MLIR_FUZZ_MUTANTS", fuzz_ir.CI_COUNT))
SEED = int(os.environ.get("TORCH_MLIR_FUZZ_SEED", fuzz_ir.CI_SEED))
JOBS = int(os.environ.get("TORCH_MLIR_FUZZ_JOBS", "1"))
HERE = os.path.dirname(os.path.abspath(__file__))
HANG_TIMEOUT = 15.0


def known_reproducer_problems(pool) -> list[str]:
    """Every IR entry of KNOWN whose reproducer does not (or no longer) fail
    with a finding the entry matches."""
    entries = [k for k in known_failures.KNOWN if k.mode in MODES]
    jobs = []
    for k in entries:
        with open(os.path.join(HERE, "reproducers", k.reproducer), encoding="utf-8") as f:
            jobs.append({"id": k.id, "kind": "opt", "argv": MODES[k.mode], "text": f.read()})
    by_id = {k.id: k for k in entries}
    problems = []
    # A known hang is checked with a short timeout (a normal run takes seconds).
    hangs = [j for j in jobs if by_id[j["id"]].pattern.startswith("^hang")]
    others = [j for j in jobs if j not in hangs]
    results = list(pool.run(others, fuzz_ir.TIMEOUT)) + list(pool.run(hangs, HANG_TIMEOUT))
    for job, res in results:
        k = by_id[job["id"]]
        f = classify_opt(k.mode, res)
        if f is None:
            problems.append(f"{k.id}: reproducers/{k.reproducer} no longer fails: remove the "
                            f"entry from known_failures.KNOWN (fixed?)")
        elif not k.matches(f.signature):
            problems.append(f"{k.id}: reproducers/{k.reproducer} now fails differently: "
                            f"{f.signature}")
    return problems


@pytest.mark.slow
def test_ir_fuzz():
    with Pool(JOBS) as pool:
        report = fuzz_ir.fuzz(COUNT, SEED, pool=pool)
        stale = known_reproducer_problems(pool)
    print(fuzz_ir.summarize(report))
    assert report.runs == COUNT * len(MODES)
    # The run must reach the pipeline, not just the parser.
    assert report.outcomes[("pipeline", "ok")] > COUNT // 20
    bad = fuzz_ir.unexpected(report)
    lines = [f"{h.finding.signature}\n    mutant {h.mutant.id} (replay: python fuzz/fuzz_ir.py "
             f"--replay {h.mutant.id}): {h.finding.message[:300]}" for h in bad]
    assert not bad and not stale, (
        f"{len(bad)} unexpected finding(s) (catalogue them in fuzz/known_failures.py with a "
        f"reproducer, or fix them):\n" + "\n".join(lines) + "\n" + "\n".join(stale))
