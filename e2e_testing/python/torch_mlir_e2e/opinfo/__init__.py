"""The OpInfo suite: e2e tests generated from PyTorch's op database
(`python -m torch_mlir_e2e --suite opinfo`). See `suite.py` for what a test
is, `names.py` for the names, `tolerances.py` for the comparison and
`triage.py` for the failure table."""
