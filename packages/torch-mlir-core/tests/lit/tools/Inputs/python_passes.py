"""A pass plugin for lit tests: Python passes registered with
torch_mlir_core.passes and loaded with --load-pass-plugin."""

from mlir import ir

from torch_mlir_core import passes


@passes.register_pass(
    "test-tag-funcs",
    summary="sets a `test.tag` attribute on each func",
    op_name="func.func",
    options={"tag": passes.PassOption(str, "seen"), "count": int},
)
def tag_funcs(op, tag, count):
    value = tag if count is None else f"{tag}{count}"
    op.attributes["test.tag"] = ir.StringAttr.get(value)


@passes.register_pass("test-raise", summary="a buggy pass")
def raise_error(op):
    raise RuntimeError("something broke")


passes.register_pipeline(
    "test-pipeline",
    "builtin.module(canonicalize,test-tag-funcs{tag=piped},func.func(cse))",
    summary="mixes native and Python passes",
)
