"""Result buffers at interpreter exit, and modules whose dense resources have
no data."""

import subprocess
import sys
import textwrap

import pytest
import torch

import torch_mlir_refbackend as rb

DOUBLE = """
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %r = linalg.map { arith.addf } ins(%a, %a : tensor<4xf32>, tensor<4xf32>)
                  outs(%e : tensor<4xf32>)
  return %r : tensor<4xf32>
}"""


def test_no_message_when_a_result_outlives_the_module_at_exit():
    # A result tensor freed at interpreter exit after the runtime module's
    # globals were cleared (here: an earlier-imported module holds both the
    # runtime module and the tensor, as torch.compile's caches can) must free
    # its buffer silently.
    script = textwrap.dedent(f"""
        import sys
        import torch
        import torch_mlir_refbackend as rb
        y = rb.compile({DOUBLE!r}).main(torch.ones(4))
        assert y.tolist() == [2.0] * 4
        torch._refbackend_test_module = sys.modules["torch_mlir_refbackend._runtime"]
        torch._refbackend_test_result = y
        print("done")
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "done"
    assert "Exception ignored" not in proc.stderr, proc.stderr
    assert "_Allocation" not in proc.stderr, proc.stderr


RESOURCE_MODULE = """
func.func @main(%a: tensor<4xi64>) -> tensor<4xi64> {{
  %w = arith.constant dense_resource<{ref}> : tensor<4xi64>
  %e = tensor.empty() : tensor<4xi64>
  %r = linalg.map {{ arith.addi }} ins(%a, %w : tensor<4xi64>, tensor<4xi64>)
                  outs(%e : tensor<4xi64>)
  return %r : tensor<4xi64>
}}
{{-#
  dialect_resources: {{
    builtin: {{
      weights: "0x080000000100000000000000020000000000000003000000000000000400000000000000"
    }}
  }}
#-}}
"""


def test_dense_resource_with_data_runs():
    cm = rb.compile(RESOURCE_MODULE.format(ref="weights"))
    assert cm.main(torch.tensor([10, 20, 30, 40])).tolist() == [11, 22, 33, 44]


def test_dense_resource_without_data_is_a_clear_error():
    # Before: "LLVM JIT compilation failed: Failure while creating the
    # ExecutionEngine" after "error: resource does not exist" on stderr.
    with pytest.raises(rb.CompileError,
                       match=r"dense_resource<weights_1> \(line 3\).*no data"):
        rb.compile(RESOURCE_MODULE.format(ref="weights_1"))


def test_dense_resource_without_data_in_a_module_is_a_clear_error():
    """The same for an ir.Module (moved to the compiler's context as bytecode): the
    error names the key and the op's location."""
    from mlir import ir

    with ir.Context():
        module = ir.Module.parse(RESOURCE_MODULE.format(ref="weights_1"))
        with pytest.raises(rb.CompileError, match=r"dense_resource<weights_1> \(.*no data"):
            rb.compile(module, cache=False)
