"""Expected failures of test_suite/quantization.py outside the FX linalg
configs (the decompositions of the quantization ops are applied before FX
import: other frontends see the ops themselves)."""

_PER_TENSOR = ["quant_quantize_per_tensor_int8", "quant_quantize_per_tensor_uint8_dynamic",
               "quant_dequantize_per_tensor_int8", "quant_quantize_per_tensor_half_to_even",
               "quant_dequantize_per_tensor_uint8_dynamic",
               "quant_quantize_per_tensor_tensor_qparams"]
_PER_CHANNEL = ["quant_per_channel_roundtrip", "quant_per_channel_last_axis_dynamic"]
_PER_TOKEN = ["quant_per_token_roundtrip"]
_FAKE_CACHEMASK = ["quant_fake_quantize_per_tensor_cachemask",
                   "quant_fake_quantize_per_channel_cachemask"]
_FAKE = ["quant_fake_quantize_per_tensor_affine", "quant_fake_quantize_per_channel_affine"]

_QD = ("quantized_decomposed.* ops are decomposed only before FX import: this frontend "
       "imports them and no lowering rule takes them")
_LOCAL_SCALAR = ("the .tensor overloads read the scale/zero point as scalars "
                 "(aten._local_scalar_dense): no rule for this target")
_TS_FAKE = "aten.fake_quantize_per_*_affine: the Torch dialect has no op for it (TorchScript " \
    "keeps the composite op)"
_TS_FAKE_CACHEMASK = ("TorchScript's import gives the fake-quantize cachemask results no "
                      "dtype: the static-shape decomposition cannot run")
_LTC = "Lazy Tensor Core has no lazy kernel for aten.round / fake_quantize (it runs them eagerly)"
_LTC_VIEW = "LTC: aten::as_strided (the per-channel kernel's permute) has no functional lowering"
_STABLEHLO_U8 = "uint8 tensors are not supported by the StableHLO lowering"
_IREE_DYNAMIC = ("IREE's runtime fails on this dynamic-shape program (transient buffer not "
                 "committed)")

QUANT_XFAILS: dict[str, dict[str, str]] = {
    "torchscript-linalg-refbackend": {
        **dict.fromkeys(_PER_TENSOR + _PER_CHANNEL + _PER_TOKEN, _QD),
        "quant_quantize_per_tensor_tensor_qparams":
            "TorchScript cannot script quantized_decomposed's .tensor overload call",
        **dict.fromkeys(_FAKE_CACHEMASK, _TS_FAKE_CACHEMASK),
        **dict.fromkeys(_FAKE, _TS_FAKE),
    },
    "torchscript-trace-linalg-refbackend": {
        **dict.fromkeys(_PER_TENSOR + _PER_CHANNEL + _PER_TOKEN, _QD),
        **dict.fromkeys(_FAKE, _TS_FAKE),
    },
    "acap-linalg-refbackend": dict.fromkeys(_PER_TENSOR + _PER_CHANNEL + _PER_TOKEN, _QD),
    "ltc-linalg-refbackend": {
        **dict.fromkeys([t for t in _PER_TENSOR if "dequantize" not in t], _LTC),
        **dict.fromkeys(_FAKE + _FAKE_CACHEMASK + _PER_TOKEN, _LTC),
        **dict.fromkeys(_PER_CHANNEL, _LTC_VIEW),
        "quant_quantize_per_tensor_tensor_qparams":
            "LTC has no lazy kernel for aten._local_scalar_dense (the .tensor overloads' scalars)",
    },
    "fx-tosa-refbackend": {"quant_quantize_per_tensor_tensor_qparams": _LOCAL_SCALAR},
    "fx-tosa-iree": {
        "quant_quantize_per_tensor_tensor_qparams": _LOCAL_SCALAR,
        "quant_quantize_per_tensor_uint8_dynamic": _IREE_DYNAMIC,
        "quant_per_channel_last_axis_dynamic": _IREE_DYNAMIC,
    },
    "fx-stablehlo-iree": {
        "quant_quantize_per_tensor_tensor_qparams": _LOCAL_SCALAR,
        **dict.fromkeys(["quant_quantize_per_tensor_uint8_dynamic",
                         "quant_dequantize_per_tensor_uint8_dynamic",
                         "quant_per_channel_last_axis_dynamic"], _STABLEHLO_U8),
    },
}
