"""Every class Pivot writes into a migrated file says "(written by Pivot)" in its docstring: that phrase is how the
way back recognises it as Pivot's support code (pivot.frontends.source) and reads its calls as the layer they stand
for. A docstring reworded around it made the way back read nn.ReflectionPad's TorchPad as user code (PIV103)."""
import ast

import pytest

from pivot.backends import keras_support, torch_support

SOURCES = [(f"{m.__name__}.{name}", value) for m in (keras_support, torch_support)
           for name, value in vars(m).items() if name.isupper() and isinstance(value, str) and "class " in value]


@pytest.mark.parametrize("name,code", SOURCES, ids=[s[0] for s in SOURCES])
def test_support_class_docstring_carries_the_marker(name, code):
    classes = [n for n in ast.walk(ast.parse(code.replace("{n}", "2"))) if isinstance(n, ast.ClassDef)]  # a template
    assert classes, name
    for cls in classes:
        assert "(written by Pivot)" in " ".join((ast.get_docstring(cls) or "").split()), f"{name}: {cls.name}"
