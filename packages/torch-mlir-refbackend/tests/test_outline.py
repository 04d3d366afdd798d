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


# ------------------------------------------------------------- parts (on tensors)
_MAP2 = "affine_map<(d0, d1) -> (d0, d1)>"


def _generic(name: str, src: str, scale: str, out: str = "%e") -> str:
    return (f"  {name} = linalg.generic {{indexing_maps = [{_MAP2}, {_MAP2}], iterator_types = "
            f"[\"parallel\", \"parallel\"]}} ins({src} : tensor<4x8xf32>) outs({out} : "
            f"tensor<4x8xf32>) {{\n  ^bb0(%a: f32, %o: f32):\n    %c = arith.constant {scale} : "
            f"f32\n    %m = arith.mulf %a, %c : f32\n    linalg.yield %m : f32\n"
            f"  }} -> tensor<4x8xf32>")


_PARTS = "\n".join([
    "func.func @main(%x: tensor<4x8xf32>, %w: tensor<8x8xf32>) -> (tensor<4x8xf32>, "
    "tensor<2x8xf32>, tensor<32xf32>) {",
    "  %z = arith.constant 0.0 : f32",
    "  %e = tensor.empty() : tensor<4x8xf32>",
    "  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>",
    _generic("%a0", "%x", "2.0"),
    # a view of an early value, used parts later
    "  %top = tensor.extract_slice %a0[0, 0] [2, 8] [1, 1] : tensor<4x8xf32> to tensor<2x8xf32>",
    _generic("%a1", "%a0", "3.0"),
    _generic("%a2", "%a1", "0.5"),
    "  %p = linalg.matmul ins(%a2, %w : tensor<4x8xf32>, tensor<8x8xf32>) "
    "outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>",
    _generic("%a3", "%p", "0.25"),
    # written in place into a value that parts before and after read
    _generic("%a4", "%a3", "2.0", out="%a1"),
    "  %q = linalg.matmul ins(%a4, %w : tensor<4x8xf32>, tensor<8x8xf32>) "
    "outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>",
    "  %r = linalg.add ins(%q, %a1 : tensor<4x8xf32>, tensor<4x8xf32>) "
    "outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>",
    "  %t = linalg.add ins(%top, %top : tensor<2x8xf32>, tensor<2x8xf32>) "
    "outs(%top : tensor<2x8xf32>) -> tensor<2x8xf32>",
    # a result that is a view of a part's value
    "  %flat = tensor.collapse_shape %r [[0, 1]] : tensor<4x8xf32> into tensor<32xf32>",
    "  return %r, %t, %flat : tensor<4x8xf32>, tensor<2x8xf32>, tensor<32xf32>",
    "}"])


def _parts_eager(x, w):
    a0 = x * 2
    a1 = a0 * 3
    p = (a1 * 0.5) @ w
    a4 = p * 0.25 * 2
    r = a4 @ w + a1
    return r, a0[:2] * 2, r.flatten()


def test_big_function_is_cut_into_parts_and_exact(monkeypatch):
    """Parts of 2 linalg ops each: values and views cross parts, a fill and constants
    are cloned into the parts that use them, an op writes into a value read later."""
    from mlir import ir as mir

    from torch_mlir_refbackend import _compiler

    monkeypatch.setattr(_outline, "PART_OPS", 2)
    with _compiler.make_context() as ctx:
        module = mir.Module.parse(_PARTS, ctx)
        made = _outline.outline_parts(module)
        module.operation.verify()
        out = str(module)
    main = out[out.index("func.func @main"):]
    main = main[:main.index("\n  }")]
    assert made == 5 and main.count("call @__rb_part_") == 5
    assert "linalg." not in main  # the unused fill and slice are dropped
    # Whole values cross parts, never a view of one (the slice is cloned where used).
    calls = [line for line in main.splitlines() if "call @" in line]
    assert calls and not any("tensor<2x8xf32>" in line.split("->")[0] for line in calls)
    x, w = torch.randn(4, 8), torch.randn(8, 8)
    want = _parts_eager(x, w)
    for threads in (1, 2):
        cm = rb.compile(_PARTS, num_threads=threads, cache=False)
        assert cm.recipe == "fast", cm.fallback_reason
        for got, ref in zip(cm.main(x, w), want):
            torch.testing.assert_close(got, ref, rtol=1e-5, atol=1e-5)


def test_function_under_the_part_size_is_not_cut():
    from mlir import ir as mir

    from torch_mlir_refbackend import _compiler

    with _compiler.make_context() as ctx:
        module = mir.Module.parse(_PARTS, ctx)
        assert _outline.outline_parts(module) == 0
        assert "__rb_part_" not in str(module)


def _sliced_chain(n: int, dynamic: bool) -> str:
    """n steps of x * 2 on the bottom half of a 4 x 8 (or ? x 8) input: the nests take
    a subview at offset 16 (or a dynamic one)."""
    t = "tensor<?x8xf32>" if dynamic else "tensor<4x8xf32>"
    h = "tensor<?x8xf32>" if dynamic else "tensor<2x8xf32>"
    lines = [f"func.func @main(%x: {t}) -> {h} {{"]
    if dynamic:
        lines += ["  %c0 = arith.constant 0 : index", "  %n = tensor.dim %x, %c0 : " + t,
                  "  %c2 = arith.constant 2 : index", "  %m = arith.subi %n, %c2 : index",
                  f"  %s = tensor.extract_slice %x[2, 0] [%m, 8] [1, 1] : {t} to {h}",
                  f"  %e = tensor.empty(%m) : {h}"]
    else:
        lines += [f"  %s = tensor.extract_slice %x[2, 0] [2, 8] [1, 1] : {t} to {h}",
                  f"  %e = tensor.empty() : {h}"]
    prev = "%s"
    for i in range(n):
        lines.append(
            f"  %g{i} = linalg.generic {{indexing_maps = [{_MAP2}, {_MAP2}], iterator_types = "
            f"[\"parallel\", \"parallel\"]}} ins({prev} : {h}) outs(%e : {h}) {{\n"
            f"  ^bb0(%a: f32, %o: f32):\n    %c = arith.constant 2.0 : f32\n"
            f"    %r = arith.mulf %a, %c : f32\n    linalg.yield %r : f32\n  }} -> {h}")
        prev = f"%g{i}"
    lines += [f"  return {prev} : {h}", "}"]
    return "\n".join(lines)


def test_static_nests_take_bare_pointers():
    """An outlined nest whose memrefs are all static (a subview at offset 16 among
    them) is `llvm.bareptr`: called with one pointer per memref. With a dynamic
    shape it keeps descriptors. Both compute what torch does."""
    from mlir import ir as mir

    from torch_mlir_refbackend import _compiler

    n = _outline.MIN_NESTS + 2
    for dynamic in (False, True):
        with _compiler.make_context() as ctx:
            module = mir.Module.parse(_sliced_chain(n, dynamic), ctx)
            _compiler._run(module, f"builtin.module({_compiler._BUFFERIZE})")
            assert _outline.outline_loop_nests(module) > 0
            out = str(module)
        nests = [line for line in out.splitlines() if "func.func private @__rb_nest_" in line]
        assert nests and all(("llvm.bareptr" in line) != dynamic for line in nests)
        if not dynamic:
            assert "offset: 16" in out
        x = torch.randn(5 if dynamic else 4, 8)
        cm = rb.compile(_sliced_chain(n, dynamic), num_threads=1, cache=False)
        torch.testing.assert_close(cm.main(x), x[2:] * 2.0 ** n)


def test_unrolled_recurrence_parts_share_functions():
    """An LSTM unrolled over 40 steps: the parts of each layer's steps start at the same
    step phase and take the offsets at which they slice the input projection as
    arguments, so one function serves all of a layer's middle parts."""
    import re

    import torch_mlir_fx

    from torch_mlir_refbackend import _compiler

    class Sequence(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = torch.nn.LSTM(8, 16, num_layers=2, batch_first=True)

        def forward(self, x):
            return self.lstm(x)[0]

    torch.manual_seed(0)
    model = Sequence().eval()
    x = torch.randn(1, 40, 8)
    module = torch_mlir_fx.export_and_import(model, x, output_type="linalg-on-tensors")
    parsed, _, _ = rb._prepared_module(rb._module_source(module))
    _compiler._run(parsed, "builtin.module(canonicalize,cse)")
    assert _outline.outline_parts(parsed) > 0
    text = str(parsed)
    calls = re.findall(r"call @(__rb_part_\d+)\(", text)
    defined = re.findall(r"func\.func private @(__rb_part_\d+)\(([^)]*)\)", text)
    assert len(defined) < len(calls) - 4, (len(defined), len(calls))
    most = max(set(calls), key=calls.count)
    assert calls.count(most) >= 3
    signature = dict(defined)[most]
    assert ": index" in signature  # the lifted slice offsets
    assert "tensor.extract_slice" in text and re.search(r"extract_slice %\S+\[%arg", text)
    with torch.no_grad():
        want = model(x)
    for threads in (1, 2):
        cm = rb.compile(module, num_threads=threads, cache=False)
        assert cm.recipe == "fast", cm.fallback_reason
        torch.testing.assert_close(cm.main(x), want, rtol=1e-5, atol=1e-5)
