"""`python -m torch_mlir_e2e`: see `torch_mlir_e2e.cli`."""

import sys

from torch_mlir_e2e.cli import main

if __name__ == "__main__":
    sys.exit(main())
