"""API fuzz cases: export_and_import, lower, refbackend.compile and compiled calls.

Each case runs in a worker process (see fuzz_worker.py) and returns an outcome:
- "match": the compiled function's results equal torch eager's;
- "clean-error": a Python exception whose type and message are about the
  input (not an internal exception of ours: see `internal_exception`);
and the findings:
- "mismatch": results differ from eager (a wrong answer: worse than an error);
- "accepted": eager rejects the input, the compiled function returned anyway;
- "rejected": eager accepts a program and inputs that the case marks valid
  (the exported inputs themselves), ours raised;
- "internal": the exception is an internal one (IndexError, KeyError, ...,
  "internal error in ...", "rule produced a value of type ...").
A death or a hang is caught by the worker's parent.

CASES maps a name to a zero-argument function returning (outcome, detail);
most are built by `_compiled_call` (model, export inputs, call inputs).
"""

from __future__ import annotations

import re

import numpy as np
import torch
from torch_mlir_e2e.registry import FunctionModule

_INTERNAL_TYPES = ("IndexError", "KeyError", "AttributeError", "AssertionError", "NameError",
                   "UnboundLocalError", "ZeroDivisionError", "RecursionError", "StopIteration",
                   "SystemError", "MLIRError")
_INTERNAL_TEXT = re.compile(r"internal error|rule produced a value of type|Traceback|"
                            r"Python pass '[^']+' raised|\b(" + "|".join(_INTERNAL_TYPES) + r")\b")


def internal_exception(e: BaseException) -> bool:
    """True if `e` is an exception of ours rather than a statement about the input."""
    name = type(e).__name__
    if name in _INTERNAL_TYPES and name != "MLIRError":
        return True
    if name == "MLIRError":  # a raw MLIR error leaking out of our API
        return True
    return _INTERNAL_TEXT.search(str(e)) is not None


def _describe(e: BaseException) -> str:
    return f"{type(e).__name__}: {str(e)[:800]}"


def _error_outcome(e: BaseException, valid: bool) -> tuple[str, str]:
    if internal_exception(e):
        return "internal", _describe(e)
    if valid:
        return "rejected", _describe(e)
    return "clean-error", _describe(e)


def _same(a, b) -> bool:
    """Equal values; nested outputs are compared flattened (a compiled function
    returns its results as one flat tuple, as the exported graph has them)."""
    if isinstance(a, (tuple, list)) and any(isinstance(x, (tuple, list)) for x in a):
        a = tuple(torch.utils._pytree.tree_leaves(a))
    if isinstance(a, (tuple, list)):
        return (isinstance(b, (tuple, list)) and len(a) == len(b)
                and all(_same(x, y) for x, y in zip(a, b)))
    if isinstance(a, torch.Tensor):
        if not isinstance(b, torch.Tensor):
            b = torch.as_tensor(b)
        if a.shape != b.shape or a.dtype != b.dtype:
            return False
        return torch.allclose(a.double(), b.double(), rtol=1e-4, atol=1e-5, equal_nan=True) \
            if a.numel() else True
    return a == b or (isinstance(a, float) and a != a and b != b)


def _compiled_call(model, export_args, call_args=None, dynamic_shapes=None, valid=None,
                   recipe="auto"):
    """Exports `model` with `export_args`, compiles it, calls it with `call_args`
    (default: the export inputs), compares with eager on `call_args`."""
    import torch_mlir_fx
    import torch_mlir_refbackend as rb

    same_inputs = call_args is None
    call_args = export_args if same_inputs else call_args
    valid = same_inputs if valid is None else valid
    try:
        with torch.no_grad():
            eager = model(*[a.clone() if isinstance(a, torch.Tensor) else a for a in call_args])
        eager_error = None
    except Exception as e:  # noqa: BLE001
        eager, eager_error = None, e
    try:
        module = torch_mlir_fx.export_and_import(model, *export_args,
                                                 output_type="linalg-on-tensors",
                                                 dynamic_shapes=dynamic_shapes)
        cm = rb.compile(module, recipe=recipe)
        got = cm.main(*call_args)
    except Exception as e:  # noqa: BLE001
        return _error_outcome(e, valid and eager_error is None)
    if eager_error is not None:
        return "accepted", f"eager raised {_describe(eager_error)}; compiled returned {got!r:.300}"
    if _same(eager, got):
        return "match", ""
    return "mismatch", f"eager {eager!r:.300} vs compiled {got!r:.300}"


def _expect_error(fn, valid=False):
    try:
        out = fn()
    except Exception as e:  # noqa: BLE001
        return _error_outcome(e, valid)
    return "accepted", f"returned {out!r:.300}"


# --- models ----------------------------------------------------------------------

class Add(torch.nn.Module):
    def forward(self, a, b):
        return a + b


class Cat(torch.nn.Module):
    def __init__(self, dim=0):
        super().__init__()
        self.dim = dim

    def forward(self, a, b):
        return torch.cat([a, b], self.dim)


Fn = FunctionModule  # a function as a module, as the e2e suite wraps one


def _f32(*shape):
    g = torch.Generator().manual_seed(hash(shape) % 1000)
    return torch.randn(*shape, generator=g)


def _export(model, *args, **kw):
    import torch_mlir_fx

    return torch_mlir_fx.export_and_import(model, *args, **kw)


def _add_module():
    return _export(Add(), _f32(2, 3), _f32(2, 3), output_type="linalg-on-tensors")


def _compile_add():
    import torch_mlir_refbackend as rb

    return rb.compile(_add_module())


# --- the cases ------------------------------------------------------------------------

CASES: dict = {}


def case(name):
    def reg(fn):
        CASES[name] = fn
        return fn
    return reg


def _call_case(name, model, export_args, call_args=None, **kw):
    CASES[name] = lambda: _compiled_call(model, export_args, call_args, **kw)


# export_and_import misuse
case("export_not_callable")(lambda: _expect_error(lambda: _export(42, _f32(2))))
case("export_bad_output_type")(lambda: _expect_error(
    lambda: _export(Add(), _f32(2), _f32(2), output_type="bogus")))
case("export_output_type_none")(lambda: _expect_error(
    lambda: _export(Add(), _f32(2), _f32(2), output_type=None)))
case("export_too_few_args")(lambda: _expect_error(lambda: _export(Add(), _f32(2))))
case("export_too_many_args")(lambda: _expect_error(
    lambda: _export(Add(), _f32(2), _f32(2), _f32(2))))
case("export_string_arg")(lambda: _expect_error(lambda: _export(Add(), "x", _f32(2))))
case("export_bad_dynamic_shapes")(lambda: _expect_error(
    lambda: _export(Add(), _f32(2), _f32(2), dynamic_shapes={"nope": {0: "b"}})))
case("export_bad_import_params_as")(lambda: _expect_error(
    lambda: _export(torch.nn.Linear(2, 2), _f32(1, 2), import_params_as="bogus")))
case("export_unknown_kwarg")(lambda: _expect_error(
    lambda: _export(Add(), _f32(2), _f32(2), bogus_kwarg=_f32(2))))
case("export_shape_mismatch")(lambda: _expect_error(
    lambda: _export(Add(), _f32(2, 3), _f32(4, 5))))
case("export_returns_none_linalg")(lambda: _compiled_call(
    Fn(lambda a: None), (_f32(2),)))
case("export_returns_nested")(lambda: _compiled_call(
    Fn(lambda a: (a + 1, (a * 2, a - 1))), (_f32(2, 2),)))
case("export_unknown_output_type")(lambda: _expect_error(
    lambda: _export(Add(), _f32(2), _f32(2), output_type="tosa-ish")))


# lower misuse
@case("lower_none")
def _lower_none():
    import torch_mlir_core

    return _expect_error(lambda: torch_mlir_core.lower(None, "torch"))


@case("lower_text")
def _lower_text():
    import torch_mlir_core

    return _expect_error(lambda: torch_mlir_core.lower("func.func @f() { return }", "torch"))


@case("lower_bad_output_type")
def _lower_bad_type():
    import torch_mlir_core

    m = _export(Add(), _f32(2), _f32(2), output_type="raw")
    return _expect_error(lambda: torch_mlir_core.lower(m, "bogus"))


@case("lower_twice")
def _lower_twice():
    import torch_mlir_core

    m = _add_module()  # already linalg-on-tensors: lowering again must be clean
    try:
        torch_mlir_core.lower(m, "linalg-on-tensors")
    except Exception as e:  # noqa: BLE001
        return _error_outcome(e, False)
    return "match", ""


@case("lower_unknown_op")
def _lower_unknown_op():
    import torch_mlir_core
    from torch_mlir_core.ir import Context, parse_module

    text = ('func.func @f(%a: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {\n'
            '  %0 = torch.operator "my.op"(%a) : (!torch.vtensor<[2],f32>) -> '
            '!torch.vtensor<[2],f32>\n  return %0 : !torch.vtensor<[2],f32>\n}\n')
    ctx = Context()
    with ctx:
        m = parse_module(text, "t.mlir", ctx)
        return _expect_error(lambda: torch_mlir_core.lower(m, "linalg-on-tensors"))


# compile misuse
@case("compile_int")
def _compile_int():
    import torch_mlir_refbackend as rb

    return _expect_error(lambda: rb.compile(42))


@case("compile_garbage_text")
def _compile_garbage():
    import torch_mlir_refbackend as rb

    return _expect_error(lambda: rb.compile("this is not mlir"))


@case("compile_empty_module")
def _compile_empty():
    import torch_mlir_refbackend as rb

    try:
        cm = rb.compile("module {}")
        cm.main()
    except AttributeError as e:  # the documented answer: no such function
        if cm.functions == {} and "no public function 'main'" in str(e):
            return "clean-error", _describe(e)
        return "internal", _describe(e)
    except Exception as e:  # noqa: BLE001
        return _error_outcome(e, False)
    return "accepted", "main() of an empty module returned"


for _name, _kw in [("compile_threads_zero", {"num_threads": 0}),
                   ("compile_threads_str", {"num_threads": "2"}),
                   ("compile_bad_recipe", {"recipe": "bogus"})]:
    def _mk(kw=_kw):
        import torch_mlir_refbackend as rb

        return _expect_error(lambda: rb.compile(_add_module(), **kw))
    CASES[_name] = _mk


@case("compile_unsupported_dtype_text")
def _compile_bad_types():
    import torch_mlir_refbackend as rb

    text = ("func.func @main(%a: tensor<2xf8E4M3FN>) -> tensor<2xf8E4M3FN> {\n"
            "  return %a : tensor<2xf8E4M3FN>\n}\n")
    return _expect_error(lambda: rb.compile(text))


# compiled calls with bad arguments (Add exported on two f32 (2, 3) tensors)
def _bad_call(*args):
    return lambda: _expect_error(lambda: _compile_add().main(*args))


CASES["call_no_args"] = _bad_call()
CASES["call_one_arg"] = _bad_call(_f32(2, 3))
CASES["call_three_args"] = _bad_call(_f32(2, 3), _f32(2, 3), _f32(2, 3))
CASES["call_string"] = _bad_call("a", _f32(2, 3))
CASES["call_none"] = _bad_call(None, _f32(2, 3))
CASES["call_list"] = _bad_call([[1.0] * 3] * 2, _f32(2, 3))
CASES["call_int64"] = _bad_call(torch.ones(2, 3, dtype=torch.int64), _f32(2, 3))
CASES["call_float64"] = _bad_call(torch.ones(2, 3, dtype=torch.float64), _f32(2, 3))
CASES["call_bool"] = _bad_call(torch.ones(2, 3, dtype=torch.bool), _f32(2, 3))
CASES["call_complex"] = _bad_call(torch.ones(2, 3, dtype=torch.complex64), _f32(2, 3))
CASES["call_rank1"] = _bad_call(_f32(6), _f32(2, 3))
CASES["call_rank3"] = _bad_call(_f32(1, 2, 3), _f32(2, 3))
CASES["call_wrong_size"] = _bad_call(_f32(2, 4), _f32(2, 3))
CASES["call_zero_size"] = _bad_call(_f32(0, 3), _f32(2, 3))
CASES["call_scalar"] = _bad_call(1.5, _f32(2, 3))
CASES["call_meta"] = _bad_call(torch.empty(2, 3, device="meta"), _f32(2, 3))
CASES["call_sparse"] = _bad_call(_f32(2, 3).to_sparse(), _f32(2, 3))


@case("call_kwargs")
def _call_kwargs():
    return _expect_error(lambda: _compile_add().main(a=_f32(2, 3), b=_f32(2, 3)))


def _odd_layout_call(a, b):
    """Add compiled for (2, 3) f32, called with odd-layout (2, 3) f32 inputs."""
    def run():
        got = _compile_add().main(a, b)
        want = _as_torch(a) + _as_torch(b)
        return ("match", "") if _same(want, got) else ("mismatch", f"{want} vs {got}")
    return lambda: _guard(run, valid=True)


def _as_torch(x):
    return torch.from_numpy(x.copy()) if isinstance(x, np.ndarray) else x.detach()


def _guard(fn, valid):
    try:
        return fn()
    except Exception as e:  # noqa: BLE001
        return _error_outcome(e, valid)


CASES["call_transposed"] = _odd_layout_call(_f32(3, 2).t(), _f32(2, 3))
CASES["call_strided_slice"] = _odd_layout_call(_f32(2, 6)[:, ::2], _f32(2, 3))
CASES["call_expanded_stride0"] = _odd_layout_call(_f32(1, 3).expand(2, 3), _f32(2, 3))
CASES["call_scalar_expanded"] = _odd_layout_call(torch.tensor(2.0).expand(2, 3), _f32(2, 3))
CASES["call_numpy"] = _odd_layout_call(_f32(2, 3).numpy(), _f32(2, 3))
CASES["call_numpy_flipped"] = _odd_layout_call(np.flip(_f32(2, 3).numpy(), 1), _f32(2, 3))
CASES["call_requires_grad"] = _odd_layout_call(_f32(2, 3).requires_grad_(), _f32(2, 3))
CASES["call_offset_view"] = _odd_layout_call(_f32(4, 3)[2:], _f32(2, 3))


@case("call_inputs_unchanged_overlapping")
def _inputs_unchanged():
    x = _f32(1, 3).expand(2, 3)
    before = x.clone()
    got = _compile_add().main(x, x)
    if not torch.equal(x, before):
        return "mismatch", "the input was modified"
    return ("match", "") if _same(before + before, got) else ("mismatch", f"{got}")


# valid programs on zero-size and edge shapes: must match eager
_call_case("zero_cat_both_empty", Cat(0), (_f32(0, 3), _f32(0, 3)))
_call_case("zero_cat_one_empty", Cat(0), (_f32(2, 3), _f32(0, 3)))
_call_case("zero_cat_dim1", Cat(1), (_f32(2, 0), _f32(2, 3)))
_call_case("zero_add", Add(), (_f32(0, 3), _f32(0, 3)))
_call_case("zero_add_broadcast", Add(), (_f32(0, 1), _f32(1, 3)))
_call_case("zero_mm_k", Fn(torch.mm), (_f32(2, 0), _f32(0, 3)))
_call_case("zero_mm_m", Fn(torch.mm), (_f32(0, 4), _f32(4, 3)))
_call_case("zero_bmm_batch", Fn(torch.bmm), (_f32(0, 2, 4), _f32(0, 4, 3)))
_call_case("zero_bmm_k", Fn(torch.bmm), (_f32(2, 2, 0), _f32(2, 0, 3)))
_call_case("zero_matmul_k", Fn(torch.matmul), (_f32(3, 0), _f32(0, 5)))
_call_case("zero_sum", Fn(lambda a: a.sum(0)), (_f32(0, 3),))
_call_case("zero_sum_all", Fn(lambda a: a.sum()), (_f32(0, 3),))
_call_case("zero_mean", Fn(lambda a: a.mean(0)), (_f32(0, 3),))
_call_case("zero_amax_kept", Fn(lambda a: a.amax(1)), (_f32(0, 3),))
_call_case("zero_max_pool2d", Fn(lambda a: torch.nn.functional.max_pool2d(a, 2)),
           (_f32(0, 2, 4, 4),))
_call_case("zero_index_select", Fn(lambda a, i: torch.index_select(a, 0, i)),
           (_f32(4, 3), torch.zeros(0, dtype=torch.int64)))
_call_case("zero_softmax", Fn(lambda a: torch.softmax(a, 1)), (_f32(0, 3),))
_call_case("zero_reshape", Fn(lambda a: a.reshape(3, 0)), (_f32(0, 3),))
_call_case("zero_linear", torch.nn.Linear(3, 4), (_f32(0, 3),))
_call_case("zero_conv2d_batch", torch.nn.Conv2d(2, 3, 3), (_f32(0, 2, 5, 5),))
_call_case("zero_transpose", Fn(lambda a: a.t().contiguous()), (_f32(0, 3),))
_call_case("scalar_rank0", Add(), (torch.tensor(1.5), torch.tensor(2.5)))
_call_case("int_division", Fn(lambda a, b: a // b),
           (torch.tensor([7, -7, 5]), torch.tensor([2, 2, -3])))
_call_case("nan_inf_inputs", Fn(lambda a: torch.exp(a) + a), (torch.tensor([float("nan"),
           float("inf"), -float("inf"), 0.0]),))


# dynamic dims: exported with a dynamic batch, called with other batches
def _dyn(name, call_args):
    b = torch.export.Dim("b", max=2**40)
    _call_case(name, Add(), (_f32(4, 3), _f32(4, 3)), call_args,
               dynamic_shapes=({0: b}, {0: b}), valid=True)


_dyn("dynamic_batch_other_size", (_f32(7, 3), _f32(7, 3)))
_dyn("dynamic_batch_one", (_f32(1, 3), _f32(1, 3)))
_dyn("dynamic_batch_zero", (_f32(0, 3), _f32(0, 3)))
_b = torch.export.Dim("b")
_call_case("dynamic_mismatched_smaller", Add(), (_f32(4, 3), _f32(4, 3)), (_f32(6, 3), _f32(2, 3)),
           dynamic_shapes=({0: _b}, {0: _b}))
_call_case("dynamic_mismatched_sizes", Add(), (_f32(4, 3), _f32(4, 3)), (_f32(5, 3), _f32(6, 3)),
           dynamic_shapes=({0: _b}, {0: _b}))


@case("dynamic_huge_min")
def _huge_min():
    b = torch.export.Dim("b", min=2**40)
    return _expect_error(lambda: _export(Add(), _f32(4, 3), _f32(4, 3),
                                         dynamic_shapes=({0: b}, {0: b})))


def names() -> list[str]:
    return sorted(CASES)


def run(name: str) -> tuple[str, str]:
    return CASES[name]()
