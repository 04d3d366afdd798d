"""`fx-stablehlo-iree`: the FX frontend, output type "stablehlo", compiled
by IREE for the host CPU (llvm-cpu) and run on its local-task driver.

The backend code here is deliberately minimal (it is to be replaced by the
shared IREE backend, `torch_mlir_e2e.backends.iree`): IREE's compiler runs
as its `iree-compile` tool, because `import iree.compiler` fails in a process
that has already loaded the MLIR Python bindings (both ship an `_mlir`
extension)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

from . import register_config
from .fx import FxConfig


def _iree_compile(text: str) -> bytes:
    tool = shutil.which("iree-compile", path=os.path.dirname(sys.executable)) or \
        shutil.which("iree-compile")
    if tool is None:
        raise RuntimeError("iree-compile (iree-base-compiler) is not installed")
    with tempfile.TemporaryDirectory() as d:
        src, out = os.path.join(d, "m.mlir"), os.path.join(d, "m.vmfb")
        with open(src, "w") as f:
            f.write(text)
        p = subprocess.run([tool, "--iree-input-type=stablehlo", "--iree-hal-target-device=local",
                            "--iree-hal-local-target-device-backends=llvm-cpu",
                            "--iree-llvmcpu-target-cpu=host", src, "-o", out],
                           capture_output=True, text=True)
        if p.returncode:
            raise RuntimeError(f"iree-compile failed:\n{p.stderr[:4000]}")
        with open(out, "rb") as f:
            return f.read()


def _to_numpy(x):
    import torch

    x = x.detach().contiguous()
    if x.dtype == torch.bfloat16:  # numpy has no bfloat16: IREE takes ml_dtypes'
        import ml_dtypes

        return x.view(torch.int16).numpy().view(ml_dtypes.bfloat16)
    return x.numpy()


class _IreeFunction:
    def __init__(self, vmfb: bytes, result_dtypes: list[str]):
        import iree.runtime as rt

        self.context = rt.SystemContext(config=rt.Config("local-task"))
        self.context.add_vm_module(rt.VmModule.copy_buffer(self.context.instance, vmfb))
        self.fn = self.context.modules.module["main"]
        self.result_dtypes = result_dtypes

    def __call__(self, *inputs):
        import numpy as np
        import torch

        out = self.fn(*[_to_numpy(x) if isinstance(x, torch.Tensor) else x for x in inputs])
        outs = list(out) if isinstance(out, (tuple, list)) else [out]
        results = []
        for v, dtype in zip(outs, self.result_dtypes):
            array = np.asarray(v.to_host() if hasattr(v, "to_host") else v)
            if array.dtype.name == "bfloat16":  # ml_dtypes' bfloat16: same bits
                t = torch.from_numpy(array.view(np.int16).copy()).view(torch.bfloat16)
            else:
                t = torch.from_numpy(array.copy())
            results.append(t.to(getattr(torch, dtype)))
        return results[0] if len(results) == 1 else tuple(results)


@register_config
class FxStablehloIreeConfig(FxConfig):
    name = "fx-stablehlo-iree"
    frontend = "fx"
    output_type = "stablehlo"
    backend = "iree"
    required_modules = ("torch_mlir_fx", "iree.runtime")
    supported_dtypes = ("float32", "float16", "bfloat16", "int64", "int32", "int16",
                        "int8", "bool")

    def compile_mlir(self, mlir_module):
        from mlir import ir

        main = None
        for op in mlir_module.body.operations:
            if op.operation.name == "func.func" and \
                    ir.StringAttr(op.attributes["sym_name"]).value == "main":
                main = op
        if main is None:
            raise RuntimeError("the StableHLO module has no function 'main'")
        dtypes = [ir.StringAttr(a).value for a in main.attributes["torch.result_dtypes"]]
        return _IreeFunction(_iree_compile(str(mlir_module)), dtypes)

    def run_compiled(self, compiled, inputs):
        return compiled(*inputs)
