"""pivot/catalog/torch_defaults.py is PyTorch's own signatures: every keyword default of the modules and functions
the catalog names, as the installed PyTorch declares them (the language server may not import torch, so the table
is written out). `PIVOT_REGEN_GOLDEN=1` rewrites it from the installed PyTorch."""
import importlib
import inspect
import os
import pprint
from pathlib import Path

import pytest

from pivot.catalog import lookups

TABLE = Path(__file__).resolve().parents[1] / "pivot" / "catalog" / "torch_defaults.py"
LITERALS = (bool, int, float, str, type(None))
HEAD = '''"""PyTorch's keyword defaults for the modules and functions the catalog names, written out from the installed
PyTorch by tests/test_torch_defaults.py (which checks it; `PIVOT_REGEN_GOLDEN=1` rewrites it). An argument the
catalog does not model is still exact when it is given at this default (`nn.Embedding(..., norm_type=2.0)`,
`nn.AdaptiveMaxPool1d(1, return_indices=False)`): binding accepts it as a no-op instead of naming it."""

TORCH_DEFAULTS = '''


def _signature_defaults(qual: str) -> dict:
    module, _, name = qual.rpartition(".")
    try:
        obj = getattr(importlib.import_module(module), name)
        params = inspect.signature(obj.__init__ if inspect.isclass(obj) else obj).parameters.values()
    except (ImportError, AttributeError, TypeError, ValueError):
        return {}
    return {p.name: p.default for p in params if p.default is not p.empty and isinstance(p.default, LITERALS)
            and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and not p.name.startswith("_")
            and p.name not in ("device", "dtype")}


def _table() -> dict:
    quals = sorted(q for q in set(lookups().torch_module) | set(lookups().torch_function) if q.startswith("torch."))
    return {q: d for q in quals if (d := _signature_defaults(q))}


@pytest.mark.slow
def test_the_table_is_pytorchs_signatures():
    table = _table()
    if os.environ.get("PIVOT_REGEN_GOLDEN"):
        TABLE.write_text(HEAD + pprint.pformat(table, width=116, sort_dicts=True) + "\n")
    from pivot.catalog.torch_defaults import TORCH_DEFAULTS

    assert TORCH_DEFAULTS == table
