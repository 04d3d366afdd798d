"""CI: the API fuzzer (every case of api_cases.py, each in a worker process).

A case must match torch eager or raise a clean exception; a finding (mismatch,
accepted bad input, rejected valid program, internal exception, death, hang)
fails unless known_failures.KNOWN lists it, and a known API entry whose case
now behaves fails too (fixed: remove the entry).
"""

import os

import api_cases
import fuzz_api
import known_failures
import pytest

JOBS = int(os.environ.get("TORCH_MLIR_FUZZ_JOBS", "1"))


@pytest.mark.slow
def test_api_fuzz():
    rows = fuzz_api.fuzz(jobs=JOBS)
    assert len(rows) == len(api_cases.CASES) >= 50
    outcomes = {name: outcome for name, outcome, _ in rows}
    assert sum(o == "match" for o in outcomes.values()) >= 20
    unexpected = [f"{f.signature}: {f.message[:400]}" for _, _, f in rows
                  if f is not None and known_failures.match(f) is None]
    found = {f.signature for _, _, f in rows if f is not None}
    stale = [f"{k.id}: case {k.reproducer} no longer fails as {k.pattern}: remove the entry "
             f"(fixed?); it is now {outcomes.get(k.reproducer)}"
             for k in known_failures.KNOWN if k.mode == "api"
             and not any(k.matches(s) for s in found)]
    assert not unexpected and not stale, "\n".join(unexpected + stale)
