"""Compile-time facts that refinement evaluates itself (FACTS): sizes and
dtypes of tensors with known types, scalar arithmetic and comparisons on them,
and the fixed answers of an inference program (no autograd, meta device)."""

from __future__ import annotations



from ... import types as ttypes
from .registry import FACTS
from .values import Unknown, python_value, sizes_for


def _size_int(op, hint):
    # Exact evaluation needs only the requested dim to be static.
    sizes = sizes_for(op.operands[0], -1 if hint is None else hint)
    size = sizes[python_value(op.operands[1], hint)]
    if size == -1:
        raise Unknown()
    return size


def _dtype_code(op, hint):
    from ... import dtypes

    vt = ttypes.ValueTensorType(op.operands[0].type)
    if not vt.has_dtype:
        raise Unknown()
    return dtypes.scalar_type_code(dtypes.from_mlir_type(vt.dtype))


def _dtype_test(test):
    """A fact about a tensor's dtype (`x.is_floating_point()`)."""
    def evaluate(op, hint):
        from ... import dtypes

        if not ttypes.ValueTensorType.isinstance(op.operands[0].type):
            raise Unknown()
        vt = ttypes.ValueTensorType(op.operands[0].type)
        if not vt.has_dtype:
            raise Unknown()
        return test(dtypes.from_mlir_type(vt.dtype))
    return evaluate


def _scalar_fn(fn):
    def evaluate(op, hint):
        args = [python_value(x, hint) for x in op.operands]
        if any(not isinstance(a, (int, float, bool, str, list)) for a in args):
            raise Unknown()
        return fn(*args)
    return evaluate


# Ops whose result the meta runs can compute from compile-time facts (sizes
# of tensors with known shapes, scalar arithmetic on them).
_SCALAR_FACTS: dict = {
    "torch.aten.size.int": _size_int,
    "torch.aten.sym_size.int": _size_int,
    "torch.aten.size": lambda op, hint: sizes_for(op.operands[0], hint),
    "torch.aten.dim": lambda op, hint: len(sizes_for(op.operands[0], hint)),
    "torch.prim.dtype": _dtype_code,
    "torch.aten.is_floating_point": _dtype_test(lambda d: d.is_floating_point),
    "torch.aten.is_complex": _dtype_test(lambda d: d.is_complex),
    # Meta runs put every tensor on the meta device (`convert_arg`).
    "torch.prim.device": lambda op, hint: "cpu",
    "torch.prim.type": lambda op, hint: "cpu",  # of a device
    "torch.prim.layout": lambda op, hint: 0,  # torch.strided
    # The compiled program is inference on dense tensors: no autograd, no
    # autocast, no nested tensors (library code's fast-path checks).
    "torch.prim.is_nested": lambda op, hint: False,
    "torch.prim.requires_grad": lambda op, hint: False,
    "torch.aten.is_grad_enabled": lambda op, hint: False,
    "torch.aten.is_autocast_enabled": lambda op, hint: False,
    "torch.aten.is_autocast_cpu_enabled": lambda op, hint: False,
    "torch.aten.eq.str": _scalar_fn(lambda a, b: a == b),
    "torch.aten.ne.str": _scalar_fn(lambda a, b: a != b),
    "torch.aten.len.str": _scalar_fn(len),
    "torch.aten.__contains__.str_list": _scalar_fn(lambda xs, x: x in xs),
    "torch.aten.__getitem__.t": _scalar_fn(lambda xs, i: xs[i]),
    "torch.aten.len.t": _scalar_fn(len),
    "torch.aten.neg.int": _scalar_fn(lambda a: -a),
    "torch.aten.Int.float": _scalar_fn(int),
    "torch.aten.Float.int": _scalar_fn(float),
    "torch.aten.Bool.int": _scalar_fn(bool),
    "torch.aten.Bool.float": _scalar_fn(bool),
    "torch.aten.any.int": _scalar_fn(any),
    "torch.aten.any.bool": _scalar_fn(any),
    "torch.aten.all.int": _scalar_fn(all),
    "torch.aten.all.bool": _scalar_fn(all),
    "torch.aten.__not__": _scalar_fn(lambda a: not a),
    "torch.aten.__and__.bool": _scalar_fn(lambda a, b: a and b),
    "torch.aten.__or__.bool": _scalar_fn(lambda a, b: a or b),
    "torch.aten.__contains__.int_list": _scalar_fn(lambda xs, x: x in xs),
    "torch.aten.eq.int_list": _scalar_fn(lambda a, b: a == b),
    "torch.aten.ne.int_list": _scalar_fn(lambda a, b: a != b),
    "torch.aten.__range_length": _scalar_fn(lambda lo, hi, step: len(range(lo, hi, step))),
    "torch.aten.__derive_index": _scalar_fn(lambda i, start, step: start + i * step),
}

# Scalar arithmetic and comparisons of ints and floats, each overload by name.
_SCALAR_FACTS["torch.aten.add.int"] = _scalar_fn(lambda a, b: a + b)
_SCALAR_FACTS["torch.aten.add.float"] = _scalar_fn(lambda a, b: a + b)
_SCALAR_FACTS["torch.aten.add.int_float"] = _scalar_fn(lambda a, b: a + b)
_SCALAR_FACTS["torch.aten.add.float_int"] = _scalar_fn(lambda a, b: a + b)
_SCALAR_FACTS["torch.aten.sub.int"] = _scalar_fn(lambda a, b: a - b)
_SCALAR_FACTS["torch.aten.sub.float"] = _scalar_fn(lambda a, b: a - b)
_SCALAR_FACTS["torch.aten.sub.int_float"] = _scalar_fn(lambda a, b: a - b)
_SCALAR_FACTS["torch.aten.sub.float_int"] = _scalar_fn(lambda a, b: a - b)
_SCALAR_FACTS["torch.aten.mul.int"] = _scalar_fn(lambda a, b: a * b)
_SCALAR_FACTS["torch.aten.mul.float"] = _scalar_fn(lambda a, b: a * b)
_SCALAR_FACTS["torch.aten.mul.int_float"] = _scalar_fn(lambda a, b: a * b)
_SCALAR_FACTS["torch.aten.mul.float_int"] = _scalar_fn(lambda a, b: a * b)
_SCALAR_FACTS["torch.aten.floordiv.int"] = _scalar_fn(lambda a, b: a // b)
_SCALAR_FACTS["torch.aten.floordiv.float"] = _scalar_fn(lambda a, b: a // b)
_SCALAR_FACTS["torch.aten.floordiv.int_float"] = _scalar_fn(lambda a, b: a // b)
_SCALAR_FACTS["torch.aten.floordiv.float_int"] = _scalar_fn(lambda a, b: a // b)
_SCALAR_FACTS["torch.aten.remainder.int"] = _scalar_fn(lambda a, b: a % b)
_SCALAR_FACTS["torch.aten.remainder.float"] = _scalar_fn(lambda a, b: a % b)
_SCALAR_FACTS["torch.aten.remainder.int_float"] = _scalar_fn(lambda a, b: a % b)
_SCALAR_FACTS["torch.aten.remainder.float_int"] = _scalar_fn(lambda a, b: a % b)
_SCALAR_FACTS["torch.aten.div.int"] = _scalar_fn(lambda a, b: a / b)
_SCALAR_FACTS["torch.aten.div.float"] = _scalar_fn(lambda a, b: a / b)
_SCALAR_FACTS["torch.aten.div.int_float"] = _scalar_fn(lambda a, b: a / b)
_SCALAR_FACTS["torch.aten.div.float_int"] = _scalar_fn(lambda a, b: a / b)
_SCALAR_FACTS["torch.aten.eq.int"] = _scalar_fn(lambda a, b: a == b)
_SCALAR_FACTS["torch.aten.eq.float"] = _scalar_fn(lambda a, b: a == b)
_SCALAR_FACTS["torch.aten.eq.int_float"] = _scalar_fn(lambda a, b: a == b)
_SCALAR_FACTS["torch.aten.eq.float_int"] = _scalar_fn(lambda a, b: a == b)
_SCALAR_FACTS["torch.aten.ne.int"] = _scalar_fn(lambda a, b: a != b)
_SCALAR_FACTS["torch.aten.ne.float"] = _scalar_fn(lambda a, b: a != b)
_SCALAR_FACTS["torch.aten.ne.int_float"] = _scalar_fn(lambda a, b: a != b)
_SCALAR_FACTS["torch.aten.ne.float_int"] = _scalar_fn(lambda a, b: a != b)
_SCALAR_FACTS["torch.aten.lt.int"] = _scalar_fn(lambda a, b: a < b)
_SCALAR_FACTS["torch.aten.lt.float"] = _scalar_fn(lambda a, b: a < b)
_SCALAR_FACTS["torch.aten.lt.int_float"] = _scalar_fn(lambda a, b: a < b)
_SCALAR_FACTS["torch.aten.lt.float_int"] = _scalar_fn(lambda a, b: a < b)
_SCALAR_FACTS["torch.aten.le.int"] = _scalar_fn(lambda a, b: a <= b)
_SCALAR_FACTS["torch.aten.le.float"] = _scalar_fn(lambda a, b: a <= b)
_SCALAR_FACTS["torch.aten.le.int_float"] = _scalar_fn(lambda a, b: a <= b)
_SCALAR_FACTS["torch.aten.le.float_int"] = _scalar_fn(lambda a, b: a <= b)
_SCALAR_FACTS["torch.aten.gt.int"] = _scalar_fn(lambda a, b: a > b)
_SCALAR_FACTS["torch.aten.gt.float"] = _scalar_fn(lambda a, b: a > b)
_SCALAR_FACTS["torch.aten.gt.int_float"] = _scalar_fn(lambda a, b: a > b)
_SCALAR_FACTS["torch.aten.gt.float_int"] = _scalar_fn(lambda a, b: a > b)
_SCALAR_FACTS["torch.aten.ge.int"] = _scalar_fn(lambda a, b: a >= b)
_SCALAR_FACTS["torch.aten.ge.float"] = _scalar_fn(lambda a, b: a >= b)
_SCALAR_FACTS["torch.aten.ge.int_float"] = _scalar_fn(lambda a, b: a >= b)
_SCALAR_FACTS["torch.aten.ge.float_int"] = _scalar_fn(lambda a, b: a >= b)

for _name, _fn in _SCALAR_FACTS.items():
    FACTS.add(_name, _fn)
