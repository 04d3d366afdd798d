"""Repo-wide pytest guard: a test must leave torch's global grad mode as it
found it (a leaked `no_grad` makes later torch.export calls in the same
worker wrap whole graphs in `wrap_with_set_grad_enabled`)."""

import os
import shutil
import sys
import tempfile

import pytest


def pytest_configure(config):
    """The refbackend's persistent compile cache goes to a temporary directory of the
    session (removed at its end), unless $TORCH_MLIR_REFBACKEND_CACHE_DIR says where:
    tests never fill the user's ~/.cache."""
    if "TORCH_MLIR_REFBACKEND_CACHE_DIR" in os.environ:
        return
    path = tempfile.mkdtemp(prefix="torch-mlir-refbackend-cache-")
    os.environ["TORCH_MLIR_REFBACKEND_CACHE_DIR"] = path
    config.add_cleanup(lambda: shutil.rmtree(path, ignore_errors=True))


@pytest.fixture(autouse=True)
def _grad_mode_is_restored(request):
    torch = sys.modules.get("torch")
    before = torch.is_grad_enabled() if torch is not None else None
    yield
    torch = sys.modules.get("torch")
    if torch is None:
        return
    after = torch.is_grad_enabled()
    if before is not None and after != before:
        torch.set_grad_enabled(before)
        pytest.fail(f"{request.node.nodeid} left torch's grad mode "
                    f"{'enabled' if after else 'disabled'}")
