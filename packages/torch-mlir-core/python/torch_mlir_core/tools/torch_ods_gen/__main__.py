"""`python -m torch_mlir_core.tools.torch_ods_gen`: regenerate GeneratedTorchOps.td."""

import sys

from .generator import main

sys.exit(main())
