"""Core's scatter loops (scf.for carrying the destination, one tensor.insert
per element) on IREE: IREE 3.13 miscompiles a tensor.insert into a
loop-carried tensor (wrong values, OUT_OF_RANGE at run time), so the backend
rewrites each one into a 1-element tensor.insert_slice before iree-compile;
over a dynamic tensor IREE also needs the loop's sizes tied to the init's
(flow.tensor.tie_shape), else it cannot compile the loop.
Numbers against torch eager, with duplicate indices (later writes win /
accumulate) so a wrong order or a lost write shows."""

import pytest
import torch
import torch_mlir_fx
from mlir import ir

from torch_mlir_e2e.backends import iree as iree_backend
from torch_mlir_e2e.registry import FunctionModule


def _compile(fn, args, dynamic_shapes=None):
    program = torch.export.export(FunctionModule(fn).eval(), args,
                                  dynamic_shapes=dynamic_shapes and {"args": dynamic_shapes})
    module = torch_mlir_fx.export_and_import(program, output_type="linalg-on-tensors")
    assert "tensor.insert " in str(module)  # core's form: the scalar insert loop
    return iree_backend.compile(module, input_type="none", num_threads=1)


def _scatter(x, i, src):
    return x.scatter(0, i, src)


def _index_put_accumulate(x, i, v):
    return torch.index_put(x, (i,), v, accumulate=True)


def _index_add(x, i, s):
    return x.index_add(0, i, s, alpha=2.0)


@pytest.mark.parametrize("fn, make", [
    (_scatter, lambda: (torch.rand(4, 3), torch.tensor([[0, 1, 2], [3, 0, 1]]),
                        torch.rand(2, 3))),
    (_index_put_accumulate, lambda: (torch.rand(5, 4), torch.tensor([1, 3, 1, 1]),
                                     torch.rand(4, 4))),
    (_index_add, lambda: (torch.rand(5, 3), torch.tensor([4, 0, 4]), torch.rand(3, 3))),
], ids=["scatter", "index_put_accumulate", "index_add"])
def test_scatter_loops_match_eager(fn, make):
    args = make()
    compiled = _compile(fn, args)
    torch.testing.assert_close(compiled.main(*args), fn(*args))
    # Other values, same shapes: the indices are run-time data.
    args = make()
    args[1].copy_(args[1].flip(-1))
    torch.testing.assert_close(compiled.main(*args), fn(*args))


def test_scatter_loops_over_dynamic_tensors_match_eager():
    dyn = torch.export.Dim.DYNAMIC
    args = (torch.rand(3, 5), torch.tensor([[0, 4], [2, 2], [4, 0]]), torch.rand(3, 2))
    compiled = _compile(_scatter_add_dim1, args, ({0: dyn}, {0: dyn}, {0: dyn}))
    torch.testing.assert_close(compiled.main(*args), _scatter_add_dim1(*args))
    args = (torch.rand(7, 5), torch.randint(0, 5, (4, 2)), torch.rand(4, 2))  # other sizes
    torch.testing.assert_close(compiled.main(*args), _scatter_add_dim1(*args))


def _scatter_add_dim1(x, i, v):
    return x.scatter_add(1, i, v)


def test_loop_inserts_become_slices_outside_loops_kept():
    text = """
    func.func @main(%t: tensor<4xf32>, %v: f32, %n: index) -> (tensor<4xf32>, tensor<4xf32>) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %a = tensor.insert %v into %t[%c0] : tensor<4xf32>
      %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %t) -> (tensor<4xf32>) {
        %u = tensor.insert %v into %acc[%i] : tensor<4xf32>
        scf.yield %u : tensor<4xf32>
      }
      return %a, %r : tensor<4xf32>, tensor<4xf32>
    }"""
    with ir.Context(), ir.Location.unknown():
        module = ir.Module.parse(text)
        assert iree_backend._loop_inserts_as_slices(ir, module) == 1
        out = str(module)
    assert out.count("tensor.insert %") == 1  # the one outside the loop
    assert "tensor.from_elements %arg1 : tensor<1xf32>" in out
    assert "tensor.insert_slice %from_elements into %arg4[%arg3] [1] [1]" in out


def test_loop_over_dynamic_tensor_is_tied_to_its_init():
    text = """
    func.func @main(%t: tensor<?xf32>, %v: f32, %n: index) -> tensor<?xf32> {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %t) -> (tensor<?xf32>) {
        %u = tensor.insert %v into %acc[%i] : tensor<?xf32>
        scf.yield %u : tensor<?xf32>
      }
      %g = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %t) -> (tensor<?xf32>) {
        %e = tensor.empty(%i) : tensor<?xf32>
        scf.yield %e : tensor<?xf32>
      }
      return %r : tensor<?xf32>
    }"""
    with ir.Context() as ctx, ir.Location.unknown():
        ctx.allow_unregistered_dialects = True
        module = ir.Module.parse(text)
        # The second loop changes the size it carries: left alone.
        assert iree_backend._tie_loop_shapes(ir, module) == 1
        out = str(module)
    assert out.count('"flow.tensor.tie_shape"') == 3
    assert "%dim = tensor.dim %arg0" in out  # the init's size, before the loop
    for tied in ("%arg4, %dim", "%inserted, %dim", "%0, %dim"):  # argument, yield, result
        assert f'"flow.tensor.tie_shape"({tied})' in out
    assert "return %1 : tensor<?xf32>" in out  # the tied result


def _overwrite_slice(x):
    y = x.clone()
    y[:, 1:6:2] = 0.0
    return y


def test_argument_written_into_is_not_changed():
    # Core lowers this to a tensor.insert_slice into the argument; IREE 3.13
    # did that write in place in the caller's buffer: the backend passes a copy.
    x = torch.rand(3, 7)
    before = x.clone()
    program = torch.export.export(FunctionModule(_overwrite_slice).eval(), (x,))
    module = torch_mlir_fx.export_and_import(program, output_type="linalg-on-tensors")
    compiled = iree_backend.compile(module, input_type="none", num_threads=1)
    assert compiled.main.spec.written == {0}
    torch.testing.assert_close(compiled.main(x), _overwrite_slice(before))
    assert torch.equal(x, before)
