"""A small typed emitter of StableHLO ops in generic form.

MLIR's Python bindings have no StableHLO dialect, so each op is built with
`ir.Operation.create("stablehlo.<op>", ...)` (the context must allow
unregistered dialects: the torch-lower-to-stablehlo pass is registered with
`emits_unregistered_ops`, so its pass manager allows them), with operands, result types
and attributes as the StableHLO spec names them. Enum and struct attributes
(`#stablehlo<comparison_direction GT>`, `#stablehlo.dot<...>`,
`#stablehlo.conv<...>`, `#stablehlo.gather<...>`) are opaque dialect
attributes here: they print exactly as StableHLO parses them, so a toolchain
that registers the dialect (IREE's compiler) reads and verifies the result.

Result types are computed here from the operands where the spec determines
them; ops whose result shape depends on attributes the caller knows better
(reshape, broadcast_in_dim, dot_general, convolution...) take it.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
from mlir import ir

COMPARISON_DIRECTIONS = ("EQ", "NE", "GE", "GT", "LE", "LT")


def _op(name: str, operands: Sequence[ir.Value], result_types: Sequence[ir.Type],
        attributes: dict | None = None, regions: int = 0) -> ir.Operation:
    return ir.Operation.create(f"stablehlo.{name}", results=list(result_types),
                               operands=list(operands), attributes=attributes or {},
                               regions=regions)


def _i64_array(values: Sequence[int]) -> ir.Attribute:
    return ir.DenseI64ArrayAttr.get([int(v) for v in values])


def _dims(values: Sequence[int]) -> str:
    return "[" + ", ".join(str(int(v)) for v in values) + "]"


def tensor_type(shape: Sequence[int], element: ir.Type) -> ir.RankedTensorType:
    dyn = ir.ShapedType.get_dynamic_size()
    return ir.RankedTensorType.get([dyn if d in (-1, dyn) else d for d in shape], element)


def shape(v: ir.Value) -> list[int]:
    """The sizes of tensor `v`, -1 for a dynamic dim."""
    t = ir.RankedTensorType(v.type)
    return [-1 if t.is_dynamic_dim(i) else t.get_dim_size(i) for i in range(t.rank)]


def element(v: ir.Value) -> ir.Type:
    return ir.RankedTensorType(v.type).element_type


def with_element(v: ir.Value, et: ir.Type) -> ir.RankedTensorType:
    return tensor_type(shape(v), et)


# --- constants and conversions ------------------------------------------------

def constant(value, t: ir.RankedTensorType) -> ir.Value:
    """A splat (Python number) or a numpy array as `stablehlo.constant` of `t`."""
    et = t.element_type
    if isinstance(value, np.ndarray):
        attr = ir.DenseElementsAttr.get(value, type=t) if value.dtype != np.bool_ else \
            ir.DenseElementsAttr.get(np.packbits(value, bitorder="little"), type=t)
    elif isinstance(et, ir.FloatType):
        attr = ir.DenseElementsAttr.get_splat(t, ir.FloatAttr.get(et, float(value)))
    else:
        width = ir.IntegerType(et).width
        attr = ir.DenseElementsAttr.get_splat(
            t, ir.IntegerAttr.get(et, int(bool(value)) if width == 1 else int(value)))
    return _op("constant", [], [t], {"value": attr}).result


def constant_attr(value: ir.Attribute, t: ir.Type) -> ir.Value:
    """`stablehlo.constant` of an elements attribute (dense or dense resource)."""
    return _op("constant", [], [t], {"value": value}).result


def convert(x: ir.Value, et: ir.Type) -> ir.Value:
    if element(x) == et:
        return x
    return _op("convert", [x], [with_element(x, et)]).result


# --- elementwise --------------------------------------------------------------

# Ops whose result type is their (first) operand's type.
UNARY = ("abs", "negate", "exponential", "exponential_minus_one", "log", "log_plus_one",
         "logistic", "tanh", "sqrt", "rsqrt", "cbrt", "sine", "cosine", "tan", "floor",
         "ceil", "round_nearest_even", "round_nearest_afz", "sign", "not", "is_finite")
BINARY = ("add", "subtract", "multiply", "divide", "remainder", "maximum", "minimum",
          "power", "atan2", "and", "or", "xor", "shift_left", "shift_right_arithmetic",
          "shift_right_logical")


def unary(name: str, x: ir.Value) -> ir.Value:
    if name not in UNARY:
        raise ValueError(f"stablehlo.{name} is not a unary elementwise op")
    t = with_element(x, ir.IntegerType.get_signless(1)) if name == "is_finite" else x.type
    return _op(name, [x], [t]).result


def binary(name: str, lhs: ir.Value, rhs: ir.Value) -> ir.Value:
    """`lhs` and `rhs` have the same type (broadcast them first)."""
    if name not in BINARY:
        raise ValueError(f"stablehlo.{name} is not a binary elementwise op")
    return _op(name, [lhs, rhs], [lhs.type]).result


def compare(direction: str, lhs: ir.Value, rhs: ir.Value) -> ir.Value:
    if direction not in COMPARISON_DIRECTIONS:
        raise ValueError(f"unknown comparison direction {direction}")
    et = element(lhs)
    kind = "FLOAT" if isinstance(et, ir.FloatType) else \
        "UNSIGNED" if ir.IntegerType(et).width == 1 else "SIGNED"
    attrs = {
        "comparison_direction": ir.Attribute.parse(
            f"#stablehlo<comparison_direction {direction}>"),
        "compare_type": ir.Attribute.parse(f"#stablehlo<comparison_type {kind}>"),
    }
    return _op("compare", [lhs, rhs], [with_element(lhs, ir.IntegerType.get_signless(1))],
               attrs).result


def select(pred: ir.Value, on_true: ir.Value, on_false: ir.Value) -> ir.Value:
    return _op("select", [pred, on_true, on_false], [on_true.type]).result


def clamp(lo: ir.Value, x: ir.Value, hi: ir.Value) -> ir.Value:
    """`lo`/`hi` are scalars (rank 0) or of `x`'s shape."""
    return _op("clamp", [lo, x, hi], [x.type]).result


# --- shapes -------------------------------------------------------------------

def broadcast_in_dim(x: ir.Value, t: ir.RankedTensorType, dims: Sequence[int]) -> ir.Value:
    return _op("broadcast_in_dim", [x], [t], {"broadcast_dimensions": _i64_array(dims)}).result


def dynamic_broadcast_in_dim(x: ir.Value, output_shape: ir.Value, t: ir.RankedTensorType,
                             dims: Sequence[int]) -> ir.Value:
    """Which operand dims expand is stated (`known_expanding_dimensions`,
    `known_nonexpanding_dimensions`): a static 1 under a larger or dynamic
    dim expands; a dynamic operand dim does not (torch's dynamic dims are
    never broadcast from 1). IREE needs this to lower the op."""
    have = shape(x)
    out = [-1 if ir.RankedTensorType(t).is_dynamic_dim(i) else ir.RankedTensorType(t)
           .get_dim_size(i) for i in range(ir.RankedTensorType(t).rank)]
    expanding = [i for i, (s, d) in enumerate(zip(have, dims)) if s == 1 and out[d] != 1]
    others = [i for i in range(len(have)) if i not in expanding]
    return _op("dynamic_broadcast_in_dim", [x, output_shape], [t], {
        "broadcast_dimensions": _i64_array(dims),
        "known_expanding_dimensions": _i64_array(expanding),
        "known_nonexpanding_dimensions": _i64_array(others)}).result


def reshape(x: ir.Value, t: ir.RankedTensorType) -> ir.Value:
    return _op("reshape", [x], [t]).result


def dynamic_reshape(x: ir.Value, output_shape: ir.Value, t: ir.RankedTensorType) -> ir.Value:
    return _op("dynamic_reshape", [x, output_shape], [t]).result


def get_dimension_size(x: ir.Value, dim: int) -> ir.Value:
    """The size of `x`'s dim `dim` as a tensor<i32>."""
    t = ir.RankedTensorType.get([], ir.IntegerType.get_signless(32))
    return _op("get_dimension_size", [x], [t],
               {"dimension": ir.IntegerAttr.get(ir.IntegerType.get_signless(64), dim)}).result


def transpose(x: ir.Value, permutation: Sequence[int]) -> ir.Value:
    s = shape(x)
    t = tensor_type([s[p] for p in permutation], element(x))
    return _op("transpose", [x], [t], {"permutation": _i64_array(permutation)}).result


def slice(x: ir.Value, start: Sequence[int], limit: Sequence[int],
          strides: Sequence[int]) -> ir.Value:
    sizes = [max(0, -(-(hi - lo) // st)) for lo, hi, st in zip(start, limit, strides)]
    return _op("slice", [x], [tensor_type(sizes, element(x))], {
        "start_indices": _i64_array(start), "limit_indices": _i64_array(limit),
        "strides": _i64_array(strides)}).result


def concatenate(xs: Sequence[ir.Value], dim: int, t: ir.RankedTensorType) -> ir.Value:
    return _op("concatenate", xs, [t], {
        "dimension": ir.IntegerAttr.get(ir.IntegerType.get_signless(64), dim)}).result


def iota(t: ir.RankedTensorType, dim: int) -> ir.Value:
    return _op("iota", [], [t], {
        "iota_dimension": ir.IntegerAttr.get(ir.IntegerType.get_signless(64), dim)}).result


def reverse(x: ir.Value, dimensions: Sequence[int]) -> ir.Value:
    return _op("reverse", [x], [x.type], {"dimensions": _i64_array(dimensions)}).result


def pad(x: ir.Value, value: ir.Value, low: Sequence[int], high: Sequence[int],
        interior: Sequence[int], t: ir.RankedTensorType) -> ir.Value:
    return _op("pad", [x, value], [t], {
        "edge_padding_low": _i64_array(low), "edge_padding_high": _i64_array(high),
        "interior_padding": _i64_array(interior)}).result


def gather(operand: ir.Value, indices: ir.Value, t: ir.RankedTensorType, *,
           offset_dims: Sequence[int], collapsed_slice_dims: Sequence[int],
           start_index_map: Sequence[int], index_vector_dim: int,
           slice_sizes: Sequence[int]) -> ir.Value:
    numbers = ir.Attribute.parse(
        f"#stablehlo.gather<offset_dims = {_dims(offset_dims)}, "
        f"collapsed_slice_dims = {_dims(collapsed_slice_dims)}, "
        f"start_index_map = {_dims(start_index_map)}, index_vector_dim = {index_vector_dim}>")
    return _op("gather", [operand, indices], [t], {
        "dimension_numbers": numbers, "slice_sizes": _i64_array(slice_sizes),
        "indices_are_sorted": ir.BoolAttr.get(False)}).result


# --- contractions -------------------------------------------------------------

def dot_general(lhs: ir.Value, rhs: ir.Value, t: ir.RankedTensorType, *,
                lhs_batching: Sequence[int] = (), rhs_batching: Sequence[int] = (),
                lhs_contracting: Sequence[int], rhs_contracting: Sequence[int]) -> ir.Value:
    fields = []
    if lhs_batching:
        fields += [f"lhs_batching_dimensions = {_dims(lhs_batching)}",
                   f"rhs_batching_dimensions = {_dims(rhs_batching)}"]
    fields += [f"lhs_contracting_dimensions = {_dims(lhs_contracting)}",
               f"rhs_contracting_dimensions = {_dims(rhs_contracting)}"]
    numbers = ir.Attribute.parse(f"#stablehlo.dot<{', '.join(fields)}>")
    return _op("dot_general", [lhs, rhs], [t], {"dot_dimension_numbers": numbers}).result


def convolution(lhs: ir.Value, rhs: ir.Value, t: ir.RankedTensorType, *, spatial: int,
                strides: Sequence[int], padding: Sequence[tuple[int, int]],
                lhs_dilation: Sequence[int], rhs_dilation: Sequence[int],
                feature_group_count: int) -> ir.Value:
    """A convolution in torch's layouts: input/output [b, f, spatial...],
    kernel [o, i, spatial...]."""
    sp = ", ".join(str(i) for i in range(spatial))
    numbers = ir.Attribute.parse(f"#stablehlo.conv<[b, f, {sp}]x[o, i, {sp}]->[b, f, {sp}]>")
    i64 = ir.IntegerType.get_signless(64)
    pad_attr = ir.DenseElementsAttr.get(np.array(padding, dtype=np.int64).reshape(spatial, 2),
                                        type=i64)
    return _op("convolution", [lhs, rhs], [t], {
        "dimension_numbers": numbers, "window_strides": _i64_array(strides),
        "padding": pad_attr, "lhs_dilation": _i64_array(lhs_dilation),
        "rhs_dilation": _i64_array(rhs_dilation),
        "feature_group_count": ir.IntegerAttr.get(i64, feature_group_count),
        "batch_group_count": ir.IntegerAttr.get(i64, 1)}).result


# --- ops with a body ------------------------------------------------------------

def _body(op: ir.Operation, element_types: Sequence[ir.Type], n_args: int,
          build: Callable[..., Sequence[ir.Value]]) -> None:
    """Fills op's region with one block of rank-0 tensor arguments whose
    results `build` computes (ending in stablehlo.return)."""
    scalars = [ir.RankedTensorType.get([], et) for et in element_types]
    block = op.regions[0].blocks.append(*(scalars * n_args))
    with ir.InsertionPoint(block):
        _op("return", list(build(*block.arguments)), [])


def reduce(inputs: Sequence[ir.Value], inits: Sequence[ir.Value], dimensions: Sequence[int],
           result_types: Sequence[ir.Type], build: Callable[..., Sequence[ir.Value]]
           ) -> list[ir.Value]:
    """stablehlo.reduce over `dimensions`; `build(*accs, *elems)` is the body
    (on rank-0 tensors)."""
    op = _op("reduce", list(inputs) + list(inits), result_types,
             {"dimensions": _i64_array(dimensions)}, regions=1)
    _body(op, [element(v) for v in inits], 2, build)
    return list(op.results)


def reduce_window(inputs: Sequence[ir.Value], inits: Sequence[ir.Value],
                  result_types: Sequence[ir.Type], build: Callable[..., Sequence[ir.Value]], *,
                  window_dimensions: Sequence[int], window_strides: Sequence[int],
                  padding: Sequence[tuple[int, int]]) -> list[ir.Value]:
    i64 = ir.IntegerType.get_signless(64)
    pad_attr = ir.DenseElementsAttr.get(
        np.array(padding, dtype=np.int64).reshape(len(padding), 2), type=i64)
    op = _op("reduce_window", list(inputs) + list(inits), result_types, {
        "window_dimensions": _i64_array(window_dimensions),
        "window_strides": _i64_array(window_strides), "padding": pad_attr}, regions=1)
    _body(op, [element(v) for v in inits], 2, build)
    return list(op.results)


def real_dynamic_slice(x: ir.Value, start: ir.Value, limit: ir.Value, strides: ir.Value,
                       t: ir.RankedTensorType) -> ir.Value:
    """A slice whose bounds are rank-1 tensors of the operand's rank."""
    return _op("real_dynamic_slice", [x, start, limit, strides], [t]).result
