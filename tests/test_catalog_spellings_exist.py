"""Every function spelling of the catalog that the fuzzer writes into models exists in the installed frameworks
(the catalog once listed `keras.ops.nn.tanh`, which Keras has not: generated models failed to build)."""
from __future__ import annotations

import pytest

from pivot.catalog import all_ops
from pivot.fuzz.plan import STYLES, functions
from tests.test_advice_names_exist import ROOTS, resolves

pytestmark = pytest.mark.slow  # imports torch and TensorFlow


def _written() -> list[str]:
    names = {name for spec in all_ops().values() for fw, styles in STYLES.items() for style in styles
             for name in functions(spec, fw, style)}
    return sorted(n for n in names if n.split(".")[0] in ROOTS)


@pytest.mark.parametrize("name", _written())
def test_the_spelling_exists(name):
    assert resolves(name), f"{name} is not an API of the installed frameworks"
