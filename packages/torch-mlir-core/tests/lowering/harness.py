"""Single-op lowering checks shared by the lowering tests.

`check(fn, *inputs, dynamic=...)` exports `fn` with torch.export (through the
FX frontend, torch's default core-ATen decompositions), lowers it to
linalg-on-tensors with core's pipeline, then:
  1. runs the result through upstream bufferization and LLVM lowering
     (UPSTREAM_LLVM_PIPELINE) and verifies the LLVM-dialect module;
  2. runs it on the reference backend and compares with torch eager
     (values within rtol/atol, same dtype and shape).
"""

from __future__ import annotations

import torch
from mlir import ir

from torch_mlir_core import passes

# linalg-bool-tensors-to-i8 (core) stores bool tensors as bytes: MLIR's
# memref-to-LLVM lowering refuses i1 element stores. The rest is upstream.
UPSTREAM_LLVM_PIPELINE = (
    "builtin.module(linalg-bool-tensors-to-i8,"
    "one-shot-bufferize{bufferize-function-boundaries allow-return-allocs-from-loops "
    "function-boundary-type-conversion=identity-layout-map},"
    "func.func(convert-linalg-to-loops),"
    "buffer-deallocation-pipeline,"
    "lower-affine,convert-scf-to-cf,expand-strided-metadata,"
    "finalize-memref-to-llvm,convert-math-to-llvm,convert-math-to-libm,"
    "convert-arith-to-llvm,convert-cf-to-llvm,convert-func-to-llvm,"
    "convert-index-to-llvm,reconcile-unrealized-casts)"
)


def random_inputs(seed: int = 0):
    """(f32, ints): makers of normal float and integer tensors drawn from one
    generator seeded with `seed`, so a test module's inputs do not depend on what
    else runs."""
    g = torch.Generator().manual_seed(seed)

    def f32(*shape, dtype=torch.float32):
        return torch.randn(*shape, generator=g).to(dtype)

    def ints(*shape, lo=-10, hi=10, dtype=torch.int64):
        return torch.randint(lo, hi, shape, generator=g).to(dtype)

    return f32, ints


def _dynamic_shapes(inputs, dynamic):
    """dynamic: {arg index: [dims]} (each dim its own symbol) or
    {arg index: {dim: "name"}} (dims with one name share a symbol) ->
    torch.export dynamic_shapes."""
    if not dynamic:
        return None
    named: dict = {}
    spec = []
    for i, x in enumerate(inputs):
        if not isinstance(x, torch.Tensor) or i not in dynamic:
            spec.append(None)
            continue
        dims = dynamic[i]
        if not isinstance(dims, dict):
            dims = {d: f"a{i}d{d}" for d in dims}
        spec.append({d: named.setdefault(name, torch.export.Dim(name, min=2))
                     for d, name in dims.items()})
    return tuple(spec)


class _Fn(torch.nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, *args):
        return self.fn(*args)


def lower(fn, *inputs, dynamic=None) -> ir.Module:
    import torch_mlir_fx

    module = fn if isinstance(fn, torch.nn.Module) else _Fn(fn)
    shapes = _dynamic_shapes(inputs, dynamic)
    if shapes is not None and isinstance(module, _Fn):
        shapes = (shapes,)  # forward(self, *args): one entry, for `args`
    return torch_mlir_fx.export_and_import(
        module.eval(), *inputs, output_type="linalg-on-tensors", dynamic_shapes=shapes)


def to_llvm(module: ir.Module) -> ir.Module:
    """Upstream bufferization + LLVM lowering of a copy of `module`; verifies."""
    copy = ir.Module.parse(str(module), module.context)
    passes.run_pipeline(copy, UPSTREAM_LLVM_PIPELINE)
    assert copy.operation.verify()
    for op in copy.body.operations:
        assert op.operation.name.startswith("llvm."), op.operation.name
    return copy


def _flatten(x):
    if isinstance(x, (tuple, list)):
        return [y for e in x for y in _flatten(e)]
    return [x]


def compare(got, want, rtol, atol):
    got, want = _flatten(got), _flatten(want)
    assert len(got) == len(want), f"{len(got)} results, expected {len(want)}"
    for i, (g, w) in enumerate(zip(got, want)):
        if not isinstance(w, torch.Tensor):
            assert g == w or abs(g - w) <= atol + rtol * abs(w), (i, g, w)
            continue
        assert isinstance(g, torch.Tensor), f"result {i}: {type(g).__name__}, expected a tensor"
        assert g.dtype == w.dtype, f"result {i}: dtype {g.dtype}, expected {w.dtype}"
        assert g.shape == w.shape, f"result {i}: shape {tuple(g.shape)}, expected {tuple(w.shape)}"
        if w.dtype.is_floating_point:
            torch.testing.assert_close(g, w, rtol=rtol, atol=atol, equal_nan=True)
        else:
            assert torch.equal(g, w), f"result {i}: {g} != {w}"


def check(fn, *inputs, dynamic=None, rtol=1e-5, atol=1e-5, run=True) -> ir.Module:
    """Lower, lower again to LLVM and verify, run and compare with eager."""
    module = lower(fn, *inputs, dynamic=dynamic)
    text = str(module)
    assert "torch." not in text.replace("torch.arg_dtypes", "").replace(
        "torch.result_dtypes", ""), text
    to_llvm(module)
    if run:
        import torch_mlir_refbackend

        eager = fn(*[x.clone() if isinstance(x, torch.Tensor) else x for x in inputs])
        cm = torch_mlir_refbackend.compile(module)
        got = cm.main(*inputs)
        compare(got, eager, rtol, atol)
    return module


def module(fn, arity):
    """`fn` as a module whose forward takes `arity` named arguments (what
    torch.export's dynamic_shapes matches against)."""
    params = ", ".join(f"a{i}" for i in range(arity))
    ns = {}
    exec(f"def forward(self, {params}):\n    return self.fn({params})\n", ns)
    m = type("Op", (torch.nn.Module,), {"forward": ns["forward"]})()
    m.fn = fn
    return m


def run(fn, *inputs, dynamic=None, **kw):
    """check() of `fn` as a module with named arguments; asserts a dynamic dim
    reached the lowering when `dynamic` is given."""
    lowered = check(module(fn, len(inputs)), *inputs, dynamic=dynamic, **kw)
    if dynamic:
        assert "?" in str(lowered), "no dynamic dim reached the lowering"
    return lowered
