"""The IREE backend: compile MLIR with IREE's compiler for the host CPU
(`llvm-cpu`) and run it with IREE's runtime (`local-task` driver).

    from torch_mlir_e2e.backends import iree as iree_backend
    compiled = iree_backend.compile(module_or_text, input_type="auto", num_threads=2)
    out = compiled.main(x, y)

`module_or_text` is an `ir.Module` (any MLIR Python bindings) or MLIR text:
linalg-on-tensors (input_type "none" or "auto"), TOSA ("tosa") or StableHLO
("stablehlo"). A call checks its arguments against the function's signature
(count, dtype, rank, static sizes) before any native code runs and returns a
torch tensor, a Python scalar, or a tuple of them for several results, as
`torch_mlir_refbackend.compile(...).main` does. Tensors go in without a copy
(DLPack) when they are contiguous CPU tensors whose data is 64-byte aligned
(torch allocates so); others are copied first.
A result tagged `torch.updates_argument = i` (a program that mutates its
argument i) is copied into the caller's tensor i and not returned, as the
refbackend does. Results come out without a copy, except a result that shares memory with an
argument, which is cloned. Code is linked as IREE's embedded (libc-free)
executables; a module whose code calls libm (f64 sin/tanh/atan2, log10f, ...)
is linked as a system shared library instead, which needs the host's linker.

Needs `iree-base-compiler` and `iree-base-runtime` (`pip install
"torch-mlir-e2e[iree]"`); without them `compile` raises `IreeUnavailableError`
and `available()` says why. Signatures are read with the MLIR Python bindings
torch-mlir uses (`mlir`, installed with torch-mlir-core); IREE's compiler runs
as a subprocess (`iree-compile` of the iree-base-compiler wheel).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import threading
from dataclasses import dataclass, field

import numpy as np
import torch
from torch_mlir_refbackend.function_table import FunctionTable

__all__ = ["compile", "available", "CompiledModule", "IreeCompileError", "IreeRuntimeError",
           "IreeUnavailableError", "INPUT_TYPES", "THREADS_ENV"]

INPUT_TYPES = ("auto", "none", "tosa", "stablehlo")
THREADS_ENV = "TORCH_MLIR_IREE_THREADS"

# Always passed to iree-compile: code for this CPU, and keep f64 (IREE demotes it by default).
_COMPILE_FLAGS = ("--iree-llvmcpu-target-cpu=host", "--iree-input-demote-f64-to-f32=false")
_MAX_LINE = 300
# The fallback for code calling libm: link a system shared library (needs the
# host's linker) that the runtime loads with dlopen.
_SYSTEM_LINK_FLAGS = ("--iree-llvmcpu-link-embedded=false",)


class IreeUnavailableError(ImportError):
    """iree-base-compiler / iree-base-runtime are not installed (or do not import)."""


class IreeCompileError(RuntimeError):
    """IREE could not compile the module; the message has IREE's diagnostics."""


class IreeRuntimeError(RuntimeError):
    """IREE's runtime failed while running a function."""


def _iree_compile_binary() -> str:
    """The `iree-compile` executable of the iree-base-compiler wheel.

    The `iree.compiler` Python package is never imported: its MLIR Python
    bindings and the ones torch-mlir uses (`mlir`) each ship a
    `libnanobind-mlir.so` of another nanobind, and a process can load only one
    of them. The compiler runs as a subprocess instead."""
    try:
        spec = importlib.util.find_spec("iree.compiler")
    except Exception as e:  # noqa: BLE001
        spec, why = None, f"{type(e).__name__}: {e}"
    else:
        why = "the iree.compiler package is not installed"
    if spec is not None and spec.submodule_search_locations:
        for root in spec.submodule_search_locations:
            path = os.path.join(root, "_mlir_libs", "iree-compile")
            if os.access(path, os.X_OK):
                return path
        why = "iree.compiler has no _mlir_libs/iree-compile executable"
    raise IreeUnavailableError(f"the IREE backend needs iree-base-compiler and "
                               f"iree-base-runtime (pip install \"torch-mlir-e2e[iree]\"): {why}")


def _runtime():
    try:
        import iree.runtime as runtime
    except Exception as e:  # noqa: BLE001 - any import failure means unavailable
        raise IreeUnavailableError(
            f"the IREE backend needs iree-base-compiler and iree-base-runtime "
            f"(pip install \"torch-mlir-e2e[iree]\"): importing iree.runtime failed: "
            f"{type(e).__name__}: {e}") from None
    return runtime


def available() -> tuple[bool, str]:
    """(True, "") if IREE's compiler and runtime are installed here, else (False, reason)."""
    try:
        _iree_compile_binary()
        _runtime()
    except IreeUnavailableError as e:
        return False, str(e)
    return True, ""


# ---------------------------------------------------------------- signatures

_ELEMENT_DTYPES = {"f32": torch.float32, "f64": torch.float64, "f16": torch.float16,
                   "bf16": torch.bfloat16, "i64": torch.int64, "i32": torch.int32,
                   "i16": torch.int16, "i8": torch.int8, "ui8": torch.uint8, "i1": torch.bool}
# torch.arg_dtypes / torch.result_dtypes names that reinterpret a signless element type.
_DTYPE_OVERRIDES = {("i8", "uint8"): torch.uint8}
_SCALAR_TYPES = {"i64": int, "f64": float, "i1": bool}


@dataclass(frozen=True)
class ValueSpec:
    """An argument or result: a tensor (`shape`, None for a dynamic size, and
    `dtype`) or a scalar (`pytype`)."""

    text: str
    shape: tuple | None = None
    dtype: torch.dtype | None = None
    pytype: type | None = None

    def describe(self) -> str:
        if self.shape is None:
            return f"{self.pytype.__name__} ({self.text})"
        dims = "x".join("?" if d is None else str(d) for d in self.shape)
        return f"tensor<{dims}> of {str(self.dtype).replace('torch.', '')}"


@dataclass(frozen=True)
class FuncSpec:
    name: str
    args: tuple
    results: tuple
    # {result index: argument index}: results tagged `torch.updates_argument`,
    # the new contents of an argument the program mutates (copied back into
    # the caller's tensor, not returned).
    updates: dict = field(default_factory=dict)
    # Arguments the program writes into (see _written_args): passed as copies.
    written: frozenset = frozenset()


def _value_spec(ir, fn: str, what: str, t, dtype_name) -> ValueSpec:
    if isinstance(t, ir.RankedTensorType):
        elem = str(t.element_type)
        dtype = _DTYPE_OVERRIDES.get((elem, dtype_name), _ELEMENT_DTYPES.get(elem))
        if dtype is None:
            raise IreeCompileError(f"{fn}(): {what} has type {t}: element type {elem} cannot "
                                   f"be passed to or from torch by the IREE backend")
        shape = tuple(None if ir.ShapedType.is_dynamic_size(d) else d for d in t.shape)
        return ValueSpec(str(t), shape, dtype)
    pytype = _SCALAR_TYPES.get(str(t))
    if pytype is None:
        raise IreeCompileError(f"{fn}(): {what} has type {t}; the IREE backend passes ranked "
                               f"tensors and i64/f64/i1 scalars")
    return ValueSpec(str(t), pytype=pytype)


def _names(attrs, key):
    if key not in attrs:
        return []
    return [a.value if hasattr(a, "value") else None for a in attrs[key]]


def function_specs(text: str) -> list[FuncSpec]:
    """The public, defined `func.func`s of the module `text`, parsed with the
    MLIR Python bindings torch-mlir uses (ops of dialects they do not
    register, e.g. StableHLO, are allowed)."""
    return _read_module(text)[0]


def _read_module(text: str) -> tuple[list[FuncSpec], str]:
    """`function_specs(text)`, and the module in generic op form: what IREE
    is given, since the custom forms of dialects change between MLIR versions
    (MLIR 22 prints `tosa.const_shape  {values = ...}`, which IREE 3.13's
    parser rejects) while the generic form holds just names, operands and
    attributes."""
    from mlir import ir

    with ir.Context() as ctx, ir.Location.unknown():
        ctx.allow_unregistered_dialects = True
        try:
            module = ir.Module.parse(text)
        except ir.MLIRError as e:
            raise IreeCompileError(f"the module does not parse: {e}") from None
        specs = []
        for op in module.body.operations:
            attrs = op.operation.attributes
            if op.operation.name != "func.func" or not len(op.regions[0].blocks):
                continue
            if "sym_visibility" in attrs and attrs["sym_visibility"].value != "public":
                continue
            name = attrs["sym_name"].value
            ftype = attrs["function_type"].value
            arg_names = _names(attrs, "torch.arg_dtypes")
            res_names = _names(attrs, "torch.result_dtypes")
            args = tuple(_value_spec(ir, name, f"argument {i}", t,
                                     arg_names[i] if i < len(arg_names) else None)
                         for i, t in enumerate(ftype.inputs))
            results = tuple(_value_spec(ir, name, f"result {i}", t,
                                        res_names[i] if i < len(res_names) else None)
                            for i, t in enumerate(ftype.results))
            specs.append(FuncSpec(name, args, results, _updates(ir, name, attrs, args, results),
                                  _written_args(op)))
        _loop_inserts_as_slices(ir, module)
        _tie_loop_shapes(ir, module)
        return specs, module.operation.get_asm(print_generic_op_form=True, enable_debug_info=True)


_LOOPS = ("scf.for", "scf.while", "scf.forall", "scf.parallel")


def _written_args(func) -> frozenset:
    """The arguments of `func` that a tensor.insert / insert_slice writes
    into, or that an scf.for carries. IREE 3.13 may do such a write in place
    in the caller's imported buffer (`y = x.clone(); y[:, 1:6:2] = 0`
    changed x), so these arguments are passed as copies."""
    from mlir import ir

    args = list(func.regions[0].blocks[0].arguments)
    written = set()

    def find(op):
        dests = []
        if op.name in ("tensor.insert", "tensor.insert_slice"):
            dests = [op.operands[1]]
        elif op.name == "scf.for":
            dests = list(op.operands)[3:]
        for k, a in enumerate(args):
            if any(d == a for d in dests):
                written.add(k)
        return ir.WalkResult.ADVANCE

    func.operation.walk(find)
    return frozenset(written)


def _loop_inserts_as_slices(ir, module) -> int:
    """Rewrites each `tensor.insert` inside a loop into a `tensor.insert_slice`
    of a 1x..x1 `tensor.from_elements`; returns how many it rewrote.

    IREE 3.13 miscompiles a tensor.insert into a loop-carried tensor (core's
    scatter/index_put/index_add/index_fill loops): it becomes a
    flow.tensor.store that the stream lowering sizes wrongly, so the runtime
    returns wrong values or fails with an OUT_OF_RANGE buffer access. The
    same element written as a 1-element insert_slice (a flow.tensor.update)
    compiles right. The refbackend keeps the tensor.insert (there the slice
    form is ~14x slower: a strided memref.copy per element)."""
    from mlir.dialects import tensor

    inserts = []

    def find(op):
        if op.name == "tensor.insert":
            parent = op.parent
            while parent is not None and parent.name not in _LOOPS:
                parent = parent.parent
            if parent is not None:
                inserts.append(op)
        return ir.WalkResult.ADVANCE

    module.operation.walk(find)
    for op in inserts:
        scalar, dest, idxs = op.operands[0], op.operands[1], list(op.operands)[2:]
        rank = len(idxs)
        with ir.InsertionPoint(op), op.location:
            one = tensor.FromElementsOp(ir.RankedTensorType.get([1] * rank, scalar.type),
                                        [scalar]).result
            new = tensor.InsertSliceOp(one, dest, idxs, [], [],
                                       [ir.ShapedType.get_dynamic_stride_or_offset()] * rank,
                                       [1] * rank, [1] * rank).result
        op.result.replace_all_uses_with(new)
        op.erase()
    return len(inserts)


def _op(x):
    return getattr(x, "operation", x)


def _writes_into(ir, value, arg) -> bool:
    """Whether `value` is `arg` with elements written into it (through
    tensor.insert / insert_slice, and scf.for / scf.if results of that kind):
    a tensor of arg's sizes."""
    if value == arg:
        return True
    value = value.maybe_downcast()
    if not isinstance(value, ir.OpResult):
        return False
    op, k = _op(value.owner), value.result_number
    if op.name in ("tensor.insert", "tensor.insert_slice"):
        return _writes_into(ir, op.operands[1], arg)
    if op.name == "scf.for":
        body = op.regions[0].blocks[0]
        yielded = list(body.operations)[-1].operands[k]
        return _writes_into(ir, yielded, body.arguments[1 + k]) and \
            _writes_into(ir, op.operands[3 + k], arg)
    if op.name == "scf.if" and len(op.regions[1].blocks):
        return all(_writes_into(ir, list(r.blocks[0].operations)[-1].operands[k], arg)
                   for r in op.regions)
    return False


def _tie_loop_shapes(ir, module) -> int:
    """Ties the sizes of each dynamically shaped tensor that an scf.for
    carries and only writes into to those of its initial value; returns how
    many it tied.

    IREE cannot follow the sizes of a tensor through a loop's iter_args
    ("'tensor.dim' op unexpected during shape cleanup": core's scatter loops
    over a dynamic tensor). Its `flow.tensor.tie_shape` (created in generic
    form) on the block argument, the yielded value and the loop's result
    says they have the init's sizes, taken before the loop."""
    from mlir.dialects import arith, tensor

    carried = []

    def find(op):
        if op.name == "scf.for":
            body = op.regions[0].blocks[0]
            yielded = list(body.operations)[-1].operands
            for k, arg in enumerate(list(body.arguments)[1:]):
                if isinstance(arg.type, ir.RankedTensorType) and \
                        not arg.type.has_static_shape and \
                        _writes_into(ir, yielded[k], arg):
                    carried.append((op, k))
        return ir.WalkResult.ADVANCE

    module.operation.walk(find, ir.WalkOrder.PRE_ORDER)  # outer loops first
    for loop, k in carried:
        body = loop.regions[0].blocks[0]
        arg, init, result = body.arguments[1 + k], loop.operands[3 + k], loop.results[k]
        ttype = ir.RankedTensorType(arg.type)
        with ir.InsertionPoint(loop), loop.location:
            sizes = [tensor.DimOp(init, arith.ConstantOp(ir.IndexType.get(), d).result).result
                     for d in range(ttype.rank) if ttype.is_dynamic_dim(d)]
        tied = _tie(ir, arg, sizes, ir.InsertionPoint.at_block_begin(body), loop.location)
        arg.replace_all_uses_except(tied.result, tied)
        terminator = list(body.operations)[-1]
        terminator.operands[k] = _tie(ir, terminator.operands[k], sizes,
                                      ir.InsertionPoint(terminator), loop.location).result
        tied = _tie(ir, result, sizes, ir.InsertionPoint.after(loop), loop.location)
        result.replace_all_uses_except(tied.result, tied)
    return len(carried)


def _tie(ir, value, sizes, where, location):
    with where, location:
        return ir.Operation.create("flow.tensor.tie_shape", results=[value.type],
                                   operands=[value, *sizes])


def _updates(ir, fn: str, attrs, args: tuple, results: tuple) -> dict:
    """{result index: argument index} from the results' `torch.updates_argument`."""
    if "res_attrs" not in attrs:
        return {}
    updates = {}
    for k, d in enumerate(ir.ArrayAttr(attrs["res_attrs"])):
        d = ir.DictAttr(d)
        if "torch.updates_argument" not in d:
            continue
        i = ir.IntegerAttr(d["torch.updates_argument"]).value
        if not 0 <= i < len(args) or args[i].shape is None or i in updates.values() or \
                results[k].dtype != args[i].dtype:
            raise IreeCompileError(f"{fn}(): result {k} updates argument {i}, which is not a "
                                   f"tensor argument of its type (or another result updates it)")
        updates[k] = i
    return updates


# ---------------------------------------------------------------- compiling

_configs: dict[int, object] = {}
_configs_lock = threading.Lock()


def _resolve_threads(num_threads) -> int:
    if num_threads is None:
        env = os.environ.get(THREADS_ENV)
        if env:
            if not env.strip().isdigit():
                raise ValueError(f"{THREADS_ENV}={env!r} is not a positive integer")
            num_threads = int(env)
        else:
            num_threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
                else (os.cpu_count() or 1)
    if isinstance(num_threads, bool) or not isinstance(num_threads, int) or num_threads < 1:
        raise ValueError(f"num_threads must be a positive int, got {num_threads!r}")
    return num_threads


def _runtime_config(runtime, num_threads: int):
    """One local-task device (and VM instance) per worker count, made once.
    The worker count is a process-wide runtime flag read when a device is made."""
    with _configs_lock:
        config = _configs.get(num_threads)
        if config is None:
            runtime.flags.parse_flags(f"--task_topology_max_group_count={num_threads}")
            device = runtime.get_driver("local-task").create_default_device()
            config = runtime.Config(device=device)
            _configs[num_threads] = config
    return config


def _module_text(module) -> str:
    if isinstance(module, str):
        return module
    if hasattr(module, "operation") or type(module).__name__ in ("Module", "Operation"):
        return str(module)
    raise TypeError(f"compile() expects an MLIR module (ir.Module) or MLIR text, "
                    f"got {type(module).__name__}")


def _run_compiler(binary: str, text: str, input_type: str, extra_args: list) -> bytes:
    lld = os.path.join(os.path.dirname(binary), "iree-lld")
    cmd = [binary, "-", "-o", "-", f"--iree-input-type={input_type}",
           "--iree-hal-target-backends=llvm-cpu", f"--iree-llvmcpu-embedded-linker-path={lld}",
           "--iree-vm-bytecode-module-output-format=flatbuffer-binary",
           "--mlir-print-op-on-diagnostic=false", *_COMPILE_FLAGS, *extra_args]
    proc = subprocess.run(cmd, input=text.encode(), capture_output=True, check=False)
    if proc.returncode != 0:
        # Keep every diagnostic, but not the kilobyte-long target attributes IREE prints.
        lines = [line if len(line) <= _MAX_LINE else line[:_MAX_LINE] + " ..."
                 for line in proc.stderr.decode(errors="replace").strip().splitlines()]
        how = (f"iree-compile crashed (signal {-proc.returncode})" if proc.returncode < 0
               else f"iree-compile exit status {proc.returncode}")
        raise IreeCompileError(f"IREE failed to compile the module ({how}):\n"
                               + "\n".join(lines))
    return proc.stdout


def compile(module, *, input_type: str = "auto", num_threads: int | None = None,  # noqa: A001
            extra_args=()) -> CompiledModule:
    """Compiles `module` (an `ir.Module` or MLIR text) with IREE for this CPU.

    input_type: "auto", "none" (linalg-on-tensors), "tosa" or "stablehlo".
    num_threads: the runtime's worker count; default `$TORCH_MLIR_IREE_THREADS`,
    else every CPU this process may run on.
    extra_args: more iree-compile flags.
    Raises IreeCompileError (with IREE's diagnostics) if IREE rejects the module.
    """
    compiler = _iree_compile_binary()
    runtime = _runtime()
    if input_type not in INPUT_TYPES:
        raise ValueError(f"input_type must be one of {', '.join(INPUT_TYPES)}, "
                         f"got {input_type!r}")
    threads = _resolve_threads(num_threads)
    specs, text = _read_module(_module_text(module))
    try:
        vmfb = _run_compiler(compiler, text, input_type, list(extra_args))
    except IreeCompileError as e:
        # IREE's embedded (libc-free) executables have no libm: f64 sin/tanh/atan2,
        # log10f... are undefined symbols. A system shared library links them.
        if "iree-lld: error: undefined symbol" not in str(e):
            raise
        vmfb = _run_compiler(compiler, text, input_type, [*_SYSTEM_LINK_FLAGS, *extra_args])
    config = _runtime_config(runtime, threads)
    vm_module = runtime.VmModule.copy_buffer(config.vm_instance, vmfb)
    context = runtime.SystemContext(config=config)
    context.add_vm_module(vm_module)
    return CompiledModule(runtime, context, vm_module, config.device, specs, threads)


class CompiledModule(FunctionTable):
    """A compiled module: one callable attribute per public function
    (`cm.main(*args)`); `cm.functions` maps names to them."""

    def __init__(self, runtime, context, vm_module, device, specs, num_threads: int):
        self.num_threads = num_threads
        self._context = context  # keeps the loaded module alive
        self.functions: dict[str, Function] = {}
        for spec in specs:
            vm_function = vm_module.lookup_function(spec.name)
            if vm_function is None:
                raise IreeCompileError(f"the compiled module has no function '{spec.name}'")
            invoker = runtime.FunctionInvoker(context.vm_context, device, vm_function)
            self.functions[spec.name] = Function(spec, invoker, device)

    def __repr__(self):
        return f"<iree CompiledModule functions={list(self.functions)} threads={self.num_threads}>"


# ---------------------------------------------------------------- calling

_DLPACK_CPU = 1
_ALIGNMENT = 64


def _check_tensor(where: str, spec: ValueSpec, a) -> torch.Tensor:
    if isinstance(a, np.ndarray):
        try:
            a = torch.from_numpy(np.ascontiguousarray(a))
        except TypeError:
            raise TypeError(f"{where} must have dtype {spec.describe()}, "
                            f"got numpy {a.dtype}") from None
    elif isinstance(a, (bool, int, float)) and not spec.shape:
        a = torch.tensor(a, dtype=spec.dtype)
    if not isinstance(a, torch.Tensor):
        raise TypeError(f"{where} must be a torch.Tensor ({spec.describe()}), "
                        f"got {type(a).__name__}")
    if a.dtype != spec.dtype:
        raise TypeError(f"{where} must be a {spec.describe()}, got dtype "
                        f"{str(a.dtype).replace('torch.', '')}")
    if a.dim() != len(spec.shape):
        raise ValueError(f"{where} must be a {spec.describe()} (rank {len(spec.shape)}), "
                         f"got shape {tuple(a.shape)}")
    for d, (want, got) in enumerate(zip(spec.shape, a.shape)):
        if want is not None and want != got:
            raise ValueError(f"{where} must be a {spec.describe()}: size {want} in dimension "
                             f"{d}, got shape {tuple(a.shape)}")
    if a.device.type != "cpu":
        raise ValueError(f"{where} must be on the CPU, got device {a.device}")
    a = a.detach()
    if a.is_conj() or a.is_neg():
        a = a.resolve_conj().resolve_neg()
    # Expanded (stride 0), transposed or sliced inputs: a dense copy. IREE imports
    # host memory aligned to 64 bytes only: copy a tensor that starts elsewhere.
    a = a.contiguous()
    if a.data_ptr() % _ALIGNMENT:
        a = a.clone()
    return a


def _check_scalar(where: str, spec: ValueSpec, a):
    if isinstance(a, (torch.Tensor, np.ndarray, np.generic)):
        if getattr(a, "ndim", 0) != 0:
            raise TypeError(f"{where} must be a Python {spec.pytype.__name__}, got a tensor "
                            f"of shape {tuple(a.shape)}")
        a = a.item()
    ok = {bool: isinstance(a, bool), int: isinstance(a, int) and not isinstance(a, bool),
          float: isinstance(a, (int, float)) and not isinstance(a, bool)}[spec.pytype]
    if not ok:
        raise TypeError(f"{where} must be a Python {spec.pytype.__name__}, "
                        f"got {type(a).__name__}")
    if spec.pytype is int and not -(1 << 63) <= a < (1 << 63):
        raise ValueError(f"{where}: {a} does not fit i64")
    return spec.pytype(a)


def _span(t: torch.Tensor) -> tuple[int, int]:
    start = t.data_ptr()
    return start, start + t.numel() * t.element_size()


class Function:
    """A compiled public function: call it with torch tensors / numpy arrays / scalars."""

    def __init__(self, spec: FuncSpec, invoker, device):
        self.spec = spec
        self.__name__ = spec.name
        self.__doc__ = (f"{spec.name}(" + ", ".join(a.describe() for a in spec.args) + ") -> ("
                        + ", ".join(r.describe() for r in spec.results) + ")")
        self._invoker = invoker
        self._device = device

    def __repr__(self):
        return f"<iree compiled {self.__doc__}>"

    def __call__(self, *args):
        spec = self.spec
        if len(args) != len(spec.args):
            raise TypeError(f"{spec.name}() takes {len(spec.args)} argument(s) "
                            f"({', '.join(a.describe() for a in spec.args)}), got {len(args)}")
        tensors, values = [], []
        for i, (s, a) in enumerate(zip(spec.args, args)):
            where = f"{spec.name}(): argument {i}"
            if s.shape is None:
                values.append(_check_scalar(where, s, a))
                continue
            if i in spec.updates.values() and not isinstance(a, torch.Tensor):
                raise TypeError(f"{where} is mutated by the program: pass a torch.Tensor (got "
                                f"{type(a).__name__}); its contents are updated as eager "
                                f"PyTorch updates them")
            t = _check_tensor(where, s, a)
            if i in spec.written:
                t = t.clone()  # IREE may write into it in place
            tensors.append(t)
            values.append(self._buffer_view(t))
        try:
            out = self._invoker(*values)
        except (RuntimeError, ValueError, IndexError) as e:  # IREE's status codes
            raise IreeRuntimeError(f"{spec.name}(): IREE's runtime failed: {e}") from None
        del values
        if len(spec.results) == 1:
            out = (out,)
        elif not spec.results:
            return None
        spans = [_span(t) for t in tensors if t.numel()]
        results = [self._result(r, o, spans) for r, o in zip(spec.results, out)]
        for k, i in spec.updates.items():
            with torch.no_grad():
                args[i].copy_(results[k])
        results = tuple(r for k, r in enumerate(results) if k not in spec.updates)
        if not results:
            return None
        return results[0] if len(results) == 1 else results

    def _buffer_view(self, t: torch.Tensor):
        if not t.numel():
            # IREE crashes on an imported empty buffer: let it allocate one.
            if t.dtype is torch.bfloat16:
                import ml_dtypes  # an iree-base-runtime dependency

                return np.empty(tuple(t.shape), dtype=ml_dtypes.bfloat16)
            return t.numpy()
        return self._device.from_dlpack_capsule(torch.utils.dlpack.to_dlpack(t))

    def _result(self, spec: ValueSpec, value, input_spans):
        if spec.shape is None:
            return spec.pytype(value)
        view = value._buffer_view  # a DeviceArray: hand its buffer to torch (no copy)
        t = torch.from_dlpack(self._device.create_dlpack_capsule(view, _DLPACK_CPU, 0))
        if t.dtype != spec.dtype:
            t = t.view(spec.dtype)
        if t.numel():
            lo, hi = _span(t)
            if any(lo < b and a < hi for a, b in input_spans):
                t = t.clone()  # the function returned (part of) an argument
        return t
