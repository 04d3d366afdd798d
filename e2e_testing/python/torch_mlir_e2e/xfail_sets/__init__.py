"""Expected failures and expected crashes, per config: the ONE place to list them
(one module per family of configs: frontends.py, tosa.py, iree.py, opinfo.py).

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

from .complex_fft import COMPLEX_FFT_XFAILS
from .frontends import FRONTEND_XFAILS
from .iree import FX_LINALG_IREE_XFAILS, STABLEHLO_IREE_XFAILS, TOSA_IREE_XFAILS
from ..opinfo.names import expand_rows
from .opinfo import OPINFO_EXPORT_FAILURES, OPINFO_XFAILS
from .quantization import QUANT_XFAILS
from .scans import SCANS_XFAILS
from .special import SPECIAL_XFAILS
from .tosa import TOSA_REFBACKEND_XFAILS

XFAIL_SETS: dict[str, dict[str, str]] = {
    **FRONTEND_XFAILS,
    "fx-linalg-iree": dict(FX_LINALG_IREE_XFAILS),
    "fx-tosa-refbackend": dict(TOSA_REFBACKEND_XFAILS),
    "fx-tosa-iree": dict(TOSA_IREE_XFAILS),
    "fx-stablehlo-iree": dict(STABLEHLO_IREE_XFAILS),
}

for _xfails in (SPECIAL_XFAILS, SCANS_XFAILS, QUANT_XFAILS, COMPLEX_FFT_XFAILS):
    for _config, _entries in _xfails.items():
        XFAIL_SETS[_config].update(_entries)

CRASHING_SETS: dict[str, dict[str, str]] = {
    "eager": {},
    "fx-linalg-refbackend": {},
    "torchscript-linalg-refbackend": {},
    "torchscript-trace-linalg-refbackend": {},
    "ltc-linalg-refbackend": {},
    "acap-linalg-refbackend": {},
    "fx-tosa-refbackend": {},
    "fx-linalg-iree": {},
    "fx-tosa-iree": {},
    "fx-stablehlo-iree": {},
}

_FX_CONFIGS = ("fx-linalg-refbackend",)
for _config in _FX_CONFIGS:
    XFAIL_SETS[_config].update(expand_rows(OPINFO_EXPORT_FAILURES))
for _config, _rows in OPINFO_XFAILS.items():
    XFAIL_SETS[_config].update(expand_rows(_rows))
