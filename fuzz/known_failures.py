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
    "phase 2, core passes/refine.py (verification in refinement): the op's declared "
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
API_DYNAMIC_DIMS = (
    "phase 2, core lowering (elementwise broadcasting, lowering/linalg): operands whose "
    "dynamic dims must be equal (here both bound to one symbol by torch.export) are "
    "lowered with no run-time check, so mismatched sizes give a WRONG ANSWER (rows of the "
    "longer operand dropped) or an out-of-bounds read (the shorter operand read past its "
    "end). The rule should emit cf.assert on dynamic dims that must agree (the refbackend "
    "already turns a failed cf.assert into ValueError), or the symbolic-shape bindings "
    "should become such checks at function entry.")


def _api(id, case, outcome, family, reason):  # noqa: A002
    return Known(id, rf"^api:{re.escape(case)}:{outcome}$", case, "api", family, reason)


KNOWN: list[Known] = [
    _api("api-none-result", "export_returns_none_linalg", "rejected", API_NONE_RESULT,
         "a model returning None compiles to nothing: LoweringError at <unknown>"),
    _api("api-dynamic-dims-larger", "dynamic_mismatched_sizes", "accepted", API_DYNAMIC_DIMS,
         "add of (5, 3) and (6, 3) with one symbolic batch dim: eager raises, compiled "
         "returns a (5, 3) result"),
    _api("api-dynamic-dims-smaller", "dynamic_mismatched_smaller", "accepted",
         API_DYNAMIC_DIMS, "add of (6, 3) and (2, 3) with one symbolic batch dim: eager "
         "raises, compiled reads 4 rows past the end of the second input"),
    # IR findings: seed 0 (1500 mutants) and seed 1 (5000 mutants + the unmutated
    # corpus) of `fuzz_ir.py`, one entry per signature, reproducers minimized.
    _ir("abort-isa-max-pool2d-bad-sizes", "abort-isa-max-pool2d-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^crash:pipeline:Assertion\ `isa<To>\(Val\)\ \&\&\ "cast<Ty>\(\)\ argument\ of\ incompatible\ type!"'\ failed(@(packages/torch\-mlir\-core/tests/lit/Lowering/pooling\.mlir\#0|packages/torch\-mlir\-core/tests/lit/Lowering/pooling\.mlir\#7))?$"""),
    _ir("pass-torch-lower-to-linalg-bad-sizes", "pass-torch-lower-to-linalg-bad-sizes.mlir", BAD_SIZES, "int64 overflow: add.int/mul.int/neg.int of INT64_MAX/MIN (the lit input canonicalize-int-arith.mlir#7 itself) give a Python int outside int64, and building its i64 constant raises nanobind's TypeError, reported as 'Python pass torch-lower-to-linalg raised' (no op named); should wrap like torch or be a located error",
        r"""^internal:pipeline::torch\-lower\-to\-linalg:TypeError:get\(\):\ incompatible\ function\ arguments\.\ The\ following\ argume"""),
    _ir("adaptive-avg-pool2d-bad-sizes", "adaptive-avg-pool2d-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\._adaptive_avg_pool2d:linalg\.pooling\.<lambda>:MLIRError:Invalid\ type:"""),
    _ir("adaptive-avg-pool1d-bad-sizes", "adaptive-avg-pool1d-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.adaptive_avg_pool1d:linalg\.pooling\.<lambda>:MLIRError:Invalid\ type:"""),
    _ir("avg-pool2d-bad-sizes", "avg-pool2d-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.avg_pool2d:linalg\.pooling\.avg_pool2d:MLIRError:Invalid\ type:"""),
    _ir("avg-pool2d-bad-sizes-2", "avg-pool2d-bad-sizes-2.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.avg_pool2d:linalg\.pooling\.avg_pool2d:TypeError:get\(\):\ incompatible\ function\ arguments\.\ The\ following\ argume"""),
    _ir("constant-pad-nd-bad-sizes", "constant-pad-nd-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.constant_pad_nd:linalg\.views\.constant_pad_nd:MLIRError:Invalid\ type:"""),
    _ir("convolution-bad-sizes", "convolution-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.convolution:linalg\.conv\.convolution:MLIRError:Invalid\ type:"""),
    _ir("convolution-bad-sizes-2", "convolution-bad-sizes-2.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.convolution:linalg\.conv\.convolution:TypeError:get\(\):\ incompatible\ function\ arguments\.\ The\ following\ argume"""),
    _ir("max-pool2d-bad-sizes", "max-pool2d-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.max_pool2d:linalg\.pooling\.lower:MLIRError:Invalid\ type:"""),
    _ir("max-pool2d-with-indices-bad-sizes", "max-pool2d-with-indices-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.max_pool2d_with_indices:linalg\.pooling\.lower:MLIRError:Invalid\ type:"""),
    _ir("round-decimals-bad-sizes", "round-decimals-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.round\.decimals:linalg\.elementwise\.round_decimals:OverflowError:\(N,\ '_'\)"""),
    _ir("view-bad-sizes", "view-bad-sizes.mlir", BAD_SIZES, "an out-of-range size/stride/padding constant",
        r"""^internal:pipeline:torch\.aten\.view:linalg\.views\.view:MLIRError:Invalid\ type:"""),
    _ir("abort-idx-addmm-declared-type", "abort-idx-addmm-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^crash:pipeline:Assertion\ `idx\ <\ getRank\(\)\ \&\&\ "invalid\ index\ for\ shaped\ type"'\ failed(@(packages/torch\-mlir\-core/tests/lit/Lowering/conv\.mlir\#11|packages/torch\-mlir\-core/tests/lit/Lowering/conv\.mlir\#8|packages/torch\-mlir\-core/tests/lit/Lowering/linear\.mlir\#6))?$"""),
    _ir("abort-willbevalidaffinemap-mul-scalar-declared-type", "abort-willbevalidaffinemap-mul-scalar-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^crash:pipeline:Assertion\ `willBeValidAffineMap\(dimCount,\ symbolCount,\ results\)'\ failed(@(packages/torch\-mlir\-core/tests/lit/Lowering/elementwise\.mlir\#21|packages/torch\-mlir\-core/tests/lit/Lowering/elementwise\.mlir\#4|packages/torch\-mlir\-core/tests/lit/Passes/maximize\-value\-semantics\.mlir\#1|packages/torch\-mlir\-core/tests/lit/Lowering/elementwise\.mlir\#15|packages/torch\-mlir\-core/tests/lit/Lowering/elementwise\.mlir\#31|packages/torch\-mlir\-core/tests/lit/Lowering/elementwise\.mlir\#7|packages/torch\-mlir\-core/tests/lit/Passes/refine\-types\.mlir\#2))?$"""),
    _ir("getitem-t-declared-type", "getitem-t-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.__getitem__\.t:shared\.tuple_index:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("adaptive-avg-pool2d-declared-type", "adaptive-avg-pool2d-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\._adaptive_avg_pool2d:linalg\.pooling\.<lambda>:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("adaptive-avg-pool3d-declared-type", "adaptive-avg-pool3d-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\._adaptive_avg_pool3d:linalg\.pooling\.<lambda>:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("native-batch-norm-legit-functional-declared-type", "native-batch-norm-legit-functional-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\._native_batch_norm_legit_functional:linalg\.norms\.batch_norm_functional:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expecte"""),
    _ir("addmm-declared-type", "addmm-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.addmm:linalg\.linear\.addmm:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("any-dim-declared-type", "any-dim-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.any\.dim:linalg\.reductions\.any_all_dim:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("any-dims-declared-type", "any-dims-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.any\.dims:linalg\.reductions\.any_all_dim:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("arange-start-step-declared-type", "arange-start-step-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.arange\.start_step:linalg\.creation\.arange:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("argmax-declared-type", "argmax-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.argmax:linalg\.reductions\.argmax:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("argmin-declared-type", "argmin-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.argmin:linalg\.reductions\.argmax:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("avg-pool2d-declared-type", "avg-pool2d-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.avg_pool2d:linalg\.pooling\.avg_pool2d:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("avg-pool3d-declared-type", "avg-pool3d-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.avg_pool3d:linalg\.pooling\.avg_pool3d:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("clone-declared-type", "clone-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.clone:linalg\.elementwise\.cast:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("constant-pad-nd-declared-type", "constant-pad-nd-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.constant_pad_nd:linalg\.views\.constant_pad_nd:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("conv-transpose2d-input-declared-type", "conv-transpose2d-input-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.conv_transpose2d\.input:linalg\.conv\.conv_transpose:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("convolution-declared-type", "convolution-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.convolution:linalg\.conv\.convolution:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("dot-declared-type", "dot-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.dot:linalg\.linear\.dot:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("einsum-declared-type", "einsum-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.einsum:linalg\.linear\.einsum:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("expand-as-declared-type", "expand-as-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.expand_as:linalg\.views\.expand_as:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("expand-as-declared-type-2", "expand-as-declared-type-2.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.expand_as:linalg\.views\.expand_as:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T>"""),
    _ir("flatten-using-ints-declared-type", "flatten-using-ints-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.flatten\.using_ints:linalg\.views\.flatten:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T>"""),
    _ir("index-tensor-declared-type", "index-tensor-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.index\.Tensor:linalg\.indexing\.index_tensor:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("index-add-declared-type", "index-add-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.index_add:linalg\.indexing\.index_add:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("index-put-declared-type", "index-put-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.index_put:linalg\.indexing\.index_put:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("index-select-declared-type", "index-select-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.index_select:linalg\.indexing\.index_select:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("linalg-vector-norm-declared-type", "linalg-vector-norm-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.linalg_vector_norm:linalg\.reductions\.linalg_vector_norm:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("linear-declared-type", "linear-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.linear:linalg\.linear\.linear:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("logsumexp-declared-type", "logsumexp-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.logsumexp:linalg\.reductions\.logsumexp:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("matmul-declared-type", "matmul-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.matmul:linalg\.linear\.matmul:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("max-dim-declared-type", "max-dim-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.max\.dim:linalg\.reductions\.max_dim:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("max-pool1d-declared-type", "max-pool1d-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.max_pool1d:linalg\.pooling\.lower:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("max-pool2d-declared-type", "max-pool2d-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.max_pool2d:linalg\.pooling\.lower:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("mean-dim-declared-type", "mean-dim-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.mean\.dim:linalg\.reductions\.mean_dim:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("mean-declared-type", "mean-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.mean:linalg\.reductions\.mean_all:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("min-dim-declared-type", "min-dim-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.min\.dim:linalg\.reductions\.max_dim:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("movedim-int-declared-type", "movedim-int-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.movedim\.int:linalg\.views\.movedim:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("mv-declared-type", "mv-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.mv:linalg\.linear\.mv:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("native-group-norm-declared-type", "native-group-norm-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.native_group_norm:linalg\.norms\.native_group_norm:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("norm-scalaropt-dim-declared-type", "norm-scalaropt-dim-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.norm\.ScalarOpt_dim:linalg\.reductions\.linalg_vector_norm:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("outer-declared-type", "outer-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.outer:linalg\.linear\.outer:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("permute-declared-type", "permute-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.permute:linalg\.views\.permute_rule:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("prod-dim-int-declared-type", "prod-dim-int-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.prod\.dim_int:linalg\.reductions\.prod_dim:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("prod-declared-type", "prod-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.prod:linalg\.reductions\.prod_all:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("repeat-declared-type", "repeat-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.repeat:linalg\.views\.repeat:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("replication-pad2d-declared-type", "replication-pad2d-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.replication_pad2d:linalg\.views\.lower:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("roll-declared-type", "roll-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.roll:linalg\.views\.roll:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("scatter-add-declared-type", "scatter-add-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.scatter_add:linalg\.indexing\.scatter_add:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("scatter-reduce-two-declared-type", "scatter-reduce-two-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.scatter_reduce\.two:linalg\.indexing\.scatter_reduce:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("select-int-declared-type", "select-int-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.select\.int:linalg\.views\.select_int:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("select-scatter-declared-type", "select-scatter-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.select_scatter:linalg\.views\.select_scatter:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T>"""),
    _ir("stack-declared-type", "stack-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.stack:linalg\.views\.stack:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("std-dim-declared-type", "std-dim-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.std\.dim:linalg\.reductions\.std:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("sum-dim-intlist-declared-type", "sum-dim-intlist-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.sum\.dim_IntList:linalg\.reductions\.sum_dim:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("sum-declared-type", "sum-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.sum:linalg\.reductions\.sum_all:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("t-declared-type", "t-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.t:linalg\.views\.t:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("tile-declared-type", "tile-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.tile:linalg\.views\.repeat:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("transpose-int-declared-type", "transpose-int-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.transpose\.int:linalg\.views\.transpose:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("triu-declared-type", "triu-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.triu:linalg\.creation\.tril_triu:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("unflatten-int-declared-type", "unflatten-int-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.unflatten\.int:linalg\.views\.unflatten:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("unfold-declared-type", "unfold-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.unfold:linalg\.views\.unfold:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T>"""),
    _ir("unsqueeze-declared-type", "unsqueeze-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.unsqueeze:linalg\.views\.unsqueeze:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("var-correction-declared-type", "var-correction-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.var\.correction:linalg\.reductions\.var:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("var-mean-correction-declared-type", "var-mean-correction-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.var_mean\.correction:linalg\.reductions\.var_mean:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("view-declared-type", "view-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.view:linalg\.views\.view:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("view-declared-type-2", "view-declared-type-2.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.view:linalg\.views\.view:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T>"""),
    _ir("view-as-declared-type", "view-as-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.aten\.view_as:linalg\.views\.view_as:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("torch-prim-listunpack-declared-type", "torch-prim-listunpack-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.prim\.ListUnpack:shared\.unpack:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("torch-prim-listunpack-declared-type-2", "torch-prim-listunpack-declared-type-2.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.prim\.ListUnpack:shared\.unpack:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T>"""),
    _ir("prims-broadcast-in-dim-declared-type", "prims-broadcast-in-dim-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.prims\.broadcast_in_dim:linalg\.views\.broadcast_in_dim:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("prims-iota-declared-type", "prims-iota-declared-type.mlir", DECLARED_TYPE, "a declared result type the operands contradict",
        r"""^internal:pipeline:torch\.prims\.iota:linalg\.creation\.iota:TypeError:rule\ produced\ a\ value\ of\ type\ T,\ expected\ T"""),
    _ir("scalarimplicit-dtype", "scalarimplicit-dtype.mlir", DTYPE, "an unsupported dtype",
        r"""^internal:pipeline:torch\.aten\.ScalarImplicit:linalg\.tensors\.scalar_implicit:KeyError:torch\.complex64"""),
    _ir("hang-getitem-t-hang", "hang-getitem-t-hang.mlir", BAD_SIZES, "unbind.int along a 2**40 dim: no answer (refinement/rule make one result per slice)",
        r"""^hang:pipeline(@(packages/torch\-mlir\-core/tests/lit/Lowering/views\.mlir\#31))?$"""),
    _ir("getitem-t-out-of-range", "getitem-t-out-of-range.mlir", OUT_OF_RANGE, "a dim/index operand out of range",
        r"""^internal:pipeline:torch\.aten\.__getitem__\.t:shared\.tuple_index:IndexError:list\ index\ out\ of\ range"""),
    _ir("arange-start-step-declared-rank", "arange-start-step-declared-rank.mlir", DECLARED_TYPE, "a declared rank the op contradicts: IndexError in the rule",
        r"""^internal:pipeline:torch\.aten\.arange\.start_step:linalg\.creation\.arange:IndexError:list\ index\ out\ of\ range"""),
    _ir("arange-declared-rank", "arange-declared-rank.mlir", DECLARED_TYPE, "a declared rank the op contradicts: IndexError in the rule",
        r"""^internal:pipeline:torch\.aten\.arange:linalg\.creation\.arange:IndexError:list\ index\ out\ of\ range"""),
    _ir("avg-pool3d-declared-rank", "avg-pool3d-declared-rank.mlir", DECLARED_TYPE, "a declared rank the op contradicts: IndexError in the rule",
        r"""^internal:pipeline:torch\.aten\.avg_pool3d:linalg\.pooling\.avg_pool3d:IndexError:list\ index\ out\ of\ range"""),
    _ir("convolution-declared-rank", "convolution-declared-rank.mlir", DECLARED_TYPE, "a declared rank the op contradicts: IndexError in the rule",
        r"""^internal:pipeline:torch\.aten\.convolution:linalg\.conv\.convolution:IndexError:list\ index\ out\ of\ range"""),
    _ir("linspace-declared-rank", "linspace-declared-rank.mlir", DECLARED_TYPE, "a declared rank the op contradicts: IndexError in the rule",
        r"""^internal:pipeline:torch\.aten\.linspace:linalg\.creation\.linspace:IndexError:list\ index\ out\ of\ range"""),
    _ir("max-pool2d-declared-rank", "max-pool2d-declared-rank.mlir", DECLARED_TYPE, "a declared rank the op contradicts: IndexError in the rule",
        r"""^internal:pipeline:torch\.aten\.max_pool2d:linalg\.pooling\.lower:IndexError:list\ index\ out\ of\ range"""),
    _ir("max-pool3d-declared-rank", "max-pool3d-declared-rank.mlir", DECLARED_TYPE, "a declared rank the op contradicts: IndexError in the rule",
        r"""^internal:pipeline:torch\.aten\.max_pool3d:linalg\.pooling\.lower:IndexError:list\ index\ out\ of\ range"""),
    _ir("size-int-out-of-range", "size-int-out-of-range.mlir", OUT_OF_RANGE, "a dim/index operand out of range",
        r"""^internal:pipeline:torch\.aten\.size\.int:shared\.size_int:IndexError:list\ index\ out\ of\ range"""),
    _ir("prims-broadcast-in-dim-out-of-range", "prims-broadcast-in-dim-out-of-range.mlir", OUT_OF_RANGE, "a dim/index operand out of range",
        r"""^internal:pipeline:torch\.prims\.broadcast_in_dim:linalg\.views\.broadcast_in_dim:IndexError:list\ index\ out\ of\ range"""),
    _ir("prims-iota-declared-rank", "prims-iota-declared-rank.mlir", DECLARED_TYPE, "a declared rank the op contradicts: IndexError in the rule",
        r"""^internal:pipeline:torch\.prims\.iota:linalg\.creation\.iota:IndexError:list\ index\ out\ of\ range"""),
    _ir("adaptive-avg-pool2d-zero-size", "adaptive-avg-pool2d-zero-size.mlir", ZERO_SIZE, "a zero-size dim",
        r"""^internal:pipeline:torch\.aten\._adaptive_avg_pool2d:linalg\.pooling\.<lambda>:ValueError:max\(\)\ arg\ is\ an\ empty\ sequence"""),
    _ir("adaptive-max-pool2d-zero-size", "adaptive-max-pool2d-zero-size.mlir", ZERO_SIZE, "a zero-size dim",
        r"""^internal:pipeline:torch\.aten\.adaptive_max_pool2d:linalg\.pooling\.<lambda>:ValueError:max\(\)\ arg\ is\ an\ empty\ sequence"""),
    _ir("avg-pool2d-zero-size", "avg-pool2d-zero-size.mlir", ZERO_SIZE, "a zero-size dim",
        r"""^internal:pipeline:torch\.aten\.avg_pool2d:linalg\.pooling\.avg_pool2d:ZeroDivisionError:integer\ division\ or\ modulo\ by\ zero"""),
    _ir("conv-transpose2d-input-zero-size", "conv-transpose2d-input-zero-size.mlir", ZERO_SIZE, "a zero-size dim",
        r"""^internal:pipeline:torch\.aten\.conv_transpose2d\.input:linalg\.conv\.conv_transpose:ZeroDivisionError:integer\ division\ or\ modulo\ by\ zero"""),
    _ir("floordiv-int-by-zero", "floordiv-int-by-zero.mlir", OTHER, "floordiv.int of constants 7 // 0: the Python fold raises ZeroDivisionError in lowering/shared.py; should be a located division-by-zero error (the lit input itself, canonicalize-int-arith.mlir, fails)",
        r"""^internal:pipeline:torch\.aten\.floordiv\.int:shared\.lower:ZeroDivisionError:integer\ division\ or\ modulo\ by\ zero"""),
    _ir("roll-zero-size", "roll-zero-size.mlir", ZERO_SIZE, "a zero-size dim",
        r"""^internal:pipeline:torch\.aten\.roll:linalg\.views\.roll:ZeroDivisionError:integer\ modulo\ by\ zero"""),
    _ir("hang-adaptive-max-pool2d", "hang-adaptive-max-pool2d.mlir", BAD_SIZES, "adaptive_max_pool2d to a 2**31 output size: no answer",
        r"""^hang:pipeline(@packages/torch\-mlir\-core/tests/lit/Lowering/pooling\.mlir\#19)?$"""),
    _ir("hang-adaptive-avg-pool3d", "hang-adaptive-avg-pool3d.mlir", BAD_SIZES, "_adaptive_avg_pool3d to a 2**31 output size: no answer",
        r"""^hang:pipeline(@packages/torch\-mlir\-core/tests/lit/Lowering/pooling\.mlir\#17)?$"""),
]


def match(finding) -> Known | None:
    for k in KNOWN:
        if k.matches(finding.signature):
            return k
    return None
