"""`linalg-bool-tensors-to-i8`: stores bool tensors as bytes.

linalg-on-tensors represents torch.bool tensors as `tensor<...xi1>`, but
memory holds one byte per bool (torch's layout), and MLIR's memref-to-LLVM
lowering refuses i1 element stores. Backends that bufferize run this pass
first: every `tensor<...xi1>` becomes `tensor<...xi8>` (0/1), with
`arith.trunci`/`arith.extui` where a scalar crosses into or out of a tensor
(linalg region arguments and yields, tensor.extract/insert/from_elements,
tensor.pad/generate yields, arith.constant values). Scalar i1 arithmetic is
unchanged.
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith

from . import register_pass
from .refinement import all_ops as _all_ops


def _is_bool_tensor(t: ir.Type) -> bool:
    return isinstance(t, ir.RankedTensorType) and str(t.element_type) == "i1"


def _widen(t: ir.Type) -> ir.Type:
    if _is_bool_tensor(t):
        return ir.RankedTensorType.get(list(t.shape), ir.IntegerType.get_signless(8),
                                       t.encoding)
    return t


def _i1(t: ir.Type) -> bool:
    return str(t) == "i1"


def _trunc_arg(arg: ir.Value, block: ir.Block) -> None:
    """arg: i1 -> i8 with a trunci at the top of `block` for its users."""
    arg.set_type(ir.IntegerType.get_signless(8))
    ops = list(block.operations)
    ip = ir.InsertionPoint(ops[0]) if ops else ir.InsertionPoint(block)
    with ip, arg.location:
        t = arith.TruncIOp(ir.IntegerType.get_signless(1), arg)
    arg.replace_all_uses_except(t.result, t.operation)


def _extend_operand(op: ir.Operation, i: int) -> None:
    v = op.operands[i]
    if _i1(v.type):
        with ir.InsertionPoint(op), op.location:
            op.operands[i] = arith.ExtUIOp(ir.IntegerType.get_signless(8), v).result


def _fix_yield(region_op: ir.Operation, result_types: list[ir.Type]) -> None:
    """Extends i1 values yielded where the op now produces i8 elements."""
    for region in region_op.regions:
        for block in region.blocks:
            ops = list(block.operations)
            if not ops:
                continue
            term = ops[-1].operation
            for i, v in enumerate(term.operands):
                if i < len(result_types) and _i1(v.type) and str(result_types[i]) == "i8":
                    _extend_operand(term, i)


@register_pass("linalg-bool-tensors-to-i8")
def bool_tensors_to_i8(module: ir.Operation) -> None:
    """Store bool tensors as bytes: tensor<...xi1> -> tensor<...xi8> with trunci/extui where
    scalars cross tensor boundaries (run before bufferization)"""
    with module.context, module.location:
        _run(module)


def _run(module: ir.Operation) -> None:
    for op in _all_ops(module):
        name = op.name
        if name == "func.func":
            ftype = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
            new = ir.FunctionType.get([_widen(t) for t in ftype.inputs],
                                      [_widen(t) for t in ftype.results])
            op.attributes["function_type"] = ir.TypeAttr.get(new)
        # Which region arguments were bool *elements* of a widened tensor
        # operand (linalg: block args pair with the operands, in order).
        elem_args = []
        if name.startswith("linalg.") and op.regions and op.regions[0].blocks:
            block = op.regions[0].blocks[0]
            for i, (arg, operand) in enumerate(zip(block.arguments, op.operands)):
                if _i1(arg.type) and isinstance(operand.type, ir.RankedTensorType) and \
                        str(operand.type.element_type) in ("i1", "i8"):
                    elem_args.append((arg, block))
                elif name == "linalg.fill" and i == 0 and _i1(operand.type) and \
                        str(op.operands[1].type.element_type) in ("i1", "i8"):
                    # fill's value must have the output's element type.
                    _extend_operand(op, 0)
                    elem_args.append((arg, block))
        # Widen tensor types: results and region arguments.
        for r in op.results:
            if _is_bool_tensor(r.type):
                r.set_type(_widen(r.type))
        for region in op.regions:
            for block in region.blocks:
                for arg in block.arguments:
                    if _is_bool_tensor(arg.type):
                        arg.set_type(_widen(arg.type))
        if name == "arith.constant" and _is_bool_tensor(
                ir.DenseElementsAttr(op.attributes["value"]).type
                if isinstance(op.attributes["value"], ir.DenseElementsAttr) else ir.NoneType.get()):
            text = str(op.attributes["value"])
            body, _, type_text = text.rpartition(" : ")
            body = body.replace("true", "1").replace("false", "0")
            wide = _widen(ir.Type.parse(type_text))
            op.attributes["value"] = ir.Attribute.parse(f"{body} : {wide}")
        for arg, block in elem_args:
            _trunc_arg(arg, block)
        if name.startswith("linalg.") and op.regions:
            _fix_yield(op, [ir.RankedTensorType(r.type).element_type for r in op.results])
        elif name in ("tensor.pad", "tensor.generate"):
            _fix_yield(op, [ir.RankedTensorType(op.results[0].type).element_type])
        if name == "tensor.extract" and str(op.results[0].type) == "i1" and \
                str(ir.RankedTensorType(op.operands[0].type).element_type) == "i8":
            r = op.results[0]
            r.set_type(ir.IntegerType.get_signless(8))
            with ir.InsertionPoint(op), op.location:
                t = arith.TruncIOp(ir.IntegerType.get_signless(1), r)
            t.operation.move_after(op)
            r.replace_all_uses_except(t.result, t.operation)
        elif name in ("tensor.insert", "tensor.from_elements", "tensor.splat"):
            elem = ir.RankedTensorType(op.results[0].type).element_type
            if str(elem) == "i8":
                for i, v in enumerate(op.operands):
                    if _i1(v.type):
                        _extend_operand(op, i)
