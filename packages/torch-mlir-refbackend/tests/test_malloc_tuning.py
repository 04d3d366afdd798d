"""glibc malloc tuned once per process when a module is compiled (`_runtime.tune_malloc`):
compiled code's per-call buffers of up to 32 MiB come from the heap, not fresh mmaps."""

import os
import subprocess
import sys

_PROBE = """
import ctypes, numpy as np
import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _runtime
cm = rb.compile('''
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}''', num_threads=1, cache=False)
cm.main(np.ones(4, np.float32))
# A 16 MiB block: from the heap (below the program break) when tuned.
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.sbrk.restype = ctypes.c_void_p
p = libc.malloc(16 << 20)
brk = libc.sbrk(0)
print(_runtime._malloc_tuned, p < brk)
"""


def _probe(value):
    env = dict(os.environ)
    env.pop("TORCH_MLIR_REFBACKEND_MALLOC_TUNING", None)
    if value is not None:
        env["TORCH_MLIR_REFBACKEND_MALLOC_TUNING"] = value
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()[-2:]


def test_big_blocks_come_from_the_heap_once_a_module_is_compiled():
    assert _probe(None) == ["True", "True"]


def test_the_environment_switches_it_off():
    # (glibc's default threshold is 128 KiB: a 16 MiB block is a mmap above the heap.)
    assert _probe("0") == ["False", "False"]
