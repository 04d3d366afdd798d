"""Tests of the Torch ODS generator and of the checked-in GeneratedTorchOps.td."""

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import torch

from torch_mlir_core.tools.torch_ods_gen import generator

CHECKED_IN = generator.DEFAULT_OUTPUT
INCLUDE_DIR = Path(__file__).resolve().parents[1] / "include"


@pytest.fixture(scope="module")
def selection():
    return generator.select_ops()


@pytest.fixture(scope="module")
def generated(selection):
    return generator.generate(selection)


@pytest.fixture(scope="module")
def defs(generated):
    """mnemonic -> the text of its `def ... { ... }` block."""
    blocks = re.findall(r'^def \w+ : Torch_GeneratedOp<"([^"]+)".*?^}$', generated, re.M | re.S)
    texts = re.findall(r'^def \w+ : Torch_GeneratedOp<"[^"]+".*?^}$', generated, re.M | re.S)
    return dict(zip(blocks, texts))


def test_checked_in_file_is_up_to_date(generated):
    assert CHECKED_IN.exists(), f"missing {CHECKED_IN}; run {generator.REGENERATE_COMMAND}"
    if CHECKED_IN.read_text() != generated:
        pytest.fail(
            f"{CHECKED_IN.name} is stale for torch {torch.__version__}:\n"
            f"{generator.diff_summary(CHECKED_IN.read_text(), generated)}\n"
            f"Regenerate with: PYTHONPATH=packages/torch-mlir-core/python "
            f"{generator.REGENERATE_COMMAND}")


def test_check_flag_and_output_flag(tmp_path, capsys):
    out = tmp_path / "Ops.td"
    assert generator.main(["--output", str(out)]) == 0
    assert generator.main(["--check", "--output", str(out)]) == 0
    out.write_text(out.read_text().replace('"aten.mm"', '"aten.mm_renamed"'))
    assert generator.main(["--check", "--output", str(out)]) == 1
    assert "Regenerate with" in capsys.readouterr().err


def test_count_flag(capsys):
    assert generator.main(["--count"]) == 0
    report = capsys.readouterr().out
    assert "by namespace: aten" in report and "core ATen opset" in report
    assert "out variant" in report


def test_output_is_deterministic(selection, generated):
    assert generator.generate(selection) == generated
    assert generated.startswith("//===- GeneratedTorchOps.td")
    assert "GENERATED FILE" in generated and torch.__version__ in generated
    assert generator.REGENERATE_COMMAND in generated


def test_op_count_and_namespaces(selection):
    assert len(selection.ops) >= 300
    namespaces = {op.ns for op in selection.ops}
    assert {"aten", "prims", "prim"} <= namespaces
    names = [generator.cpp_def_name(op) for op in selection.ops]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"Torch_[A-Za-z0-9_]+Op", n) for n in names)


def test_every_mappable_core_aten_op_is_generated(selection):
    generated_keys = {op.key for op in selection.ops}
    missing, skipped = [], []
    for op in generator.load_registry().values():
        if op.ns != "aten" or torch.Tag.core not in generator._op_tags(op):
            continue
        reason = generator.skip_reason(op)
        if reason is None and op.key not in generated_keys:
            missing.append(op.key)
        elif reason is not None:
            skipped.append((op.key, reason))
    assert not missing
    # Only `.out` overloads of core ops may be dropped.
    assert all(reason.startswith("out variant") for _, reason in skipped), skipped


def test_prims_from_decompositions_are_generated(selection):
    keys = {op.key for op in selection.ops}
    for name in ["convert_element_type", "broadcast_in_dim", "squeeze", "collapse_view",
                 "split_dim", "var", "sum", "amax", "amin", "iota"]:
        assert f"prims::{name}" in keys


def test_no_out_variants_are_generated(selection):
    for op in selection.ops:
        assert not any(a.kwarg_only and a.alias_info is not None and a.alias_info.is_write
                       for a in op.schema.arguments), op.key


def _traits(block):
    return re.search(r"\[(.*?)\]>", block, re.S).group(1).split(",")


def _names(block, kind):
    section = re.search(rf"let {kind} = \((?:ins|outs)(.*?)\);", block, re.S).group(1)
    return re.findall(r"(\S+):\$(\w+)", section)


def test_mm(defs):
    block = defs["aten.mm"]
    traits = [t.strip() for t in _traits(block)]
    assert {"AllowsTypeRefinement", "HasValueSemantics", "ReadOnly",
            "PureOnValueTensors"} <= set(traits)
    assert _names(block, "arguments") == [("AnyTorchTensorType", "self"),
                                          ("AnyTorchTensorType", "mat2")]
    assert _names(block, "results") == [("AnyTorchTensorType", "result")]
    assert "let hasVerifier = 1;" in block
    assert "assemblyFormat" not in block
    assert "def Torch_AtenMmOp :" in block
    assert "`aten::mm : (Tensor, Tensor) -> (Tensor)`" in block


def test_add_inplace(defs):
    block = defs["aten.add_.Tensor"]
    traits = [t.strip() for t in _traits(block)]
    assert "IsTrailingUnderscoreInplaceVariant" in traits
    assert "ReadOnly" not in traits and "HasValueSemantics" not in traits
    assert "PureOnValueTensors" not in traits
    assert "aten.add.Tensor" in defs


def test_add_tensor_matches_documented_form(defs):
    block = defs["aten.add.Tensor"]
    assert _names(block, "arguments") == [("AnyTorchTensorType", "self"),
                                          ("AnyTorchTensorType", "other"),
                                          ("AnyTorchScalarType", "alpha")]
    assert "`aten::add.Tensor : (Tensor, Tensor, Scalar) -> (Tensor)`" in block


def test_view_is_read_only_without_value_semantics(defs):
    traits = [t.strip() for t in _traits(defs["aten.view"])]
    assert "ReadOnly" in traits
    assert "HasValueSemantics" not in traits and "PureOnValueTensors" not in traits


def test_index_tensor_operand_type(defs):
    assert _names(defs["aten.index.Tensor"], "arguments") == [
        ("AnyTorchTensorType", "self"), ("AnyTorchListOfOptionalTensorType", "indices")]


def test_type_mapping_samples(defs):
    sum_dim = dict((n, t) for t, n in _names(defs["aten.sum.dim_IntList"], "arguments"))
    assert sum_dim == {"self": "AnyTorchTensorType", "dim": "AnyTorchOptionalListOfTorchIntType",
                       "keepdim": "Torch_BoolType", "dtype": "AnyTorchOptionalIntType"}
    assert _names(defs["aten.__getitem__.t"], "arguments")[0] == ("AnyTorchListType", "list")
    assert _names(defs["aten.__getitem__.Dict_str"], "arguments")[0][0] == "AnyTorchDictType"
    assert _names(defs["aten.cat"], "arguments")[0] == ("AnyTorchListOfTensorType", "tensors")
    assert _names(defs["aten.max.dim"], "results") == [("AnyTorchTensorType", "values"),
                                                       ("AnyTorchTensorType", "indices")]
    assert _names(defs["prim.device"], "results") == [("Torch_DeviceType", "result")]


def test_side_effects_and_randomness_are_not_pure(defs):
    for mnemonic in ["prim.RaiseException", "prim.Print", "aten.warn", "aten.dropout",
                     "aten.rand", "aten.bernoulli.p", "aten._assert_scalar"]:
        assert "PureOnValueTensors" not in defs[mnemonic], mnemonic
    # append.t writes its list argument.
    traits = [t.strip() for t in _traits(defs["aten.append.t"])]
    assert "ReadOnly" not in traits and "PureOnValueTensors" not in traits


def test_trait_tables(defs):
    folders = [m for m, b in defs.items() if "hasFolder = 1" in b]
    assert sorted(folders) == sorted([
        "aten.size.int", "aten.dim", "aten.add.int", "aten.sub.int", "aten.mul.int",
        "aten.floordiv.int", "aten.neg.int", "aten.eq.int", "aten.ne.int", "aten.lt.int",
        "aten.le.int", "aten.gt.int", "aten.ge.int", "aten.__not__", "aten.len.t",
        "aten.__is__", "aten.__isnot__", "aten.Bool.int", "aten.Int.bool"])
    assert sorted(m for m, b in defs.items() if "hasCanonicalizer = 1" in b) == [
        "aten.__getitem__.t", "aten.size"]
    assert sorted(m for m, b in defs.items() if "hasVerifier = 1" in b) == ["aten.bmm", "aten.mm"]


def test_value_names_are_valid(selection):
    for op in selection.ops:
        operands, results = generator.value_names(op)
        names = operands + results
        assert len(set(names)) == len(names), op.key
        for name in names:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", name), (op.key, name)
            assert name not in {"operands", "results", "attributes", "properties", "context",
                                "loc", "location", "type", "operation", "from", "class"}


def _mlir_tblgen():
    """mlir-tblgen and the MLIR .td include directory (from the `mlir` wheels)."""
    spec = importlib.util.find_spec("mlir")
    roots = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    tools = [r / "bin" / "mlir-tblgen" for r in roots] + [
        Path(p) for p in [shutil.which("mlir-tblgen")] if p]
    tool = next((t for t in tools if t.exists()), None)
    includes = [r / "include" for r in roots if (r / "include/mlir/IR/OpBase.td").exists()]
    if tool is None:
        pytest.skip(f"mlir-tblgen not found (looked in {[str(t) for t in tools]} and PATH)")
    if not includes:
        pytest.skip(f"MLIR .td includes (mlir/IR/OpBase.td) not found under {roots}")
    return tool, includes[0]


def test_generated_ods_compiles_with_mlir_tblgen(tmp_path, generated):
    tool, mlir_include = _mlir_tblgen()
    gen_dir = tmp_path / "torch-mlir-core" / "Dialect" / "Torch" / "IR"
    gen_dir.mkdir(parents=True)
    (gen_dir / "GeneratedTorchOps.td").write_text(generated)
    wrapper = tmp_path / "wrapper.td"
    wrapper.write_text(
        'include "mlir/IR/OpBase.td"\n'
        'include "mlir/Interfaces/SideEffectInterfaces.td"\n'
        'include "torch-mlir-core/Dialect/Torch/IR/TorchTypes.td"\n'
        'include "torch-mlir-core/Dialect/Torch/IR/GeneratedTorchOps.td"\n')
    # tmp_path first: its GeneratedTorchOps.td shadows the checked-in one.
    includes = ["-I", str(tmp_path), "-I", str(INCLUDE_DIR), "-I", str(mlir_include)]
    for args, out in ((["-gen-op-decls"], "ops.h.inc"),
                      (["-gen-python-op-bindings", "-bind-dialect=torch"], "_torch_ops_gen.py")):
        proc = subprocess.run([str(tool), *includes, *args, str(wrapper),
                               "-o", str(tmp_path / out)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr[-4000:]
    decls = (tmp_path / "ops.h.inc").read_text()
    assert "class AtenMmOp " in decls
    python = (tmp_path / "_torch_ops_gen.py").read_text()
    compile(python, "_torch_ops_gen.py", "exec")
    assert 'OPERATION_NAME = "torch.aten.add.Tensor"' in python
