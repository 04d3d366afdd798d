"""torch-refine-types: the pass itself, a thin driver over the block walk and
the signature rewrites."""

from __future__ import annotations


from mlir import ir

from .. import register_pass
from .control_flow import fold_constant_ifs, refine_block
from .signatures import narrow_returned_optionals, unpack_returned_lists
from .values import known
from .walk import all_ops


@register_pass(
    "torch-refine-types",
    summary="Give every tensor a shape and dtype by running each op on meta tensors "
    "(torch's own shape/dtype propagation)",
)
def refine_types(module: ir.Operation) -> None:
    with module.context, module.location:
        for op in module.regions[0].blocks[0].operations:
            op = op.operation
            if op.name != "func.func" or not len(op.regions[0].blocks):
                continue
            entry = op.regions[0].blocks[0]
            if not all(known(v.type) for o in all_ops(op) for v in o.results):
                fold_constant_ifs(entry)
                refine_block(entry)
            ret = list(entry.operations)[-1]
            unpack_returned_lists(ret.operation)
            narrow_returned_optionals(ret.operation)
            ftype = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
            op.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(
                list(ftype.inputs), [v.type for v in ret.operands]))
