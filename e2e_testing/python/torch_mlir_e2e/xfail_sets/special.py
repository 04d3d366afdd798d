"""Expected failures of the special-function tests (test_suite/special.py)
outside fx-linalg-refbackend: the rules are linalg only; TorchScript, ACAP and
LTC see un-decomposed special ops the Torch dialect lacks."""

SPECIAL_XFAILS = {
    "fx-tosa-refbackend": {
        "special_chain_dynamic":
            'the special functions have no TOSA rules (linalg only)',
        "special_digamma":
            'the special functions have no TOSA rules (linalg only)',
        "special_digamma_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_erfcx":
            'the special functions have no TOSA rules (linalg only)',
        "special_erfcx_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_erfinv":
            'the special functions have no TOSA rules (linalg only)',
        "special_erfinv_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_i0":
            'the special functions have no TOSA rules (linalg only)',
        "special_i0_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_i0e":
            'the special functions have no TOSA rules (linalg only)',
        "special_i0e_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_i1":
            'the special functions have no TOSA rules (linalg only)',
        "special_i1_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_i1e":
            'the special functions have no TOSA rules (linalg only)',
        "special_i1e_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_lgamma":
            'the special functions have no TOSA rules (linalg only)',
        "special_lgamma_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_log_ndtr":
            'the special functions have no TOSA rules (linalg only)',
        "special_log_ndtr_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_mvlgamma_p3":
            'the special functions have no TOSA rules (linalg only)',
        "special_ndtri":
            'the special functions have no TOSA rules (linalg only)',
        "special_ndtri_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_spherical_bessel_j0":
            'the special functions have no TOSA rules (linalg only)',
        "special_spherical_bessel_j0_f64":
            'the special functions have no TOSA rules (linalg only)',
    },
    "torchscript-linalg-refbackend": {
        "special_chain_dynamic":
            "'aten.special_i1e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_digamma":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_digamma_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_erfcx":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_erfcx_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_erfinv":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_erfinv_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_i0":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_i0_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_i0e":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_i0e_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_i1":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_i1_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_i1e":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_i1e_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_lgamma":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_lgamma_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_log_ndtr":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_log_ndtr_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_mvlgamma_p3":
            "'aten.mvlgamma': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_ndtri":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_ndtri_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_spherical_bessel_j0":
            'TorchScript cannot script a torch builtin passed as the test function',
        "special_spherical_bessel_j0_f64":
            'TorchScript cannot script a torch builtin passed as the test function',
    },
    "torchscript-trace-linalg-refbackend": {
        "special_chain_dynamic":
            "'aten.special_i1e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_erfcx":
            "'aten.special_erfcx': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_erfcx_f64":
            "'aten.special_erfcx': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i0e":
            "'aten.special_i0e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i0e_f64":
            "'aten.special_i0e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i1":
            "'aten.special_i1': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i1_f64":
            "'aten.special_i1': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i1e":
            "'aten.special_i1e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i1e_f64":
            "'aten.special_i1e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_log_ndtr":
            "'aten.special_log_ndtr': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_log_ndtr_f64":
            "'aten.special_log_ndtr': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_mvlgamma_p3":
            "'aten.mvlgamma': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_ndtri":
            "'aten.special_ndtri': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_ndtri_f64":
            "'aten.special_ndtri': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_spherical_bessel_j0":
            "'aten.special_spherical_bessel_j0': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_spherical_bessel_j0_f64":
            "'aten.special_spherical_bessel_j0': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
    },
    "ltc-linalg-refbackend": {
        "special_chain_dynamic":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_digamma":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_digamma_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_erfcx":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_erfcx_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_erfinv":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_erfinv_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_i0":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_i0_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_i0e":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_i0e_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_i1":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_i1_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_i1e":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_i1e_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_lgamma":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_lgamma_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_log_ndtr":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_log_ndtr_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_mvlgamma_p3":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_ndtri":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_ndtri_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_spherical_bessel_j0":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
        "special_spherical_bessel_j0_f64":
            'LTC: the special ops have no lazy kernel compiled through MLIR',
    },
    "acap-linalg-refbackend": {
        "special_chain_dynamic":
            "'aten.special_i1e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_erfcx":
            "'aten.special_erfcx': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_erfcx_f64":
            "'aten.special_erfcx': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i0e":
            "'aten.special_i0e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i0e_f64":
            "'aten.special_i0e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i1":
            "'aten.special_i1': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i1_f64":
            "'aten.special_i1': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i1e":
            "'aten.special_i1e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_i1e_f64":
            "'aten.special_i1e': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_log_ndtr":
            "'aten.special_log_ndtr': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_log_ndtr_f64":
            "'aten.special_log_ndtr': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_mvlgamma_p3":
            "'aten.mvlgamma': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_ndtri":
            "'aten.special_ndtri': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_ndtri_f64":
            "'aten.special_ndtri': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_spherical_bessel_j0":
            "'aten.special_spherical_bessel_j0': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
        "special_spherical_bessel_j0_f64":
            "'aten.special_spherical_bessel_j0': not in the Torch dialect (TorchScript/ACAP see the un-decomposed op)",
    },
    "fx-linalg-iree": {
        "special_chain_dynamic":
            "IREE's math lowering is less accurate here (1.3e-5 relative at one element)",
        "special_digamma":
            'IREE flushes denormal inputs (1e-38, 1e-44, 5e-324) to zero: a pole / domain end instead of a finite value',
        "special_lgamma":
            'IREE flushes denormal inputs (1e-38, 1e-44, 5e-324) to zero: a pole / domain end instead of a finite value',
        "special_log_ndtr":
            "IREE cannot legalize math.erfc (log_ndtr's decomposition)",
        "special_log_ndtr_f64":
            "IREE cannot legalize math.erfc (log_ndtr's decomposition)",
        "special_ndtri":
            'IREE flushes denormal inputs (1e-38, 1e-44, 5e-324) to zero: a pole / domain end instead of a finite value',
        "special_ndtri_f64":
            'IREE flushes denormal inputs (1e-38, 1e-44, 5e-324) to zero: a pole / domain end instead of a finite value',
    },
    "fx-tosa-iree": {
        "special_chain_dynamic":
            'the special functions have no TOSA rules (linalg only)',
        "special_digamma":
            'the special functions have no TOSA rules (linalg only)',
        "special_digamma_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_erfcx":
            'the special functions have no TOSA rules (linalg only)',
        "special_erfcx_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_erfinv":
            'the special functions have no TOSA rules (linalg only)',
        "special_erfinv_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_i0":
            'the special functions have no TOSA rules (linalg only)',
        "special_i0_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_i0e":
            'the special functions have no TOSA rules (linalg only)',
        "special_i0e_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_i1":
            'the special functions have no TOSA rules (linalg only)',
        "special_i1_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_i1e":
            'the special functions have no TOSA rules (linalg only)',
        "special_i1e_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_lgamma":
            'the special functions have no TOSA rules (linalg only)',
        "special_lgamma_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_log_ndtr":
            'the special functions have no TOSA rules (linalg only)',
        "special_log_ndtr_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_mvlgamma_p3":
            'the special functions have no TOSA rules (linalg only)',
        "special_ndtri":
            'the special functions have no TOSA rules (linalg only)',
        "special_ndtri_f64":
            'the special functions have no TOSA rules (linalg only)',
        "special_spherical_bessel_j0":
            'the special functions have no TOSA rules (linalg only)',
        "special_spherical_bessel_j0_f64":
            'the special functions have no TOSA rules (linalg only)',
    },
    "fx-stablehlo-iree": {
        "special_chain_dynamic":
            'the special functions have no StableHLO rules (linalg only)',
        "special_digamma":
            'the special functions have no StableHLO rules (linalg only)',
        "special_digamma_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_erfcx":
            'the special functions have no StableHLO rules (linalg only)',
        "special_erfcx_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_erfinv":
            'the special functions have no StableHLO rules (linalg only)',
        "special_erfinv_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_i0":
            'the special functions have no StableHLO rules (linalg only)',
        "special_i0_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_i0e":
            'the special functions have no StableHLO rules (linalg only)',
        "special_i0e_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_i1":
            'the special functions have no StableHLO rules (linalg only)',
        "special_i1_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_i1e":
            'the special functions have no StableHLO rules (linalg only)',
        "special_i1e_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_lgamma":
            'the special functions have no StableHLO rules (linalg only)',
        "special_lgamma_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_log_ndtr":
            'the special functions have no StableHLO rules (linalg only)',
        "special_log_ndtr_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_mvlgamma_p3":
            'the special functions have no StableHLO rules (linalg only)',
        "special_ndtri":
            'the special functions have no StableHLO rules (linalg only)',
        "special_ndtri_f64":
            'the special functions have no StableHLO rules (linalg only)',
        "special_spherical_bessel_j0":
            'the special functions have no StableHLO rules (linalg only)',
        "special_spherical_bessel_j0_f64":
            'the special functions have no StableHLO rules (linalg only)',
    },
}
