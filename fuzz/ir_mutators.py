"""The IR fuzzer's corpus and mutation operators.

The corpus is every `// -----` chunk of every `.mlir` lit input of the repo
(`packages/*/tests/lit/**`), comment lines removed.
A mutant is fully determined by (seed, index): `make_mutant` draws a seed chunk
and one to three operators from a `random.Random` seeded with both, so any
finding can be regenerated from its id alone.

Operators come in two families:
- structural (mostly rejected by the parser or verifier, which must say where):
  delete/duplicate/truncate lines, swap tokens, replace one type, rename an op,
  drop an operand;
- consistent (mostly still verify, so they reach the backend pipeline): retype
  one op's result and every use of it, replace a type (shape, dtype, kind)
  everywhere, zero-size / dynamic / huge dims everywhere, out-of-range integer
  constants, odd floats, flipped bools, swapped same-typed operands.
"""

from __future__ import annotations

import glob
import os
import random
import re
from dataclasses import dataclass

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPLIT_MARKER = "// -----"

# --- corpus -------------------------------------------------------------------


def lit_inputs(root: str = REPO_ROOT) -> list[str]:
    """Every .mlir lit input: packages/*/tests/lit/**."""
    found = glob.glob(os.path.join(root, "packages/*/tests/lit/**/*.mlir"), recursive=True)
    return sorted(os.path.relpath(p, root) for p in found)


@dataclass(frozen=True)
class Seed:
    path: str    # repo-relative file
    index: int   # chunk number in the file
    text: str    # the chunk, comment-only lines removed

    @property
    def name(self) -> str:
        return f"{self.path}#{self.index}"


def _strip_comments(text: str) -> str:
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("//")]
    return "\n".join(ln for ln in lines).strip("\n") + "\n"


def load_corpus(root: str = REPO_ROOT) -> list[Seed]:
    seeds = []
    for rel in lit_inputs(root):
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            text = f.read()
        chunks = re.split(r"^[ \t]*// -----[ \t]*$", text, flags=re.M)
        for i, chunk in enumerate(chunks):
            body = _strip_comments(chunk)
            if body.strip():
                seeds.append(Seed(rel, i, body))
    return seeds


# --- lexical helpers ------------------------------------------------------------

_TYPE_START = re.compile(r"!torch\.[A-Za-z_][\w.]*|\btensor<|\bmemref<|\bvector<")
_SSA = re.compile(r"%[\w.$-]+(?:#\d+)?")
_OP_NAME = re.compile(r"\b(?:torch|func|arith|tensor|linalg|scf|cf|math)\.[A-Za-z_][\w.]*")
_CLOSE = {"<": ">", "(": ")", "[": "]", "{": "}"}


def find_types(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the outermost types in `text` (`!torch.*` with
    balanced `<...>`, builtin tensor/memref/vector types)."""
    spans = []
    pos = 0
    while True:
        m = _TYPE_START.search(text, pos)
        if m is None:
            return spans
        end = m.end()
        if text[end - 1] == "<" or (end < len(text) and text[end] == "<"):
            if text[end - 1] != "<":
                end += 1
            depth = 1
            while end < len(text) and depth:
                if text[end] == "<":
                    depth += 1
                elif text[end] == ">" and text[end - 1] != "-":
                    depth -= 1
                end += 1
        spans.append((m.start(), end))
        pos = end


def split_top(text: str, sep: str = ",") -> list[str]:
    """Splits at `sep` outside brackets and quotes; parts are stripped."""
    parts, depth, cur, quote = [], 0, [], False
    for i, ch in enumerate(text):
        if ch == '"':
            quote = not quote
        elif not quote and ch in "<([{":
            depth += 1
        elif not quote and ch in ">)]}" and not (ch == ">" and i and text[i - 1] == "-"):
            depth -= 1
        if ch == sep and depth == 0 and not quote:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return parts


# `%r = opname operands : types -> result` / `opname operands : types` (one line).
_OP_LINE = re.compile(
    r"^(?P<indent>\s*)(?:(?P<res>%[\w.$-]+(?::\d+)?) = )?(?P<op>[a-z_]+\.[\w.]+|return)"
    r"(?P<operands> [^:]*?)?(?: : (?P<types>.*?))?(?: -> (?P<results>.*))?$")


def parse_op_line(line: str):
    m = _OP_LINE.match(line)
    if m is None or m.group("types") is None:
        return None
    return m


def typed_operands(line: str):
    """(match, operands, their types) of an op line whose operand and type
    lists line up; None otherwise."""
    p = parse_op_line(line)
    if p is None or not p.group("operands"):
        return None
    ops = split_top(p.group("operands").strip())
    types = split_top(p.group("types"))
    return (p, ops, types) if len(ops) == len(types) else None


# --- types to draw from -------------------------------------------------------------

DTYPES = ["f32", "f64", "f16", "bf16", "si64", "si32", "si8", "ui8", "i1", "si16",
          "complex<f32>", "unk"]
DIM_VALUES = ["0", "1", "2", "3", "?", "0", "1099511627776", "7"]
OTHER_KINDS = ["!torch.int", "!torch.float", "!torch.bool", "!torch.none", "!torch.str",
               "!torch.list<int>", "!torch.list<vtensor>", "!torch.vtensor", "!torch.tensor",
               "!torch.optional<int>", "!torch.tuple<int, int>", "!torch.Device",
               "tensor<2x3xf32>", "!torch.number", "!torch.vtensor<*,f32>"]


def random_tensor_type(rng: random.Random, like: str | None = None) -> str:
    kind = "vtensor" if like is None or "vtensor" in like or rng.random() < 0.8 else "tensor"
    rank = rng.choice([0, 1, 1, 2, 2, 3, 4])
    dims = ",".join(rng.choice(DIM_VALUES) for _ in range(rank))
    return f"!torch.{kind}<[{dims}],{rng.choice(DTYPES)}>"


_VT = re.compile(r"^!torch\.(v?tensor)<\[(?P<dims>[^\]]*)\],(?P<dtype>.+)>$")


def tweak_type(t: str, rng: random.Random) -> str:
    """A near variant of tensor type `t`: one dim changed, a dim added or
    removed, or another dtype; anything else becomes a random tensor type."""
    m = _VT.match(t)
    if m is None:
        return random_tensor_type(rng)
    dims = [d for d in m.group("dims").split(",") if d]
    dtype = m.group("dtype")
    kind = m.group(1)
    how = rng.choice(["dim", "dim", "add", "drop", "dtype", "dtype"])
    if how == "dim" and dims:
        dims[rng.randrange(len(dims))] = rng.choice(DIM_VALUES)
    elif how == "add" or (how == "dim" and not dims):
        dims.insert(rng.randrange(len(dims) + 1), rng.choice(DIM_VALUES))
    elif how == "drop" and dims:
        dims.pop(rng.randrange(len(dims)))
    else:
        dtype = rng.choice([d for d in DTYPES if d != dtype])
    return f"!torch.{kind}<[{','.join(dims)}],{dtype}>"


# --- the operators ------------------------------------------------------------------
# Each takes (text, rng, corpus_info) and returns the mutated text, or None if it
# does not apply to this text.


def _lines(text):
    return text.splitlines()


def _join(lines):
    return "\n".join(lines) + "\n"


def op_delete_line(text, rng, info):
    lines = _lines(text)
    if len(lines) < 2:
        return None
    del lines[rng.randrange(len(lines))]
    return _join(lines)


def op_duplicate_line(text, rng, info):
    lines = _lines(text)
    i = rng.randrange(len(lines))
    lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return _join(lines)


def op_truncate(text, rng, info):
    if len(text) < 2:
        return None
    return text[:rng.randrange(1, len(text))]


def op_swap_tokens(text, rng, info):
    toks = list(re.finditer(r"%[\w.$-]+|[\w.!<>\[\],?]+", text))
    if len(toks) < 2:
        return None
    a, b = sorted(rng.sample(toks, 2), key=lambda m: m.start())
    return (text[:a.start()] + b.group() + text[a.end():b.start()] + a.group()
            + text[b.end():])


def op_replace_type_once(text, rng, info):
    spans = find_types(text)
    if not spans:
        return None
    s, e = rng.choice(spans)
    new = rng.choice([tweak_type(text[s:e], rng), rng.choice(OTHER_KINDS),
                      rng.choice(info.types)])
    return text[:s] + new + text[e:]


def op_rename_op(text, rng, info):
    ops = list(_OP_NAME.finditer(text))
    ops = [m for m in ops if m.group().startswith("torch.")] or ops
    if not ops:
        return None
    m = rng.choice(ops)
    return text[:m.start()] + rng.choice(info.op_names) + text[m.end():]


def op_drop_operand(text, rng, info):
    lines = _lines(text)
    cands = [i for i, ln in enumerate(lines) if (p := parse_op_line(ln)) and p.group("operands")
             and "," in p.group("operands")]
    if not cands:
        return None
    i = rng.choice(cands)
    p = parse_op_line(lines[i])
    ops = split_top(p.group("operands").strip())
    k = rng.randrange(len(ops))
    del ops[k]
    types = split_top(p.group("types"))
    if rng.random() < 0.7 and len(types) > k:  # usually keep the op self-consistent
        del types[k]
    new = f"{p.group('indent')}{p.group('res') + ' = ' if p.group('res') else ''}{p.group('op')} " \
          f"{', '.join(ops)} : {', '.join(types)}"
    if p.group("results") is not None:
        new += f" -> {p.group('results')}"
    lines[i] = new
    return _join(lines)


def _retype_uses(lines, start, name, old, new):
    """Rewrites the type of SSA value `name` (`old` -> `new`) in every use
    after line `start` whose operand/type lists line up, and in the enclosing
    function's result list when it is returned."""
    for j in range(start + 1, len(lines)):
        if not re.search(re.escape(name) + r"(?![\w.$-])", lines[j]):
            continue
        parsed = typed_operands(lines[j])
        if parsed is None:
            continue
        p, ops, types = parsed
        for k, o in enumerate(ops):
            if o == name and types[k] == old:
                types[k] = new
        head = lines[j][:p.start("types")]
        tail = f" -> {p.group('results')}" if p.group("results") is not None else ""
        lines[j] = head + ", ".join(types) + tail
        if p.group("op") == "return":
            _retype_func_result(lines, j, ops.index(name) if name in ops else -1, old, new)


def _retype_func_result(lines, ret_line, index, old, new):
    for j in range(ret_line, -1, -1):
        if "func.func" in lines[j]:
            m = re.search(r"\) -> (\(.*\)|.*?)\s*(attributes\b.*)?\{\s*$", lines[j])
            if m is None or index < 0:
                return
            res = m.group(1)
            paren = res.startswith("(")
            items = split_top(res[1:-1] if paren else res)
            if index < len(items) and items[index] == old:
                items[index] = new
                text = ", ".join(items)
                text = f"({text})" if paren else text
                lines[j] = lines[j][:m.start(1)] + text + " " + lines[j][m.end(1):].lstrip()
            return


def op_retype_result(text, rng, info):
    """One op's declared result type changes (shape, rank or dtype) and so does
    every use of it: the IR still verifies, the declaration is now wrong."""
    lines = _lines(text)
    cands = [i for i, ln in enumerate(lines)
             if (p := parse_op_line(ln)) and p.group("res") and p.group("results")
             and p.group("results").startswith("!torch.") and "tensor" in p.group("results")]
    if not cands:
        return None
    i = rng.choice(cands)
    p = parse_op_line(lines[i])
    old = p.group("results").strip()
    new = tweak_type(old, rng)
    lines[i] = lines[i][:p.start("results")] + new
    _retype_uses(lines, i, p.group("res"), old, new)
    return _join(lines)


def op_replace_type_everywhere(text, rng, info):
    spans = find_types(text)
    spans = [(s, e) for s, e in spans if "tensor<[" in text[s:e]]
    if not spans:
        return None
    s, e = rng.choice(spans)
    old = text[s:e]
    return text.replace(old, tweak_type(old, rng))


def _dims_everywhere(text, rng, choose):
    shapes = sorted(set(re.findall(r"tensor<\[([^\]]+)\]", text)))
    if not shapes:
        return None
    old = rng.choice(shapes)
    dims = old.split(",")
    k = rng.randrange(len(dims))
    dims[k] = choose(dims[k])
    return text.replace(f"tensor<[{old}]", f"tensor<[{','.join(dims)}]")


def op_zero_dim(text, rng, info):
    return _dims_everywhere(text, rng, lambda d: "0")


def op_dynamic_or_huge_dim(text, rng, info):
    return _dims_everywhere(text, rng, lambda d: rng.choice(["?", "1099511627776", "1", "-1"]))


_INT_VALUES = [-100, -4, -3, -2, -1, 0, 1, 5, 100, 2**31, -(2**63), 2**63 - 1]


def op_int_constant(text, rng, info):
    ms = list(re.finditer(r"(torch\.constant\.int |arith\.constant )(-?\d+)(?!\.)", text))
    if not ms:
        return None
    m = rng.choice(ms)
    return text[:m.start(2)] + str(rng.choice(_INT_VALUES)) + text[m.end(2):]


def op_float_constant(text, rng, info):
    ms = list(re.finditer(r"(torch\.constant\.float )(\S+)", text))
    if not ms:
        return op_bool_flip(text, rng, info)
    m = rng.choice(ms)
    val = rng.choice(["0x7FF8000000000000", "0x7FF0000000000000", "-0.0", "1.0e+308",
                      "-1.0e+308", "0.0", "1.0e-320"])
    return text[:m.start(2)] + val + text[m.end(2):]


def op_bool_flip(text, rng, info):
    ms = list(re.finditer(r"torch\.constant\.bool (true|false)", text))
    if not ms:
        return None
    m = rng.choice(ms)
    new = "false" if m.group(1) == "true" else "true"
    return text[:m.start(1)] + new + text[m.end(1):]


def op_swap_same_typed_operands(text, rng, info):
    lines = _lines(text)
    cands = []
    for i, ln in enumerate(lines):
        parsed = typed_operands(ln)
        if parsed is None:
            continue
        p, ops, types = parsed
        pairs = [(a, b) for a in range(len(ops)) for b in range(a + 1, len(ops))
                 if types[a] == types[b] and ops[a] != ops[b]]
        if pairs:
            cands.append((i, p, ops, pairs))
    if not cands:
        return None
    i, p, ops, pairs = rng.choice(cands)
    a, b = rng.choice(pairs)
    ops[a], ops[b] = ops[b], ops[a]
    lines[i] = lines[i][:p.start("operands")] + " " + ", ".join(ops) + lines[i][p.end("operands"):]
    return _join(lines)


STRUCTURAL = [op_delete_line, op_duplicate_line, op_truncate, op_swap_tokens,
              op_replace_type_once, op_rename_op, op_drop_operand]
CONSISTENT = [op_retype_result, op_replace_type_everywhere, op_zero_dim,
              op_dynamic_or_huge_dim, op_int_constant, op_float_constant, op_bool_flip,
              op_swap_same_typed_operands]


@dataclass
class CorpusInfo:
    op_names: list[str]
    types: list[str]


def corpus_info(seeds: list[Seed]) -> CorpusInfo:
    ops, types = set(), set()
    for s in seeds:
        ops.update(m.group() for m in _OP_NAME.finditer(s.text) if m.group().startswith("torch."))
        types.update(s.text[a:b] for a, b in find_types(s.text))
    return CorpusInfo(sorted(ops), sorted(types))


@dataclass
class Mutant:
    id: str          # "<seed>-<index>": regenerates it
    seed: Seed
    steps: list[str]  # operator names applied, in order
    text: str


def make_mutant(seeds: list[Seed], info: CorpusInfo, seed: int, index: int) -> Mutant:
    """Mutant `index` of run `seed`: a seed chunk and 1-3 operators, drawn
    from a generator seeded with both (half the operators are consistent)."""
    rng = random.Random(f"{seed}:{index}")
    while True:
        base = rng.choice(seeds)
        text, steps = base.text, []
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
            family = CONSISTENT if rng.random() < 0.6 else STRUCTURAL
            op = rng.choice(family)
            out = op(text, rng, info)
            if out is not None and out != text:
                text = out
                steps.append(op.__name__[3:])
        if steps:
            return Mutant(f"{seed}-{index}", base, steps, text)
