"""The process-wide settings a compile makes, each in a new interpreter:
- LLVM's code-generation options (`_llvmopts`): set once per process in the LLVM the
  JIT uses, replaceable through $TORCH_MLIR_REFBACKEND_LLVM_OPTIONS, never fatal;
- glibc malloc (`_runtime.tune_malloc`): compiled code's per-call buffers of up to
  32 MiB come from the heap, not fresh mmaps."""

import os
import subprocess
import sys

import numpy as np

_PROBE = """
import json, numpy as np
import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _llvmopts
cm = rb.compile('''
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.add ins(%a, %a : tensor<4xf32>, tensor<4xf32>)
                  outs(%e : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}''', num_threads=1, cache=False)
out = cm.main(np.arange(4, dtype=np.float32)).tolist()
print(json.dumps({"options": list(_llvmopts.apply()), "out": out}))
"""


def _run(script, variable, value) -> str:
    """The last line `script` prints in a new interpreter with $variable = value
    (None: unset)."""
    env = dict(os.environ)
    env.pop(variable, None)
    if value is not None:
        env[variable] = value
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()[-1]


def _probe(env_value):
    import json

    return json.loads(_run(_PROBE, "TORCH_MLIR_REFBACKEND_LLVM_OPTIONS", env_value))


def test_default_options_are_applied_and_code_runs():
    from torch_mlir_refbackend import _llvmopts

    got = _probe(None)
    assert got["options"] == list(_llvmopts.DEFAULT_OPTIONS)
    np.testing.assert_array_equal(got["out"], [0.0, 2.0, 4.0, 6.0])


def test_environment_replaces_or_clears_the_options():
    assert _probe("-post-RA-scheduler=false")["options"] == ["-post-RA-scheduler=false"]
    assert _probe("")["options"] == []


def test_an_unknown_option_is_not_fatal():
    # LLVM reports a bad option on a null stream instead of exiting the process.
    got = _probe("-no-such-llvm-option-for-torch-mlir=1")
    np.testing.assert_array_equal(got["out"], [0.0, 2.0, 4.0, 6.0])


def test_the_options_are_part_of_the_disk_cache_key(tmp_path, monkeypatch):
    import torch_mlir_refbackend as rb
    from torch_mlir_refbackend import _diskcache, _llvmopts

    text = ("func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {\n"
            "  return %a : tensor<2xf32>\n}")
    monkeypatch.setenv(rb.CACHE_DIR_ENV, str(tmp_path))
    rb.clear_cache()
    rb.compile(text, num_threads=1)
    keys = {_diskcache.cache_key(text, {"threads": 1, "recipe": "auto",
                                        "llvm_options": list(o)})
            for o in (_llvmopts.apply(), ())}
    assert len(keys) == 2
    stored = {p.name.split(".")[0] for p in tmp_path.iterdir() if p.name.endswith(".rbcache")}
    assert stored == {_diskcache.cache_key(text, {"threads": 1, "recipe": "auto",
                                                  "llvm_options": list(_llvmopts.apply())})}


_MALLOC_PROBE = """
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


def _malloc_probe(value):
    return _run(_MALLOC_PROBE, "TORCH_MLIR_REFBACKEND_MALLOC_TUNING", value).split()


def test_big_blocks_come_from_the_heap_once_a_module_is_compiled():
    assert _malloc_probe(None) == ["True", "True"]


def test_the_environment_switches_it_off():
    # (glibc's default threshold is 128 KiB: a 16 MiB block is a mmap above the heap.)
    assert _malloc_probe("0") == ["False", "False"]
