"""The fuzzers' own parts, without worker processes: corpus discovery, mutant
determinism and consistency, the classifier, the known-failure table."""

import os
import re

import api_cases
import known_failures
import ir_mutators as mutators
import pytest
from fuzz_runner import Finding, classify_opt, normalize

HERE = os.path.dirname(os.path.abspath(__file__))

EXP = """func.func @f(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,3],f32> {
  %0 = torch.aten.exp %arg0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  %1 = torch.aten.neg %0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
  return %1 : !torch.vtensor<[2,3],f32>
}
"""


def test_corpus_is_the_lit_folders(tmp_path):
    # Not the pytest folders, nor the old packages/*/test layout.
    for rel in ("packages/a/tests/lit/x.mlir", "packages/b/tests/lit/sub/y.mlir",
                "packages/c/tests/z.mlir", "packages/d/test/w.mlir"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True)
        p.write_text("// RUN: x\nfunc.func @f() {\n  return\n}\n// -----\n"
                     "func.func @g() {\n  return\n}\n")
    assert mutators.lit_inputs(str(tmp_path)) == ["packages/a/tests/lit/x.mlir",
                                                  "packages/b/tests/lit/sub/y.mlir"]
    seeds = mutators.load_corpus(str(tmp_path))
    assert [s.name for s in seeds] == ["packages/a/tests/lit/x.mlir#0",
                                       "packages/a/tests/lit/x.mlir#1",
                                       "packages/b/tests/lit/sub/y.mlir#0",
                                       "packages/b/tests/lit/sub/y.mlir#1"]
    assert "RUN" not in seeds[0].text


def test_repo_corpus_is_large():
    assert len(mutators.load_corpus()) > 300


def test_mutants_are_deterministic():
    seeds = mutators.load_corpus()
    info = mutators.corpus_info(seeds)
    a = [mutators.make_mutant(seeds, info, 0, i).text for i in range(30)]
    b = [mutators.make_mutant(seeds, info, 0, i).text for i in range(30)]
    c = [mutators.make_mutant(seeds, info, 1, i).text for i in range(30)]
    assert a == b and a != c
    assert all(m != s.text for m, s in zip(a, seeds))


def _verifies(text: str) -> bool:
    from torch_mlir_core.ir import Context, parse_module

    ctx = Context()
    with ctx:
        return parse_module(text, "m.mlir", ctx) is not None


def test_retype_result_keeps_the_ir_valid():
    import random

    info = mutators.CorpusInfo(["torch.aten.exp"], ["!torch.int"])
    changed = 0
    for k in range(20):
        out = mutators.op_retype_result(EXP, random.Random(k), info)
        if out != EXP:
            changed += 1
            assert _verifies(out), out
    assert changed >= 15


def test_consistent_type_replacement_verifies():
    import random

    for k in range(10):
        out = mutators.op_replace_type_everywhere(EXP, random.Random(k), None)
        assert _verifies(out), out
        out = mutators.op_zero_dim(EXP, random.Random(k), None)
        assert "[0," in out or ",0]" in out
        assert _verifies(out), out


def _res(**kw):
    base = {"rc": 0, "stdout": "", "stderr": "", "native": "", "exc": None}
    base.update(kw)
    return base


@pytest.mark.parametrize("res, kind", [
    (_res(), None),
    (_res(rc=1, stderr="<stdin>:3:7: error: expected ')'\n"), None),
    (_res(rc=1, stderr="torch-mlir-opt: error: something\n"), "unlocated"),
    (_res(rc=1, stderr="<unknown>: error: 'func.func' could not be lowered\n"), "unlocated"),
    ({"died": True, "signal": 6, "exit": None,
      "native": "python: X.cpp:1: Assertion `a < b' failed.\n"}, "crash"),
    (_res(rc=1, native="LLVM ERROR: out of memory\n"), "crash"),
    ({"hang": True, "timeout": 5.0, "native": ""}, "hang"),
    (_res(rc=None, exc="Traceback (most recent call last):\nKeyError: 'x'\n"), "escaped"),
    (_res(rc=2), "exit-code"),
    (_res(rc=1, stderr="<stdin>:2:8: error: 'torch.aten.size.int' could not be lowered to "
          "linalg-on-tensors: internal error in lowering rule torch_mlir_core.lowering.shared."
          "size_int: IndexError: list index out of range (at /x/shared.py:10)\n"), "internal"),
    (_res(rc=1, stderr="<stdin>:2:8: error: Python pass 'torch-refine-types' raised "
          "KeyError: 3 (at /x/refine.py:5)\n"), "internal"),
])
def test_classifier(res, kind):
    f = classify_opt("pipeline", res)
    assert (f.kind if f else None) == kind


def test_signatures_ignore_incidentals():
    a = ("<stdin>:2:8: error: 'torch.aten.sum' could not be lowered to linalg-on-tensors: "
         "internal error in lowering rule torch_mlir_core.lowering.linalg.reductions.sum: "
         "TypeError: rule produced a value of type tensor<3xf32>, expected tensor<4xf32> "
         "(at /a/convert.py:250)\n")
    b = a.replace("3xf32", "7x2xf32").replace(":2:8:", ":9:1:").replace("/a/", "/b/c/")
    fa, fb = (classify_opt("pipeline", _res(rc=1, stderr=x)) for x in (a, b))
    assert fa.signature == fb.signature
    assert "torch.aten.sum" in fa.signature and "TypeError" in fa.signature
    assert normalize("%arg0 = 17 : tensor<2x3xf32>") == "%v = N : T"


def test_known_table_is_well_formed():
    ids = [k.id for k in known_failures.KNOWN]
    assert len(ids) == len(set(ids))
    for k in known_failures.KNOWN:
        re.compile(k.pattern)
        assert k.where and k.reason
        if k.mode == "api":
            assert k.reproducer in api_cases.CASES, k.id
        else:
            path = os.path.join(HERE, "reproducers", k.reproducer)
            assert os.path.exists(path), path
            with open(path, encoding="utf-8") as f:
                assert f.read().strip()


def test_known_match(monkeypatch):
    entry = known_failures.Known(
        "some-id", r"^internal:pipeline:torch\.prims\.broadcast_in_dim:", "x.mlir", "pipeline",
        "where", "why")
    monkeypatch.setattr(known_failures, "KNOWN", [entry])
    assert known_failures.match(Finding("x", "pipeline", "nothing:like:this", "")) is None
    sig = ("internal:pipeline:torch.prims.broadcast_in_dim:linalg.views.broadcast_in_dim:"
           "IndexError:list index out of range")
    k = known_failures.match(Finding("internal", "pipeline", sig, ""))
    assert k is not None and k.id == "some-id"


def test_api_cases_are_enough():
    assert len(api_cases.CASES) >= 50
