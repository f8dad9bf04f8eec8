"""Issue 12: a local bound to a size of a tensor in a functional block (`filters = init.shape[-1]`) is that size
at that line: a number where the graph fixes it, the builder's parameters it is made of otherwise, and a named
error where it is not known statically (verified models: tests/regressions/keras/block_sizes_from_tensors.py).
A `layers.Lambda(lambda t: ...)` is its body read as graph ops; other Lambdas and unknown ops are named errors
(verified: tests/regressions/keras/lambda_bodies.py)."""
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


LAMBDA = '''import keras
from keras import layers


def distance(vects):
    x, y = vects
    return keras.ops.sqrt(keras.ops.sum(keras.ops.square(x - y), axis=1, keepdims=True))


a = keras.Input(shape=(4,))
b = keras.Input(shape=(4,))
APPLIED
model = keras.Model([a, b], layers.Dense(1)(d))
'''


def test_lambda_of_a_named_function_is_inlined():
    """keras.io's siamese `Lambda(euclidean_distance)([a, b])`: the function's body, its `x, y = vects` the two
    tensors (verified: tests/regressions/keras/lambda_named_function_pair.py)."""
    result = migrate_source(LAMBDA.replace("APPLIED", "d = layers.Lambda(distance)([a, b])"), "pytorch", ["model"])
    assert result.ok, [d.format("x.py") for d in result.diagnostics if d.severity == "error"]
    assert "x = a" in result.text and "y = b" in result.text and "torch.square(x - y)" in result.text


def test_lambda_of_a_named_function_with_arguments_is_a_named_error():
    result = migrate_source(LAMBDA.replace("APPLIED", "d = layers.Lambda(distance, arguments={'p': 2})([a, b])"),
                            "pytorch", ["model"])
    assert not result.ok
    assert any(d.code == "PIV104" and "not a named function" in d.message and d.span.line == 12
               for d in result.diagnostics), [d.format("x.py") for d in result.diagnostics]


def test_lambda_of_an_unknown_op_is_a_named_error():
    result = migrate_source(LAMBDA.replace("APPLIED", "d = layers.Lambda(lambda v: keras.ops.logaddexp(v[0], v[1]))([a, b])"),
                            "pytorch", ["model"])
    assert not result.ok
    assert any("keras.ops.logaddexp" in d.message and d.span.line == 12 for d in result.diagnostics), \
        [d.format("x.py") for d in result.diagnostics]


def test_lambda_body_reads_the_list_items():
    result = migrate_source(LAMBDA.replace("APPLIED", "d = layers.Lambda(lambda v: keras.ops.abs(v[0] - v[1]))([a, b])"),
                            "pytorch", ["model"])
    assert result.ok, [d.format("x.py") for d in result.diagnostics if d.severity == "error"]
    assert "torch.abs(a - b)" in result.text


def test_named_outputs_return_a_dict_and_verify_compares_the_names():
    import pytest

    from pivot.verify import _by_key, compare

    source = '''import keras
from keras import layers

x = keras.Input(shape=(4,))
model = keras.Model(x, {"b": layers.Dense(2)(x), "a": layers.Dense(1)(x)})
'''
    result = migrate_source(source, "pytorch", ["model"])
    assert result.ok and 'return {"b": self.fc1(x), "a": self.fc2(x)}' in result.text, result.text
    same = compare(lambda xs: _by_key({"a": xs[0], "b": xs[0]}), lambda xs: _by_key({"b": xs[0], "a": xs[0]}),
                   (2, 4), "float32", 1, 1e-5, 1e-4)
    assert same["equivalent"]
    with pytest.raises(ValueError, match="named outputs"):
        compare(lambda xs: _by_key({"a": xs[0]}), lambda xs: _by_key({"c": xs[0]}), (2, 4), "float32", 1, 1e-5, 1e-4)
