"""torch-mlir-opt on odd input: always a message and exit code 1, never a
traceback or a crash. (IR-level behaviour is tested with lit in tests/lit/tools.)"""

import subprocess
import sys

import pytest

OPT = [sys.executable, "-m", "torch_mlir_core.tools.opt"]


def run(*args, stdin=None):
    done = subprocess.run(OPT + list(args), input=stdin, capture_output=True)
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def test_reads_stdin_and_writes_stdout():
    rc, out, err = run(stdin=b"%0 = torch.constant.int 3\n")
    assert rc == 0, err
    assert "torch.constant.int 3" in out


def test_empty_input_is_an_empty_module():
    rc, out, err = run(stdin=b"")
    assert rc == 0, err
    assert out.strip() == "module {\n}"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"func.func @f( {", "<stdin>:1:"),
        (b'"torch.aten.mm"() : () -> ()', "'torch.aten.mm' op requires"),
        (b"%0 = torch.constant.int 9223372036854775808", "<stdin>:1:"),
        (b"%0 = torch.vtensor.literal(dense<1.0> : tensor<2x?xf32>) : !torch.vtensor<[2,?],f32>",
         "<stdin>:1:"),
    ],
)
def test_bad_input_is_reported_not_crashed(tmp_path, data, message):
    path = tmp_path / "in.mlir"
    path.write_bytes(data)
    rc, _, err = run(str(path)) if message == "not UTF-8" else run(stdin=data)
    assert rc == 1
    assert message in err
    assert "Traceback" not in err


def test_missing_and_unwritable_files(tmp_path):
    rc, _, err = run(str(tmp_path / "nope.mlir"))
    assert rc == 1 and "cannot read" in err and "Traceback" not in err
    src = tmp_path / "ok.mlir"
    src.write_text("")
    rc, _, err = run(str(src), "-o", str(tmp_path / "no" / "dir" / "out.mlir"))
    assert rc == 1 and "cannot write" in err and "Traceback" not in err


def test_bad_plugin_is_reported(tmp_path):
    plugin = tmp_path / "plugin.py"
    plugin.write_text("raise RuntimeError('plugin is broken')\n")
    rc, _, err = run("--load-pass-plugin", str(plugin), stdin=b"")
    assert rc == 1
    assert "cannot load pass plugin" in err and "plugin is broken" in err
    assert "Traceback" not in err


def test_help_lists_the_debugging_options():
    rc, out, _ = run("--help")
    assert rc == 0
    for flag in ("--split-input-file", "--verify-diagnostics", "--pass-pipeline",
                 "--mlir-print-ir-after-all", "--mlir-timing", "--load-pass-plugin"):
        assert flag in out


def test_flag_before_input_file_does_not_swallow_it(tmp_path):
    # `-split-input-file file.mlir` must read file.mlir, not take it as the
    # marker (and then block reading stdin).
    src = tmp_path / "in.mlir"
    src.write_text("func.func @a() { return }\n// -----\nfunc.func @b() { return }\n")
    done = subprocess.run(OPT + ["-split-input-file", str(src)], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("// -----") == 1
    assert "@a" in done.stdout and "@b" in done.stdout
    done = subprocess.run(OPT + ["-split-input-file=// @@", str(src), "-verify-each",
                                 "-canonicalize"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "// -----" not in done.stdout
