"""Every registered lowering rule is found by one grep of its full op name.

`grep -rn '"torch.aten.exp"' lowering/` must find the registration of exp:
no op name may be built with an f-string or a loop. This test fails for each
registered name that is not written literally, in double quotes, somewhere in
the rule sources under torch_mlir_core/lowering/.
"""

from __future__ import annotations

import pathlib

from torch_mlir_core import lowering
from torch_mlir_core.lowering import registry

SOURCES = pathlib.Path(lowering.__file__).parent


def _registered_names(target: str | None = None) -> list[str]:
    lowering.load_rules()
    return sorted({name for (t, name) in registry._RULES if target in (None, t)})


def _rule_sources(target: str | None = None) -> str:
    """The rule sources of `target` (lowering/<target>/, shared.py for the
    shared rules), or all of lowering/."""
    if target is None:
        files = SOURCES.rglob("*.py")
    elif target == registry.SHARED:
        files = [SOURCES / "shared.py"]
    else:
        files = (SOURCES / target).rglob("*.py")
    return "\n".join(p.read_text() for p in sorted(files))


def test_rules_are_registered():
    assert len(_registered_names()) > 500


def test_stablehlo_rules_are_registered_and_found_by_grep():
    lowering.load_rules()
    names = sorted(name for (target, name) in registry._RULES if target == "stablehlo")
    assert len(names) > 150
    text = "\n".join(p.read_text() for p in sorted((SOURCES / "stablehlo").glob("*.py")))
    assert _not_literal(names, text) == []


def _not_literal(names, text: str) -> list[str]:
    return [name for name in names if f'"{name}"' not in text]


def test_every_registered_name_is_written_literally():
    missing = _not_literal(_registered_names(), _rule_sources())
    assert not missing, (f"{len(missing)} registered op names are not written literally in "
                         f"lowering/ (build no op name with an f-string or loop): {missing}")


def test_every_name_is_written_literally_in_its_targets_sources():
    """A TOSA rule's name must be in lowering/tosa/, not merely somewhere."""
    lowering.load_rules()
    for target in sorted({t for (t, _name) in registry._RULES}):
        missing = _not_literal(_registered_names(target), _rule_sources(target))
        assert not missing, f"target '{target}': names not written literally: {missing}"


def test_tosa_rules_are_registered():
    assert len(_registered_names("tosa")) > 150


def test_a_name_built_in_a_loop_is_caught():
    looped = 'for _d in (1, 2):\n    rule(f"torch.aten.max_pool{_d}d")(f)\n'
    literal = 'rule("torch.aten.max_pool1d")(f)\n'
    names = ["torch.aten.max_pool1d"]
    assert _not_literal(names, looped) == names
    assert _not_literal(names, literal) == []
