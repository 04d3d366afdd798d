# ruff: noqa: E501  (signature patterns quote messages verbatim)
"""Known, catalogued fuzz failures: the to-do list of issue 14's phase 2.

Like the e2e xfail sets: a finding whose signature matches an entry here is
expected; any other finding fails the fuzz tests. Each entry also names a
checked-in reproducer (fuzz/reproducers/), which test_fuzz_ir.py runs on every
CI run: an entry whose reproducer stops failing that way fails the test too
("no longer fails: remove it"), so the list shrinks as the bugs are fixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Known:
    id: str
    pattern: str      # regex searched in the finding's signature
    reproducer: str   # file under fuzz/reproducers/
    mode: str         # the mode the reproducer fails in
    where: str        # where the fix belongs
    reason: str

    def matches(self, signature: str) -> bool:
        return re.search(self.pattern, signature) is not None


# Where each family of failures belongs (issue 14, phase 2). Core's lowering/ and
# passes/ were being restructured during phase 1, so none of these was fixed there.
DECLARED_TYPE = (
    "phase 2, core passes/refinement/verify.py (verification in refinement): the op's declared "
    "static result type (shape, rank or dtype) contradicts what its operands determine, "
    "or an operand's type is invalid for the op (a rank-5 input to max_pool2d); the "
    "dialect verifier and refinement accept it, and only the lowering rule's self-check "
    "(lowering/convert.py _check: 'rule produced a value of type X, expected Y'), an "
    "IndexError in the rule, or MLIR "
    "itself (an AffineMap/ShapedType assertion: process abort) notices. Refinement should "
    "compare a declared static result type with the one torch's meta kernel computes and "
    "emit a located error naming the op, the declared and the computed type.")
OUT_OF_RANGE = (
    "phase 2, core: a dim/index operand out of range (size.int dim, __getitem__.t index, "
    "the dims of a pooling/broadcast/arange) raises IndexError inside the rule. It is a "
    "user error: refinement should report it located when torch's meta kernel rejects the "
    "op, and the rule (or lowering/shared.py's helper) should raise Unsupported naming the "
    "operand and the valid range.")
BAD_SIZES = (
    "phase 2, core rule: out-of-range constants (negative or huge sizes, strides, padding, "
    "kernel sizes) make the rule build an invalid MLIR type (MLIRError 'Invalid type', or "
    "nanobind's TypeError from RankedTensorType.get). Refinement should reject what torch's "
    "meta kernel rejects (located), and the rule should check sizes before building types.")
ZERO_SIZE = (
    "phase 2, core rule: a zero-size dim reaches arithmetic that assumes a size >= 1 "
    "(modulo or division by the size, max() of an empty list); zero-size inputs must lower "
    "and match eager (issue 14: zero-size tensors everywhere).")
DTYPE = (
    "phase 2, core rule: a dtype the rule does not support (complex) is looked up in a "
    "table: KeyError instead of a located 'unsupported dtype' (Unsupported).")
OTHER = "phase 2, core: see the reason."


def _ir(id, reproducer, where, reason, pattern, mode="pipeline"):  # noqa: A002
    return Known(id, pattern, reproducer, mode, where, reason)


API_NONE_RESULT = (
    "phase 2, core lowering/convert.py (function signatures): a function returning None "
    "has a !torch.none result, which the linalg lowering rejects ('function signature has "
    "types with no run-time form: !torch.none') with an unlocated error (<unknown>). A None "
    "result should be dropped from the lowered signature (and the compiled call return "
    "None), or at least the error located at the func.")


def _api(id, case, outcome, family, reason):  # noqa: A002
    return Known(id, rf"^api:{re.escape(case)}:{outcome}$", case, "api", family, reason)


KNOWN: list[Known] = [
    _api("api-none-result", "export_returns_none_linalg", "rejected", API_NONE_RESULT,
         "a model returning None compiles to nothing: LoweringError at <unknown>"),
    # IR findings: seed 0 (1500 mutants) and seed 1 (5000 mutants + the unmutated
    # corpus) of `fuzz_ir.py`, one entry per signature, reproducers minimized.
    _ir("pass-torch-lower-to-linalg-bad-sizes", "pass-torch-lower-to-linalg-bad-sizes.mlir", BAD_SIZES, "int64 overflow: add.int/mul.int/neg.int of INT64_MAX/MIN (the lit input canonicalize-int-arith.mlir#7 itself) give a Python int outside int64, and building its i64 constant raises nanobind's TypeError, reported as 'Python pass torch-lower-to-linalg raised' (no op named); should wrap like torch or be a located error",
        r"""^internal:pipeline::torch\-lower\-to\-linalg:TypeError:get\(\):\ incompatible\ function\ arguments\.\ The\ following\ argume"""),
    _ir("adaptive-avg-pool2d-bad-sizes", "adaptive-avg-pool2d-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\._adaptive_avg_pool2d:linalg\.pooling\.<lambda>:MLIRError:Invalid\ type:"""),
    _ir("view-bad-sizes", "view-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.view:linalg\.views\.view:MLIRError:Invalid\ type:"""),
    _ir("index-tensor-declared-type", "index-tensor-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.index\.Tensor:linalg\.indexing\.index_tensor:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("index-put-declared-type", "index-put-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.index_put:linalg\.indexing\.index_put:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("view-declared-type-2", "view-declared-type-2.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.view:linalg\.views\.view:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T>"""),
    _ir("view-as-declared-type", "view-as-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.view_as:linalg\.views\.view_as:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("scalarimplicit-dtype", "scalarimplicit-dtype.mlir", DTYPE, "an unsupported dtype",
        r"""^internal:pipeline:torch\.aten\.ScalarImplicit:linalg\.tensors\.scalar_implicit:KeyError:torch\.complex64"""),
    _ir("hang-getitem-t-hang", "hang-getitem-t-hang.mlir", BAD_SIZES, "unbind.int along a 2**40 dim: no answer (refinement/rule make one result per slice)",
        r"""^hang:pipeline(@(packages/torch\-mlir\-core/tests/lit/Lowering/views\.mlir\#31))?$"""),
    _ir("arange-start-step-declared-rank", "arange-start-step-declared-rank.mlir", DECLARED_TYPE, "a declared rank the op contradicts: IndexError in the rule",
        r"""^internal:pipeline:torch\.aten\.arange\.start_step:linalg\.creation\.arange:IndexError:list\ index\ out\ of\ range"""),
    _ir("avg-pool2d-dynamic-huge-kernel", "avg-pool2d-dynamic-huge-kernel.mlir", BAD_SIZES, "a huge kernel/stride (INT64_MAX) on an input with a dynamic dim: verification checks only what does not depend on the dynamic dim's stand-ins, and torch's message does (the static-shape case is a located error)",
        r"""^internal:pipeline:torch\.aten\.avg_pool2d:linalg\.pooling\.avg_pool2d:TypeError:get\(\):\ incompatible\ function\ arguments\.\ The\ following\ argume"""),
    _ir("prims-broadcast-in-dim-out-of-range", "prims-broadcast-in-dim-out-of-range.mlir", OUT_OF_RANGE, "a dim/index operand out of range",
        r"""^internal:pipeline:torch\.prims\.broadcast_in_dim:linalg\.views\.broadcast_in_dim:IndexError:list\ index\ out\ of\ range"""),
    _ir("adaptive-max-pool2d-zero-size", "adaptive-max-pool2d-zero-size.mlir", ZERO_SIZE, "a zero-size dim",
        r"""^internal:pipeline:torch\.aten\.adaptive_max_pool2d:linalg\.pooling\.<lambda>:ValueError:max\(\)\ arg\ is\ an\ empty\ sequence"""),
    _ir("hang-adaptive-max-pool2d", "hang-adaptive-max-pool2d.mlir", BAD_SIZES, "adaptive_max_pool2d to a 2**31 output size: no answer",
        r"""^hang:pipeline(@packages/torch\-mlir\-core/tests/lit/Lowering/pooling\.mlir\#19)?$"""),
]


def match(finding) -> Known | None:
    for k in KNOWN:
        if k.matches(finding.signature):
            return k
    return None
