"""linalg-on-tensors -> LLVM: preparation, the fast (transform dialect) recipe, the
plain fallback, and the common lowering to the LLVM dialect."""

from __future__ import annotations

import os
import re

from mlir import ir, passmanager

from . import _codegen, _fastmath, _omp, _outline
from ._resources import RESOURCE_ATTR_RE, Resources, constant_globals_as_bytes, module_head
from ._types import CompileError
from ._walk import all_ops, ops_named

__all__ = ["make_context", "parse_input", "prepare", "lower_to_llvm", "ASSERT_CALLBACK",
           "ASSERT_HOOK_ADDRESS"]

# The function a failed cf.assert calls: it calls the host function whose address is in
# the module's global hook (null: none), so the compiled code has no undefined symbol of
# ours and runs the same from the JIT and from a cached shared library.
ASSERT_CALLBACK = "__torch_mlir_refbackend_assert_failed"
# A public function returning the address of that hook (for the host to fill in).
ASSERT_HOOK_ADDRESS = "__torch_mlir_refbackend_assert_hook_address"

_ASSERT_HOOK_IR = f"""
llvm.mlir.global internal @__torch_mlir_refbackend_assert_hook() : !llvm.ptr {{
  %0 = llvm.mlir.zero : !llvm.ptr
  llvm.return %0 : !llvm.ptr
}}
func.func private @{ASSERT_CALLBACK}(%i: i64) {{
  %a = llvm.mlir.addressof @__torch_mlir_refbackend_assert_hook : !llvm.ptr
  %f = llvm.load %a : !llvm.ptr -> !llvm.ptr
  %null = llvm.mlir.zero : !llvm.ptr
  %set = llvm.icmp "ne" %f, %null : !llvm.ptr
  scf.if %set {{
    llvm.call %f(%i) : !llvm.ptr, (i64) -> ()
  }}
  return
}}
func.func @{ASSERT_HOOK_ADDRESS}() -> !llvm.ptr {{
  %a = llvm.mlir.addressof @__torch_mlir_refbackend_assert_hook : !llvm.ptr
  return %a : !llvm.ptr
}}
"""

_TORCH_RE = re.compile(r"(!torch\.|\btorch\.(aten|prim|prims|constant|vtensor|operator|"
                       r"derefine|overwrite|copy|tensor_static_info_cast|runtime|bind)\b)")


def make_context() -> ir.Context:
    """A fresh context; with the Torch dialect when torch-mlir-core is installed."""
    try:
        from torch_mlir_core.ir import Context
    except ImportError:  # pragma: no cover - core is a dependency
        return ir.Context()
    return Context()


def _is_torch_module(module: ir.Module) -> bool:
    found = False

    def visit(op):
        nonlocal found
        op = op.operation if hasattr(op, "operation") else op
        if op.name.startswith("torch."):
            found = True
            return ir.WalkResult.INTERRUPT
        for r in op.results:
            if str(r.type).startswith("!torch."):
                found = True
                return ir.WalkResult.INTERRUPT
        for reg in op.regions:
            for b in reg.blocks:
                for a in b.arguments:
                    if str(a.type).startswith("!torch."):
                        found = True
                        return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


def check_resources(text: str) -> None:
    """Every `dense_resource<key>` the module uses must have its data in the
    module's `dialect_resources`; else a CompileError naming the key and line
    (MLIR itself only fails later, in the JIT, with "resource does not exist")."""
    if "dense_resource<" not in text:
        return
    resources = Resources(text)
    start = resources.section_start
    defined = resources.keys()
    missing = {}
    for m in RESOURCE_ATTR_RE.finditer(text, 0, start if start >= 0 else len(text)):
        if m.group(1) not in defined and m.group(1) not in missing:
            missing[m.group(1)] = text.count("\n", 0, m.start()) + 1
    if missing:
        _no_blob_error([f"dense_resource<{k}> (line {line})" for k, line in missing.items()])


def _no_blob_error(missing: list[str]) -> None:
    """Raises the CompileError of dense resources (described in `missing`) without data."""
    raise CompileError(
        f"the module uses {', '.join(missing)} but carries no data for "
        f"{'it' if len(missing) == 1 else 'them'}: a dense resource attribute was created "
        f"without its blob (e.g. re-parsed from text in a context that already held the "
        f"key, which MLIR renames to an empty '<key>_1')")


def parse_input(source: str | bytes, ctx: ir.Context) -> ir.Module:
    """Parses `source` (MLIR text or bytecode) in `ctx`; a Torch-dialect module is lowered
    to linalg-on-tensors."""
    try:
        module = ir.Module.parse(source, ctx)
    except ir.MLIRError as e:
        raise CompileError(f"cannot parse the module: {e}") from None
    # (For text, not in the dialect_resources section: scanning megabytes of weight
    # blobs with this regex took ~0.4 s per compile.)
    if (not isinstance(source, str) or may_be_torch(source)) and _is_torch_module(module):
        from torch_mlir_core.pipelines import lower

        lower(module, "linalg-on-tensors")  # raises LoweringError
    check_tensor_arith(module)
    return module


# Ops whose attributes hold a module's weights.
_WEIGHT_OPS = ("arith.constant", "ml_program.global", "memref.global", "torch.vtensor.literal")


def check_blobs(module: ir.Module) -> None:
    """Every dense_resource weight of the parsed `module` must have its blob; else a
    CompileError naming the key and the op's location (a lowering that re-parsed
    `dense_resource<key>` in a context already holding `key` made an empty `key_1`)."""
    from ._resources import resource_key

    missing = []
    for op in all_ops(module):
        if op.name not in _WEIGHT_OPS:
            continue
        for name in ("value", "initial_value"):
            if name not in op.attributes:
                continue
            try:
                attr = op.attributes[name].maybe_downcast()
            except TypeError:  # (the bindings cannot read an inline complex constant)
                continue
            # (The bindings do not downcast to DenseResourceElementsAttr; an inline dense
            # attribute is not printed: it may be megabytes.)
            if isinstance(attr, ir.DenseElementsAttr) or not str(attr).startswith(
                    "dense_resource<"):
                continue
            if _resources_blob_missing(attr):
                missing.append(f"dense_resource<{resource_key(attr)}> ({op.location})")
    if missing:
        _no_blob_error(missing)


def _resources_blob_missing(attr) -> bool:
    from ._resources import resource_data

    data = resource_data(attr)
    if data is not None and data.size:
        return False
    # (None: no blob; empty: a key that bytecode carried over without data.)
    t = ir.ShapedType(attr.type)
    return t.has_static_shape and all(d > 0 for d in t.shape)


def may_be_torch(text: str) -> bool:
    """Whether `text` may be a Torch-dialect module (a cheap search outside its blobs)."""
    return _TORCH_RE.search(module_head(text)) is not None


def check_tensor_arith(module: ir.Module) -> None:
    """arith/math ops on tensor values (other than constants) are outside the
    linalg-on-tensors contract: bufferization has no rule for them, and
    without this check such a module compiled to code that returned garbage.
    A CompileError names each at its location (use linalg.map/generic)."""
    bad = []
    for op in all_ops(module):
        if op.name.partition(".")[0] not in ("arith", "math") or op.name == "arith.constant":
            continue
        values = list(op.operands) + list(op.results)
        if any(isinstance(v.type, (ir.RankedTensorType, ir.UnrankedTensorType))
               for v in values):
            bad.append(f"{op.location}: '{op.name}' on tensors")
    if bad:
        raise CompileError(
            "elementwise arith/math ops on tensors are not linalg-on-tensors (write them as "
            "linalg.map or linalg.generic over scalars):\n  " + "\n  ".join(bad))


def _insert_assert_callbacks(module: ir.Module, messages: list[str]) -> None:
    """Replaces every cf.assert by a call to a host callback (so a failed check
    becomes a Python exception after the call instead of aborting the process)."""
    asserts = ops_named(module, "cf.assert")
    if not asserts:
        return
    from mlir.dialects import arith, func, scf

    i64 = ir.IntegerType.get_signless(64)
    hook = ir.Module.parse(_ASSERT_HOOK_IR, module.context)
    first = module.body.operations[0] if len(module.body.operations) else None
    for op in list(hook.body.operations):
        op = op.operation
        op.detach_from_parent()
        if first is not None:
            ir.InsertionPoint(first).insert(op)
        else:
            ir.InsertionPoint(module.body).insert(op)
    for op in asserts:
        msg = op.attributes["msg"].value if "msg" in op.attributes else ""
        messages.append(msg or "assertion failed")
        with ir.InsertionPoint(op), op.location:
            cond = op.operands[0]
            true = arith.ConstantOp(ir.IntegerType.get_signless(1), 1)
            failed = arith.XOrIOp(cond, true)
            if_op = scf.IfOp(failed)
            with ir.InsertionPoint(if_op.then_block):
                idx = arith.ConstantOp(i64, len(messages) - 1)
                func.CallOp([], ir.FlatSymbolRefAttr.get(ASSERT_CALLBACK), [idx])
                scf.YieldOp([])
        op.erase()


def prepare(module: ir.Module, public_names: list[str], messages: list[str]) -> None:
    """Calling-convention attributes, assert callbacks; in place."""
    with module.context, ir.Location.unknown():
        _prepare(module, public_names, messages)


def drop_empty_concat_operands(module: ir.Module) -> None:
    """tensor.concat without the operands that are statically empty along the
    concatenated dim (a concat of only empty operands: tensor.empty).

    Bufferized as is, each operand becomes a copy into a memref.subview at its
    offset; MLIR 22's subview verifier rejects a zero-size subview at offset ==
    dim size ("offset 0 is out-of-bounds: 0 >= 0"), so `cat` of (0, 3) tensors
    would not compile. Dropping them changes nothing: they hold no elements."""
    concats = ops_named(module, "tensor.concat")
    if not concats:
        return
    from mlir.dialects import tensor

    for op in concats:
        dim = ir.IntegerAttr(op.attributes["dim"]).value
        keep = [v for v in op.operands
                if not (isinstance(v.type, ir.RankedTensorType) and v.type.shape[dim] == 0)]
        if len(keep) == len(op.operands):
            continue
        result = op.results[0]
        rtype = ir.RankedTensorType(result.type)
        with ir.InsertionPoint(op), op.location:
            if not keep:
                # Every operand is empty: so is the result. Its other dynamic dims
                # are the first operand's.
                sizes = [tensor.DimOp(op.operands[0], _index_constant(i)).result
                         if ir.ShapedType.is_dynamic_size(d) else d
                         for i, d in enumerate(rtype.shape)]
                new = tensor.EmptyOp(sizes, rtype.element_type).result
            elif len(keep) == 1:
                new = keep[0]
            else:
                new = tensor.ConcatOp(rtype, dim, keep).result
            if new.type != rtype:
                new = tensor.CastOp(rtype, new).result
        result.replace_all_uses_with(new)
        op.erase()


def _index_constant(i: int) -> ir.Value:
    from mlir.dialects import arith

    return arith.ConstantOp(ir.IndexType.get(), i).result


def copy_global_values(module: ir.Module) -> None:
    """A fresh copy (bufferization.alloc_tensor ... copy) of every value an
    ml_program.global_load gives and every value an ml_program.global_store
    takes.

    MLIR 22's bufferization of the two ops is wrong when the values have
    other uses: a loaded tensor aliases the global's buffer (read after a
    store, it shows the stored value), and a stored tensor that is also
    returned is stored from an uninitialized buffer. With the copies each
    value has one use by the op and one owner, and bufferizes in place."""
    from mlir.dialects import bufferization

    for op in ops_named(module, "ml_program.global_load"):
        loaded = op.results[0]
        with ir.InsertionPoint.after(op), op.location:
            copy = bufferization.AllocTensorOp(loaded.type, [], copy=loaded).result
        loaded.replace_all_uses_except(copy, copy.owner.operation)
    for op in ops_named(module, "ml_program.global_store"):
        with ir.InsertionPoint(op), op.location:
            value = op.operands[0]
            op.operands[0] = bufferization.AllocTensorOp(value.type, [], copy=value).result


def _prepare(module: ir.Module, public_names: list[str], messages: list[str]) -> None:
    drop_empty_concat_operands(module)
    copy_global_values(module)
    _insert_assert_callbacks(module, messages)
    for op in module.body.operations:
        if op.operation.name != "func.func":
            continue
        attrs = op.operation.attributes
        name = attrs["sym_name"].value
        if name not in public_names:
            continue
        attrs["llvm.emit_c_interface"] = ir.UnitAttr.get()
        # Arguments belong to the caller: never bufferize writes into them in place.
        nargs = len(op.regions[0].blocks[0].arguments)
        false = ir.BoolAttr.get(False)
        arg_attrs = []
        old = attrs["arg_attrs"] if "arg_attrs" in attrs else None
        for i in range(nargs):
            entries = {}
            if old is not None:
                d = old[i]
                for j in range(len(d)):
                    na = d[j]
                    entries[na.name] = na.attr
            entries["bufferization.writable"] = false
            arg_attrs.append(ir.DictAttr.get(entries))
        attrs["arg_attrs"] = ir.ArrayAttr.get(arg_attrs)
        # torch.* attributes are metadata for us; keep the IR clean for lowering.
        for key in ("torch.arg_dtypes", "torch.result_dtypes"):
            if key in attrs:
                del attrs[key]


def legalize_i1_memory(module: ir.Module) -> None:
    """memref.load/store of i1 elements -> byte loads/stores through llvm.ptr.

    MLIR 22's memref-to-llvm asserts on sub-byte element types; an i1 element of a
    memref (a torch bool) occupies one byte, so access it as i8 at its address."""
    accesses = [op for op in all_ops(module) if _is_i1_memref_access(op)]
    if not accesses:
        return
    from mlir.dialects import arith, llvm, memref

    with module.context:

        i8 = ir.IntegerType.get_signless(8)
        i64 = ir.IntegerType.get_signless(64)
        ptr = ir.Type.parse("!llvm.ptr")
        for op in accesses:
            is_load = op.name == "memref.load"
            mem = op.operands[0 if is_load else 1]
            indices = list(op.operands[1:] if is_load else op.operands[2:])
            rank = len(indices)
            with ir.InsertionPoint(op), op.location:
                meta = memref.ExtractStridedMetadataOp(mem).results
                offset = meta[1]
                strides = meta[2 + rank:2 + 2 * rank]
                addr = memref.ExtractAlignedPointerAsIndexOp(mem).result
                lin = offset
                for idx, st in zip(indices, strides):
                    lin = arith.AddIOp(lin, arith.MulIOp(idx, st).result).result
                addr = arith.AddIOp(addr, lin).result
                p = llvm.IntToPtrOp(ptr, arith.IndexCastOp(i64, addr).result).result
                if is_load:
                    byte = llvm.LoadOp(i8, p).result
                    bit = arith.TruncIOp(ir.IntegerType.get_signless(1), byte).result
                    op.results[0].replace_all_uses_with(bit)
                else:
                    byte = arith.ExtUIOp(i8, op.operands[0]).result
                    llvm.StoreOp(byte, p)
            op.erase()



def _is_i1_memref_access(op) -> bool:
    if op.name not in ("memref.load", "memref.store"):
        return False
    mem = op.operands[0 if op.name == "memref.load" else 1]
    return str(mem.type.element_type) == "i1"


def strided_copies_to_linalg(module: ir.Module) -> None:
    """memref.copy between non-contiguous memrefs -> linalg.copy (later plain loops).

    Lowered as is, such a copy calls the runtime's memrefCopy with descriptors on
    the stack, allocated anew in every iteration of an enclosing loop (stack overflow
    for big loops); contiguous copies stay memref.copy (an llvm.memcpy)."""
    copies = [op for op in ops_named(module, "memref.copy")
              if not (_identity_layout(op.operands[0].type)
                      and _identity_layout(op.operands[1].type))]
    if not copies:
        return
    from mlir.dialects import linalg

    with module.context:
        for op in copies:
            with ir.InsertionPoint(op), op.location:
                linalg.copy(op.operands[0], outs=[op.operands[1]])
            op.erase()


def _identity_layout(t) -> bool:
    if not isinstance(t, ir.MemRefType):
        return False
    with t.context, ir.Location.unknown():
        return t == ir.MemRefType.get(list(t.shape), t.element_type,
                                      memory_space=t.memory_space)


def _run(module: ir.Module, pipeline: str) -> None:
    pm = passmanager.PassManager.parse(pipeline, module.context)
    pm.run(module.operation)


_BUFFERIZE = (
    "one-shot-bufferize{bufferize-function-boundaries allow-return-allocs-from-loops "
    "function-boundary-type-conversion=identity-layout-map},"
    "canonicalize,cse,"
    "buffer-deallocation-pipeline,"
    "convert-bufferization-to-memref"
)

_TO_LOOPS = (
    "func.func(convert-linalg-to-loops),"
    "func.func(convert-vector-to-scf{full-unroll=true}),"
    "lower-affine"
)

_TO_LLVM = (
    "expand-strided-metadata,lower-affine,"
    "convert-scf-to-cf,"
    # complex arithmetic as arith/math on the parts (complex.create/re/im are
    # left for convert-to-llvm)
    "func.func(convert-complex-to-standard),"
    "func.func(math-extend-to-supported-types{target-type=f32}),"
    "func.func(arith-emulate-unsupported-floats{source-types=bf16,f16 target-type=f32}),"
    "convert-math-to-funcs,"
    "func.func(arith-expand{include-bf16=true}),"
    "convert-math-to-llvm,convert-math-to-libm,"
    "convert-vector-to-llvm{enable-x86vector=true},"
    "finalize-memref-to-llvm,"
    "convert-to-llvm,"
    "convert-ub-to-llvm,"
    "reconcile-unrealized-casts"
)


_PLAIN_LOOPS = f"func.func(scf-forall-to-for),{_TO_LOOPS}"


def plain_pipeline_text() -> str:
    """The plain recipe of `lower_to_llvm` as one textual pipeline, its Python steps named
    as the passes `torch_mlir_refbackend.pipelines` registers."""
    return (f"builtin.module(canonicalize,{_BUFFERIZE},refbackend-strided-copies-to-linalg,"
            f"{_PLAIN_LOOPS},refbackend-legalize-i1-memory,{_TO_LLVM})")


def lower_to_llvm(source, ctx: ir.Context | None, num_threads: int, fast: bool,
                  rewrite=None) -> ir.Module:
    """Lowers prepared linalg-on-tensors to the LLVM dialect, with the fast recipe or the
    plain (loops) path. `source` is MLIR text (parsed in `ctx`) or an `ir.Module`
    (lowered in place, and returned). `rewrite(module)`, if given, changes the module
    first."""
    module = ir.Module.parse(source, ctx) if isinstance(source, str) else source
    if rewrite is not None:
        rewrite(module)
    if fast:
        # (No linalg-fuse-elementwise-ops: its reshape propagation turns named
        # contractions into high-rank generics the recipe cannot tile well.)
        _run(module, "builtin.module(canonicalize,cse)")
        _outline.outline_parts(module)
        _codegen.apply_tensor_recipe(module, num_threads)
        _run(module, f"builtin.module({_BUFFERIZE})")
        strided_copies_to_linalg(module)
        _codegen.apply_memref_recipe(module, num_threads)
        _run(module, f"builtin.module(func.func(scf-forall-to-for),canonicalize,cse,{_TO_LOOPS})")
        _fastmath.expand(module)
    else:
        _run(module, f"builtin.module(canonicalize,{_BUFFERIZE})")
        strided_copies_to_linalg(module)
        _run(module, f"builtin.module({_PLAIN_LOOPS})")
    constant_globals_as_bytes(module)
    legalize_i1_memory(module)
    _run(module, f"builtin.module({_TO_LLVM})")
    if fast and num_threads > 1:
        _omp.define_dispatchers(module, num_threads)
    return module


def debug_enabled() -> bool:
    return bool(os.environ.get("TORCH_MLIR_REFBACKEND_DEBUG"))
