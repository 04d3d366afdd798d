"""The persistent compile cache: hits across processes, corrupt entries, concurrent
writers, switching it off. Every test points $TORCH_MLIR_REFBACKEND_CACHE_DIR at its
own tmp_path."""

import gc
import json
import os
import subprocess
import sys

import numpy as np
import pytest
import torch

import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _diskcache

# A matmul (the fast recipe's path), a bias and a run-time check (the assert hook).
MODULE = """
func.func @main(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>, %c: tensor<?xf32>)
    -> tensor<8x4xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %c, %c0 : tensor<?xf32>
  %c4 = arith.constant 4 : index
  %ok = arith.cmpi eq, %n, %c4 : index
  cf.assert %ok, "bias must have 4 elements"
  %cb = tensor.cast %c : tensor<?xf32> to tensor<4xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x4xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<8x4xf32>) -> tensor<8x4xf32>
  %m = linalg.matmul ins(%a, %b : tensor<8x16xf32>, tensor<16x4xf32>)
                     outs(%f : tensor<8x4xf32>) -> tensor<8x4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>,
                                        affine_map<(i, j) -> (j)>,
                                        affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%m, %cb : tensor<8x4xf32>, tensor<4xf32>) outs(%e : tensor<8x4xf32>) {
    ^bb0(%x: f32, %y: f32, %o: f32):
      %s = arith.addf %x, %y : f32
      linalg.yield %s : f32
  } -> tensor<8x4xf32>
  return %r : tensor<8x4xf32>
}
"""

# Run in a fresh interpreter: compile MODULE, call it, report the cache counters.
SCRIPT = r"""
import json, sys, time
import numpy as np, torch
import torch_mlir_refbackend as rb
from torch_mlir_refbackend import _diskcache
module, out = sys.argv[1], sys.argv[2]
text = open(module).read()
start = time.perf_counter()
cm = rb.compile(text, num_threads=int(sys.argv[3]))
seconds = time.perf_counter() - start
g = torch.Generator().manual_seed(0)
args = [torch.randn(8, 16, generator=g), torch.randn(16, 4, generator=g),
        torch.randn(4, generator=g)]
np.save(out, cm.main(*args).numpy())
try:
    cm.main(args[0], args[1], torch.randn(3))
    check = "no error"
except ValueError as e:
    check = str(e)
print(json.dumps({"from_disk": cm.from_disk_cache, "stats": _diskcache.stats,
                  "seconds": seconds, "check": check}))
"""


def _eager():
    g = torch.Generator().manual_seed(0)
    a, b, c = torch.randn(8, 16, generator=g), torch.randn(16, 4, generator=g), torch.randn(
        4, generator=g)
    return a @ b + c


def _start(tmp_path, name, threads=1):
    module = tmp_path / "module.mlir"
    if not module.exists():
        module.write_text(MODULE)
    env = dict(os.environ, TORCH_MLIR_REFBACKEND_CACHE_DIR=str(tmp_path / "cache"))
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(module),
                             str(tmp_path / f"{name}.npy"), str(threads)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc, tmp_path, name):
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    torch.testing.assert_close(torch.from_numpy(np.load(tmp_path / f"{name}.npy")), _eager())
    assert report["check"] == "main(): runtime check failed: bias must have 4 elements"
    return report


def _entries(cache_dir):
    return sorted(p.name for p in cache_dir.iterdir()) if cache_dir.exists() else []


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv(_diskcache.ENV, str(d))
    rb.clear_cache()
    yield d
    rb.clear_cache()


def test_a_new_process_loads_the_compiled_module_from_the_cache(tmp_path):
    first = _finish(_start(tmp_path, "first"), tmp_path, "first")
    assert not first["from_disk"]
    assert first["stats"]["misses"] == 1 and first["stats"]["stores"] == 1
    (entry,) = _entries(tmp_path / "cache")
    assert entry.endswith(".rbcache")
    second = _finish(_start(tmp_path, "second"), tmp_path, "second")
    assert second["from_disk"]
    assert second["stats"] == {"hits": 1, "misses": 0, "rejected": 0, "stores": 0,
                               "store_failures": 0}
    assert second["seconds"] < first["seconds"]


def test_concurrent_writers_leave_one_valid_entry(tmp_path):
    procs = [_start(tmp_path, f"writer{i}") for i in range(2)]
    reports = [_finish(p, tmp_path, f"writer{i}") for i, p in enumerate(procs)]
    assert all(r["stats"]["store_failures"] == 0 for r in reports)
    # One entry, no temporary file left behind by either writer.
    (entry,) = _entries(tmp_path / "cache")
    assert entry.endswith(".rbcache") and not entry.startswith(".")
    assert _finish(_start(tmp_path, "reader"), tmp_path, "reader")["from_disk"]


def _corrupt_truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _corrupt_payload_byte(data: bytes) -> bytes:
    i = len(data) - 100
    return data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]


def _corrupt_header(data: bytes) -> bytes:
    return data.replace(b'"payload_size": ', b'"payload_size": 1', 1)


@pytest.mark.parametrize("corrupt", [_corrupt_truncate, _corrupt_payload_byte,
                                     _corrupt_header, lambda data: b"",
                                     lambda data: b"not a cache entry\n"])
def test_a_corrupt_entry_is_ignored_and_rebuilt(cache_dir, corrupt):
    args = (torch.randn(8, 16), torch.randn(16, 4), torch.randn(4))
    rb.compile(MODULE, num_threads=1)
    (entry,) = cache_dir.iterdir()
    entry.write_bytes(corrupt(entry.read_bytes()))
    rb.clear_cache()
    before = dict(_diskcache.stats)
    cm = rb.compile(MODULE, num_threads=1)
    assert not cm.from_disk_cache
    assert _diskcache.stats["rejected"] == before["rejected"] + 1
    assert _diskcache.stats["stores"] == before["stores"] + 1
    torch.testing.assert_close(cm.main(*args), args[0] @ args[1] + args[2])
    rb.clear_cache()  # the rebuilt entry is whole again
    cm = rb.compile(MODULE, num_threads=1)
    assert cm.from_disk_cache
    torch.testing.assert_close(cm.main(*args), args[0] @ args[1] + args[2])


def test_entries_are_keyed_by_the_options(cache_dir):
    rb.compile(MODULE, num_threads=1)
    rb.compile(MODULE, num_threads=2)
    rb.compile(MODULE, num_threads=1, recipe="plain")
    rb.compile(MODULE.replace("bias must", "the bias must"), num_threads=1)
    assert len(_entries(cache_dir)) == 4
    rb.clear_cache()
    cm = rb.compile(MODULE, num_threads=2)
    assert cm.from_disk_cache and cm.num_threads == 2 and cm.recipe == "fast"


def test_different_entries_loaded_together_run_their_own_code(cache_dir):
    """Many entries loaded in one process, each kept alive: every module runs its
    own code (a loader handing back an already loaded library of the same path,
    e.g. a reused /proc/self/fd/N, would run the first one's)."""
    args = (torch.randn(8, 16), torch.randn(16, 4), torch.randn(4))
    scaled = [MODULE.replace("%s = arith.addf %x, %y : f32",
                             f"%t = arith.addf %x, %y : f32\n      %k = arith.constant "
                             f"{k}.0 : f32\n      %s = arith.mulf %t, %k : f32")
              for k in range(1, 5)]
    for text in scaled:
        rb.compile(text, num_threads=1)
    rb.clear_cache()
    loaded = [rb.compile(text, num_threads=1) for text in scaled]
    assert all(cm.from_disk_cache for cm in loaded)
    for k, cm in enumerate(loaded, start=1):
        torch.testing.assert_close(cm.main(*args), (args[0] @ args[1] + args[2]) * k)


@pytest.mark.parametrize("setting", ["0", ""])
def test_the_environment_switches_the_cache_off(tmp_path, monkeypatch, setting):
    monkeypatch.setenv(_diskcache.ENV, setting)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    rb.clear_cache()
    before = dict(_diskcache.stats)
    cm = rb.compile(MODULE, num_threads=1)
    rb.clear_cache()
    assert not cm.from_disk_cache
    assert _diskcache.stats == before
    assert sorted(os.listdir(tmp_path)) == []


def test_cache_false_switches_it_off(cache_dir):
    before = dict(_diskcache.stats)
    cm = rb.compile(MODULE, num_threads=1, cache=False)
    assert not cm.from_disk_cache
    assert _diskcache.stats == before
    assert _entries(cache_dir) == []


def test_default_location(monkeypatch, tmp_path):
    monkeypatch.delenv(_diskcache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _diskcache.directory() == str(tmp_path / "torch-mlir" / "refbackend")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert _diskcache.directory() == str(tmp_path / ".cache" / "torch-mlir" / "refbackend")


def test_a_loaded_library_is_unloaded_with_its_module(cache_dir):
    args = (torch.randn(8, 16), torch.randn(16, 4), torch.randn(4))
    rb.compile(MODULE, num_threads=1)
    results = []
    for _ in range(5):
        rb.clear_cache()
        cm = rb.compile(MODULE, num_threads=1)
        assert cm.from_disk_cache
        results.append(cm.main(*args))
        del cm
    rb.clear_cache()
    gc.collect()
    with open("/proc/self/maps") as f:
        assert not [line for line in f if str(cache_dir) in line]
    for r in results:  # results own their buffers: they outlive the library
        torch.testing.assert_close(r, args[0] @ args[1] + args[2])
