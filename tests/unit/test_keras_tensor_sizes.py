"""Issue 12: a local bound to a size of a tensor in a functional block (`filters = init.shape[-1]`) is that size
at that line: a number where the graph fixes it, the builder's parameters it is made of otherwise, and a named
error where it is not known statically (verified models: tests/regressions/keras/block_sizes_from_tensors.py)."""
from pivot.migrate import migrate_source

BLOCK = '''import keras
from keras import layers


def squeeze(init, ratio=4):
    filters = init.shape[-1]
    se = layers.GlobalAveragePooling2D()(init)
    se = layers.Dense(filters // ratio, activation="relu")(se)
    se = layers.Dense(filters, activation="sigmoid")(se)
    return init * layers.Reshape((1, 1, filters))(se)


def build(width, classes):
    inputs = keras.Input(shape=(None, None, 3))
    x = layers.Conv2D(width, 3, padding="same", activation="relu")(inputs)
    x = squeeze(x)
    SIZE
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dense(h)(x)
    return keras.Model(inputs, layers.Dense(classes)(x))
'''


def test_size_of_a_parameter_width_stays_that_parameter():
    result = migrate_source(BLOCK.replace("SIZE", "h = keras.ops.shape(x)[-1] * 2"), "pytorch", ["build"])
    assert result.ok, [d.format("x.py") for d in result.diagnostics if d.severity == "error"]
    assert "nn.Linear(width, width // 4)" in result.text and "nn.Linear(width // 4, width)" in result.text
    assert "nn.Linear(width, (width * 2))" in result.text, result.text


def test_size_not_known_statically_is_an_error():
    result = migrate_source(BLOCK.replace("SIZE", "h = x.shape[1]"), "pytorch", ["build"])
    assert not result.ok
    assert any(d.code == "PIV104" and "`h`" in d.message and d.span.line == 19 for d in result.diagnostics)
