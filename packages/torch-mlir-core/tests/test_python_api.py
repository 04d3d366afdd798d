"""The Python API: context, type builders, dtypes, op builders, parsing."""

import subprocess
import sys

import pytest
import torch

import mlir.ir
from mlir.dialects import func

from torch_mlir_core import dtypes, ir, types
from torch_mlir_core.dialects import torch as torch_d


@pytest.fixture
def ctx():
    with ir.Context() as c, ir.Location.unknown():
        yield c


def test_must_show_snippet_parses_and_verifies():
    # The acceptance check, as a new user would write it.
    code = """
import torch_mlir_core.ir, mlir.ir
with torch_mlir_core.ir.Context():
    assert str(mlir.ir.Type.parse("!torch.vtensor<[2,?],f32>")) == "!torch.vtensor<[2,?],f32>"
    assert str(mlir.ir.Type.parse("!torch.list<optional<int>>")) == "!torch.list<optional<int>>"
    m = mlir.ir.Module.parse('''
func.func @f(%a: !torch.vtensor<[2,?],f32>, %b: !torch.vtensor<[?,3],f32>,
             %l: !torch.list<optional<int>>) -> !torch.vtensor<[2,3],f32> {
  %0 = torch.aten.mm %a, %b : !torch.vtensor<[2,?],f32>, !torch.vtensor<[?,3],f32>
       -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}''')
    assert m.operation.verify()
    print("ok")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_register_dialect_on_a_plain_mlir_context():
    from torch_mlir_core.ir import register_dialect

    with mlir.ir.Context() as c:
        with pytest.raises(mlir.ir.MLIRError):
            mlir.ir.Type.parse("!torch.int")
        register_dialect(c)
        assert str(mlir.ir.Type.parse("!torch.int")) == "!torch.int"


@pytest.mark.parametrize(
    "text",
    [
        "!torch.vtensor<[2,?],f32>",
        "!torch.vtensor<*,f32>",
        "!torch.vtensor",
        "!torch.vtensor<[],si64>",
        "!torch.vtensor<[3],unk>",
        "!torch.tensor<[1,2],bf16>",
        "!torch.int",
        "!torch.float",
        "!torch.bool",
        "!torch.str",
        "!torch.none",
        "!torch.number",
        "!torch.Device",
        "!torch.Generator",
        "!torch.any",
        "!torch.list<optional<int>>",
        "!torch.tuple<int, vtensor<[2],f32>>",
        "!torch.union<float, int>",
        "!torch.dict<str, vtensor>",
        '!torch.nn.Module<"Net">',
        "!torch.vtensor<[4],qint8>",
        "!torch.vtensor<[4],complex<f64>>",
    ],
)
def test_types_round_trip(ctx, text):
    t = ir.Type.parse(text)
    assert str(t) == text
    assert types.is_torch_type(t)
    assert ir.Type.parse(str(t)) == t


def test_type_builders_match_parsed_types(ctx):
    f32 = dtypes.to_mlir_type(torch.float32)
    cases = [
        (types.vtensor([2, types.UNKNOWN_SIZE], f32), "!torch.vtensor<[2,?],f32>"),
        (types.vtensor(None, f32), "!torch.vtensor<*,f32>"),
        (types.vtensor(), "!torch.vtensor"),
        (types.tensor([3], f32), "!torch.tensor<[3],f32>"),
        (types.list_of(types.optional_of(types.int_type())), "!torch.list<optional<int>>"),
        (types.tuple_of(types.int_type(), types.float_type()), "!torch.tuple<int, float>"),
        (types.union_of(types.int_type(), types.float_type()), "!torch.union<int, float>"),
        (types.dict_of(types.str_type(), types.vtensor()), "!torch.dict<str, vtensor>"),
        (types.nn_module("Net"), '!torch.nn.Module<"Net">'),
        (types.quantized_dtype("quint8"), "!torch.quint8"),
    ]
    for built, text in cases:
        assert built == ir.Type.parse(text), text


def test_tensor_type_accessors(ctx):
    t = types.ValueTensorType(ir.Type.parse("!torch.vtensor<[2,?],f32>"))
    assert t.has_sizes and t.has_dtype
    assert list(t.sizes) == [2, -1]
    assert str(t.dtype) == "f32"
    assert str(t.to_builtin_tensor()) == "tensor<2x?xf32>"
    assert str(t.without_value_semantics()) == "!torch.tensor<[2,?],f32>"
    unranked = types.ValueTensorType(ir.Type.parse("!torch.vtensor"))
    assert not unranked.has_sizes and not unranked.has_dtype
    with pytest.raises(ValueError):
        types.ValueTensorType(ir.Type.parse("!torch.int"))


def test_invalid_dtype_is_an_error_not_a_crash(ctx):
    with pytest.raises(mlir.ir.MLIRError, match="dtype"):
        ir.Type.parse("!torch.vtensor<[2],index>")


ALL_TORCH_DTYPES = [
    getattr(torch, name) for name in dir(torch)
    if isinstance(getattr(torch, name), torch.dtype)
]


@pytest.mark.parametrize("dtype", sorted(set(ALL_TORCH_DTYPES), key=str), ids=str)
def test_every_torch_dtype_maps_both_ways(ctx, dtype):
    t = dtypes.to_mlir_type(dtype)
    assert dtypes.from_mlir_type(t) == dtype
    # The code is torch's own c10::ScalarType number.
    graph = torch._C.Graph()
    code = graph.insertConstant(dtype).node().i("value")
    assert dtypes.scalar_type_code(dtype) == code
    assert dtypes.from_scalar_type_code(code) == dtype
    # The type is accepted as a tensor element type.
    tensor_type = types.vtensor([1], t)
    assert ir.Type.parse(str(tensor_type)) == tensor_type


def test_dtype_errors(ctx):
    with pytest.raises(ValueError, match="not a torch dtype"):
        dtypes.from_mlir_type(ir.IndexType.get())
    with pytest.raises(ValueError, match="not a torch ScalarType"):
        dtypes.from_scalar_type_code(999)


def test_build_a_module_with_generated_builders(ctx):
    f32 = dtypes.to_mlir_type("float32")
    a_t, b_t, r_t = types.vtensor([2, 3], f32), types.vtensor([3, 4], f32), \
        types.vtensor([2, 4], f32)
    module = ir.Module.create()
    with ir.InsertionPoint(module.body):

        @func.FuncOp.from_py_func(a_t, b_t, name="f")
        def f(a, b):
            mm = torch_d.AtenMmOp(r_t, a, b)
            # Named operands come from the schema.
            assert mm.self_ == a and mm.mat2 == b
            one = torch_d.ConstantIntOp(1).result
            size = torch_d.AtenSizeIntOp(mm.result, one).result
            return mm.result, size

    assert module.operation.verify()
    text = str(module)
    assert "torch.aten.mm %arg0, %arg1 : !torch.vtensor<[2,3],f32>, " \
        "!torch.vtensor<[3,4],f32> -> !torch.vtensor<[2,4],f32>" in text
    assert "torch.aten.size.int" in text


def test_builder_verifier_error_is_located(ctx):
    f32 = dtypes.to_mlir_type("float32")
    module = ir.Module.create()
    with ir.InsertionPoint(module.body):

        @func.FuncOp.from_py_func(types.vtensor([2, 3], f32), types.vtensor([5, 4], f32))
        def f(a, b):
            with ir.Location.file("model.py", 12, 3):
                return torch_d.AtenMmOp(types.vtensor([2, 4], f32), a, b).result

    with pytest.raises(mlir.ir.MLIRError) as info:
        module.operation.verify()
    diag = info.value.error_diagnostics[0]
    assert "contracting dimensions differ" in diag.message
    assert str(diag.location) == 'loc("model.py":12:3)'


def test_parse_module_reports_located_errors(ctx):
    from torch_mlir_core import diagnostics

    with diagnostics.collect(ctx) as diags:
        module = ir.parse_module("func.func @f() {\n  %0 = torch.constant.int\n}", "in.mlir")
    assert module is None
    assert diags[0].severity == "error"
    assert (diags[0].filename, diags[0].line) == ("in.mlir", 3)
    assert "expected an integer" in diags[0].message
    ok = ir.parse_module("%0 = torch.constant.int 3", "ok.mlir")
    assert ok is not None and "torch.constant.int 3" in str(ok)


def test_importing_core_does_not_import_torch():
    code = ("import sys, torch_mlir_core.ir, torch_mlir_core.types, torch_mlir_core.dtypes, "
            "torch_mlir_core.passes, torch_mlir_core.pipelines, torch_mlir_core.diagnostics, "
            "torch_mlir_core.tools.opt; "
            "print('torch' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_op_views_do_not_search_for_a_torch_dialect_module(monkeypatch):
    """The bindings look for `mlir.dialects.torch` at every op view of a Torch
    op; torch_mlir_core.ir makes that lookup fail at once (no sys.path search),
    and the views stay generic (`.name` is the op's name)."""
    import importlib.machinery

    from torch_mlir_core import ir

    module = ir.Module.parse(
        'func.func @f() -> !torch.int {\n  %0 = torch.constant.int 3\n'
        '  return %0 : !torch.int\n}', ir.Context())
    searched = []
    original = importlib.machinery.PathFinder.find_spec

    def spy(name, *args, **kwargs):
        searched.append(name)
        return original(name, *args, **kwargs)

    monkeypatch.setattr(importlib.machinery.PathFinder, "find_spec", spy)
    func = module.body.operations[0]
    constant = func.regions[0].blocks[0].operations[0]
    views = [constant.opview for _ in range(10)] + \
        [constant.result.owner for _ in range(10)]
    assert searched == []
    assert {type(v).__name__ for v in views} <= {"OpView", "Operation"}
    assert {v.name for v in views} == {"torch.constant.int"}
