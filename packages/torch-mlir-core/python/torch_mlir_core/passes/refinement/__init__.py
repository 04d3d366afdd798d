"""Passes that bring imported IR without full type information (TorchScript)
to the torch backend contract, using torch's own machinery:

torch-maximize-value-semantics (`value_semantics.py`)
    !torch.tensor -> !torch.vtensor everywhere; tensor literals and copies
    become their value forms; an in-place op (`aten.add_.Tensor`) becomes its
    functional form (`aten.add.Tensor`) and later uses of the mutated tensor
    in the same block use the new value. Mutation the pass cannot prove safe
    (through a view, or of a value defined outside the op's block) is
    reported at the op.
torch-refine-types (`driver.py`)
    Gives every tensor a shape and dtype by running the op on meta tensors
    (torch's meta kernels / FakeTensor shape propagation: no hand-written
    shape functions). Dims that depend on a dynamic input dim become `?`
    (found by propagating two different sizes for each dynamic dim).

Both leave IR that already meets the contract (the FX importer's) unchanged.

Layout: `registry.py` (the per-op registries), `values.py` (compile-time
values of operands, meta runs), `facts.py` (compile-time facts: sizes,
dtypes, scalar arithmetic), `structural.py` (ops that pass types through,
and refining an op from its meta runs), `control_flow.py` (prim.If/Loop,
list appends, static booleans), `signatures.py` (returned lists and
optionals), `walk.py` (IR walking helpers).

The public helpers below are used by other passes (torch-decompose runs ops
on meta tensors the same way).
"""

from . import facts  # noqa: F401  (registers the facts)
from . import driver, value_semantics  # noqa: F401  (register the passes)
from .values import Unknown, convert_arg, python_value, torch_op
from .walk import all_ops

__all__ = ["Unknown", "all_ops", "convert_arg", "python_value", "torch_op"]
