"""Each heavydep model through `torch.compile(model, backend=torch_mlir_fx.backend())`
against eager, in a fresh interpreter whose exit must be silent.

Needs `transformers`: run in the heavydep venv by build_tools/heavydep.sh
(this directory is not among the main pytest's testpaths)."""

import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("transformers", reason="run by build_tools/heavydep.sh in its venv")

from torch_mlir_e2e.heavydep_models import MODELS  # noqa: E402

SCRIPT = textwrap.dedent("""
    import sys
    import torch
    import torch_mlir_fx
    from torch_mlir_e2e.heavydep_models import E2E_TESTS

    test = {{t.name: t for t in E2E_TESTS}}[{name!r}]
    model = test.make_module()
    inputs = test.make_inputs()
    expected = model(*inputs)
    compiled = torch.compile(model, backend=torch_mlir_fx.backend())
    # Grad mode on (parameters require grad), as a user calls a model: the
    # graphs go through aot_autograd's training path.
    got = compiled(*inputs)
    torch.testing.assert_close(got, expected, rtol=test.rtol, atol=test.atol)
    print("matches eager")
""")


@pytest.mark.parametrize("name", sorted(MODELS))
def test_torch_compile_matches_eager_and_exits_silently(name):
    proc = subprocess.run([sys.executable, "-c", SCRIPT.format(name=name)],
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr[-6000:]
    assert proc.stdout.strip().endswith("matches eager"), proc.stdout
    # Nothing at interpreter exit (e.g. "Exception ignored in: _Allocation.__del__").
    for bad in ("Exception ignored", "Traceback"):
        assert bad not in proc.stderr, proc.stderr[-6000:]
