"""The fast code-generation recipe, built on MLIR's transform dialect.

Every linalg op worth optimizing gets a unique tag (`rb.op = N`); a transform script
is generated with one sequence per tagged op (tile sizes chosen from its static
shape and the host vector width), followed by vector lowering patterns, and applied
with the transform interpreter. Each per-op sequence suppresses its silenceable
failures, so an op the recipe cannot handle stays as it is and is lowered by the
plain path later.
"""

from __future__ import annotations

import functools

from mlir import ir
from mlir.dialects.transform import interpreter

from ._walk import all_ops

TAG = "rb.op"

_FLOAT_BYTES = {"f32": 4, "f64": 8}


@functools.lru_cache(maxsize=None)
def vector_bits() -> int:
    """512 with AVX-512F, 256 with AVX2, else 128."""
    try:
        with open("/proc/cpuinfo") as f:
            flags = set()
            for line in f:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    break
    except OSError:
        return 128
    if "avx512f" in flags:
        return 512
    if "avx2" in flags:
        return 256
    return 128


def _static_shape(t: ir.Type):
    if not isinstance(t, ir.RankedTensorType):
        return None
    if any(ir.ShapedType.is_dynamic_size(d) for d in t.shape):
        return None
    return list(t.shape)


def _divisor_at_most(n: int, cap: int, multiple_of: int = 1) -> int:
    """Largest d <= cap dividing n (preferring multiples of `multiple_of`)."""
    for d in range(min(n, cap), 0, -1):
        if n % d == 0 and d % multiple_of == 0:
            return d
    for d in range(min(n, cap), 0, -1):
        if n % d == 0:
            return d
    return 1


class _Script:
    def __init__(self):
        self.parts: list[str] = []
        self.tags: dict[tuple, int] = {}

    def tag(self, key: tuple, sequence, *args) -> int:
        """The tag of the ops of `key`: ops with the same key share one tag, and
        one sequence (`sequence(tag, *args)`, added the first time)."""
        tag = self.tags.get(key)
        if tag is None:
            tag = self.tags[key] = len(self.tags)
            self.parts.append(sequence(tag, *args))
        return tag

    def text(self) -> str:
        body = "\n".join(self.parts)
        return f"""
module attributes {{transform.with_named_sequence}} {{
  transform.named_sequence @__transform_main(%root: !transform.any_op {{transform.readonly}}) {{
{body}
    %funcs = transform.structured.match ops{{["func.func"]}} in %root
        : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %funcs {{
      transform.apply_patterns.canonicalization
      transform.apply_patterns.tensor.fold_tensor_subset_ops_into_vector_transfers
      transform.apply_patterns.vector.cast_away_vector_leading_one_dim
    }} : !transform.any_op
    transform.apply_cse to %funcs : !transform.any_op
    %loops = transform.structured.match ops{{["scf.for"]}} in %root
        : (!transform.any_op) -> !transform.any_op
    transform.foreach %loops : !transform.any_op {{
    ^bb0(%l: !transform.any_op):
      transform.loop.hoist_loop_invariant_subsets %l : !transform.any_op
    }}
    transform.apply_patterns to %funcs {{
      transform.apply_patterns.vector.lower_contraction lowering_strategy = "outerproduct"
      transform.apply_patterns.vector.transfer_permutation_patterns
      transform.apply_patterns.vector.lower_outerproduct
      transform.apply_patterns.vector.lower_multi_reduction lowering_strategy = "innerparallel"
      transform.apply_patterns.vector.lower_broadcast
      transform.apply_patterns.vector.lower_transpose
      transform.apply_patterns.canonicalization
    }} : !transform.any_op
    transform.yield
  }}
}}"""


# An op with less work than this (multiply-adds) runs as one task: a parallel
# region's cost (waking OpenMP's workers, a barrier) is more than a second thread
# saves on it (a batch-1 LSTM step's 1 x 128 x 512 products). 2^18 and 2^20 timed
# the same on the benchmark's transformer, GPT block and CNNs.
PARALLEL_MIN_MACS = 1 << 20


def _register_rows(n: int, elem: str) -> int:
    """Rows of the register tile (its columns are 2 vectors). 8 rows are 16
    accumulators: right for AVX-512's 32 vector registers. With AVX2's 16 they
    leave none for the B row and the broadcast A element, and spill: 4 rows
    are 30-45 % faster (1 thread, AMD EPYC: 512^3 48 -> 73 GFLOP/s, 64 x 256 x
    768 51 -> 65). Except when B's rows are a multiple of 4 KiB apart (n = 1024,
    2048 f32): the B panel a tile reads down k then maps to one L1 set, is
    evicted between row blocks, and 8 rows, which read it half as often, win
    (1024^3 47 vs 41 GFLOP/s, 128 x 256 x 1024 47 vs 41)."""
    if vector_bits() == 256 and (n * _FLOAT_BYTES[elem]) % 4096:
        return 4
    return 8


def _tile_sizes(m: int, n: int, k: int, elem: str) -> tuple[int, ...]:
    """(rm, rn, rk, mt, nt, kt) of an m x n x k contraction: register tile rm x rn x rk
    (`_register_rows` x 2 vectors x 4), cache tiles mt x nt (one scf.forall iteration
    each) and kt; measured best of a small sweep."""
    lanes = vector_bits() // (8 * _FLOAT_BYTES[elem])
    rm = _divisor_at_most(m, _register_rows(n, elem))
    rn = _divisor_at_most(n, 2 * lanes, lanes)
    rk = _divisor_at_most(k, 4)
    mt = _divisor_at_most(m, 64, rm)
    nt = _divisor_at_most(n, 256, rn)
    kt = _divisor_at_most(k, 256, rk)
    if m * n * k < PARALLEL_MIN_MACS:  # one task (the loop folds away)
        mt, nt = m, n
    return rm, rn, rk, mt, nt, kt


def _tagged_sequence(tag: int, body: str) -> str:
    """`body` (lines after a newline) run on each op tagged `tag` (`%op{tag}`; `%r{tag}`
    is the sequence's root), each in a sequence that suppresses silenceable failures:
    an op the recipe cannot handle stays as it is for the plain path. (Ops with the
    same script share a tag: one sequence and one match for all of them, so the
    script does not grow with the number of ops.)"""
    return f"""
    %ops{tag} = transform.structured.match attributes{{{TAG} = {tag} : i64}} in %root
        : (!transform.any_op) -> !transform.any_op
    transform.foreach %ops{tag} : !transform.any_op {{
    ^bb0(%op{tag}: !transform.any_op):
      transform.sequence %root : !transform.any_op failures(suppress) {{
      ^bb1(%r{tag}: !transform.any_op):{body}
      }}
    }}"""


def _padded_dims(m: int, n: int, k: int, elem: str) -> tuple[int, int, int]:
    """(m, n, k) rounded up to the full register tile (8 rows, 2 vectors, 4) for
    each dim with no divisor that large (333 x 517 x 129 gets 3 x 11 x 3 register
    tiles: 8 % of torch's speed), when that wastes at most a quarter of the work."""
    lanes = vector_bits() // (8 * _FLOAT_BYTES[elem])
    dims = []
    for d, r, mult in ((m, 8, 1), (n, 2 * lanes, lanes), (k, 4, 1)):
        up = -(-d // r) * r
        full = _divisor_at_most(d, r, mult) == r
        dims.append(d if full or d < r or up > 1.25 * d else up)
    return dims[0], dims[1], dims[2]


def _pad_step(tag: int, dims: tuple, padded: tuple, elem: str, batch: bool) -> str:
    """A transform.structured.pad of `%op{tag}` to `padded` (zeros; the result is
    sliced back), as `%op{tag}`'s replacement `%pd{tag}`; "" if nothing to pad."""
    if padded == dims:
        return ""
    lead = [1] if batch else []
    multiples = ", ".join(str(p) for p in lead + list(padded))  # m, n, k rounded up
    loops = ", ".join(str(i) for i in range(len(lead) + 3))
    return f"""
      %pd{tag}, %pp{tag}, %pc{tag} = transform.structured.pad %op{tag}
          pad_to_multiple_of [{multiples}] {{padding_dimensions = [{loops}],
          padding_values = [0.0 : {elem}, 0.0 : {elem}, 0.0 : {elem}], copy_back_op = "none"}}
          : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)"""


def _matmul_sequence(tag: int, m: int, n: int, k: int, elem: str, batch: int = 0) -> str:
    """A matmul, or a batch_matmul of `batch` products, tiled and vectorized."""
    padded = _padded_dims(m, n, k, elem)
    pad = _pad_step(tag, (m, n, k), padded, elem, batch > 0)
    target = f"%pd{tag}" if pad else f"%op{tag}"
    rm, rn, rk, mt, nt, kt = _tile_sizes(*padded, elem)
    # The batch dim: one product per task, or all of them in one when they are small.
    bt = f"{batch if max(batch, 1) * m * n * k < PARALLEL_MIN_MACS else 1}, " if batch else ""
    b0 = "1, " if batch else ""
    bz = "0, " if batch else ""
    nloops_par = 3 if batch else 2
    par_handles = ", ".join(["!transform.any_op"] * nloops_par)
    return _tagged_sequence(tag, f"""{pad}
      %t{tag}, %fa{tag} = transform.structured.tile_using_forall {target}
          tile_sizes [{bt}{mt}, {nt}]
          : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
      // Fuse the producer of the accumulator (a linalg.fill) into the tile loop, if
      // it is one: optional.
      transform.sequence %r{tag} : !transform.any_op failures(suppress) {{
      ^bb0(%s{tag}: !transform.any_op):
        %prod{tag} = transform.get_producer_of_operand %fa{tag}[0]
            : (!transform.any_op) -> !transform.any_op
        %ff{tag}, %fa2{tag} = transform.structured.fuse_into_containing_op %prod{tag}
            into %fa{tag}
            : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
        %frt{tag}, %frl{tag}:{nloops_par} = transform.structured.tile_using_for %ff{tag}
            tile_sizes [{b0}{rm}, {rn}]
            : (!transform.any_op) -> (!transform.any_op, {par_handles})
        transform.structured.vectorize %frt{tag} : !transform.any_op
      }}
      %k{tag}, %lk{tag} = transform.structured.tile_using_for %t{tag}
          tile_sizes [{bz}0, 0, {kt}]
          : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
      %rt{tag}, %rl{tag}:{nloops_par + 1} = transform.structured.tile_using_for %k{tag}
          tile_sizes [{b0}{rm}, {rn}, {rk}]
          : (!transform.any_op) -> (!transform.any_op, {par_handles}, !transform.any_op)
      transform.structured.vectorize %rt{tag} {{create_named_contraction}} : !transform.any_op""")


def _conv_sequence(tag: int, f: int, p: int, k: int, elem: str) -> str:
    """conv_2d_nchw_fchw -> im2col + a (n, f, p, k) contraction, tiled like a matmul
    with M = output channels, N = output pixels, K = C*KH*KW."""
    rm, rn, rk, mt, nt, kt = _tile_sizes(f, p, k, elem)
    return _tagged_sequence(tag, f"""
      %i2c{tag}, %fin{tag} = transform.structured.convert_conv2d_to_img2col %op{tag}
          : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
      %mm{tag} = transform.get_producer_of_operand %fin{tag}[0]
          : (!transform.any_op) -> !transform.any_op
      %t{tag}, %fa{tag} = transform.structured.tile_using_forall %mm{tag}
          tile_sizes [1, {mt}, {nt}] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
      %k{tag}, %lk{tag} = transform.structured.tile_using_for %t{tag}
          tile_sizes [0, 0, 0, {kt}] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
      %rt{tag}, %rl{tag}:4 = transform.structured.tile_using_for %k{tag}
          tile_sizes [1, {rm}, {rn}, {rk}]
          : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op,
                                    !transform.any_op, !transform.any_op)
      transform.structured.vectorize %rt{tag} {{create_named_contraction}} : !transform.any_op""")


def _depthwise_sequence(tag: int, c: int, ow: int, macs: int, elem: str) -> str:
    """depthwise_conv_2d_nchw_chw: channel blocks in parallel (scf.forall), then
    tiles of one output row x `wr` columns x `cr` channels, one filter row each.
    No im2col. A tile is small and contiguous along the row, so the loops the plain
    path makes of it are vectorized by LLVM: 10x eager before, about 1.1x after
    (MLIR 22 has no 1-D decomposition of the NCHW depthwise op to vectorize it
    with)."""
    lanes = vector_bits() // (8 * _FLOAT_BYTES[elem])
    wr = _divisor_at_most(ow, 2 * lanes, lanes)
    cr = _divisor_at_most(c, 4)
    ct = c if macs < PARALLEL_MIN_MACS else _divisor_at_most(c, max(cr, c // 4), cr)
    # Loops of the op: (n, oh, ow, c, kh, kw).
    return _tagged_sequence(tag, f"""
      %t{tag}, %fa{tag} = transform.structured.tile_using_forall %op{tag}
          tile_sizes [1, 0, 0, {ct}] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
      %rt{tag}, %rl{tag}:4 = transform.structured.tile_using_for %t{tag}
          tile_sizes [0, 1, {wr}, {cr}, 1, 0]
          : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op,
                                    !transform.any_op, !transform.any_op)
""")


_DEFAULT_MAPS = {
    "linalg.matmul": "[affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> "
                     "(d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>]",
    "linalg.batch_matmul": "[affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, "
                           "d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> "
                           "(d0, d1, d2)>]",
}


def _classify(op) -> str | None:
    name = op.name
    if name in ("linalg.matmul", "linalg.batch_matmul"):
        # Only the plain (non-transposed) forms. (An op built in Python and read back
        # from bytecode has no indexing_maps: the default ones; the text parser adds them.)
        if ("indexing_maps" in op.attributes
                and str(op.attributes["indexing_maps"]) != _DEFAULT_MAPS[name]):
            return None
        return name.split(".")[1]
    if name == "linalg.conv_2d_nchw_fchw":
        return "conv"
    if name == "linalg.depthwise_conv_2d_nchw_chw":
        return "depthwise"
    return None


_IM2COL_SCRIPT = """
module attributes {{transform.with_named_sequence}} {{
  transform.named_sequence @__transform_main(%root: !transform.any_op {{transform.readonly}}) {{
    %convs = transform.structured.match attributes{{{tag} = 0 : i64}} in %root
        : (!transform.any_op) -> !transform.any_op
    transform.foreach %convs : !transform.any_op {{
    ^bb0(%c: !transform.any_op):
      transform.sequence %root : !transform.any_op failures(suppress) {{
      ^bb1(%r: !transform.any_op):
        // One image per iteration: the batch dim of the im2col contraction is then
        // a unit dim, folded away below. A sequential loop: the matmul inside gets
        // the parallel one (a parallel region nested in another runs on one thread).
        %t, %fa = transform.structured.tile_using_for %c tile_sizes [1]
            : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
        %i2c, %fin = transform.structured.convert_conv2d_to_img2col %t
            : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
      }}
    }}
    %funcs = transform.structured.match ops{{["func.func"]}} in %root
        : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %funcs {{
      transform.apply_patterns.linalg.fold_unit_extent_dims_via_reshapes
      transform.apply_patterns.canonicalization
    }} : !transform.any_op
    %generics = transform.structured.match ops{{["linalg.generic"]}} in %root
        : (!transform.any_op) -> !transform.any_op
    transform.foreach %generics : !transform.any_op {{
    ^bb0(%g: !transform.any_op):
      transform.sequence %root : !transform.any_op failures(suppress) {{
      ^bb1(%r: !transform.any_op):
        %s = transform.structured.specialize %g : (!transform.any_op) -> !transform.any_op
      }}
    }}
    transform.yield
  }}
}}"""


def _static_nonempty_float(op) -> bool:
    """Every operand of `op` has a static, non-empty shape and a float element type."""
    shapes = [_static_shape(v.type) for v in op.operands]
    return all(s is not None and 0 not in s for s in shapes) and all(
        str(v.type.element_type) in _FLOAT_BYTES for v in op.operands)


def _single_image_convs_to_matmuls(module: ir.Module) -> None:
    """conv_2d_nchw_fchw -> a loop over images of im2col + linalg.matmul (the unit
    batch dim folded away), so the matmul recipe applies to it."""
    convs = [op for op in all_ops(module)
             if op.name == "linalg.conv_2d_nchw_fchw" and _static_nonempty_float(op)]
    if not convs:
        return
    with module.context:
        i64 = ir.IntegerType.get_signless(64)
        for op in convs:
            op.attributes[TAG] = ir.IntegerAttr.get(i64, 0)
        script = ir.Module.parse(_IM2COL_SCRIPT.format(tag=TAG))
        interpreter.apply_named_sequence(module.operation, script.body.operations[0], script)
    _strip_tags(module)


def _sequence_for(tag: int, kind: str, shapes: list, elem: str) -> str:
    """The script of a `kind` op with operand `shapes`, tagged `tag`."""
    a, b = shapes[0], shapes[1]
    if kind == "depthwise":
        out = shapes[2]
        macs = out[1] * out[2] * out[3] * shapes[1][1] * shapes[1][2]
        return _depthwise_sequence(tag, out[1], out[3], macs, elem)
    if kind == "conv":
        out, w = shapes[2], shapes[1]
        return _conv_sequence(tag, out[1], out[2] * out[3], w[1] * w[2] * w[3], elem)
    if kind == "matmul":
        return _matmul_sequence(tag, a[0], b[1], a[1], elem)
    return _matmul_sequence(tag, a[1], b[2], a[2], elem, batch=a[0])


# Cost of one iteration of a non-contraction op: its body's ops, the ones below
# counting as several (they call libm or take tens of cycles).
_COSTLY_BODY_OPS = {"math.exp": 16, "math.exp2": 16, "math.expm1": 16, "math.log": 16,
                    "math.log1p": 16, "math.log2": 16, "math.tanh": 16, "math.erf": 16,
                    "math.powf": 32, "math.sin": 16, "math.cos": 16, "math.rsqrt": 4,
                    "math.sqrt": 4, "arith.divf": 4, "arith.remf": 8}

# A non-contraction op runs as one task below this much work (iterations x body
# cost; a unit is about 0.3 ns on one core here). Measured on a 2-core VM, one
# call of the compiled function (about 80 us of it is the call itself), one chunk
# -> two: max(x, 0) of 512 K floats (1.5 M) 154 -> 93 us, exp of 64 K (1.1 M)
# 344 -> 201 us, exp of 256 K (4.5 M) 851 -> 427 us; max(x, 0) of 256 K (0.75 M)
# 99 -> 103 us and exp of 32 K (0.6 M) 109 -> 113 us gain nothing.
PARALLEL_MIN_WORK = 1 << 20

def _loop_ranges(op) -> list[int] | None:
    """The static loop ranges of a linalg.generic or linalg.transpose, else None.
    None too for a generic whose operands are indexed by anything but loop dims and
    constants (a convolution's `d1 + d4`, a transposed convolution's `-d4 + 2`:
    MLIR 22's tiling aborts on a negative coefficient)."""
    if op.name == "linalg.transpose":
        return _static_shape(op.operands[1].type)
    ranges: dict[int, int] = {}
    maps = ir.ArrayAttr(op.attributes["indexing_maps"])
    for value, attr in zip(op.operands, maps):
        shape = _static_shape(value.type)
        amap = ir.AffineMapAttr(attr).value
        if shape is None:
            if isinstance(value.type, ir.ShapedType):
                return None
            continue
        for size, expr in zip(shape, amap.results):
            if isinstance(expr, ir.AffineDimExpr):
                ranges[expr.position] = size
            elif not isinstance(expr, ir.AffineConstantExpr):
                return None
    n = len(ir.ArrayAttr(op.attributes["iterator_types"]))
    if sorted(ranges) != list(range(n)):
        return None
    return [ranges[i] for i in range(n)]


def _parallel_dims(op) -> list[bool]:
    if op.name == "linalg.transpose":
        return [True] * len(_static_shape(op.operands[1].type))
    return ["parallel" in str(t) for t in ir.ArrayAttr(op.attributes["iterator_types"])]


def _body_cost(op) -> int:
    if op.name == "linalg.transpose":
        return 1
    cost = 0
    for block in op.regions[0].blocks:
        for inner in block.operations:
            cost += _COSTLY_BODY_OPS.get(inner.operation.name, 1)
    return max(cost, 1)


def _inside_parallel_loop(op) -> bool:
    """Whether `op` is nested in a parallel loop (where a parallel region runs on one
    thread: splitting it gains nothing)."""
    parent = op.parent
    while parent is not None:
        name = parent.operation.name  # (an op view's `name` may be an attribute)
        if name == "func.func":
            return False
        if name in ("scf.forall", "scf.parallel"):
            return True
        parent = parent.operation.parent
    return False


def _parallel_tiles(op, num_threads: int) -> list[int] | None:
    """Tile sizes that split a big linalg.generic/transpose into chunks along its
    outer parallel dims (0: not tiled), or None when it should stay one task."""
    if op.name not in ("linalg.generic", "linalg.transpose") or len(op.results) == 0:
        return None
    ranges = _loop_ranges(op)
    if not ranges or 0 in ranges:
        return None
    work = _body_cost(op)
    for r in ranges:
        work *= r
    if work < PARALLEL_MIN_WORK or _inside_parallel_loop(op):
        return None
    want = num_threads  # one chunk per thread: each further task is another wake-up
    tiles, chunks = [0] * len(ranges), 1
    for i, (size, parallel) in enumerate(zip(ranges, _parallel_dims(op))):
        if not parallel or size == 1:
            continue
        if chunks * size <= want:
            tiles[i], chunks = 1, chunks * size
            continue
        # The smallest tile (a divisor: no partial chunk) that gives at most the
        # chunks still wanted; a dim with no such divisor but itself is left whole.
        tile = next(t for t in range(1, size + 1)
                    if size % t == 0 and size // t <= max(want // chunks, 1))
        if tile < size:
            tiles[i], chunks = tile, chunks * (size // tile)
            break
    return tiles if chunks > 1 else None


def _forall_sequence(tag: int, tiles: list[int]) -> str:
    """A non-contraction op cut into parallel chunks (scf.forall); each chunk is
    lowered by the plain path (loops that LLVM vectorizes)."""
    sizes = ", ".join(str(t) for t in tiles)
    return _tagged_sequence(tag, f"""
      %t{tag}, %fa{tag} = transform.structured.tile_using_forall %op{tag}
          tile_sizes [{sizes}] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)""")


def apply_tensor_recipe(module: ir.Module, num_threads: int = 1) -> None:
    """Tiles/vectorizes the tagged ops of `module` (on tensors), in place. With more
    than one thread, big elementwise ops, reductions and transposes are also split
    into parallel chunks (after the contractions, whose scripts may fuse their
    producers)."""
    _single_image_convs_to_matmuls(module)
    script = _Script()
    tagged = [(op, kind) for op in all_ops(module) if (kind := _classify(op)) is not None]
    with module.context:
        i64 = ir.IntegerType.get_signless(64)
        for op, kind in tagged:
            shapes = [_static_shape(v.type) for v in op.operands]
            if any(s is None for s in shapes):
                continue
            if any(0 in s for s in shapes):
                # Nothing to compute (or, with K = 0, only the fill): tiling a
                # zero-size dim aborts in MLIR 22 (computeAllSliceParameters).
                continue
            elem = str(op.operands[0].type.element_type)
            if elem not in _FLOAT_BYTES or any(
                    str(v.type.element_type) != elem for v in op.operands):
                continue
            # Ops of the same kind, shapes and element type get the same script.
            key = (kind, elem, tuple(tuple(s) for s in shapes))
            tag = script.tag(key, _sequence_for, kind, shapes, elem)
            op.attributes[TAG] = ir.IntegerAttr.get(i64, tag)
        if num_threads > 1:
            for op in all_ops(module):
                if TAG in op.attributes or (tiles := _parallel_tiles(op, num_threads)) is None:
                    continue
                tag = script.tag(("forall", tuple(tiles)), _forall_sequence, tiles)
                op.attributes[TAG] = ir.IntegerAttr.get(i64, tag)
        transform_module = ir.Module.parse(script.text())
        entry = transform_module.body.operations[0]
        interpreter.apply_named_sequence(module.operation, entry, transform_module)
    _strip_tags(module)


def _strip_tags(module: ir.Module) -> None:
    for op in all_ops(module):
        if TAG in op.attributes:
            del op.attributes[TAG]


def apply_memref_recipe(module: ir.Module, num_threads: int = 1) -> None:
    """Post-bufferization: the loop nests of big functions outlined (`_outline`); with
    more than one thread, the parallel loops made calls that run them on OpenMP's
    threads (`_omp`; with one they become plain loops)."""
    from ._omp import parallel_loops_to_calls
    from ._outline import outline_loop_nests

    outline_loop_nests(module)
    if num_threads > 1:
        parallel_loops_to_calls(module)
