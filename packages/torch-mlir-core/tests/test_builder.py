"""torch_mlir_core.builder: the graph building every frontend shares."""

import pytest
import torch

from torch_mlir_core import ir, types
from torch_mlir_core.builder import BuildError, TorchBuilder, schema_op_name


@pytest.fixture
def b():
    ctx = ir.Context()
    with ctx, ir.Location.unknown():
        module = ir.Module.create()
        with ir.InsertionPoint(module.body):
            yield TorchBuilder(ctx)
        assert module.operation.verify()


def _asm(value):
    return str(value.owner)


def test_constants_of_every_kind(b):
    assert _asm(b.constant(3)) == "%0 = torch.constant.int 3"
    assert _asm(b.constant(2.5)).endswith("torch.constant.float 2.500000e+00")
    assert _asm(b.constant(True)).endswith("torch.constant.bool true")
    assert _asm(b.constant("x")).endswith('torch.constant.str "x"')
    assert _asm(b.constant(None)).endswith("torch.constant.none")
    assert _asm(b.constant(torch.float16)).endswith("torch.constant.int 5")
    assert _asm(b.constant(torch.channels_last)).endswith("torch.constant.int 2")
    assert _asm(b.constant(torch.device("cpu"))).endswith('torch.constant.device "cpu"')
    assert str(b.constant([1, 2]).type) == "!torch.list<int>"
    assert str(b.constant([1, 2], want=types.list_of(types.float_type())).type) == \
        "!torch.list<float>"
    with pytest.raises(BuildError, match="does not fit in int64"):
        b.constant(2**63)
    with pytest.raises(BuildError, match="cannot build a constant of type object"):
        b.constant(object())


def test_schema_op_fills_defaults_and_converts(b):
    x = b.literal(torch.ones(2, 3), "x")
    schema = torch.ops.aten.sum.dim_IntList._schema
    op = b.schema_op(schema, [x, [1]], {"keepdim": True},
                     [types.vtensor([2, 1], x.type.dtype)])
    text = str(op)
    assert "torch.aten.sum.dim_IntList" in text
    # add.Tensor with a Python number where a Tensor goes: a 0-d literal.
    add = b.schema_op(torch.ops.aten.add.Tensor._schema, [x, 2], {}, [x.type])
    assert "!torch.vtensor<[],si64>" in str(add)
    assert schema_op_name(torch.ops.aten.relu.default._schema) == "aten.relu"
    assert schema_op_name(torch.ops.aten.add.Tensor._schema) == "aten.add.Tensor"


def test_unknown_ops_become_torch_operator(b):
    op = b.named_op("mylib.frobnicate", [types.int_type()], [b.constant(1)])
    assert 'torch.operator "mylib.frobnicate"' in str(op)


def test_scalar_ops_by_operand_kinds(b):
    i, f = b.constant(2), b.constant(0.5)
    assert "torch.aten.add.int " in str(b.scalar_op("aten.add", [i, i], types.int_type()))
    assert "torch.aten.mul.int_float" in str(b.scalar_op("aten.mul", [i, f],
                                                         types.float_type()))
    assert "torch.aten.__not__" in str(b.scalar_op("aten.__not__", [b.constant(True)],
                                                   types.bool_type()))


def test_bool_literals_of_every_rank_verify(b):
    # A 0-d bool tensor (a Python bool a captured program returns) was
    # built as tensor<1xi1> and failed verification.
    for value, text in ((torch.tensor(True), "dense<true> : tensor<i1>"),
                        (torch.tensor([True, False]), "dense<[true, false]> : tensor<2xi1>"),
                        (torch.zeros(0, dtype=torch.bool), "tensor<0xi1>")):
        lit = b.literal(value, "flag")
        assert text in _asm(lit)
        assert lit.owner.verify()


def test_literals_inline_small_and_share_large(b):
    small = b.literal(torch.arange(4, dtype=torch.int32), "small")
    assert "dense<[0, 1, 2, 3]> : tensor<4xsi32>" in _asm(small)
    big = torch.arange(100, dtype=torch.float32)
    large = b.literal(big, "layer.weight")
    assert "dense_resource<torch_tensor_layer_weight> : tensor<100xf32>" in _asm(large)
    num = b.num_to_tensor(b.constant(1.5))
    assert str(num.type) == "!torch.vtensor<[],f64>"
