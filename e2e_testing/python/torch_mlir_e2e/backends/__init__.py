"""Backends of the harness that are not packages of this repo.

`iree`: compile linalg-on-tensors / TOSA / StableHLO MLIR with IREE's
compiler for the host CPU and run it with IREE's runtime (the optional
`torch-mlir-e2e[iree]` extra). Import it explicitly:

    from torch_mlir_e2e.backends import iree as iree_backend
    compiled = iree_backend.compile(mlir_module_or_text, num_threads=2)
    out = compiled.main(x, y)     # torch tensors in, torch tensor(s) out
"""
