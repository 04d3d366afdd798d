"""Calling compiled functions: argument checks and marshalling, result ownership."""

from __future__ import annotations

import ctypes
import math
import os

import numpy as np
import torch

from ._types import NUMPY_TYPESTR, FuncSpec, ValueSpec, descriptor_type

__all__ = ["Function"]

_libc = ctypes.CDLL(None)
_free = _libc.free
_free.argtypes = [ctypes.c_void_p]
_free.restype = None

_PACKED = ctypes.CFUNCTYPE(None, ctypes.c_void_p)

MALLOC_ENV = "TORCH_MLIR_REFBACKEND_MALLOC_TUNING"
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters
_malloc_tuned = False


def tune_malloc() -> bool:
    """Once per process, on glibc: blocks of up to 32 MiB come from the heap and stay
    there when freed (mallopt M_MMAP_THRESHOLD 32 MiB, M_TRIM_THRESHOLD 64 MiB), unless
    $TORCH_MLIR_REFBACKEND_MALLOC_TUNING is 0. Compiled code mallocs its intermediate
    buffers on every call; above glibc's threshold (128 KiB, raised only by frees of
    bigger mmapped blocks) each one was a fresh mmap whose pages fault in on every
    call: the transformer layer at batch 8 ran in 23-25 ms instead of 18-20 ms,
    depending on what the process had freed before. Returns whether it was set."""
    global _malloc_tuned
    if _malloc_tuned:
        return True
    if os.environ.get(MALLOC_ENV, "1").strip() == "0":
        return False
    mallopt = getattr(_libc, "mallopt", None)
    if mallopt is None:
        return False  # (not glibc)
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    _malloc_tuned = bool(mallopt(_M_MMAP_THRESHOLD, 32 << 20)
                         and mallopt(_M_TRIM_THRESHOLD, 64 << 20))
    return _malloc_tuned


class _Allocation:
    """Owns one buffer malloc'ed by compiled code; frees it when the last tensor
    viewing it goes away."""

    __slots__ = ("ptr",)

    def __init__(self, ptr: int):
        self.ptr = ptr

    # `free` is bound now: at interpreter exit the module's globals may already
    # be None when the last tensor viewing the buffer goes away.
    def __del__(self, _free=_free):
        if self.ptr:
            _free(self.ptr)
            self.ptr = 0


class _ArrayView:
    """An __array_interface__ over part of an _Allocation (keeps it alive)."""

    __slots__ = ("owner", "__array_interface__")

    def __init__(self, owner, data, shape, strides, typestr):
        self.owner = owner
        self.__array_interface__ = {
            "version": 3, "data": (data, False), "shape": shape, "strides": strides,
            "typestr": typestr,
        }


def _dtype_name(dtype) -> str:
    return str(dtype).replace("torch.", "")


def _contiguous_strides(shape) -> list[int]:
    strides = [1] * len(shape)
    acc = 1
    for i in range(len(shape) - 1, -1, -1):
        strides[i] = acc
        acc *= max(shape[i], 1)
    return strides


def _describe_arg(fname: str, i: int) -> str:
    return f"{fname}(): argument {i} (arg{i})"


def _scalar_to_tensor(fname, i, spec: ValueSpec, a):
    dtype = spec.dtype
    if isinstance(a, bool):
        ok = dtype is torch.bool
    elif isinstance(a, int):
        ok = dtype is not torch.bool
    else:
        ok = dtype.is_floating_point
    if not ok:
        raise TypeError(f"{_describe_arg(fname, i)} must have dtype {_dtype_name(dtype)}, "
                        f"got a Python {type(a).__name__}")
    try:
        return torch.tensor(a, dtype=dtype)
    except (RuntimeError, OverflowError) as e:
        raise ValueError(f"{_describe_arg(fname, i)}: {a!r} does not fit "
                         f"{_dtype_name(dtype)}: {e}") from None


def _to_tensor(fname: str, i: int, spec: ValueSpec, a) -> torch.Tensor:
    if isinstance(a, torch.Tensor):
        t = a
    elif isinstance(a, (np.ndarray, np.generic)):
        arr = np.asarray(a)
        if not arr.flags.c_contiguous or not arr.flags.writeable:
            arr = arr.copy(order="C")
        try:
            t = torch.from_numpy(arr)
        except TypeError:
            raise TypeError(f"{_describe_arg(fname, i)} must have dtype "
                            f"{_dtype_name(spec.dtype)}, got numpy {arr.dtype}") from None
    elif isinstance(a, (bool, int, float)) and spec.rank == 0:
        t = _scalar_to_tensor(fname, i, spec, a)
    else:
        raise TypeError(f"{_describe_arg(fname, i)} must be a torch.Tensor or numpy.ndarray "
                        f"({spec.describe()}), got {type(a).__name__}")
    if t.dtype != spec.dtype:
        raise TypeError(f"{_describe_arg(fname, i)} must have dtype {_dtype_name(spec.dtype)}, "
                        f"got {_dtype_name(t.dtype)}")
    if t.dim() != spec.rank:
        raise ValueError(f"{_describe_arg(fname, i)} must have rank {spec.rank} "
                         f"({spec.describe()}), got shape {tuple(t.shape)}")
    for d, (want, got) in enumerate(zip(spec.shape, t.shape)):
        if want is not None and want != got:
            raise ValueError(f"{_describe_arg(fname, i)} must have size {want} in dimension {d} "
                             f"({spec.describe()}), got shape {tuple(t.shape)}")
    if t.device.type != "cpu":
        raise ValueError(f"{_describe_arg(fname, i)} must be on the CPU, got device {t.device}")
    if t.requires_grad:
        t = t.detach()
    if t.is_conj() or t.is_neg():
        t = t.resolve_conj().resolve_neg()
    if not t.is_contiguous():
        t = t.contiguous()
    return t


def _to_scalar(fname: str, i: int, spec: ValueSpec, a):
    if isinstance(a, torch.Tensor) or isinstance(a, (np.ndarray, np.generic)):
        if getattr(a, "ndim", 0) != 0 and not isinstance(a, np.generic):
            raise TypeError(f"{_describe_arg(fname, i)} must be a Python {spec.pytype.__name__} "
                            f"scalar, got a tensor of shape {tuple(a.shape)}")
        a = a.item()
    kind = spec.mlir_type
    if kind == "i1":
        if not isinstance(a, (bool, int)) or (not isinstance(a, bool) and a not in (0, 1)):
            raise TypeError(f"{_describe_arg(fname, i)} must be a bool, got {type(a).__name__}")
        return bool(a)
    if kind in ("f64", "f32"):
        if not isinstance(a, (int, float)):
            raise TypeError(f"{_describe_arg(fname, i)} must be a float, got {type(a).__name__}")
        return float(a)
    if not isinstance(a, int):
        raise TypeError(f"{_describe_arg(fname, i)} must be an int, got {type(a).__name__}")
    bits = ctypes.sizeof(spec.ctype) * 8
    if not -(1 << (bits - 1)) <= int(a) < (1 << (bits - 1)):
        raise ValueError(f"{_describe_arg(fname, i)}: {a} does not fit {kind}")
    return int(a)


def _check_updatable(fname: str, i: int, a) -> None:
    """The program writes argument `i`: it must be a tensor the call can write."""
    if isinstance(a, torch.Tensor):
        return
    if isinstance(a, np.ndarray) and a.flags.writeable:
        return
    raise TypeError(f"{_describe_arg(fname, i)} is mutated by the program: pass a writable "
                    f"torch.Tensor or numpy.ndarray (got {type(a).__name__}), its contents "
                    f"are updated as eager PyTorch updates them")


def _update_argument(fname: str, i: int, a, new: torch.Tensor) -> None:
    """Copies the program's new contents of argument `i` into the caller's `a`."""
    if tuple(a.shape) != tuple(new.shape):
        raise ValueError(f"{_describe_arg(fname, i)}: the program's new contents have shape "
                         f"{tuple(new.shape)}, the argument {tuple(a.shape)}")
    if isinstance(a, torch.Tensor):
        with torch.no_grad():
            a.copy_(new)
    else:
        np.copyto(a, new.numpy())


class Function:
    """A compiled public function: call it with torch tensors / numpy arrays / scalars."""

    def __init__(self, engine, spec: FuncSpec, assert_state):
        self.spec = spec
        self.__name__ = spec.name
        self.__doc__ = (f"{spec.name}(" + ", ".join(a.describe() for a in spec.args) + ") -> ("
                        + ", ".join(r.describe() for k, r in enumerate(spec.results)
                                    if k not in spec.updates) + ")"
                        + "".join(f"; updates arg{i} in place" for i in spec.updates.values()))
        self._engine = engine
        self._assert_state = assert_state
        addr = engine.raw_lookup("_mlir_ciface_" + spec.name)
        if not addr:
            raise RuntimeError(f"compiled function {spec.name} not found in the engine")
        self._fn = _PACKED(addr)
        results = spec.results
        self._scalar_result = len(results) == 1 and not results[0].is_tensor
        self._struct_result = bool(results) and not self._scalar_result
        if self._struct_result:
            fields = []
            for k, r in enumerate(results):
                fields.append((f"r{k}", descriptor_type(r.rank) if r.is_tensor else r.ctype))
            self._result_type = type(f"{spec.name}_results", (ctypes.Structure,),
                                     {"_fields_": fields})
        self._nargs = len(spec.args)
        self._npacked = self._nargs + (1 if results else 0)
        self._packed_type = ctypes.c_void_p * max(self._npacked, 1)

    def __repr__(self):
        return f"<compiled {self.__doc__}>"

    def __call__(self, *args):
        spec = self.spec
        name = spec.name
        if len(args) != self._nargs:
            raise TypeError(f"{name}() takes {self._nargs} argument(s) "
                            f"({', '.join(a.describe() for a in spec.args)}), got {len(args)}")
        # Check and convert every argument before any native code runs.
        values = []
        for i, (s, a) in enumerate(zip(spec.args, args)):
            values.append(_to_tensor(name, i, s, a) if s.is_tensor else _to_scalar(name, i, s, a))
        for i in spec.updates.values():
            _check_updatable(name, i, args[i])

        keep = []
        packed = self._packed_type()
        pos = 0
        res = None
        if self._struct_result:
            res = self._result_type()
            rp = ctypes.c_void_p(ctypes.addressof(res))
            keep.append(rp)
            packed[0] = ctypes.addressof(rp)
            pos = 1
        for s, v in zip(spec.args, values):
            if s.is_tensor:
                desc = descriptor_type(s.rank)()
                ptr = v.data_ptr()
                desc.allocated = ptr
                desc.aligned = ptr
                desc.offset = 0
                if s.rank:
                    shape = v.shape
                    desc.sizes[:] = shape
                    desc.strides[:] = _contiguous_strides(shape)
                dp = ctypes.c_void_p(ctypes.addressof(desc))
                keep.append(desc)
                keep.append(dp)
                packed[pos] = ctypes.addressof(dp)
            else:
                c = s.ctype(v)
                keep.append(c)
                packed[pos] = ctypes.addressof(c)
            pos += 1
        out = None
        if self._scalar_result:
            out = spec.results[0].ctype()
            packed[pos] = ctypes.addressof(out)

        failures = self._assert_state.failures
        failures.clear()
        self._fn(packed)
        del keep, values

        if self._scalar_result:
            result = self._scalar_value(spec.results[0], out.value)
        elif self._struct_result:
            owners: dict[int, _Allocation] = {}
            outs = []
            for k, r in enumerate(spec.results):
                field = getattr(res, f"r{k}")
                if r.is_tensor:
                    outs.append(self._tensor_result(r, field, owners))
                else:
                    outs.append(self._scalar_value(r, field))
            result = outs
        else:
            result = None
        if failures:
            msgs = [self._assert_state.messages[k] for k in sorted(set(failures))]
            failures.clear()
            raise ValueError(f"{name}(): runtime check failed: " + "; ".join(msgs))
        if self._struct_result:
            if spec.updates:
                for k, i in spec.updates.items():
                    _update_argument(name, i, args[i], outs[k])
                outs = [o for k, o in enumerate(outs) if k not in spec.updates]
            result = None if not outs else outs[0] if len(outs) == 1 else tuple(outs)
        return result

    @staticmethod
    def _scalar_value(r: ValueSpec, v):
        return r.pytype(v)

    @staticmethod
    def _tensor_result(r: ValueSpec, desc, owners) -> torch.Tensor:
        alloc = desc.allocated or 0
        owner = owners.get(alloc)
        if owner is None:
            owner = _Allocation(alloc)
            owners[alloc] = owner
        if r.rank:
            shape = tuple(desc.sizes)
            strides = tuple(desc.strides)
        else:
            shape, strides = (), ()
        if math.prod(shape) == 0:
            return torch.empty(shape, dtype=r.dtype)
        itemsize = r.dtype.itemsize
        view = _ArrayView(owner, (desc.aligned or 0) + desc.offset * itemsize, shape,
                          tuple(s * itemsize for s in strides), NUMPY_TYPESTR[r.dtype])
        t = torch.from_numpy(np.asarray(view))
        if r.dtype is torch.bfloat16:
            t = t.view(torch.bfloat16)
        return t
