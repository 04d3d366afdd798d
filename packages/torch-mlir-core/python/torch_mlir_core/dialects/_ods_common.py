"""Lets the generated `_torch_ops_gen.py` import `._ods_common` as the upstream
dialect modules do: it is mlir.dialects._ods_common, re-exported whole."""

from mlir.dialects import _ods_common as _upstream

globals().update(
    {name: getattr(_upstream, name) for name in dir(_upstream) if not name.startswith("__")}
)
