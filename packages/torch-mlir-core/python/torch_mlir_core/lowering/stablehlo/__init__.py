"""StableHLO rules, one module per op family, built with the generic-form
emitter of emitter.py (every module here but emitter/common is imported by
`torch_mlir_core.lowering.load_rules`)."""
