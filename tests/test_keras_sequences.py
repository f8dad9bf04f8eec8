"""Issue 12: Keras models on sequences whose rank no input declares migrate exactly: the rank comes from the
first later layer that reads one rank only (GlobalAveragePooling1D: a (N, T, F) sequence, features last)."""
from pathlib import Path

import pytest

from pivot.migrate import migrate_source
from tests.conftest import HEADER

SEQUENCES = Path(__file__).parent / "regressions" / "keras" / "sequence_dense_global_pool.py"
BUILDERS = '''import keras
from keras import layers


def dropout_first(hidden=16):
    inputs = keras.Input(shape=(10, 6))
    x = layers.Dropout(0.1)(inputs)
    x = layers.Dense(hidden)(x)
    x = layers.LayerNormalization()(x)
    x = layers.GlobalAveragePooling1D()(x)
    return keras.Model(inputs, layers.Dense(3)(x))


def sequential_pool(hidden=16):
    return keras.Sequential([layers.Dense(hidden), layers.LayerNormalization(), layers.GlobalAveragePooling1D(),
                             layers.Dense(3)])
'''


def _verified(source: str, name: str, shape: list) -> dict:
    from pivot.verify import Job, verify_one

    result = migrate_source(source, "pytorch", [name])  # no input shape given: the migration must not guess
    assert result.ok, [d.format("x.py") for d in result.diagnostics if d.severity == "error"]
    job = Job("x.py", "pytorch", [name], shape, "float32", 1e-5, 1e-4)
    return verify_one(source, result.text, result.details[name], job)


def test_sequence_pool_is_not_an_image_without_input_shape():
    """The silent bug: exit 0 and nn.AdaptiveAvgPool1d over the features (no transpose)."""
    source = SEQUENCES.read_text()
    text = migrate_source(source, "pytorch", ["SequencePoolClassifier"]).text
    assert "self.pool(x.transpose(1, 2))" in text and "nn.LayerNorm(hidden" in text, text


def test_input_read_first_by_dropout_stays_a_sequence():
    """Dropout then Dense: the input is a sequence (N, T, F), not a channels-first 1-D image."""
    text = migrate_source(BUILDERS, "pytorch", ["dropout_first"]).text
    assert "self.fc1(x)" in text and "Interface" not in text, text


@pytest.mark.slow  # builds and runs models in torch and TensorFlow
@pytest.mark.parametrize("name", ["SequencePoolClassifier", "dropout_first", "sequential_pool"])
def test_sequence_models_verify_without_input_shape(name):
    source = SEQUENCES.read_text() if name == "SequencePoolClassifier" else BUILDERS
    shape = [int(v) for v in HEADER.search(SEQUENCES.read_text()).group(2).split(",")]
    out = _verified(source, name, shape)
    assert out["equivalent"], out
