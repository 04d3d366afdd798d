"""torch-mlir-opt: parse, verify, transform and print Torch-dialect MLIR.

Works like `mlir-opt`, in Python, over the same MLIR the `mlir` package
loads (so Python passes and native passes share one pipeline):

    torch-mlir-opt input.mlir -canonicalize -cse
    torch-mlir-opt input.mlir --pass-pipeline='builtin.module(canonicalize)'
    torch-mlir-opt input.mlir -split-input-file -verify-diagnostics
    cat input.mlir | torch-mlir-opt - -o out.mlir

Single- and double-dash spellings are both accepted. Any other
`-<pass-name>[=<options>]` schedules that pass (Python or native, in command
line order). Every problem (syntax error, verifier failure, unknown pass,
failing pass) is printed as a located diagnostic and the exit code is 1.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys

from mlir import ir

from .. import diagnostics as diag_mod
from .. import passes
from ..ir import Context, parse_module

SPLIT_MARKER = "// -----"


def _build_arg_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="torch-mlir-opt",
        description="Parse, verify, transform and print MLIR with the Torch dialect. "
        "Any further -<pass-name>[=<options>] schedules that pass; see --list-passes.",
        allow_abbrev=False,
    )
    p.add_argument("input", nargs="?", default="-", help="input file ('-' for stdin)")
    p.add_argument("-o", dest="output", default="-", help="output file ('-' for stdout)")
    p.add_argument("--pass-pipeline", action="append", default=[], metavar="PIPELINE",
                   help="textual pass pipeline, e.g. 'builtin.module(canonicalize)'")
    p.add_argument("--split-input-file", dest="split_input_file", action="store_const",
                   const=SPLIT_MARKER, default=None,
                   help=f"process chunks separated by '{SPLIT_MARKER}' independently "
                   "(--split-input-file=MARKER for another marker)")
    p.add_argument("--split-input-file-marker", dest="split_input_file", help=argparse.SUPPRESS)
    p.add_argument("--verify-diagnostics", action="store_true",
                   help="check emitted diagnostics against expected-* comments")
    p.add_argument("--allow-unregistered-dialect", action="store_true")
    p.add_argument("--verify-each", dest="verify_each", choices=["true", "false", "1", "0"],
                   default="true", help="--verify-each=false: do not verify the IR after "
                   "each pass (default true)")
    p.add_argument("--no-verify", dest="verify_each", action="store_const", const="false",
                   help="same as --verify-each=false")
    p.add_argument("--load-pass-plugin", action="append", default=[], metavar="MODULE",
                   help="import a Python module (dotted name or .py file) that "
                   "registers passes with torch_mlir_core.passes")
    p.add_argument("--list-passes", action="store_true",
                   help="list the registered Python passes and pipelines")
    p.add_argument("--dump-pass-pipeline", action="store_true",
                   help="print the expanded pipeline to stderr before running it")
    p.add_argument("--mlir-print-ir-before-all", action="store_true")
    p.add_argument("--mlir-print-ir-after-all", action="store_true")
    p.add_argument("--mlir-print-ir-after-change", action="store_true")
    p.add_argument("--mlir-print-ir-after-failure", action="store_true")
    p.add_argument("--mlir-print-ir-module-scope", action="store_true")
    p.add_argument("--mlir-timing", action="store_true", help="time each pass")
    p.add_argument("--mlir-disable-threading", action="store_true")
    p.add_argument("--mlir-print-debuginfo", action="store_true")
    p.add_argument("--mlir-pretty-debuginfo", action="store_true")
    p.add_argument("--mlir-print-local-scope", action="store_true")
    p.add_argument("--mlir-print-op-generic", action="store_true")
    p.add_argument("--mlir-elide-elementsattrs-if-larger", type=int, default=None,
                   metavar="N")
    return p


def _normalize_argv(argv: list[str]) -> list[str]:
    """mlir-opt spells long options with one dash (`-split-input-file`);
    accept both."""
    out = []
    for i, a in enumerate(argv):
        if a == "--":
            out.extend(argv[i:])
            break
        if a.startswith("-o="):
            out.extend(["-o", a[3:]])
        elif a.lstrip("-").startswith("split-input-file="):
            # The marker is only given with `=`, so a following input file
            # is never taken for it.
            out.extend(["--split-input-file-marker", a.split("=", 1)[1]])
        elif a.lstrip("-") == "verify-each":
            out.append("--verify-each=true")
        elif a.startswith("-") and not a.startswith("--") and len(a) > 2:
            out.append("-" + a)
        else:
            out.append(a)
    return out


def _pipeline_from_args(pipelines: list[str], pass_flags: list[str]) -> str:
    """The whole pipeline as text. Pass flags become `name{options}`."""
    parts = []
    for text in pipelines:
        elements = passes.parse_pipeline(text)
        if len(elements) == 1 and elements[0].name == "builtin.module" \
                and elements[0].children is not None:
            elements = elements[0].children
        parts.extend(e.to_text() for e in elements)
    for flag in pass_flags:
        name, eq, value = flag.lstrip("-").partition("=")
        if eq:
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            parts.append(f"{name}{{{value}}}")
        else:
            parts.append(name)
    return ",".join(parts)


def _split_chunks(text: str, marker: str | None) -> list[str]:
    """Splits at lines that start with `marker`; each chunk is padded with
    newlines so diagnostics keep the line numbers of the whole file."""
    if marker is None:
        return [text]
    lines = text.splitlines(keepends=True)
    chunks, cur, start = [], [], 0
    for i, line in enumerate(lines):
        if line.strip().startswith(marker) and line.strip()[len(marker):].strip() == "":
            chunks.append("\n" * start + "".join(cur))
            cur, start = [], i + 1
        else:
            cur.append(line)
    chunks.append("\n" * start + "".join(cur))
    return chunks


class _Driver:
    def __init__(self, args, pipeline: str, filename: str, out, err):
        self.args = args
        self.pipeline = pipeline
        self.filename = filename
        self.out = out
        self.err = err
        self.timings: list[tuple[str, float]] = []

    def _print_module(self, module) -> str:
        a = self.args
        kwargs = dict(
            enable_debug_info=a.mlir_print_debuginfo or a.mlir_pretty_debuginfo,
            pretty_debug_info=a.mlir_pretty_debuginfo,
            print_generic_op_form=a.mlir_print_op_generic,
            use_local_scope=a.mlir_print_local_scope,
            large_elements_limit=a.mlir_elide_elementsattrs_if_larger,
        )
        return module.operation.get_asm(**kwargs)

    def _build_pm(self, ctx):
        a = self.args
        pm = passes.build_pass_manager(self.pipeline, ctx)
        pm.enable_verifier(a.verify_each in ("true", "1"))
        if (a.mlir_print_ir_before_all or a.mlir_print_ir_after_all
                or a.mlir_print_ir_after_change or a.mlir_print_ir_after_failure):
            pm.enable_ir_printing(
                print_before_all=a.mlir_print_ir_before_all,
                print_after_all=a.mlir_print_ir_after_all,
                print_module_scope=a.mlir_print_ir_module_scope,
                print_after_change=a.mlir_print_ir_after_change,
                print_after_failure=a.mlir_print_ir_after_failure,
                enable_debug_info=a.mlir_print_debuginfo,
                print_generic_op_form=a.mlir_print_op_generic,
            )
        if a.mlir_timing:
            pm.enable_timing()
        return pm

    def process(self, chunk: str) -> tuple[bool, str | None]:
        """Parses, verifies and transforms one chunk. Returns (ok, output)."""
        a = self.args
        ctx = Context(allow_unregistered_dialects=a.allow_unregistered_dialect)
        if a.mlir_disable_threading:
            ctx.enable_multithreading(False)
        output = None
        with ctx, diag_mod.collect(ctx) as diags:
            module = parse_module(chunk, self.filename, ctx)
            if module is not None and self.pipeline:
                try:
                    pm = self._build_pm(ctx)
                    if a.dump_pass_pipeline:
                        print(f"Pass Manager with pipeline: {self.pipeline}", file=self.err)
                    self.err.flush()
                    pm.run(module.operation)
                except passes.PipelineError as e:
                    diags.append(diag_mod.Diagnostic("error", str(e)))
                    module = None
                except ir.MLIRError as e:
                    diag_mod.extend_from_error(diags, e)
                    module = None
            if module is not None and not any(d.severity == "error" for d in diags):
                output = self._print_module(module)

        if a.verify_diagnostics:
            for d in diags:
                d.notes = [n for n in d.notes
                           if not n.message.startswith("see current operation")]
            problems = diag_mod.verify_expected(chunk, self.filename, diags)
            self._report(problems, chunk)
            return not problems, output if not problems else None
        self._report(diags, chunk)
        ok = output is not None
        return ok, output

    def _report(self, diags, chunk: str):
        for d in diags:
            self.err.write(diag_mod.format_diagnostic(d, {self.filename: chunk}))
        self.err.flush()


def _load_plugin(spec: str) -> None:
    if spec.endswith(".py"):
        name = "_torch_mlir_opt_plugin_" + os.path.splitext(os.path.basename(spec))[0]
        module_spec = importlib.util.spec_from_file_location(name, spec)
        if module_spec is None or module_spec.loader is None:
            raise ImportError(f"no such file: {spec}")
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[name] = module
        module_spec.loader.exec_module(module)
    else:
        importlib.import_module(spec)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _build_arg_parser()
    args, extra = parser.parse_known_args(_normalize_argv(argv))
    pass_flags = [e for e in extra if e.startswith("-") and e != "-"]
    stray = [e for e in extra if e not in pass_flags]
    if args.input != "-" and stray:
        parser.error(f"unexpected arguments: {' '.join(stray)}")
    if stray:
        args.input = stray[0]

    for plugin in args.load_pass_plugin:
        try:
            _load_plugin(plugin)
        except Exception as e:  # report, never a traceback
            print(f"torch-mlir-opt: error: cannot load pass plugin '{plugin}': "
                  f"{type(e).__name__}: {e}", file=sys.stderr)
            return 1

    if args.list_passes:
        print("Python passes and pipelines (native MLIR passes are usable by name too):")
        for name, kind, summary in passes.list_passes():
            print(f"  {name:40s} {kind:12s} {summary}")
        return 0

    try:
        pipeline = _pipeline_from_args(args.pass_pipeline, pass_flags)
        # Validate the pipeline once up front, so a typo fails before any
        # input is read and reports every unknown name.
        with Context():
            passes.build_pass_manager(pipeline)
    except passes.PipelineError as e:
        print(f"torch-mlir-opt: error: {e}", file=sys.stderr)
        return 1

    if args.input == "-":
        filename, text = "<stdin>", sys.stdin.read()
    else:
        filename = args.input
        try:
            with open(filename, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            print(f"torch-mlir-opt: error: cannot read '{filename}': {e.strerror}",
                  file=sys.stderr)
            return 1
        except UnicodeDecodeError as e:
            print(f"torch-mlir-opt: error: '{filename}' is not UTF-8 text: {e}",
                  file=sys.stderr)
            return 1

    driver = _Driver(args, pipeline, filename, sys.stdout, sys.stderr)
    all_ok = True
    outputs = []
    for chunk in _split_chunks(text, args.split_input_file):
        ok, output = driver.process(chunk)
        all_ok &= ok
        if output is not None:
            outputs.append(output)

    result = f"\n{SPLIT_MARKER}\n".join(o.rstrip("\n") + "\n" for o in outputs)
    if args.output == "-":
        sys.stdout.write(result)
        sys.stdout.flush()
    else:
        try:
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(result)
        except OSError as e:
            print(f"torch-mlir-opt: error: cannot write '{args.output}': {e.strerror}",
                  file=sys.stderr)
            return 1
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
