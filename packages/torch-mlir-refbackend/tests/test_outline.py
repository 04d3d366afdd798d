"""Big functions have their loop nests outlined before LLVM (`_outline`)."""

from __future__ import annotations

import torch

import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _outline


def _scale(i: int, period: int | None) -> str:
    return f"{1.0 + (i if period is None else i % period) / 64:.6f}"


def _chain(n: int, period: int | None = None) -> str:
    """x -> n steps of (x * w_i + x), then a matmul: n + 1 top-level nests, some
    using constants (the matmul's fill value) and the function's arguments. With a
    `period`, step i's scale is step (i % period)'s: the steps repeat."""
    lines = ["func.func @main(%x: tensor<4x8xf32>, %w: tensor<8x8xf32>) -> tensor<4x8xf32> {",
             "  %z = arith.constant 0.0 : f32",
             "  %e = tensor.empty() : tensor<4x8xf32>"]
    prev = "%x"
    for i in range(n):
        lines.append(
            f"  %s{i} = linalg.generic {{indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, "
            f"affine_map<(d0, d1) -> (d0, d1)>], iterator_types = [\"parallel\", \"parallel\"]}} "
            f"ins({prev} : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {{\n"
            f"  ^bb0(%a: f32, %o: f32):\n"
            f"    %c = arith.constant {_scale(i, period)} : f32\n"
            f"    %m = arith.mulf %a, %c : f32\n"
            f"    %s = arith.addf %m, %a : f32\n"
            f"    linalg.yield %s : f32\n"
            f"  }} -> tensor<4x8xf32>")
        prev = f"%s{i}"
    lines += ["  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>",
              f"  %r = linalg.matmul ins({prev}, %w : tensor<4x8xf32>, tensor<8x8xf32>) "
              "outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>",
              "  return %r : tensor<4x8xf32>", "}"]
    return "\n".join(lines)


def _eager(x, w, n, period=None):
    for i in range(n):
        x = x * torch.tensor(float(_scale(i, period))) + x
    return x @ w


def test_big_function_is_outlined_and_exact():
    n = _outline.MIN_NESTS + 4
    x, w = torch.randn(4, 8) / 4, torch.randn(8, 8)
    for recipe in ("fast", "plain"):
        cm = rb.compile(_chain(n), recipe=recipe, num_threads=1, cache=False)
        torch.testing.assert_close(cm.main(x, w), _eager(x, w, n), rtol=1e-4, atol=1e-4)


def test_outlining_moves_each_nest_into_a_noinline_function():
    from mlir import ir as mir

    from torch_mlir_refbackend import _compiler

    n = _outline.MIN_NESTS + 4
    with _compiler.make_context() as ctx:
        module = mir.Module.parse(_chain(n), ctx)
        _compiler._run(module, f"builtin.module({_compiler._BUFFERIZE})")
        assert _outline.outline_loop_nests(module) >= n + 1  # the generics, fill, matmul
        module.operation.verify()
        out = str(module)
    main = out[out.index("func.func @main"):]
    main = main[:main.index("\n  }")]
    assert "linalg." not in main and main.count("call @__rb_nest_") >= n + 1
    assert 'passthrough = ["noinline"]' in out


def test_small_function_is_left_alone():
    from mlir import ir as mir

    from torch_mlir_refbackend import _compiler

    with _compiler.make_context() as ctx:
        module = mir.Module.parse(_chain(3), ctx)
        _compiler._run(module, f"builtin.module({_compiler._BUFFERIZE})")
        assert _outline.outline_loop_nests(module) == 0


def test_repeated_nests_share_one_function():
    """Nests that outline to the same code (an unrolled LSTM's cells, ResNet's
    repeated blocks) call one function: LLVM compiles each once."""
    from mlir import ir as mir

    from torch_mlir_refbackend import _compiler

    n, period = _outline.MIN_NESTS + 4, 5
    with _compiler.make_context() as ctx:
        module = mir.Module.parse(_chain(n, period), ctx)
        _compiler._run(module, f"builtin.module({_compiler._BUFFERIZE})")
        made = _outline.outline_loop_nests(module)
        module.operation.verify()
        out = str(module)
    # Bufferization makes step 0 (argument -> buffer) differ from the in-place
    # steps after it, so step `period` is new too: 2 * period steps at most, plus
    # the fill and the matmul, for the n + 2 nests.
    assert made <= 2 * period + 2
    assert out.count("func.func private @__rb_nest_") == made
    main = out[out.index("func.func @main"):]
    assert main[:main.index("\n  }")].count("call @__rb_nest_") >= n + 2
    x, w = torch.randn(4, 8) / 4, torch.randn(8, 8)
    for recipe in ("fast", "plain"):
        cm = rb.compile(_chain(n, period), recipe=recipe, num_threads=1, cache=False)
        torch.testing.assert_close(cm.main(x, w), _eager(x, w, n, period), rtol=1e-4,
                                   atol=1e-4)
