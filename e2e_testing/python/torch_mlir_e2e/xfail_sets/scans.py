"""Expected failures of the scan / order-statistic / histogram / indexed
reduction tests (test_suite/scans.py) outside fx-linalg-refbackend: their
rules are linalg only (generated with --suggest-xfail, reasons condensed)."""

_SCANS_XFAILS = {
    "fx-tosa-refbackend": {
        'angle_int_dynamic': 'aten.angle: no TOSA rule',
        'angle_real_specials': 'aten.angle: no TOSA rule',
        'histc_constant_data': 'aten.histc: no TOSA rule',
        'histc_data_range': 'aten.histc: no TOSA rule',
        'histc_explicit_range_dynamic_f64': 'aten.histc: no TOSA rule',
        'index_reduce_int_mean_exclude_self': 'aten.scatter_reduce.two: no TOSA rule',
        'index_reduce_reductions': 'aten.scatter_reduce.two: no TOSA rule',
        'logcumsumexp_dim0_dynamic_f64': 'aten.logcumsumexp: no TOSA rule',
        'logcumsumexp_infinities_nan': 'aten.logcumsumexp: no TOSA rule',
        'logcumsumexp_middle_dim': 'aten.logcumsumexp: no TOSA rule',
        'mode_dim0_dynamic_signed_zero': 'aten.mode: no TOSA rule',
        'mode_int_ties': 'aten.mode: no TOSA rule',
        'mode_long_rows_distinct': 'aten.mode: no TOSA rule',
        'nanmedian_all_int_dynamic': 'aten.nanmedian: no TOSA rule',
        'nanmedian_all_ties': 'aten.nanmedian: no TOSA rule',
        'nanmedian_dim_dynamic_keepdim': 'aten.nanmedian.dim: no TOSA rule',
        'nanmedian_dim_short_rows_ties': 'aten.nanmedian.dim: no TOSA rule',
        'nonzero_static_3d_int': 'aten.cumsum: no TOSA rule',
        'nonzero_static_padded': 'aten.cumsum: no TOSA rule',
        'put_int_2d_index': 'aten.index_put (accumulate=True): no TOSA rule',
        'put_negative_duplicates': 'aten.index_put (accumulate=True): no TOSA rule',
        'segment_reduce_lengths': 'aten.cumsum: no TOSA rule',
    },
    "fx-tosa-iree": "fx-tosa-refbackend",
    "fx-stablehlo-iree": {
        'angle_int_dynamic': 'aten.angle: no StableHLO rule',
        'angle_real_specials': 'aten.angle: no StableHLO rule',
        'histc_constant_data': 'aten.histc: no StableHLO rule',
        'histc_data_range': 'aten.histc: no StableHLO rule',
        'histc_explicit_range_dynamic_f64': 'aten.histc: no StableHLO rule',
        'index_reduce_int_mean_exclude_self': 'aten.scatter_reduce.two: no StableHLO rule',
        'index_reduce_reductions': 'aten.scatter_reduce.two: no StableHLO rule',
        'logcumsumexp_dim0_dynamic_f64': 'aten.logcumsumexp: no StableHLO rule',
        'logcumsumexp_infinities_nan': 'aten.logcumsumexp: no StableHLO rule',
        'logcumsumexp_middle_dim': 'aten.logcumsumexp: no StableHLO rule',
        'mode_dim0_dynamic_signed_zero': 'aten.mode: no StableHLO rule',
        'mode_int_ties': 'aten.mode: no StableHLO rule',
        'mode_long_rows_distinct': 'aten.mode: no StableHLO rule',
        'nanmedian_all_int_dynamic': 'aten.nanmedian: no StableHLO rule',
        'nanmedian_all_ties': 'aten.nanmedian: no StableHLO rule',
        'nanmedian_dim_dynamic_keepdim': 'aten.nanmedian.dim: no StableHLO rule',
        'nanmedian_dim_short_rows_ties': 'aten.nanmedian.dim: no StableHLO rule',
        'nonzero_static_3d_int': 'aten.cumsum: no StableHLO rule',
        'nonzero_static_padded': 'aten.cumsum: no StableHLO rule',
        'put_int_2d_index': 'aten.index_put: no StableHLO rule',
        'put_negative_duplicates': 'aten.index_put: no StableHLO rule',
        'segment_reduce_lengths': 'aten.cumsum: no StableHLO rule',
    },
    "ltc-linalg-refbackend": {
        'angle_int_dynamic': 'aten.angle: no LTC lazy kernel compiled through MLIR',
        'angle_real_specials': 'aten.angle: no LTC lazy kernel compiled through MLIR',
        'histc_constant_data': 'aten.histc: no LTC lazy kernel compiled through MLIR',
        'histc_data_range': 'aten.histc: no LTC lazy kernel compiled through MLIR',
        'histc_explicit_range_dynamic_f64': 'aten.histc: no LTC lazy kernel compiled through MLIR',
        'index_reduce_int_mean_exclude_self': 'aten.index_reduce: no LTC lazy kernel compiled through MLIR',
        'index_reduce_reductions': 'aten.index_reduce: no LTC lazy kernel compiled through MLIR',
        'logcumsumexp_dim0_dynamic_f64': 'aten._logcumsumexp: no LTC lazy kernel compiled through MLIR',
        'logcumsumexp_infinities_nan': 'aten._logcumsumexp: no LTC lazy kernel compiled through MLIR',
        'logcumsumexp_middle_dim': 'aten._logcumsumexp: no LTC lazy kernel compiled through MLIR',
        'mode_dim0_dynamic_signed_zero': 'aten.mode: no LTC lazy kernel compiled through MLIR',
        'mode_int_ties': 'aten.mode: no LTC lazy kernel compiled through MLIR',
        'mode_long_rows_distinct': 'aten.mode: no LTC lazy kernel compiled through MLIR',
        'nanmedian_all_int_dynamic': 'aten.nanmedian: no LTC lazy kernel compiled through MLIR',
        'nanmedian_all_ties': 'aten.nanmedian: no LTC lazy kernel compiled through MLIR',
        'nanmedian_dim_dynamic_keepdim': 'aten.nanmedian.dim_values: no LTC lazy kernel compiled through MLIR',
        'nanmedian_dim_short_rows_ties': 'aten.nanmedian.dim_values: no LTC lazy kernel compiled through MLIR',
        'nonzero_static_3d_int': 'aten.nonzero_static: no LTC lazy kernel compiled through MLIR',
        'nonzero_static_padded': 'aten.nonzero_static: no LTC lazy kernel compiled through MLIR',
        'put_int_2d_index': 'aten.put_: no LTC lazy kernel compiled through MLIR',
        'put_negative_duplicates': 'aten.put_: no LTC lazy kernel compiled through MLIR',
        'segment_reduce_lengths': 'aten.segment_reduce: no LTC lazy kernel compiled through MLIR',
        'segment_reduce_offsets_axis1_initial': 'aten.segment_reduce: no LTC lazy kernel compiled through MLIR',
    },
    "fx-linalg-iree": {
        'index_reduce_reductions':
            "IREE: output[2] (amax, include_self=False, a NaN in the source) differs from "
            "eager in its NaN positions only (0 elements differ in value)",
        'logcumsumexp_dim0_dynamic_f64':
            "IREE codegen: 'linalg.generic' op write affecting operations on global resources are "
            "restricted to workgroup distributed contexts (the scan's scf.for at a dynamic size)",
    },
}

# fx-tosa-iree fails on the same missing TOSA rules as fx-tosa-refbackend.
SCANS_XFAILS = {config: _SCANS_XFAILS[rows] if isinstance(rows, str) else rows
                for config, rows in _SCANS_XFAILS.items()}
