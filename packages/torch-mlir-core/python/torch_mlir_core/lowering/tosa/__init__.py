"""torch -> TOSA rules (target="tosa"), one module per op family, emitting
the TOSA 1.0 dialect of MLIR's Python bindings; tosa/common.py holds the
helpers they share. Ops with no rule here are decomposed by torch first
(torch-decompose{target=tosa}) where torch has a decomposition."""
