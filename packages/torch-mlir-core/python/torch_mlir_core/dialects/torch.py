"""Python builders for every Torch dialect op, generated from the ODS by
mlir-tblgen (`_torch_ops_gen.py`, installed with the native module).

    from torch_mlir_core.dialects import torch as torch_d
    c = torch_d.ConstantIntOp(3)
    mm = torch_d.AtenMmOp(result_type, a, b)
"""

from ._torch_ops_gen import *  # noqa: F401,F403
from ._torch_ops_gen import _Dialect  # noqa: F401
