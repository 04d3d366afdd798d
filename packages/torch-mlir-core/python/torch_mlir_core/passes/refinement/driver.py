"""torch-refine-types: the pass itself, a thin driver over the block walk,
the signature rewrites and the verification of declared types."""

from __future__ import annotations

from mlir import ir

from .. import register_pass, run_on_functions
from .control_flow import fold_constant_ifs, refine_block
from .signatures import narrow_returned_optionals, unpack_returned_lists
from .values import known
from .verify import verify_function
from .walk import all_ops


@register_pass("torch-refine-types")
def refine_types(module: ir.Operation) -> None:
    """Give every tensor a shape and dtype by running each op on meta tensors (torch's
    own shape/dtype propagation); report declared types and constant arguments that
    torch's meta kernels contradict or reject"""
    with module.context, module.location:
        run_on_functions(module, _refine_function)  # each op is reported at its location


def _refine_function(op: ir.Operation) -> int:
    entry = op.regions[0].blocks[0]
    if not all(known(v.type) for o in all_ops(op) for v in o.results):
        fold_constant_ifs(entry)
        refine_block(entry)
    errors = verify_function(op)
    ret = list(entry.operations)[-1]
    unpack_returned_lists(ret.operation)
    narrow_returned_optionals(ret.operation)
    ftype = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
    op.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(
        list(ftype.inputs), [v.type for v in ret.operands]))
    return errors
