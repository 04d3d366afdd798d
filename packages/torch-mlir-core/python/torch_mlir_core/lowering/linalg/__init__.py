"""linalg-on-tensors rules, one module per op family (every module here is
imported by `torch_mlir_core.lowering.load_rules`)."""
