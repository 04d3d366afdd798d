"""The type refinement passes now live in the `refinement` package; these
names stay importable from here for the passes that use them."""

from .refinement import Unknown as _Unknown  # noqa: F401
from .refinement import all_ops as _all_ops  # noqa: F401
from .refinement import convert_arg as _convert_arg  # noqa: F401
from .refinement import python_value as _python_value  # noqa: F401
from .refinement import torch_op as _torch_op  # noqa: F401
