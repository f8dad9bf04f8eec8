"""One op, one place: op names appear as string literals only in the catalog (pivot/catalog).

An op name is a catalog entry's name or a class spelling of it (`Conv2d`, `Dense`, `BatchNormalization`...).
Code outside the catalog asks the entry (its fields, rules and hooks) instead of naming the op.
"""
import ast
from pathlib import Path

from pivot.catalog import all_ops

ROOT = Path(__file__).resolve().parents[2]
# file -> how many op-name literals it may hold, each justified (none today): a file's count may only go down.
ALLOWED: dict[str, int] = {}


def op_names() -> set[str]:
    names = set()
    for spec in all_ops().values():
        names.add(spec.name)
        spellings = (spec.torch_module, spec.torch_lazy, spec.keras_layer, *spec.keras_layer_aliases,
                     *(qual for _, qual in spec.torch_modules_by_rank))
        names.update(s.rsplit(".", 1)[-1] for s in spellings if s)
    return names


def literals(path: Path, names: set[str]) -> list[str]:
    tree = ast.parse(path.read_text())
    return [f"{path.relative_to(ROOT)}:{n.lineno}: {n.value!r}" for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value in names]


def test_op_names_live_in_the_catalog():
    names = op_names()
    over = []
    for path in sorted([*ROOT.joinpath("pivot").rglob("*.py"), *ROOT.joinpath("server").rglob("*.py")]):
        if "catalog" in path.relative_to(ROOT).parts:
            continue
        found = literals(path, names)
        if len(found) > ALLOWED.get(path.relative_to(ROOT).as_posix(), 0):
            over += found
    assert not over, "op names outside the catalog (ask the entry instead):\n" + "\n".join(over)
