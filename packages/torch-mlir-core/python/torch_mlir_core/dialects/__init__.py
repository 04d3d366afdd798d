"""Op builders of the dialects torch_mlir_core defines."""
