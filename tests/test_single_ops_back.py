"""Single ops read back both ways (issues 12 and 13): Keras spellings Pivot writes or users write, migrated to
PyTorch (and the mirror), each model built in both frameworks, weights copied and outputs compared."""
import pytest

from pivot.migrate import migrate_source

KERAS = "import keras\nfrom keras import layers\n"


def _verified(source: str, name: str, to: str, shape: list, dtype: str = "float32") -> str:
    from pivot.verify import Job, verify_one

    result = migrate_source(source, to, [name])
    assert result.ok, [f"{d.code} {d.message}" for d in result.diagnostics if d.severity == "error"]
    out = verify_one(source, result.text, result.details[name], Job("m.py", to, [name], shape, dtype, 1e-5, 1e-4))
    assert out["equivalent"], out
    return result.text


def _errors(source: str, to: str = "pytorch") -> list[str]:
    result = migrate_source(source, to)
    compile(result.text, "migrated", "exec")
    return [f"{d.code} {d.message}" for d in result.diagnostics if d.severity == "error"]


PRELU = KERAS + '''

def build():
    inputs = keras.Input(shape=(8, 8, 3))
    x = layers.Conv2D(4, 3)(inputs)
    x = layers.PReLU(shared_axes=[1, 2])(x)
    x = layers.PReLU(alpha_initializer=keras.initializers.Constant(0.3), shared_axes=[1, 2, 3])(x)
    x = layers.Flatten()(x)
    x = layers.Dense(5)(x)
    return keras.Model(inputs, layers.PReLU()(x))
'''


@pytest.mark.slow
def test_keras_prelu_is_nn_prelu():
    text = _verified(PRELU, "build", "pytorch", [2, 8, 8, 3])
    assert "nn.PReLU(4, init=0.0)" in text and "nn.PReLU(init=0.3)" in text and "nn.PReLU(5, init=0.0)" in text


@pytest.mark.parametrize("layer", ["layers.PReLU()", "layers.PReLU(shared_axes=[1])",
                                   "layers.PReLU(alpha_initializer='ones', shared_axes=[1, 2])"])
def test_keras_prelu_pytorch_cannot_hold_is_named(layer):
    source = KERAS + f'''

def build():
    inputs = keras.Input(shape=(8, 8, 3))
    x = layers.Conv2D(4, 3)(inputs)
    return keras.Model(inputs, {layer}(x))
'''
    errors = _errors(source)
    assert any(e.startswith("PIV103") and "PReLU" in e for e in errors), errors
