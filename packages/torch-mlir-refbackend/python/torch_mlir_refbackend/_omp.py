"""Parallel loops run on the OpenMP runtime torch already uses (libgomp's `GOMP_parallel`).

Why not MLIR's async runtime: on a 2-core machine one of its parallel loops cost
100-400 us (it wakes a sleeping worker, then the caller), so two threads made most
models slower than one. OpenMP's workers spin for a while after a parallel region
before they sleep (as eager torch's own ops rely on), and they are the threads
torch's ops already use, so the two do not compete for the cores.

Two steps:
- `parallel_loops_to_calls` (on memrefs): every outermost `scf.forall` becomes a
  private function `__rb_chunk_N(captured values..., %begin, %end)` running the loop's
  iterations `begin <= k < end` (linearized, last dim fastest), called in the loop's
  place through `__rb_par___rb_chunk_N(%count, captured values...)`, a declaration.
  Chunk functions of the same code share one copy.
- `define_dispatchers` (on the LLVM dialect, where each captured memref is its
  descriptor's scalar fields): each `__rb_par_*` gets a body that packs its arguments
  into a stack struct and calls `GOMP_parallel` with a function that unpacks them and
  runs thread `t` of `n`'s share `[count*t/n, count*(t+1)/n)` of the iterations.
  Nested parallel regions (a compiled function called from an OpenMP thread) run
  with one thread, which runs every iteration.

OpenMP's thread pool does not survive `fork()` (torch's own ops hang in the child of
a process that used it): each module has a flag that makes its loops run on the
calling thread, set in every module in a forked child (`os.register_at_fork`).
Modules with parallel loops are therefore never unloaded.
"""

from __future__ import annotations

import ctypes
import functools
import os

from mlir import ir
from mlir.dialects import arith, func, scf

from ._outline import _keep_one_copy, _outline
from ._walk import ops_named

__all__ = ["parallel_loops_to_calls", "define_dispatchers", "available", "track",
           "SERIAL_FLAG_ADDRESS"]

DISPATCH_PREFIX = "__rb_par_"
CHUNK_PREFIX = "__rb_chunk_"
# A module's flag: nonzero runs its parallel loops on the calling thread only.
SERIAL_FLAG = "__rb_serial"
# A public function of the module returning the flag's address.
SERIAL_FLAG_ADDRESS = "__rb_serial_flag_address"

_flags: list[int] = []
_forked = False


@functools.lru_cache(maxsize=None)
def available() -> bool:
    """Whether this process has the OpenMP entry points the parallel loops call (torch's
    OpenMP runtime, loaded with torch, global)."""
    import torch  # noqa: F401 - loads its OpenMP runtime

    process = ctypes.CDLL(None)
    return all(hasattr(process, name) for name in
               ("GOMP_parallel", "omp_get_thread_num", "omp_get_num_threads"))


def _set_serial(flag_address: int) -> None:
    ctypes.c_int32.from_address(flag_address).value = 1


def track(flag_address: int) -> None:
    """Records a loaded module's serial flag (the module must never be unloaded)."""
    _flags.append(flag_address)
    if _forked:
        _set_serial(flag_address)


def _serial_after_fork() -> None:
    global _forked
    _forked = True
    for address in _flags:
        _set_serial(address)


os.register_at_fork(after_in_child=_serial_after_fork)


def _outermost_foralls(module: ir.Module) -> list[ir.Operation]:
    found = []

    def visit(op):
        op = op.operation
        if op.name == "scf.forall":
            found.append(op)
            return ir.WalkResult.SKIP
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit, ir.WalkOrder.PRE_ORDER)
    return [op for op in found if len(op.results) == 0]


def _bounds(loop: ir.Operation) -> list[list]:
    """[lower bound, upper bound, step] of each dim: an int if static, else a value."""
    attrs = loop.attributes
    static = [list(ir.DenseI64ArrayAttr(attrs[k])) for k in
              ("staticLowerBound", "staticUpperBound", "staticStep")]
    sizes = list(ir.DenseI32ArrayAttr(attrs["operandSegmentSizes"]))
    operands = list(loop.operands)
    dynamic, start = [], 0
    for n in sizes[:3]:
        dynamic.append(iter(operands[start:start + n]))
        start += n
    return [[next(dynamic[w]) if ir.ShapedType.is_dynamic_size(static[w][d]) else static[w][d]
             for w in range(3)] for d in range(len(static[0]))]


def _index(v) -> ir.Value:
    return arith.constant(ir.IndexType.get(), v) if isinstance(v, int) else v


def _loop_as_for(loop: ir.Operation) -> tuple[ir.Operation, ir.Value]:
    """Replaces the bufferized scf.forall `loop` by one scf.for over its linearized
    iterations; returns (the scf.for, the iteration count). Static counts are
    constants (cloned into the chunk function, not passed to it)."""
    with ir.InsertionPoint(loop):
        bounds = _bounds(loop)
        counts = []
        for lb, ub, step in bounds:
            if all(isinstance(v, int) for v in (lb, ub, step)):
                counts.append(max(0, -(-(ub - lb) // step)))
            else:
                counts.append(arith.ceildivsi(arith.subi(_index(ub), _index(lb)),
                                              _index(step)))
        total = _index(counts[0])
        for c in counts[1:]:
            total = _index(total * c) if isinstance(total, int) and isinstance(c, int) \
                else arith.muli(_index(total), _index(c))
        loop_for = scf.ForOp(_index(0), total, _index(1))
    body = loop.regions[0].blocks[0]
    with ir.InsertionPoint(loop_for.body):
        k = loop_for.induction_variable
        ivs = []
        for d in reversed(range(len(bounds))):
            lb, _, step = bounds[d]
            k_d = arith.remui(k, _index(counts[d])) if d > 0 else k
            if d > 0:
                k = arith.divui(k, _index(counts[d]))
            ivs.append(arith.addi(_index(lb), arith.muli(k_d, _index(step))))
        ivs.reverse()
        yield_op = scf.YieldOp([])
    for arg, iv in zip(body.arguments, ivs):
        arg.replace_all_uses_with(iv)
    for op in [op.operation for op in body.operations][:-1]:  # (not the terminator)
        op.move_before(yield_op)
    loop.erase()
    return loop_for.operation, total


def parallel_loops_to_calls(module: ir.Module) -> int:
    """See the module docstring; returns how many loops it replaced."""
    loops = _outermost_foralls(module)
    seen: dict[str, ir.Operation] = {}  # chunk function code -> the one kept
    dispatchers: set[str] = set()
    with module.context, ir.Location.unknown():
        index = ir.IndexType.get()
        for n, loop in enumerate(loops):
            loop_for, total = _loop_as_for(loop)
            name = f"{CHUNK_PREFIX}{n}"
            fn, call = _outline(module, [loop_for], name)
            entry = fn.regions[0].blocks[0]
            begin = entry.add_argument(index, ir.Location.unknown())
            end = entry.add_argument(index, ir.Location.unknown())
            loop_for.operands[0] = begin
            loop_for.operands[1] = end
            arg_types = [a.type for a in entry.arguments]
            fn.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(arg_types, []))
            _keep_one_copy(fn, call, name, seen)
            callee = ir.FlatSymbolRefAttr(call.attributes["callee"]).value
            dispatcher = DISPATCH_PREFIX + callee
            args = [total] + list(call.operands)
            if dispatcher not in dispatchers:
                decl = func.FuncOp(dispatcher, ([a.type for a in args], []),
                                   ip=ir.InsertionPoint(module.body))
                decl.attributes["sym_visibility"] = ir.StringAttr.get("private")
                dispatchers.add(dispatcher)
            with ir.InsertionPoint(call):
                func.CallOp([], ir.FlatSymbolRefAttr.get(dispatcher), args)
            call.erase()
    return len(loops)


def _dispatcher_text(name: str, chunk: str, types: list[str], num_threads: int) -> str:
    struct = f"!llvm.struct<({', '.join(types)})>"
    params = ", ".join(f"%a{i}: {t}" for i, t in enumerate(types))
    pack = [f"%s0 = llvm.mlir.undef : {struct}"]
    for i in range(len(types)):
        pack.append(f"%s{i + 1} = llvm.insertvalue %a{i}, %s{i}[{i}] : {struct}")
    unpack = [f"%a{i} = llvm.extractvalue %s[{i}] : {struct}" for i in range(len(types))]
    chunk_args = ", ".join([f"%a{i}" for i in range(1, len(types))] + ["%lo", "%hi"])
    chunk_types = ", ".join(types[1:] + ["i64", "i64"])
    serial_args = ", ".join([f"%a{i}" for i in range(1, len(types))] + ["%first", "%a0"])
    nl = "\n    "
    return f"""
  llvm.func @{chunk}({chunk_types})
  llvm.func internal @{name}__task(%ctx: !llvm.ptr) {{
    %s = llvm.load %ctx : !llvm.ptr -> {struct}
    {nl.join(unpack)}
    %tid = llvm.call @omp_get_thread_num() : () -> i32
    %nth = llvm.call @omp_get_num_threads() : () -> i32
    %t = llvm.sext %tid : i32 to i64
    %n = llvm.sext %nth : i32 to i64
    %one = llvm.mlir.constant(1 : i64) : i64
    %t1 = llvm.add %t, %one : i64
    %lo0 = llvm.mul %a0, %t : i64
    %lo = llvm.sdiv %lo0, %n : i64
    %hi0 = llvm.mul %a0, %t1 : i64
    %hi = llvm.sdiv %hi0, %n : i64
    llvm.call @{chunk}({chunk_args}) : ({chunk_types}) -> ()
    llvm.return
  }}
  llvm.func internal @{name}({params}) {{
    %flag_at = llvm.mlir.addressof @{SERIAL_FLAG} : !llvm.ptr
    %flag = llvm.load %flag_at : !llvm.ptr -> i32
    %zero = llvm.mlir.constant(0 : i32) : i32
    %serial = llvm.icmp "ne" %flag, %zero : i32
    llvm.cond_br %serial, ^serial, ^parallel
  ^serial:
    %first = llvm.mlir.constant(0 : i64) : i64
    llvm.call @{chunk}({serial_args}) : ({chunk_types}) -> ()
    llvm.return
  ^parallel:
    {nl.join(pack)}
    %one = llvm.mlir.constant(1 : i64) : i64
    %ctx = llvm.alloca %one x {struct} : (i64) -> !llvm.ptr
    llvm.store %s{len(types)}, %ctx : {struct}, !llvm.ptr
    %fn = llvm.mlir.addressof @{name}__task : !llvm.ptr
    %nth = llvm.mlir.constant({num_threads} : i32) : i32
    %flags = llvm.mlir.constant(0 : i32) : i32
    llvm.call @GOMP_parallel(%fn, %ctx, %nth, %flags) : (!llvm.ptr, !llvm.ptr, i32, i32) -> ()
    llvm.return
  }}"""


_RUNTIME_DECLS = f"""
  llvm.func @GOMP_parallel(!llvm.ptr, !llvm.ptr, i32, i32)
  llvm.func @omp_get_thread_num() -> i32
  llvm.func @omp_get_num_threads() -> i32
  llvm.mlir.global internal @{SERIAL_FLAG}(0 : i32) : i32
  llvm.func @{SERIAL_FLAG_ADDRESS}() -> !llvm.ptr {{
    %a = llvm.mlir.addressof @{SERIAL_FLAG} : !llvm.ptr
    llvm.return %a : !llvm.ptr
  }}"""


def define_dispatchers(module: ir.Module, num_threads: int) -> int:
    """Gives each `__rb_par_*` declaration of the lowered (LLVM dialect) `module` its
    body; returns how many."""
    decls = {ir.StringAttr(op.attributes["sym_name"]).value: op
             for op in module.body.operations if op.operation.name == "llvm.func"
             and ir.StringAttr(op.attributes["sym_name"]).value.startswith(DISPATCH_PREFIX)
             and not op.regions[0].blocks}
    if not decls:
        return 0
    # The argument types, as text, from a call (a declaration's printed function type
    # abbreviates them).
    types: dict[str, list[str]] = {}
    for call in ops_named(module, "llvm.call"):
        if "callee" in call.attributes:
            callee = ir.FlatSymbolRefAttr(call.attributes["callee"]).value
            if callee in decls:
                types.setdefault(callee, [str(v.type) for v in call.operands])
    parts = [_RUNTIME_DECLS]
    for name, decl in decls.items():
        parts.append(_dispatcher_text(name, name[len(DISPATCH_PREFIX):], types[name],
                                      num_threads))
        decl.operation.erase()
    # (Parsed with a declaration of each chunk function, which the module defines.)
    extra = ir.Module.parse("module {" + "".join(parts) + "\n}", module.context)
    for op in list(extra.body.operations):
        if not ir.StringAttr(op.attributes["sym_name"]).value.startswith(CHUNK_PREFIX):
            module.body.append(op.operation.detach_from_parent())
    return len(decls)
