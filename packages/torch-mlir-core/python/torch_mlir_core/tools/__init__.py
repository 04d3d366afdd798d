"""Developer tools of torch-mlir-core (code generators)."""
