"""Write the Torch dialect's generated op definitions (ODS) from torch's schemas.

One op per selected schema overload of `torch._C._jit_get_all_schemas()`
(aten::, prims::, prim::, ...). Which overloads are selected is data in
`op_list.py`; this module maps schema types to the type constraints of
TorchTypes.td and schema alias annotations to the traits of TorchBase.td.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import keyword
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import torch

from . import op_list

REGENERATE_COMMAND = "python -m torch_mlir_core.tools.torch_ods_gen"

# python/torch_mlir_core/tools/torch_ods_gen/generator.py -> packages/torch-mlir-core
_PACKAGE_ROOT = Path(__file__).resolve().parents[4]
DEFAULT_OUTPUT = (
    _PACKAGE_ROOT / "include" / "torch-mlir-core" / "Dialect" / "Torch" / "IR"
    / "GeneratedTorchOps.td"
)

# ---------------------------------------------------------------------------
# Schema types -> ODS type constraints.
# ---------------------------------------------------------------------------

_INT_KINDS = {"IntType", "SymIntType", "ScalarTypeType", "LayoutType", "MemoryFormatType"}
_BOOL_KINDS = {"BoolType", "SymBoolType"}
_GENERIC_KINDS = {"VarType", "AnyType"}

# Leaf kind -> (plain, Optional[...], List[...], Optional[List[...]]).
_LEAF = {
    "TensorType": ("AnyTorchTensorType", "AnyTorchOptionalTensorType",
                   "AnyTorchListOfTensorType", "AnyTorchOptionalListOfTensorType"),
    "IntType": ("Torch_IntType", "AnyTorchOptionalIntType",
                "AnyTorchListOfTorchIntType", "AnyTorchOptionalListOfTorchIntType"),
    "FloatType": ("Torch_FloatType", "AnyTorchOptionalFloatType",
                  "AnyTorchListOfTorchFloatType", "AnyTorchOptionalListOfTorchFloatType"),
    "BoolType": ("Torch_BoolType", "AnyTorchOptionalBoolType",
                 "AnyTorchListOfTorchBoolType", "AnyTorchOptionalListOfTorchBoolType"),
    "StringType": ("Torch_StringType", "AnyTorchOptionalStringType",
                   "AnyTorchListOfTorchStringType", "AnyTorchOptionalListOfTorchStringType"),
    "NumberType": ("AnyTorchScalarType", "AnyTorchOptionalScalarType",
                   "AnyTorchListOfScalarType", None),
    "DeviceObjType": ("Torch_DeviceType", "AnyTorchOptionalDeviceType", None, None),
    "GeneratorType": ("Torch_GeneratorType", "AnyTorchOptionalGeneratorType", None, None),
    "NoneType": ("Torch_NoneType", None, None, None),
    "generic": ("AnyTorchType", "AnyTorchType", "AnyTorchListType", None),
}

# Kinds with no Torch dialect type: overloads using them are skipped.
_UNMAPPABLE_KINDS = {
    "ComplexType": "complex", "StorageType": "Storage", "StreamObjType": "Stream",
    "FutureType": "Future", "RRefType": "RRef", "AwaitType": "Await",
    "CapsuleType": "Capsule", "ClassType": "__torch__ class",
    "AnyClassType": "AnyClassType", "AnyEnumType": "enum", "QSchemeType": "QScheme",
    "InterfaceType": "interface", "UnionType": "Union",
}


class Unmappable(Exception):
    """A schema type with no Torch dialect constraint; the message is the skip reason."""


def _leaf_kind(t) -> str:
    kind = t.kind()
    if kind in _UNMAPPABLE_KINDS:
        raise Unmappable(f"type {_UNMAPPABLE_KINDS[kind]}")
    if kind in _INT_KINDS:
        return "IntType"
    if kind in _BOOL_KINDS:
        return "BoolType"
    if kind in _GENERIC_KINDS:
        return "generic"
    return kind


def _check_mappable(t) -> None:
    """Raise Unmappable if `t` or any type nested in it has no Torch type."""
    _leaf_kind(t)
    for contained in t.containedTypes():
        _check_mappable(contained)


def type_constraint(t) -> str:
    """The ODS constraint for a schema type (`Argument.real_type`)."""
    _check_mappable(t)
    kind = t.kind()
    if kind == "DictType":
        return "AnyTorchDictType"
    if kind == "TupleType":
        return "AnyTorchTupleType"
    if kind == "OptionalType":
        inner = t.getElementType()
        if inner.kind() == "ListType":
            elem = inner.getElementType()
            if elem.kind() in ("ListType", "OptionalType", "TupleType", "DictType"):
                raise Unmappable(f"no constraint for {schema_type_str(t)}")
            found = _LEAF.get(_leaf_kind(elem), (None,) * 4)[3]
        elif inner.kind() in ("OptionalType", "TupleType", "DictType"):
            found = None
        else:
            found = _LEAF.get(_leaf_kind(inner), (None,) * 4)[1]
        if found is None:
            raise Unmappable(f"no constraint for {schema_type_str(t)}")
        return found
    if kind == "ListType":
        elem = t.getElementType()
        if elem.kind() == "OptionalType":
            inner = elem.getElementType()
            if inner.kind() == "TensorType":
                return "AnyTorchListOfOptionalTensorType"
            if _leaf_kind(inner) == "IntType":
                return "AnyTorchListOfOptionalIntType"
            return "AnyTorchListType"
        if elem.kind() in ("ListType", "TupleType", "DictType"):
            return "AnyTorchListType"
        list_constraint = _LEAF.get(_leaf_kind(elem), (None, None, None))[2]
        return list_constraint or "AnyTorchListType"
    found = _LEAF.get(_leaf_kind(t), (None,))[0]
    if found is None:
        raise Unmappable(f"no constraint for {schema_type_str(t)}")
    return found


_TYPE_SPELLING = {"NumberType": "Scalar", "SymIntType": "SymInt", "SymBoolType": "SymBool",
                  "AnyType": "Any"}


def schema_type_str(t) -> str:
    """A schema type as the schema language spells it: `int[]`, `Tensor?`, `Scalar`."""
    kind = t.kind()
    if kind == "ListType":
        return schema_type_str(t.getElementType()) + "[]"
    if kind == "OptionalType":
        return schema_type_str(t.getElementType()) + "?"
    if kind == "DictType":
        return "Dict({}, {})".format(*(schema_type_str(c) for c in t.containedTypes()))
    if kind == "TupleType":
        return "({})".format(", ".join(schema_type_str(c) for c in t.containedTypes()))
    return _TYPE_SPELLING.get(kind, str(t))


# ---------------------------------------------------------------------------
# Schemas.
# ---------------------------------------------------------------------------


def _key(ns: str, name: str, overload: str) -> str:
    return f"{ns}::{name}" + (f".{overload}" if overload else "")


@dataclass
class Op:
    schema: object
    ns: str
    name: str
    overload: str
    origins: set = field(default_factory=set)
    # `ns::foo_.ov` whose functional `ns::foo.ov` is generated too.
    is_inplace_variant: bool = False

    @property
    def key(self) -> str:
        return _key(self.ns, self.name, self.overload)

    @property
    def text(self) -> str:
        return str(self.schema)

    @property
    def is_vararg(self) -> bool:
        # FunctionSchema's Python binding does not expose is_vararg: the text is
        # the only source ("aten::format(str self, ...) -> str").
        head = self.text[: self.text.rindex(") -> ") + 1]
        return head.endswith("...)")

    @property
    def is_varret(self) -> bool:
        return self.text.endswith("-> ...")


def load_registry() -> dict[str, Op]:
    """Every schema torch registers, by "ns::name[.overload]"."""
    import torch.ao.quantization.fx._decomposed  # noqa: F401 - registers quantized_decomposed::

    ops: dict[str, Op] = {}
    for schema in torch._C._jit_get_all_schemas():
        ns, name = schema.name.split("::", 1)
        op = Op(schema, ns, name, schema.overload_name)
        ops.setdefault(op.key, op)
    return ops


def _op_tags(op: Op) -> tuple:
    try:
        packet = getattr(getattr(torch.ops, op.ns), op.name)
        return tuple(getattr(packet, op.overload or "default").tags)
    except (AttributeError, RuntimeError):
        return ()


def skip_reason(op: Op) -> str | None:
    """Why an overload gets no generated op, or None if it gets one."""
    s = op.schema
    if any(a.kwarg_only and a.alias_info is not None and a.alias_info.is_write
           for a in s.arguments):
        return "out variant (writes a kwarg-only out argument)"
    if "Dimname" in op.overload or any(
            "Dimname" in str(a.real_type) for a in s.arguments):
        return "Dimname overload"
    if op.is_varret:
        return "variadic returns"
    try:
        for a in list(s.arguments) + list(s.returns):
            type_constraint(a.real_type)
    except Unmappable as e:
        return f"unmappable {e}"
    return None


# ---------------------------------------------------------------------------
# Selection.
# ---------------------------------------------------------------------------


def _split_entry(entry: str) -> tuple[str, str, str | None]:
    ns, rest = entry.split("::", 1)
    name, _, overload = rest.partition(".")
    if overload == "default":
        overload = ""
    return ns, name, (overload if "." in rest else None)


@dataclass
class Selection:
    ops: list[Op]
    skipped: dict[str, list[Op]]  # reason -> selected overloads not generated
    missing: list[str]  # op_list entries torch does not have
    core_total: int
    no_counterpart: list[str]  # trailing-underscore ops whose functional op torch lacks


def select_ops(registry: dict[str, Op] | None = None) -> Selection:
    registry = registry if registry is not None else load_registry()
    by_name = collections.defaultdict(list)
    for op in registry.values():
        by_name[(op.ns, op.name)].append(op)

    chosen: dict[str, Op] = {}
    missing: list[str] = []

    def add(op: Op, origin: str) -> None:
        chosen.setdefault(op.key, op).origins.add(origin)

    core_total = 0
    for op in registry.values():
        if op.ns in op_list.CORE_TAG_NAMESPACES and torch.Tag.core in _op_tags(op):
            core_total += 1
            add(op, "core")

    lists = {"prims": (op_list.PRIMS, False), "model": (op_list.ATEN_MODEL_OPS, True),
             "torchscript": (op_list.ATEN_TORCHSCRIPT_OPS, False),
             "prim": (op_list.PRIM_OPS, False),
             "quantized_decomposed": (op_list.QUANTIZED_DECOMPOSED, False)}
    for origin, (entries, tensor_only) in lists.items():
        for entry in entries:
            ns, name, overload = _split_entry(entry)
            if name.endswith("*"):  # a family: every op whose name has the prefix
                found = [op for (n, nm), ops in by_name.items() if n == ns
                         and nm.startswith(name[:-1]) for op in ops]
                found = [op for op in found if _mentions_tensor(op)] if tensor_only else found
            elif overload is None:
                found = by_name.get((ns, name), [])
                if tensor_only:
                    found = [op for op in found if _mentions_tensor(op)] or found
            else:
                found = [registry[k] for k in [_key(ns, name, overload)] if k in registry]
            if not found:
                missing.append(entry)
            for op in found:
                add(op, origin)

    no_counterpart = []
    if op_list.ADD_INPLACE_VARIANTS:
        for op in list(chosen.values()):
            if _is_inplace_name(op.name):
                partner = _key(op.ns, op.name[:-1], op.overload)
                if partner in registry:
                    add(registry[partner], "functional of in-place")
            else:
                partner = _key(op.ns, op.name + "_", op.overload)
                if partner in registry:
                    add(registry[partner], "in-place variant")

    excluded = set(op_list.EXCLUDE)
    skipped: dict[str, list[Op]] = collections.defaultdict(list)
    ops = []
    for key, op in chosen.items():
        if key in excluded or f"{op.ns}::{op.name}" in excluded:
            reason = "excluded in op_list.py"
        else:
            reason = skip_reason(op)
        if reason:
            skipped[reason].append(op)
        else:
            ops.append(op)
    ops.sort(key=lambda o: (o.ns, o.name, o.overload))
    kept = {o.key for o in ops}
    for op in ops:
        if _is_inplace_name(op.name):
            op.is_inplace_variant = _key(op.ns, op.name[:-1], op.overload) in kept
            if not op.is_inplace_variant:
                no_counterpart.append(op.key)
    for skipped_ops in skipped.values():
        skipped_ops.sort(key=lambda o: o.key)
    return Selection(ops, dict(skipped), sorted(set(missing)), core_total, no_counterpart)


def _mentions(t, kinds: tuple[str, ...]) -> bool:
    return t.kind() in kinds or any(_mentions(c, kinds) for c in t.containedTypes())


def _mentions_tensor(op: Op) -> bool:
    return any(_mentions(a.real_type, ("TensorType",))
               for a in list(op.schema.arguments) + list(op.schema.returns))


def _is_inplace_name(name: str) -> bool:
    return name.endswith("_") and not name.endswith("__")


# ---------------------------------------------------------------------------
# Names.
# ---------------------------------------------------------------------------

# Names ODS or the op classes it generates already use, and C++/Python keywords.
_RESERVED = set("""
    operands results attributes properties context loc location type operation regions
    successors attr_dict odsoperands name builder state ip op
    alignas alignof and and_eq asm auto bitand bitor bool break case catch char class compl
    const constexpr const_cast continue decltype default delete do double dynamic_cast else
    enum explicit export extern false float for friend goto if inline int long mutable
    namespace new noexcept not not_eq nullptr operator or or_eq private protected public
    register reinterpret_cast return short signed sizeof static static_assert static_cast
    struct switch template this throw true try typedef typeid typename union unsigned using
    virtual void volatile while xor xor_eq
""".split()) | set(keyword.kwlist) | set(keyword.softkwlist)


def snake_case(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"[^A-Za-z0-9_]", "_", name).lower().strip("_")
    if not name or name[0].isdigit():
        name = "arg_" + name
    return name


def value_names(op: Op) -> tuple[list[str], list[str]]:
    """ODS names of the operands and of the results (valid, unique, snake_case)."""
    used: set[str] = set()

    def unique(base: str) -> str:
        if base.lower() in _RESERVED:
            base = base + "_value"
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}{n}"
        used.add(candidate)
        return candidate

    operands = [unique(snake_case(a.name) if a.name else f"arg{i}")
                for i, a in enumerate(op.schema.arguments)]
    if op.is_vararg:
        operands.append(unique("varargs"))
    returns = list(op.schema.returns)
    results = []
    for i, r in enumerate(returns):
        if r.name:
            base = snake_case(r.name)
            if base in used:
                base = base + "_result"
        else:
            base = "result" if len(returns) == 1 else f"result{i}"
        results.append(unique(base))
    return operands, results


def _camel(part: str) -> str:
    """`native_layer_norm` -> `NativeLayerNorm`; `__getitem__` -> `__Getitem__`;
    `add_` -> `Add_`; `NumToTensor` -> `NumToTensor`."""
    stripped = part.strip("_")
    lead = part[: len(part) - len(part.lstrip("_"))]
    trail = part[len(part.rstrip("_")):] if stripped else ""
    body = "".join(w[:1].upper() + w[1:] for w in stripped.split("_") if w)
    return lead + body + trail


def cpp_def_name(op: Op) -> str:
    return f"Torch_{_camel(op.ns)}{_camel(op.name)}{_camel(op.overload)}Op"


def mnemonic(op: Op) -> str:
    return f"{op.ns}.{op.name}" + (f".{op.overload}" if op.overload else "")


# ---------------------------------------------------------------------------
# Traits and emission.
# ---------------------------------------------------------------------------


def _table(entries: list[str]) -> set[str]:
    """Exact keys of a trait table ("ns::name.default" = "ns::name")."""
    return {_key(*(_split_entry(e)[:2]), _split_entry(e)[2] or "") for e in entries}


def _has_generator_arg(op: Op) -> bool:
    return any(_mentions(a.real_type, ("GeneratorType",)) for a in op.schema.arguments)


def _is_side_effecting(op: Op) -> bool:
    qualified = f"{op.ns}::{op.name}"
    return (qualified in op_list.SIDE_EFFECTING or op.key in op_list.SIDE_EFFECTING
            or any(s in op.name.lower() for s in op_list.SIDE_EFFECTING_SUBSTRINGS))


def op_traits(op: Op) -> list[str]:
    s = op.schema
    writes = any(a.alias_info is not None and a.alias_info.is_write for a in s.arguments)
    returns_alias = (any(r.alias_info is not None for r in s.returns)
                     or op.key in _table(op_list.RESULT_ALIASES_OPERAND))
    traits = ["AllowsTypeRefinement"]
    value_semantics = not writes and not returns_alias
    if value_semantics:
        traits.append("HasValueSemantics")
    if op.is_inplace_variant:
        traits.append("IsTrailingUnderscoreInplaceVariant")
    if not writes:
        traits.append("ReadOnly")
    pure = (value_semantics and len(s.returns) > 0
            and torch.Tag.nondeterministic_seeded not in _op_tags(op)
            and not _has_generator_arg(op) and not _is_side_effecting(op))
    if pure:
        traits.append("PureOnValueTensors")
    return traits


def signature_str(op: Op) -> str:
    args = [schema_type_str(a.real_type) for a in op.schema.arguments]
    if op.is_vararg:
        args.append("...")
    rets = [schema_type_str(r.real_type) for r in op.schema.returns]
    return f"{op.ns}::{op.name}{'.' + op.overload if op.overload else ''} : " \
           f"({', '.join(args)}) -> ({', '.join(rets)})"


def emit_op(op: Op) -> str:
    operand_names, result_names = value_names(op)
    operands = [f"{type_constraint(a.real_type)}:${n}"
                for a, n in zip(op.schema.arguments, operand_names)]
    if op.is_vararg:
        operands.append(f"Variadic<AnyTorchType>:${operand_names[-1]}")
    results = [f"{type_constraint(r.real_type)}:${n}"
               for r, n in zip(op.schema.returns, result_names)]
    traits = ",\n".join("    " + t for t in op_traits(op))
    lines = [f'def {cpp_def_name(op)} : Torch_GeneratedOp<"{mnemonic(op)}", [',
             traits, "  ]> {",
             f'  let summary = "Generated op for `{signature_str(op)}`";']
    for kind, values in (("ins", operands), ("outs", results)):
        field_name = "arguments" if kind == "ins" else "results"
        if values:
            body = ",\n".join("    " + v for v in values)
            lines.append(f"  let {field_name} = ({kind}\n{body}\n  );")
        else:
            lines.append(f"  let {field_name} = ({kind});")
    for flag, table in (("hasFolder", op_list.HAS_FOLDER),
                        ("hasCanonicalizer", op_list.HAS_CANONICALIZER),
                        ("hasVerifier", op_list.HAS_VERIFIER)):
        if op.key in _table(table):
            lines.append(f"  let {flag} = 1;")
    lines.append("}")
    return "\n".join(lines) + "\n"


def generate(selection: Selection | None = None) -> str:
    selection = selection or select_ops()
    names = [cpp_def_name(op) for op in selection.ops]
    dupes = [n for n, c in collections.Counter(names).items() if c > 1]
    if dupes:
        raise RuntimeError(f"duplicate generated op names: {dupes}")
    header = f"""\
//===- GeneratedTorchOps.td - Torch ops generated from torch's schemas ----===//
//
// GENERATED FILE: DO NOT EDIT. Regenerate with
//   {REGENERATE_COMMAND}
// from torch {torch.__version__} (torch._C._jit_get_all_schemas()).
// {len(selection.ops)} ops; the selection is data in
// python/torch_mlir_core/tools/torch_ods_gen/op_list.py.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_CORE_GENERATED_TORCH_OPS
#define TORCH_MLIR_CORE_GENERATED_TORCH_OPS
"""
    parts = [header]
    current_ns = None
    for op in selection.ops:
        if op.ns != current_ns:
            current_ns = op.ns
            parts.append(f"\n//==={'-' * 70}===//\n// {op.ns}::\n//===" + "-" * 70 + "===//\n")
        parts.append("\n" + emit_op(op))
    parts.append("\n#endif // TORCH_MLIR_CORE_GENERATED_TORCH_OPS\n")
    return "".join(parts)


# ---------------------------------------------------------------------------
# Command line.
# ---------------------------------------------------------------------------


def count_report(selection: Selection) -> str:
    ops = selection.ops
    by_ns = collections.Counter(op.ns for op in ops)
    core_in = sum("core" in op.origins for op in ops)
    out = [f"torch {torch.__version__}: {len(ops)} ops generated"]
    out.append("by namespace: " + ", ".join(f"{ns} {n}" for ns, n in sorted(by_ns.items())))
    out.append(f"core ATen opset: {core_in} of {selection.core_total} core-tagged overloads "
               f"generated")
    origins = collections.Counter(o for op in ops for o in op.origins)
    out.append("selected by: " + ", ".join(f"{o} {n}" for o, n in sorted(origins.items())))
    out.append(f"with IsTrailingUnderscoreInplaceVariant: "
               f"{sum(op.is_inplace_variant for op in ops)}; PureOnValueTensors: "
               f"{sum('PureOnValueTensors' in op_traits(op) for op in ops)}")
    total_skipped = sum(len(v) for v in selection.skipped.values())
    out.append(f"skipped {total_skipped} selected overloads:")
    for reason, skipped in sorted(selection.skipped.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        keys = [op.key for op in skipped]
        sample = ", ".join(keys[:4]) + (", ..." if len(keys) > 4 else "")
        out.append(f"  {len(keys):5d}  {reason}  ({sample})")
    core_skipped = [f"{op.key} ({reason})" for reason, skipped in selection.skipped.items()
                    for op in skipped if "core" in op.origins]
    if core_skipped:
        out.append("core-tagged overloads skipped: " + ", ".join(sorted(core_skipped)))
    if selection.missing:
        out.append(f"op_list.py entries not in torch {torch.__version__}: "
                   + ", ".join(selection.missing))
    if selection.no_counterpart:
        out.append("trailing-underscore ops without a functional counterpart: "
                   + ", ".join(selection.no_counterpart))
    return "\n".join(out)


def _def_blocks(text: str) -> dict[str, str]:
    return dict(re.findall(r"^def (\w+)(.*?^})$", text, re.M | re.S))


def diff_summary(old: str, new: str) -> str:
    """Which ops a regeneration would add, remove or change."""
    old_defs, new_defs = _def_blocks(old), _def_blocks(new)
    groups = {"added": sorted(new_defs.keys() - old_defs.keys()),
              "removed": sorted(old_defs.keys() - new_defs.keys()),
              "changed": sorted(k for k in old_defs.keys() & new_defs.keys()
                                if old_defs[k] != new_defs[k])}
    changed_lines = sum(1 for line in difflib.unified_diff(old.splitlines(), new.splitlines(),
                                                           lineterm="", n=0)
                        if line[:1] in "+-" and line[:3] not in ("+++", "---"))
    out = [f"{changed_lines} lines differ; " + ", ".join(f"{len(v)} ops {k}"
                                                         for k, v in groups.items())]
    for label, names in groups.items():
        if names:
            out.append(f"  {label}: " + ", ".join(names[:8]) + (" ..." if len(names) > 8 else ""))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=REGENERATE_COMMAND, description=__doc__)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"the .td to write or check (default: {DEFAULT_OUTPUT})")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the file differs from what would be generated")
    parser.add_argument("--count", action="store_true",
                        help="print op counts and skips; write nothing")
    args = parser.parse_args(argv)

    selection = select_ops()
    if args.count:
        print(count_report(selection))
        return 0
    text = generate(selection)
    if args.check:
        old = args.output.read_text() if args.output.exists() else ""
        if old == text:
            print(f"{args.output} is up to date ({len(selection.ops)} ops)")
            return 0
        print(f"{args.output} is stale:\n{diff_summary(old, text)}\n"
              f"Regenerate with: {REGENERATE_COMMAND}", file=sys.stderr)
        return 1
    if not args.output.parent.is_dir():
        parser.error(f"no directory {args.output.parent}; pass --output")
    args.output.write_text(text)
    print(f"wrote {len(selection.ops)} ops to {args.output}")
    return 0
