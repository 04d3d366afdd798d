"""Expected failures and expected crashes, per config: the ONE place to list them.

XFAIL_SETS[config][test] = reason: the test is expected to fail cleanly (an
exception or a numerical mismatch) under that config.
CRASHING_SETS[config][test] = reason: the test is expected to crash the worker
process (segfault, abort) or hang past the timeout under that config.

Every entry needs a one-line reason saying why (the missing op, the bug).
The runner enforces this, and fails the run if an entry names a test or a
config that does not exist, or if a listed test passes (XPASS: delete the
entry). A crashing-set test that now fails without crashing counts as an
expected failure, and the summary asks for it to be moved to XFAIL_SETS.

`python -m torch_mlir_e2e --config X --suggest-xfail` prints entries for every
unexpected failure/crash of a run, ready to paste here (edit the reasons).
"""

XFAIL_SETS: dict[str, dict[str, str]] = {
    "eager": {},
    "fx-linalg-refbackend": {
        "creation_empty_like_then_fill": "aten.empty_permuted: no Torch dialect op",
        "elementwise_erfinv_dynamic": "aten.erfinv: no linalg lowering",
        "index_take_along_dim_sort": "aten.sort: no linalg lowering",
        "norm_batch_norm2d_training_with_running_stats":
            "in-place update of the running stats (overwrite of a tensor) not supported",
        "norm_instance_norm_affine_dynamic": "aten.repeat: no linalg lowering",
    },
}

CRASHING_SETS: dict[str, dict[str, str]] = {
    "eager": {},
    "fx-linalg-refbackend": {},
}
