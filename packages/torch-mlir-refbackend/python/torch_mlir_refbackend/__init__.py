"""torch-mlir-refbackend: the reference CPU backend of torch-mlir.

    import torch_mlir_refbackend as rb
    cm = rb.compile(module)          # linalg-on-tensors (or Torch-dialect) MLIR
    out = cm.main(x, y)              # torch tensors / numpy arrays / scalars in, torch out

`executor(module)` is the `torch_mlir_fx.backend(executor=...)` entry point.
"""

from __future__ import annotations

import ctypes
import io
import os
import threading
import warnings

from mlir import execution_engine, ir

from . import _compiler, _diskcache, _llvmopts, _omp, _runtime
from ._libs import RuntimeLibraryNotFound, runtime_library
from ._resources import module_head, section_start
from ._runtime import Function
from ._types import CompileError, FuncSpec, function_specs, specs_from_json, specs_to_json
from .function_table import FunctionTable

__version__ = "0.2.0"
__all__ = ["compile", "executor", "CompiledModule", "CompileError", "RuntimeLibraryNotFound",
           "clear_cache", "THREADS_ENV", "CACHE_DIR_ENV", "LLVM_OPTIONS_ENV"]

THREADS_ENV = "TORCH_MLIR_REFBACKEND_THREADS"
CACHE_DIR_ENV = _diskcache.ENV
LLVM_OPTIONS_ENV = _llvmopts.ENV

_RUNTIME_LIBS = ("mlir_c_runner_utils", "mlir_runner_utils")

_cache: dict[tuple, "CompiledModule"] = {}
_PINNED_ENGINES: list = []
_cache_lock = threading.Lock()


class _AssertState:
    def __init__(self, messages):
        self.messages = messages
        self.failures: list[int] = []


class CompiledModule(FunctionTable):
    """A compiled module: one callable attribute per public function.

    `cm.main(*args)`; `cm.functions` maps names to the callables;
    `cm.num_threads` and `cm.recipe` ("fast" or "plain") say how it was compiled;
    `cm.from_disk_cache` whether it was loaded from the persistent compile cache.
    """

    def __init__(self, engine, specs: list[FuncSpec], messages: list[str], num_threads: int,
                 recipe: str, fallback_reason: str | None, parallel: bool = False,
                 from_disk_cache: bool = False, pic: bool = False):
        self._engine = engine
        self._pic = pic  # an ExecutionEngine whose code can be linked into a library
        self._specs = specs
        self._parallel = parallel
        self.num_threads = num_threads
        self.recipe = recipe
        self.fallback_reason = fallback_reason
        self.from_disk_cache = from_disk_cache
        _runtime.tune_malloc()
        self._assert_state = _AssertState(messages)
        # Keep the callback alive as long as the engine.
        self._callback = ctypes.CFUNCTYPE(None, ctypes.c_int64)(
            self._assert_state.failures.append)
        if messages:
            _set_assert_hook(engine, self._callback)
        if parallel:
            _omp.track(_global_address(engine, _omp.SERIAL_FLAG_ADDRESS))
        self.functions: dict[str, Function] = {}
        for spec in specs:
            self.functions[spec.name] = Function(engine, spec, self._assert_state)

    def __repr__(self):
        return (f"<CompiledModule functions={list(self.functions)} "
                f"threads={self.num_threads} recipe={self.recipe}>")


def _global_address(engine, getter_name: str) -> int:
    """The address a module's public function `getter_name` () -> !llvm.ptr returns."""
    getter = engine.raw_lookup(getter_name)
    if not getter:
        raise CompileError(f"the compiled module has no function {getter_name}")
    address = ctypes.c_void_p()
    packed = (ctypes.c_void_p * 1)(ctypes.addressof(address))
    ctypes.CFUNCTYPE(None, ctypes.c_void_p)(getter)(packed)
    return address.value


def _set_assert_hook(engine, callback) -> None:
    """Stores `callback`'s address in the module's assert hook (see _compiler)."""
    hook = _global_address(engine, _compiler.ASSERT_HOOK_ADDRESS)
    ctypes.c_void_p.from_address(hook).value = ctypes.cast(callback, ctypes.c_void_p).value


def _resolve_threads(num_threads) -> int:
    if num_threads is None:
        env = os.environ.get(THREADS_ENV)
        if env:
            try:
                num_threads = int(env)
            except ValueError:
                raise ValueError(f"{THREADS_ENV}={env!r} is not an integer") from None
        else:
            try:
                num_threads = len(os.sched_getaffinity(0))
            except AttributeError:  # pragma: no cover - not Linux
                num_threads = os.cpu_count() or 1
    if isinstance(num_threads, bool) or not isinstance(num_threads, int) or num_threads < 1:
        raise ValueError(f"num_threads must be a positive int, got {num_threads!r}")
    if num_threads > 1 and not _omp.available():
        return 1  # (no OpenMP runtime in this process to run parallel loops on)
    return num_threads


def _module_source(module) -> str | bytes:
    """MLIR text as given, or a module's bytecode: ResNet-18 writes, hashes and parses
    back as bytecode in 0.1 s, as text in 0.6 s (its weights' blobs are raw bytes in
    bytecode, hex in text)."""
    if isinstance(module, str):
        return module
    if isinstance(module, ir.Module):
        module = module.operation
    elif not isinstance(module, ir.Operation) and hasattr(module, "operation"):
        module = module.operation
    if not isinstance(module, ir.Operation):
        raise TypeError(f"compile() expects an mlir.ir.Module or MLIR text, "
                        f"got {type(module).__name__}")
    out = io.BytesIO()
    module.write_bytecode(out)
    return out.getvalue()


def _is_stateful(module, source: str | bytes) -> bool:
    """Whether the module has mutable globals (the random ops' state)."""
    if isinstance(source, str):
        head = module_head(source)
        return "ml_program.global" in head and "mutable" in head
    op = module.operation if hasattr(module, "operation") else module
    return any(g.operation.name == "ml_program.global" and "is_mutable" in g.operation.attributes
               for g in op.regions[0].blocks[0].operations)


def clear_cache() -> None:
    """Drops every cached compiled module."""
    with _cache_lock:
        _cache.clear()


def compile(module, *, num_threads: int | None = None,  # noqa: A001
            recipe: str = "auto", cache: bool = True) -> CompiledModule:
    """Compiles `module` (an `mlir.ir.Module` or MLIR text; linalg-on-tensors, or the Torch
    dialect which is lowered first) for the host CPU.

    num_threads: threads large ops may use; default `$TORCH_MLIR_REFBACKEND_THREADS`, else
    every CPU this process may run on. 1 compiles single-threaded code.
    recipe: "auto" (the fast recipe, falling back to the plain one if it fails), "fast"
    (fail instead of falling back) or "plain" (loops; no tiling/vectorization/threads).
    Repeated compiles of the same module with the same options hit an in-process cache
    (except modules with mutable globals, e.g. the random ops' state: each compile
    of those gets its own state), and (unless `cache=False` or
    `$TORCH_MLIR_REFBACKEND_CACHE_DIR` is `0`) a persistent one on disk that other
    processes share (`$TORCH_MLIR_REFBACKEND_CACHE_DIR`, default
    `~/.cache/torch-mlir/refbackend`; each load of an entry has its own globals).
    """
    source = _module_source(module)
    threads = _resolve_threads(num_threads)
    if recipe not in ("auto", "fast", "plain"):
        raise ValueError(f"recipe must be 'auto', 'fast' or 'plain', got {recipe!r}")
    if recipe == "auto" and os.environ.get("TORCH_MLIR_REFBACKEND_RECIPE") in ("fast", "plain"):
        recipe = os.environ["TORCH_MLIR_REFBACKEND_RECIPE"]
    # A module with mutable globals (the random ops' state) keeps state in its
    # compiled code: every compile gets its own, never a cached shared one.
    stateful = _is_stateful(module, source)
    key = (source, threads, recipe)
    with _cache_lock:
        cached = None if stateful else _cache.get(key)
    if cached is not None:
        return cached
    cache_dir = _diskcache.directory(cache)
    disk_key = None
    if cache_dir is not None:
        disk_key = _diskcache.cache_key(source, {"threads": threads, "recipe": recipe,
                                               "llvm_options": list(_llvmopts.apply())})
        compiled = _load_from_disk(cache_dir, disk_key)
        if compiled is not None:
            if not stateful:
                with _cache_lock:
                    _cache[key] = compiled
            return compiled
    compiled = _compile_source(source, key, threads, recipe, pic=cache_dir is not None,
                               stateful=stateful)
    # (A module with no public function has no object code to store: MLIR's
    # dumpToObjectFile aborts the process on an engine with no object.)
    if cache_dir is not None and compiled._pic and compiled.functions:
        _diskcache.store(cache_dir, disk_key, compiled._engine, _cache_meta(compiled))
    return compiled


def _prepared_module(source: str | bytes):
    """(module, specs, assert messages): `source` (text or bytecode) parsed in a new
    context, a Torch-dialect module lowered to linalg-on-tensors, and prepared for
    lowering (see _compiler)."""
    if isinstance(source, str):
        _compiler.check_resources(source)  # (with line numbers)
    parsed = _compiler.parse_input(source, _compiler.make_context())
    _compiler.check_blobs(parsed)
    specs = function_specs(parsed)
    messages: list[str] = []
    _compiler.prepare(parsed, [s.name for s in specs], messages)
    return parsed, specs, messages


# Below this size (for text: without weight blobs) the prepared module is printed again
# for the second-level key; ResNet-18's 93 MB took 0.25 s to print.
_REPRINT_LIMIT = 1 << 20


def _compile_source(source: str | bytes, key: tuple, threads: int, recipe: str, pic: bool,
                    stateful: bool):
    parsed, specs, messages = _prepared_module(source)
    # Second level: the same small module given differently (text, ir.Module) hits too.
    # The assert messages are not in the printed module (it calls them by index): two
    # modules differing only in a message must not share a compiled module.
    key2 = None
    if len(source) < _REPRINT_LIMIT and (not isinstance(source, str)
                                         or section_start(source) < 0):
        key2 = ("prepared", str(parsed), repr(specs), tuple(messages), threads, recipe)
    with _cache_lock:
        compiled = None if stateful or key2 is None else _cache.get(key2)
    if compiled is None:
        compiled = _compile_prepared(parsed, source, specs, messages, threads, recipe, pic)
    if not stateful:
        with _cache_lock:
            _cache[key] = compiled
            if key2 is not None:
                _cache[key2] = compiled
    return compiled


def _cache_meta(cm: CompiledModule) -> dict:
    return {"specs": specs_to_json(cm._specs), "messages": cm._assert_state.messages,
            "num_threads": cm.num_threads, "recipe": cm.recipe,
            "fallback_reason": cm.fallback_reason, "parallel": cm._parallel}


def _load_from_disk(cache_dir: str, disk_key: str) -> CompiledModule | None:
    """The module of the persistent cache entry `disk_key`, or None (see _diskcache)."""
    def libs(meta):
        return [runtime_library(s) for s in _RUNTIME_LIBS]

    found = _diskcache.load(cache_dir, disk_key, libs)
    if found is None:
        return None
    meta, library = found
    try:
        return CompiledModule(library, specs_from_json(meta["specs"]), list(meta["messages"]),
                              int(meta["num_threads"]), str(meta["recipe"]),
                              meta["fallback_reason"], bool(meta["parallel"]),
                              from_disk_cache=True)
    except (KeyError, ValueError, TypeError, RuntimeError, CompileError) as e:
        _diskcache.stats["hits"] -= 1
        _diskcache.stats["rejected"] += 1
        if _compiler.debug_enabled():
            warnings.warn(f"torch_mlir_refbackend: ignoring an unusable cache entry: {e}",
                          stacklevel=3)
        return None


def _compile_prepared(module: ir.Module, source: str | bytes, specs, messages, threads: int,
                      mode: str, pic: bool = False) -> CompiledModule:
    """Lowers `module` (from `_prepared_module(source)`; consumed) and JIT-compiles it."""
    from ._consteval import fold_constant_transposes

    fallback_reason = None
    recipe = "fast"
    llvm_module = None
    if mode != "plain":
        try:
            llvm_module = _compiler.lower_to_llvm(module, None, threads, fast=True,
                                                  rewrite=fold_constant_transposes)
        except Exception as e:  # noqa: BLE001 - any failure: fall back to the plain path
            if mode == "fast":
                raise CompileError(f"the fast recipe failed: {e}") from None
            fallback_reason = f"{type(e).__name__}: {e}"
            if _compiler.debug_enabled():
                warnings.warn(f"torch_mlir_refbackend: fast recipe failed, using the plain "
                              f"path: {fallback_reason}", stacklevel=3)
            module = _prepared_module(source)[0]  # (the failed attempt changed `module`)
    if llvm_module is None:
        recipe = "plain"
        try:
            llvm_module = _compiler.lower_to_llvm(module, None, threads, fast=False)
        except ir.MLIRError as e:
            raise CompileError(f"lowering to LLVM failed: {e}") from None
    parallel = _omp.SERIAL_FLAG_ADDRESS in _symbols(llvm_module)
    libs = [runtime_library(s) for s in _RUNTIME_LIBS]
    _llvmopts.apply()
    try:
        # Position-independent code when it is to be linked into a cached shared library.
        engine = execution_engine.ExecutionEngine(llvm_module, opt_level=3, shared_libs=libs,
                                                  enable_pic=pic)
    except Exception as e:  # noqa: BLE001
        raise CompileError(f"LLVM JIT compilation failed: {e}") from None
    if parallel:
        # (Never destroyed: a fork's child writes its serial flag; see _omp.)
        _PINNED_ENGINES.append(engine)
    return CompiledModule(engine, specs, messages, threads, recipe, fallback_reason, parallel,
                          pic=pic)


def _symbols(llvm_module) -> set[str]:
    return {op.attributes["sym_name"].value for op in llvm_module.body.operations
            if "sym_name" in op.operation.attributes}


def executor(module):
    """`module` -> a callable taking torch tensors and returning a tuple of torch tensors
    (the results of its `main`, or of its only public function)."""
    import torch

    cm = compile(module)
    fn = cm.functions.get("main")
    if fn is None:
        if len(cm.functions) != 1:
            raise CompileError(f"executor(): the module has no 'main' function and "
                               f"{len(cm.functions)} public functions")
        fn = next(iter(cm.functions.values()))

    def run(*args):
        out = fn(*args)
        if out is None:
            return ()
        if not isinstance(out, tuple):
            out = (out,)
        return tuple(o if isinstance(o, torch.Tensor) else torch.tensor(o) for o in out)

    run.compiled_module = cm
    return run
