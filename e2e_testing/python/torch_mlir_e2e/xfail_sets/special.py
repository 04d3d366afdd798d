"""Expected failures of the special-function tests (test_suite/special.py and
special_poly.py) outside fx-linalg-refbackend: the rules are linalg only;
TorchScript and ACAP graphs keep the special ops, which torch-decompose
decomposes (static shapes) but for aten.mvlgamma; LTC has no lazy kernels
for them."""

_BOTH = ("", "_f64")
# aten ops the Torch dialect has (lowered by the linalg rules) ...
_IN_DIALECT = ("i0", "erfinv", "lgamma", "digamma")
# ... and torch.special functions whose aten op it lacks (torch.export
# decomposes them to the prims the rules lower).
_SPECIAL_OPS = ("i0e", "i1", "i1e", "spherical_bessel_j0", "erfcx", "log_ndtr", "ndtri",
                "bessel_j0", "bessel_j1", "zeta")
_COMPOSED = {"special_mvlgamma_p3": "aten.mvlgamma", "special_chain_dynamic": "aten.special_i1e"}
for _s in _BOTH:
    _COMPOSED.update({f"special_frexp{_s}": "aten.frexp.Tensor",
                      f"special_nextafter{_s}": "aten.nextafter"})

ALL_TESTS = [f"special_{f}{s}" for f in _IN_DIALECT + _SPECIAL_OPS for s in _BOTH] + list(_COMPOSED)

# The orthogonal polynomials (test_suite/special_poly.py) and
# modified_bessel_i0/i1: linalg rules only; TorchScript, trace and ACAP
# pass, the dialect has their aten ops.
_POLYNOMIALS = [f"{s}chebyshev_polynomial_{k}" for s in ("", "shifted_") for k in "tuvw"] + [
    "hermite_polynomial_h", "hermite_polynomial_he", "laguerre_polynomial_l",
    "legendre_polynomial_p"]
POLY_TESTS = [f"special_{p}{s}" for p in _POLYNOMIALS for s in ("", "_f64_dynamic")] + [
    "special_chebyshev_t_n_scalar", "special_hermite_h_x_scalar"] + [
    f"special_modified_bessel_{f}{s}" for f in ("i0", "i1") for s in _BOTH]


def _not_in_dialect() -> dict[str, str]:
    """The tests whose un-decomposed graph has an op the Torch dialect lacks."""
    out = {f"special_{f}{s}": f"aten.special_{f}: not in the Torch dialect (only torch.export "
                              "decomposes it)" for f in _SPECIAL_OPS for s in _BOTH}
    out.update({t: f"{op}: not in the Torch dialect (only torch.export decomposes it)"
                for t, op in _COMPOSED.items()})
    return out


_MVLGAMMA = {"special_mvlgamma_p3": _not_in_dialect()["special_mvlgamma_p3"]}

_IREE_DENORMALS = "IREE flushes denormals (1e-38, 1e-40, 1e-44, 1e-310, 5e-324) to zero: a " \
                  "pole, an end of the domain or a zero instead of the denormal's value"

SPECIAL_XFAILS = {
    "fx-tosa-refbackend": dict.fromkeys(ALL_TESTS + POLY_TESTS,
                                        "the special functions have no TOSA rules"),
    "fx-tosa-iree": dict.fromkeys(ALL_TESTS + POLY_TESTS,
                                  "the special functions have no TOSA rules"),
    "fx-stablehlo-iree": dict.fromkeys(ALL_TESTS + POLY_TESTS,
                                       "the special functions have no StableHLO rules"),
    "ltc-linalg-refbackend": dict.fromkeys(
        ALL_TESTS + POLY_TESTS, "the special ops have no LTC lazy kernel compiled through MLIR"),
    # torch-decompose applies torch._decomp's entries for the special ops
    # the dialect has no rule for (static shapes); mvlgamma is not in the dialect.
    "torchscript-linalg-refbackend": dict(_MVLGAMMA),
    "torchscript-trace-linalg-refbackend": dict(_MVLGAMMA),
    "acap-linalg-refbackend": dict(_MVLGAMMA),
    "fx-linalg-iree": {
        "special_log_ndtr": "IREE cannot legalize math.erfc (log_ndtr's decomposition)",
        "special_log_ndtr_f64": "IREE cannot legalize math.erfc (log_ndtr's decomposition)",
        "special_lgamma": _IREE_DENORMALS,
        "special_digamma": _IREE_DENORMALS,
        "special_ndtri": _IREE_DENORMALS,
        "special_ndtri_f64": _IREE_DENORMALS,
        "special_frexp": _IREE_DENORMALS,
        "special_frexp_f64": _IREE_DENORMALS,
        "special_nextafter": _IREE_DENORMALS,
        "special_nextafter_f64": _IREE_DENORMALS,
        "special_chain_dynamic": "IREE's float64 math is less accurate here (1.3e-5 relative "
                                 "at one element)",
        **dict.fromkeys(
            [f"special_{c}" for c in _POLYNOMIALS if "chebyshev" in c],
            "IREE's float32 cos/sin/acos approximations are less accurate than libm at the "
            "closed form's large arguments: cos(513 acos x) off by up to 1e-4 (degree 513 only)"),
    },
}
