"""Run-time error checks torch makes on computed values.

`aten._linalg_check_errors(info, api_name, is_matrix)`: torch.export keeps it
(as an effectful op) after a factorization whose `info` output is LAPACK's:
0, or the 1-based index of the first zero pivot (LU: the matrix is
singular) or of the first leading minor that is not positive-definite
(Cholesky). Eager raises then; here a cf.assert with the same kind of
message fails the call, never a silent wrong value.
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith, cf, tensor

from ..registry import rule
from .common import REDUCTION, affine_map, empty, fill, generic, identity_map, scalar_constant


def _message(api: str) -> str:
    if "cholesky" in api:
        return (f"{api}: The factorization could not be completed because the input is "
                "not positive-definite (a leading minor is not positive-definite).")
    if "ldl" in api:
        return f"{api}: The factorization could not be completed (LAPACK info != 0)."
    return (f"{api}: A diagonal element of U in the LU factorization is zero: the input "
            "matrix is singular, the operation could not be completed.")


@rule("torch.aten._linalg_check_errors")
def linalg_check_errors(cx, n):
    info = n.operands[0]
    api = n.const(1, "api_name")
    t = ir.RankedTensorType(info.type)
    i1 = ir.IntegerType.get_signless(1)
    init = fill(scalar_constant(False, i1), empty([], i1))
    zero = scalar_constant(0, t.element_type)

    def body(v, acc):
        bad = arith.CmpIOp(arith.CmpIPredicate.ne, v, zero).result
        return arith.OrIOp(acc, bad).result

    (any_bad,) = generic([info], [init], [identity_map(t.rank), affine_map(t.rank, [])],
                         [REDUCTION] * t.rank, body)
    bad = tensor.ExtractOp(any_bad, []).result
    ok = arith.XOrIOp(bad, scalar_constant(True, i1)).result
    cf.AssertOp(ok, _message(str(api)))
    return None
