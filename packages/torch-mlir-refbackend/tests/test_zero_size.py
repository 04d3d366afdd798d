# ruff: noqa: E501  (MLIR test inputs are kept on one line per op)
"""Zero-size tensors through the refbackend, vs torch, on both recipes.

Regression for issue 14: `torch.cat` of (0, 3) tensors did not compile
("memref.subview offset 0 is out-of-bounds: 0 >= 0": MLIR 22's subview verifier
rejects an empty slice at offset == dim size, which bufferizing tensor.concat
produced for each empty operand)."""

import pytest
import torch

import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _compiler

RECIPES = ["fast", "plain"]


def _concat(dim, types, result):
    args = ", ".join(f"%a{i}: {t}" for i, t in enumerate(types))
    names = ", ".join(f"%a{i}" for i in range(len(types)))
    return (f"func.func @main({args}) -> {result} {{\n"
            f"  %c = tensor.concat dim({dim}) {names} : ({', '.join(types)}) -> {result}\n"
            f"  return %c : {result}\n}}\n")


CONCATS = {
    "all_empty": (0, [(0, 3), (0, 3)], "tensor<0x3xf32>", ["tensor<0x3xf32>"] * 2),
    "empty_last": (0, [(2, 3), (0, 3)], "tensor<2x3xf32>", ["tensor<2x3xf32>", "tensor<0x3xf32>"]),
    "empty_first": (0, [(0, 3), (2, 3)], "tensor<2x3xf32>", ["tensor<0x3xf32>", "tensor<2x3xf32>"]),
    "empty_middle_dim1": (1, [(2, 3), (2, 0), (2, 4)], "tensor<2x7xf32>",
                          ["tensor<2x3xf32>", "tensor<2x0xf32>", "tensor<2x4xf32>"]),
    "all_empty_dynamic_other_dim": (0, [(0, 5), (0, 5)], "tensor<0x?xf32>", ["tensor<0x?xf32>"] * 2),
    "empty_and_dynamic": (0, [(0, 3), (4, 3)], "tensor<?x3xf32>", ["tensor<0x3xf32>", "tensor<?x3xf32>"]),
}


@pytest.mark.parametrize("recipe", RECIPES)
@pytest.mark.parametrize("name", sorted(CONCATS))
def test_concat_with_empty_operands(name, recipe):
    dim, shapes, result, types = CONCATS[name]
    inputs = [torch.randn(*s) for s in shapes]
    cm = rb.compile(_concat(dim, types, result), recipe=recipe)
    got = cm.main(*inputs)
    assert cm.recipe == recipe
    torch.testing.assert_close(got, torch.cat(inputs, dim), rtol=0, atol=0)


def test_empty_operands_are_dropped_before_bufferization():
    ctx = _compiler.make_context()
    module = _compiler.parse_input(_concat(1, ["tensor<2x3xf32>", "tensor<2x0xf32>", "tensor<2x4xf32>"],
                                           "tensor<2x7xf32>"), ctx)
    _compiler.drop_empty_concat_operands(module)
    text = str(module)
    assert "tensor.concat dim(1) %arg0, %arg2 : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x7xf32>" in text
    module.operation.verify()


def test_cat_of_empty_tensors_end_to_end():
    torch_mlir_fx = pytest.importorskip("torch_mlir_fx")

    class Cat(torch.nn.Module):
        def forward(self, a, b):
            return torch.cat([a, b], 0)

    a, b = torch.zeros(0, 3), torch.zeros(0, 3)
    module = torch_mlir_fx.export_and_import(Cat(), a, b, output_type="linalg-on-tensors")
    for recipe in RECIPES:
        got = rb.compile(module, recipe=recipe).main(a, b)
        assert got.shape == (0, 3) and got.dtype == torch.float32


def _matmul(batch, a, b, out):
    op = "batch_matmul" if batch else "matmul"
    ta, tb, tc = (f"tensor<{'x'.join(map(str, s))}xf32>" for s in (a, b, out))
    return (f"func.func @main(%a: {ta}, %b: {tb}) -> {tc} {{\n"
            f"  %z = arith.constant 0.0 : f32\n  %e = tensor.empty() : {tc}\n"
            f"  %f = linalg.fill ins(%z : f32) outs(%e : {tc}) -> {tc}\n"
            f"  %m = linalg.{op} ins(%a, %b : {ta}, {tb}) outs(%f : {tc}) -> {tc}\n"
            f"  return %m : {tc}\n}}\n")


# Regression for issue 14: the fast recipe tiled matmuls with a zero-size dim and
# MLIR aborted the process (computeAllSliceParameters).
MATMULS = {
    "k0": (False, (4, 0), (0, 8)),
    "m0": (False, (0, 4), (4, 8)),
    "n0": (False, (4, 4), (4, 0)),
    "batch_k0": (True, (2, 3, 0), (2, 0, 5)),
    "batch_b0": (True, (0, 3, 4), (0, 4, 5)),
}


@pytest.mark.parametrize("recipe", RECIPES)
@pytest.mark.parametrize("name", sorted(MATMULS))
def test_matmul_with_zero_size_dims(name, recipe):
    batch, sa, sb = MATMULS[name]
    out = (*sa[:-1], sb[-1])
    a, b = torch.randn(*sa), torch.randn(*sb)
    cm = rb.compile(_matmul(batch, sa, sb, out), recipe=recipe)
    torch.testing.assert_close(cm.main(a, b), a @ b)
