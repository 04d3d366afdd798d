import gc

import pytest

import torch_mlir_ltc


@pytest.fixture
def ltc():
    """torch_mlir_ltc initialized for one test (its dispatch mode and the
    torch._lazy.mark_step patch are removed afterwards, so that other tests
    in the same process see plain torch)."""
    gc.collect()  # lazy tensors of earlier tests: mark_step would compute them
    torch_mlir_ltc.init()
    try:
        yield torch_mlir_ltc
    finally:
        torch_mlir_ltc.shutdown()
