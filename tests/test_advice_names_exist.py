"""Every framework API a Pivot message names exists in the installed frameworks (advice that names
`keras.datasets.imagefolder.load_data()` sends a user to nothing)."""
from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from pivot.migrate import migrate_source
from pivot.training.torch_to_keras import KERAS_DATASETS

pytestmark = pytest.mark.slow  # builds and runs models in torch and TensorFlow

ROOTS = {"keras": "keras", "layers": "keras.layers", "tf": "tensorflow", "tensorflow": "tensorflow",
         "torch": "torch", "nn": "torch.nn", "F": "torch.nn.functional"}
NAMED = re.compile(r"`((?:keras|layers|tf|tensorflow|torch|nn|F)(?:\.[A-Za-z_]\w*)+)(?:\([^`]*\))?`")
TESTS = Path(__file__).parent
FILES = sorted([*TESTS.glob("corpus_scripts/*/*.py"), *TESTS.glob("corpus_training/*/*.py")])


def resolves(dotted: str) -> bool:
    """`keras.utils.image_dataset_from_directory` names an importable module or attribute."""
    head, *rest = dotted.split(".")
    module_name, obj = ROOTS[head], None
    try:
        obj = importlib.import_module(module_name)
    except ImportError:
        return False
    for part in rest:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            try:
                module_name = f"{module_name}.{part}"
                obj = importlib.import_module(module_name)
            except ImportError:
                return False
            continue
        module_name = f"{module_name}.{part}"
    return True


def named_apis(messages) -> set[str]:
    return {m.group(1) for message in messages for m in NAMED.finditer(message)}


def test_the_checker_tells_real_names_from_invented_ones():
    assert resolves("keras.utils.image_dataset_from_directory") and resolves("torch.nn.functional.relu")
    assert not resolves("keras.datasets.imagefolder.load_data")


@pytest.mark.parametrize("dataset", sorted(KERAS_DATASETS))
def test_torchvision_dataset_advice_names_existing_apis(dataset):
    source = ("import torch\nimport torchvision\nfrom torch import nn\n\n"
              f"data = torchvision.datasets.{dataset}('data')\nmodel = nn.Sequential(nn.Linear(4, 2))\n")
    messages = [d.message for d in migrate_source(source, "tensorflow").diagnostics]
    named = named_apis(messages)
    assert named, messages
    assert all(resolves(name) for name in named), named


def test_every_api_named_in_the_corpus_scripts_messages_exists():
    messages = []
    for path in FILES:
        to = "pytorch" if path.parent.name == "keras" else "tensorflow"
        messages += [d.message for d in migrate_source(path.read_text(), to).diagnostics]
    named = named_apis(messages)
    assert named
    assert not [name for name in named if not resolves(name)]


def _message_strings(tree):
    """String constants of a module except docstrings (messages and the code Pivot writes)."""
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
            and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and id(n) not in docs]


def test_every_api_named_in_pivots_own_messages_exists():
    named = {}
    for path in (TESTS.parent / "pivot").rglob("*.py"):
        for name in named_apis(_message_strings(ast.parse(path.read_text()))):
            named.setdefault(name, path.name)
    assert len(named) >= 5
    assert not {name: where for name, where in named.items() if not resolves(name)}
