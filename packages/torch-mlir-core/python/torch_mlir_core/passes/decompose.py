"""`torch-decompose`: ops a target has no lowering rule for are replaced by
torch's own decomposition of them (torch._decomp's core-ATen table and its
entries for the ops linalg has no rule for, traced with make_fx on fake
tensors and rebuilt with core's TorchBuilder), or ours for the few fused
kernels and factorizations torch has none for (`fused_decompositions.py`,
`linalg_decompositions.py`, ...).

The FX frontend already exports with these decompositions; this pass gives
the same reach to IR that arrives undecomposed (TorchScript, hand-written
IR). An op is decomposed only when its tensor operands have static shapes
and its other operands are constants (a decomposition traced for one size
would be wrong for another); anything left is reported by the lowering.
"""

from __future__ import annotations

import contextlib

from mlir import ir

from .. import types as ttypes
from . import PassOption, is_reported, register_pass
from .refinement import Unknown, all_ops, convert_arg, python_value, torch_op

_TABLE = None


def _table() -> dict:
    global _TABLE
    if _TABLE is None:
        from torch._decomp import core_aten_decompositions

        from .extra_decompositions import extra_decompositions
        from .fused_decompositions import fused_decompositions
        from .missing_op_decompositions import missing_op_decompositions
        from .training_decompositions import training_decompositions

        # What the FX frontend decomposes before import, for IR that arrives
        # undecomposed (TorchScript's `aten.special_i1e`, `aten.linalg_inv_ex`).
        _TABLE = dict(missing_op_decompositions())
        _TABLE.update(core_aten_decompositions())
        _TABLE.update(fused_decompositions())
        _TABLE.update(training_decompositions())
        _TABLE.update(extra_decompositions())
    return _TABLE


def _static_tensor(v: ir.Value) -> bool:
    if not ttypes.ValueTensorType.isinstance(v.type):
        return False
    vt = ttypes.ValueTensorType(v.type)
    return vt.has_sizes and vt.has_dtype and -1 not in vt.sizes


@contextlib.contextmanager
def _mkldnn_disabled():
    # (torch.backends.mkldnn.flags also sets TF32 options, with a warning.)
    import torch

    was = torch._C._get_mkldnn_enabled()
    torch._C._set_mkldnn_enabled(False)
    try:
        yield
    finally:
        torch._C._set_mkldnn_enabled(was)


def _decompose(op: ir.Operation) -> bool:
    import torch

    from .decomposition_importer import DecompositionImporter

    fn = torch_op(op.name)
    if fn is None or not (fn in _table() or torch._C._dispatch_has_kernel_for_dispatch_key(
            fn.name(), "CompositeImplicitAutograd")):
        return False
    schema = fn._schema
    if len(list(op.operands)) != len(schema.arguments):
        return False
    operands = _call_operands(op, schema)
    if operands is None:
        return False
    tensors, args = operands
    gm = _trace(fn, schema, tensors, args)
    if gm is None:
        return False
    rebuilt = DecompositionImporter(op, gm.graph)
    with ir.InsertionPoint(op), op.location:
        placeholders = [n for n in gm.graph.nodes if n.op == "placeholder"]
        rebuilt.values.update(zip(placeholders, tensors))
        rebuilt.import_graph_nodes()
        rebuilt.raise_problems()  # the op is left; the lowering reports it
        outputs = rebuilt.outputs()
        values = [rebuilt.values[o] if isinstance(o, torch.fx.Node) else None for o in outputs]
        if len(op.results) == 1 and str(op.results[0].type).startswith("!torch.list<") \
                and all(v is not None for v in values):
            # One list of tensors (tensor_split): rebuild it from the tensors.
            values = [rebuilt.b.op("torch.prim.ListConstruct", [op.results[0].type],
                                   values).result]
        if len(values) != len(op.results) or any(v is None for v in values):
            raise ValueError(f"decomposition of {op.name} has {len(values)} results")
        for r, v in zip(op.results, values):
            if next(iter(r.uses), None) is None:
                # Unused: no cast. (torch's decomposition of
                # _scaled_dot_product_flash_attention_for_cpu returns the
                # attention weights where the op's logsumexp would be.)
                continue
            r.replace_all_uses_with(rebuilt.b.cast_to(v, r.type))
    op.erase()
    return True


def _call_operands(op: ir.Operation, schema):
    """The static-shaped tensors of `op` and, per schema argument, how the
    traced call gets it: ("tensor", index), ("tensors", indices) or
    ("value", constant); None if `op` has a dynamic shape or a run-time
    scalar."""
    tensors: list[ir.Value] = []
    args = []
    for v, a in zip(op.operands, schema.arguments):
        v = ttypes.underived(v)  # a tensor passed as an Optional[Tensor]
        if ttypes.ValueTensorType.isinstance(v.type):
            if not _static_tensor(v):
                return None
            tensors.append(v)
            args.append(("tensor", len(tensors) - 1))
            continue
        owner = v.owner
        producer = owner.operation if hasattr(owner, "operation") else None
        if producer is not None and producer.name == "torch.prim.ListConstruct" and all(
                ttypes.ValueTensorType.isinstance(e.type) for e in producer.operands) and len(
                producer.operands):
            if not all(_static_tensor(e) for e in producer.operands):
                return None
            idx = []
            for e in producer.operands:
                tensors.append(e)
                idx.append(len(tensors) - 1)
            args.append(("tensors", idx))
            continue
        try:
            args.append(("value", convert_arg(python_value(v, 0), a.type, a.name)))
        except Unknown:
            return None
        # TorchScript narrows an Optional constant (`align_corners=None`
        # replaced by False) through derefine + prim.unchecked_cast.
        while producer is not None and producer.name == "torch.prim.unchecked_cast":
            owner = producer.operands[0].owner
            producer = owner.operation if hasattr(owner, "operation") else None
        if producer is None or not producer.name.startswith(
                ("torch.constant.", "torch.prim.ListConstruct", "torch.derefine")):
            return None  # a run-time scalar
    return tensors, args


def _trace(fn, schema, tensors: list[ir.Value], args):
    """`fn` called on `args` traced with make_fx on fake tensors of the
    shapes of `tensors`, decomposed and functionalized; None if tracing fails."""
    import torch
    from torch.fx.experimental.proxy_tensor import make_fx

    from .. import dtypes

    def call(*ts):
        positional, kwargs = [], {}
        for (kind, payload), a in zip(args, schema.arguments):
            value = ts[payload] if kind == "tensor" else \
                [ts[i] for i in payload] if kind == "tensors" else payload
            if a.kwarg_only:
                kwargs[a.name] = value
            else:
                positional.append(value)
        return fn(*positional, **kwargs)

    examples = []
    for v in tensors:
        vt = ttypes.ValueTensorType(v.type)
        examples.append(torch.zeros(list(vt.sizes), dtype=dtypes.from_mlir_type(vt.dtype)))
    try:
        # mkldnn off: decompositions take their portable path (lstm's
        # one_layer_lstm, not the CPU kernel aten.mkldnn_rnn_layer).
        with _mkldnn_disabled():
            gm = make_fx(call, decomposition_table=_table(), tracing_mode="fake")(*examples)
        # Python decompositions may use in-place ops (rms_norm's add_):
        # retrace the result functionalized. Views stay view ops (`view`,
        # not `view_copy`, which the dialect does not model): on value
        # semantics they are the same.
        gm = make_fx(torch.func.functionalize(gm, remove="mutations"),
                     tracing_mode="fake")(*examples)
    except Exception:
        return None
    return gm


@register_pass(
    "torch-decompose",
    options={"target": PassOption(str, "linalg", "the lowering target whose rules count")})
def decompose(module: ir.Operation, target: str = "linalg") -> None:
    """Replace ops the target has no lowering rule for by torch's own decompositions
    (core-ATen table), when their shapes are static"""
    from ..lowering import load_rules, rules_for

    load_rules()
    have = rules_for(target)
    with module.context, module.location:
        for op in all_ops(module):
            if op.name.startswith("torch.aten.") and op.name not in have \
                    and not is_reported(op):
                try:
                    _decompose(op)
                except Exception:  # leave it: the lowering reports it, located
                    continue
