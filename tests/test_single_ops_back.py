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


PAD = KERAS + '''import tensorflow as tf


class PadNet(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(4, 3)
        self.conv1d = layers.Conv1D(2, 2)

    def call(self, x):
        x = self.conv(keras.ops.pad(x, ((0, 0), (1, 2), (2, 1), (0, 0)), mode="reflect"))
        x = keras.ops.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], "symmetric")
        x = tf.pad(x, [[0, 0], [0, 0], [1, 0], [0, 1]], "CONSTANT", constant_values=0.5)
        x = keras.ops.mean(x, axis=1)
        x = self.conv1d(keras.ops.pad(x, ((0, 0), (2, 0), (0, 0)), constant_values=-1.0))
        return keras.ops.pad(keras.ops.max(x, axis=1), ((0, 0), (0, 3)))
'''


@pytest.mark.slow
def test_keras_pad_is_f_pad_in_pytorch_layout():
    text = _verified(PAD, "PadNet", "pytorch", [2, 9, 9, 3])
    assert 'F.pad(x, (2, 1, 1, 2), mode="reflect")' in text and 'F.pad(x, (1, 1, 1, 1), mode="replicate")' in text
    assert "F.pad(x, (1, 0, 0, 0, 0, 1), value=0.5)" in text  # the channels (axis 1) padded too


@pytest.mark.parametrize("call,code", [
    ('keras.ops.pad(x, ((0, 0), (2, 2), (0, 0)), mode="symmetric")', "PIV103"),  # mirrors more than the edge
    ('keras.ops.pad(x, ((0, 0), (1, 1), (0, 0)), mode="wrap")', "PIV103"),
    ("keras.ops.pad(x, widths)", "PIV103"),
    ("keras.ops.pad(x, ((0, 0), (1, 1)))", "PIV105"),  # pairs for another rank
])
def test_keras_pad_pytorch_cannot_hold_is_named(call, code):
    source = KERAS + f'''
widths = ((0, 0), (1, 1), (0, 0))


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv1D(2, 2)

    def call(self, x):
        return self.conv({call})


def build():
    inputs = keras.Input(shape=(8, 3))
    return keras.Model(inputs, Net()(inputs))
'''
    errors = _errors(source)
    assert any(e.startswith(code) for e in errors), errors


CHANNELS_FIRST_FLATTEN = KERAS + '''import math


class Net(keras.Model):
    def __init__(self, depth=2):
        super().__init__()
        self.depth = depth
        self.conv = layers.Conv2D(4, 3, padding="same")
        self.pool = layers.MaxPooling2D(2)
        self.fc = layers.Dense(5)
        self.fc2 = layers.Dense(3)

    def call(self, x):
        x = self.conv(x)
        y = keras.ops.reshape(keras.ops.transpose(x, (0, 3, 1, 2)), (-1, 4 * 8 * 8))
        for _ in range(self.depth):
            x = self.pool(x)
        x = keras.ops.reshape(keras.ops.moveaxis(x, -1, 1), (-1, math.prod(x.shape[1:])))
        return self.fc(x) + self.fc2(y)[:, :1]
'''


@pytest.mark.slow
def test_keras_image_moved_channels_first_is_pytorch_layout_itself():
    """`keras.ops.moveaxis(x, -1, 1)` / `transpose(x, (0, 3, 1, 2))` of an image: PyTorch's layout already (how
    Pivot writes a flatten in PyTorch's order); the features after it keep their order (no weight permutation)."""
    text = _verified(CHANNELS_FIRST_FLATTEN, "Net", "pytorch", [2, 8, 8, 3])
    # (the reshape to a written width stays one: `x.reshape(-1, 4 * 8 * 8)` of the channels-first image)
    assert "keras." not in text and "torch.flatten(x, 1)" in text and "x.reshape(-1, 4 * 8 * 8)" in text, text


TORCH = "import torch\nimport torch.nn as nn\n"


@pytest.mark.slow
def test_torch_image_moved_channels_last_is_keras_layout_itself():
    source = TORCH + '''

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.fc = nn.Linear(4 * 6 * 6, 5)

    def forward(self, x):
        x = torch.movedim(self.conv(x), 1, -1)
        return self.fc(x.reshape(x.size(0), -1))
'''
    text = _verified(source, "Net", "tensorflow", [2, 3, 8, 8])
    assert "moveaxis" not in text and "torch" not in text, text


@pytest.mark.parametrize("body", ["keras.ops.moveaxis({x}, 1, 2)", "keras.ops.transpose({x}, (0, 2, 1, 3))"])
def test_keras_image_axes_moved_otherwise_are_named(body):
    source = KERAS + f'''

class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(4, 3)

    def call(self, x):
        return {body.format(x="self.conv(x)")}


def build():
    inputs = keras.Input(shape=(8, 8, 3))
    return keras.Model(inputs, Net()(inputs))
'''
    assert any(e.startswith("PIV105") for e in _errors(source)), _errors(source)


WEIGHTS = KERAS + '''

class Scaled(keras.Model):
    def __init__(self, units=6, max_len=5):
        super().__init__()
        self.fc = layers.Dense(units)
        self.pos = self.add_weight(shape=(1, max_len, units), initializer="zeros", name="pos")
        self.pos.assign(keras.random.normal(self.pos.shape, mean=0.0, stddev=0.02))
        self.gamma = self.add_weight(shape=(units,), initializer="ones", trainable=False)
        self.beta = self.add_weight(shape=(units,), initializer="random_normal", name="beta")
        self.scale = self.add_weight(shape=(1,))
        self.scale.assign(keras.ops.full(self.scale.shape, 0.5))

    def call(self, x):
        return (self.fc(x) + self.pos) * self.gamma * self.scale + self.beta
'''


@pytest.mark.slow
def test_keras_add_weight_is_nn_parameter():
    text = _verified(WEIGHTS, "Scaled", "pytorch", [2, 5, 4])
    assert "self.pos = nn.Parameter(torch.zeros(1, max_len, units))" in text, text
    assert "nn.init.normal_(self.pos, mean=0.0, std=0.02)" in text
    assert "self.gamma = nn.Parameter(torch.ones(units,), requires_grad=False)" in text
    assert "nn.init.constant_(self.scale, val=0.5)" in text and "torch.randn(units,) * 0.05" in text
    assert "keras" not in text.replace("Keras", "")


@pytest.mark.parametrize("call", ['self.add_weight(shape=(3,), dtype="int32")', "self.add_weight(initializer='zeros')",
                                  "self.add_weight(shape=(3,), synchronization='auto')"])
def test_keras_add_weight_pytorch_cannot_hold_is_named(call):
    source = KERAS + f'''

class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.w = {call}

    def call(self, x):
        return x * self.w
'''
    assert any(e.startswith("PIV103") and "add_weight" in e for e in _errors(source)), _errors(source)


SEQUENCE_BLOCK = KERAS + '''

class TextConv(keras.Model):
    def __init__(self):
        super().__init__()
        self.embed = layers.Embedding(20, 6)
        self.block = keras.Sequential([layers.ZeroPadding1D(1), layers.Conv1D(4, 3), layers.ReLU()])
        self.fc = layers.Dense(2)

    def call(self, tokens):
        x = self.block(self.embed(tokens))
        return self.fc(keras.ops.mean(x, axis=1))
'''


@pytest.mark.slow
def test_keras_sequential_reading_sequences_is_transposed_where_called():
    """A Keras Sequential whose first layer reads channels-last sequences (ZeroPadding1D, Conv1D) gets them
    channels-first at its call in PyTorch: nn.Sequential cannot transpose inside."""
    text = _verified(SEQUENCE_BLOCK, "TextConv", "pytorch", [2, 7], "int64")
    assert "self.block(self.embed(tokens).transpose(1, 2))" in text, text


def test_keras_sequential_reading_sequences_after_its_first_layer_is_named():
    source = SEQUENCE_BLOCK.replace("[layers.ZeroPadding1D(1), layers.Conv1D(4, 3)", "[layers.Dense(5), "
                                    "layers.Conv1D(4, 3)")
    assert any(e.startswith("PIV105") and "nn.Sequential cannot transpose" in e for e in _errors(source))


ONE_SIDED_NORMS = KERAS + '''

def build():
    inputs = keras.Input(shape=(6, 6, 3))
    x = layers.Conv2D(4, 3)(inputs)
    x = layers.BatchNormalization(center=False)(x)
    x = layers.LayerNormalization(scale=False)(layers.Flatten()(x))
    return keras.Model(inputs, layers.Dense(2)(x))
'''


@pytest.mark.slow
def test_keras_one_sided_norms_come_back_from_fixed_affine():
    """Keras -> PyTorch (`fixed_affine(...)` freezes what Keras lacks) -> Keras: the norms come back with
    center/scale off, the support function is gone, and the outputs match."""
    from pivot.verify import roundtrip_one

    out = roundtrip_one(ONE_SIDED_NORMS, "build", "pytorch", [2, 6, 6, 3])
    assert out["errors"] == [] and out["first_leg_equivalent"] and out["equivalent"], out
    assert "BatchNormalization(center=False" in out["text"] and "LayerNormalization(scale=False" in out["text"]
    assert "fixed_affine" not in out["text"] and "torch" not in out["text"], out["text"]


PIVOT_MODULES = KERAS + '''
model = keras.Sequential([
    keras.Input(shape=(12,)),
    layers.Embedding(30, 6),
    layers.SeparableConv1D(8, 5, padding="same", activation="relu"),
    layers.SeparableConv1D(8, 3, depth_multiplier=2),
    layers.GlobalAveragePooling1D(),
    layers.Dense(4),
    layers.Rescaling(0.5, offset=1.0),
    layers.RepeatVector(3),
    layers.Dense(2),
])
'''


@pytest.mark.slow
def test_pivots_own_pytorch_modules_come_back_as_their_keras_layers():
    """Keras -> PyTorch (Pivot writes `SeparableConv1d`, `Rescaling`, `RepeatVector` modules, and a class `Model`
    for the Sequential with `model = Model()`) -> Keras: the modules are read back as their catalog entries (not
    migrated as user models: `SeparableConv1d`'s `padding` parameter became `ZeroPadding1D(padding)`, which Keras
    rejects for 'same'), the way back finds the class, and the outputs match."""
    from pivot.verify import roundtrip_one

    out = roundtrip_one(PIVOT_MODULES, "model", "pytorch", [2, 12], "int64")
    assert out["errors"] == [] and out["first_leg_equivalent"] and out["equivalent"], out
    for layer in ("layers.SeparableConv1D(8, 5, padding='same')", "layers.Rescaling(", "layers.RepeatVector(3)"):
        assert layer in out["text"], out["text"]
    assert "torch" not in out["text"] and "class SeparableConv1d" not in out["text"], out["text"]


HELD_KERAS = KERAS + '''import tensorflow as tf


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.fc = layers.Dense(4)
        self.act = tf.nn.relu
        self.gelu = keras.ops.gelu  # keras.ops.gelu approximates (tanh)
        self.leaky = keras.activations.leaky_relu  # slope 0.2, not the layer's 0.3

    def call(self, x):
        return self.leaky(self.gelu(self.act(self.fc(x)) - 0.5))
'''

HELD_TORCH = TORCH + '''import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 4)
        self.act = F.relu
        self.squash = torch.tanh
        self.smooth = F.silu

    def forward(self, x):
        return self.smooth(self.squash(self.act(self.fc(x)) - 0.5))
'''


@pytest.mark.slow
def test_keras_activation_held_as_attribute_is_a_module():
    text = _verified(HELD_KERAS, "Net", "pytorch", [2, 3])
    assert "self.act = nn.ReLU()" in text and 'self.gelu = nn.GELU(approximate="tanh")' in text
    assert "self.leaky = nn.LeakyReLU(negative_slope=0.2)" in text, text


@pytest.mark.slow
def test_torch_activation_held_as_attribute_is_a_layer():
    text = _verified(HELD_TORCH, "Net", "tensorflow", [2, 3])
    assert "self.act = layers.ReLU()" in text and "torch" not in text, text


UNSTACK = KERAS + '''import tensorflow as tf


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.fc = layers.Dense(4)

    def call(self, x):
        a, b, c = keras.ops.unstack(x, num=3, axis=1)
        d, e, f, g = tf.unstack(self.fc(a), axis=-1)
        return self.fc(b * c + d[:, None] * keras.ops.unstack(x, 3, 1)[2])
'''


@pytest.mark.slow
def test_keras_unstack_is_unbind():
    text = _verified(UNSTACK, "Net", "pytorch", [2, 3, 5])
    assert "torch.unbind(x, dim=1)" in text and "torch.unbind(self.fc(a), dim=-1)" in text, text


LAMBDA_ACTIVATIONS = KERAS + '''

def build():
    inputs = keras.Input(shape=(5, 3))
    x = layers.Dense(4)(inputs)
    x = layers.Activation(lambda t: keras.activations.gelu(t, approximate=True))(x)
    x = layers.Activation(lambda t: keras.ops.leaky_relu(t))(x)
    return keras.Model(inputs, layers.Activation(lambda t: keras.ops.log_softmax(t, axis=1))(x))
'''


@pytest.mark.slow
def test_keras_lambda_activation_is_the_activation():
    """`layers.Activation(lambda t: fn(t, ...))` (how Pivot writes an activation a name cannot carry) is read as
    that activation with its arguments."""
    text = _verified(LAMBDA_ACTIVATIONS, "build", "pytorch", [2, 5, 3])
    assert 'nn.GELU(approximate="tanh")' in text and "nn.LogSoftmax(dim=1)" in text, text
    assert "nn.LeakyReLU(negative_slope=0.2)" in text, text


@pytest.mark.parametrize("source,name,wanted", [
    (PAD, "PadNet", ['F.pad(x, (2, 1, 1, 2), mode="reflect")', "F.pad(x, (1, 0, 0, 0, 0, 1), value=0.5)"]),
    (PRELU, "build", ["nn.PReLU(4, init=0.0)", "nn.PReLU(init=0.3)"]),
    (WEIGHTS, "Scaled", ["nn.init.normal_(self.pos, mean=0.0, std=0.02)", "requires_grad=False"]),
    (HELD_KERAS, "Net", ['self.gelu = nn.GELU(approximate="tanh")']),
    (UNSTACK, "Net", ["torch.unbind(x, dim=1)"]),
    (LAMBDA_ACTIVATIONS, "build", ["nn.LogSoftmax(dim=1)"]),
    (SEQUENCE_BLOCK, "TextConv", ["self.block(self.embed(tokens).transpose(1, 2))"]),
])
def test_keras_single_ops_are_written_in_pytorch(source, name, wanted):
    """The static half of the verified tests above (framework-free, in the fast suite)."""
    result = migrate_source(source, "pytorch", [name])
    assert result.ok and all(w in result.text for w in wanted), result.text
    assert "import keras" not in result.text and "from keras" not in result.text


def test_torch_activation_held_as_attribute_is_written_in_keras():
    result = migrate_source(HELD_TORCH, "tensorflow", ["Net"])
    assert result.ok and "self.squash = layers.Activation(\"tanh\")" in result.text and "torch" not in result.text


PERMUTE_MODULE = TORCH + '''

class Permute(nn.Module):
    def __init__(self, dims):
        super().__init__()
        self.dims = dims

    def forward(self, x):
        return torch.permute(x, self.dims)


class Block(nn.Module):
    def __init__(self, dim=8):
        super().__init__()
        self.block = nn.Sequential(nn.Conv2d(dim, dim, 3, padding=1), Permute([0, 2, 3, 1]), nn.LayerNorm(dim),
                                   nn.Linear(dim, dim), Permute([0, 3, 1, 2]))
        self.scale = nn.Parameter(torch.ones(dim, 1, 1))

    def forward(self, x):
        return self.block(x) + x
'''


@pytest.mark.slow
def test_torchvision_permute_module_is_the_layout_change():
    """torchvision's `Permute` (`torch.permute(x, self.dims)`, ConvNeXt's) inside an nn.Sequential is the layout
    change around a channels-last LayerNorm/Linear, as `x.permute(*self.dims)` is (it was a Keras transpose of the
    channels-last image: exit 0, not equivalent)."""
    text = _verified(PERMUTE_MODULE, "Block", "tensorflow", [2, 8, 8, 8])
    assert "Permute([" not in text.split("class Block")[1], text


@pytest.mark.slow
def test_a_parameter_scaling_the_permuted_block_migrates():
    """Issue 13: the (C, 1, 1) layer scale of ConvNeXt's block was a named error (PIV105); it is Keras's
    (1, 1, C), its axes moved by the weight copy, and verifies equivalent."""
    source = PERMUTE_MODULE.replace("return self.block(x) + x", "return self.scale * self.block(x)")
    text = _verified(source, "Block", "tensorflow", [2, 8, 8, 8])
    assert "shape=(1, 1, dim)" in text, text


def test_a_parameter_scaling_an_image_along_its_width_is_named():
    source = PERMUTE_MODULE.replace("torch.ones(dim, 1, 1)", "torch.ones(1, dim)").replace(
        "return self.block(x) + x", "return self.scale * self.block(x)")
    assert any(e.startswith("PIV105") and "`scale`" in e for e in _errors(source, "tensorflow"))


UNKNOWN_BETWEEN_PERMUTES = TORCH + '''from functools import partial


class Permute(nn.Module):
    def __init__(self, dims):
        super().__init__()
        self.dims = dims

    def forward(self, x):
        return torch.permute(x, self.dims)


class Block(nn.Module):
    def __init__(self, dim=8):
        super().__init__()
        norm_layer = partial(nn.LayerNorm, eps=1e-6)
        self.block = nn.Sequential(nn.Conv2d(dim, dim, 3, padding=1), Permute([0, 2, 3, 1]), norm_layer(dim),
                                   nn.Linear(dim, dim), Permute([0, 3, 1, 2]))

    def forward(self, x):
        result = self.block(x)
        result += x
        return result
'''


@pytest.mark.slow
def test_an_unknown_layer_between_permutes_is_never_silently_wrong():
    """Found here (also on main e3ca071): a layer built by code (`partial(nn.LayerNorm, ...)(dim)`) between the two
    permutes, then `result += x`: exit 0 and not equivalent before image merges were checked for PyTorch sources."""
    from pivot.verify import Job, verify_one

    result = migrate_source(UNKNOWN_BETWEEN_PERMUTES, "tensorflow", ["Block"])
    if not result.ok:
        return  # reported: fine
    out = verify_one(UNKNOWN_BETWEEN_PERMUTES, result.text, result.details["Block"],
                     Job("m.py", "tensorflow", ["Block"], [2, 8, 8, 8], "float32", 1e-5, 1e-4))
    assert out["equivalent"], out


INHERITED_LAYER = TORCH + '''

class Block(nn.Module):
    def __init__(self, dim=8):
        super().__init__()
        self.conv = nn.Conv2d(dim, dim, 3, padding=1)

    def forward(self, x):
        return self.conv(x)


class Scaled(Block):
    def __init__(self, dim=8):
        super().__init__(dim)
        self.scale = nn.Parameter(torch.randn(dim, 1, 1))  # not ones: a wrong broadcast must show

    def forward(self, x):
        return self.scale * self.conv(x)
'''


@pytest.mark.slow
def test_a_parent_class_layer_is_never_silently_wrong():
    """Issue 10, found here (also on main e3ca071): a subclass calling its parent class's layer (`self.conv`
    declared in Block) did not know that layer, so its input's layout was taken as the same in both and the
    (C, 1, 1) parameter went unreported: exit 0, not equivalent. A subclass now has its base's layers, and the
    parameter (issue 13) migrates as Keras's (1, 1, C), its axes moved by the weight copy."""
    from pivot.verify import Job, verify_one

    result = migrate_source(INHERITED_LAYER, "tensorflow", ["Scaled"])
    assert result.ok, [d.message for d in result.diagnostics]  # the (C, 1, 1) parameter is (1, 1, C) in Keras
    assert "shape=(1, 1, dim)" in result.text
    out = verify_one(INHERITED_LAYER, result.text, result.details["Scaled"],
                     Job("m.py", "tensorflow", ["Scaled"], [2, 8, 8, 8], "float32", 1e-5, 1e-4))
    assert out["equivalent"], out


INHERITED_KERAS_LAYER = '''import keras
from keras import layers


class Block(keras.Model):
    def __init__(self, dim=8):
        super().__init__()
        self.conv = layers.Conv2D(dim, 3, padding="same")

    def call(self, x):
        return self.conv(x)


class Head(Block):
    def __init__(self, dim=8):
        super().__init__(dim)
        self.flat = layers.Flatten()
        self.fc = layers.Dense(4)

    def call(self, x):
        return self.fc(self.flat(self.conv(x)))
'''


@pytest.mark.slow
def test_a_keras_parent_class_layer_is_known_to_the_subclass():
    """Issue 10: `Head(Block)` calls `self.conv` of Block; not knowing that layer, the Flatten's input was taken
    as a non-image and the migrated Linear read 288 features for 144 (the model did not load its weights)."""
    from pivot.verify import Job, verify_one

    result = migrate_source(INHERITED_KERAS_LAYER, "pytorch", ["Head"])
    assert result.ok, result.diagnostics
    out = verify_one(INHERITED_KERAS_LAYER, result.text, result.details["Head"],
                     Job("m.py", "pytorch", ["Head"], [2, 6, 6, 3], "float32", 1e-5, 1e-4))
    assert out["equivalent"], out


WIDTH_NORM = TORCH + '''

class WidthNorm(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.norm = nn.LayerNorm(8)

    def forward(self, x):
        return self.norm(self.conv(x))
'''


WIDTH_DENSE = WIDTH_NORM.replace("WidthNorm", "WidthDense").replace("nn.LayerNorm(8)", "nn.Linear(8, 5)")


def test_a_layer_over_an_images_width_is_that_axis_or_named():
    """Issue 13: nn.LayerNorm / nn.Linear over the last axis (the width) of a channels-first image was written as
    the Keras layer over the channels-last image's channels (exit 0, wrong). The norm is LayerNormalization over
    axis 2 of the NHWC image; a Dense reads only the last axis: named. torchvision's LayerNorm2d (a class of the
    file permuting channels-last around nn.LayerNorm) stays the norm over the channels (tests/regressions)."""
    result = migrate_source(WIDTH_NORM, "tensorflow")
    assert result.ok, _errors(WIDTH_NORM, "tensorflow")
    assert "layers.LayerNormalization(epsilon=1e-05, axis=2)" in result.text
    errors = _errors(WIDTH_DENSE, "tensorflow")
    assert len(errors) == 1 and errors[0].startswith("PIV105 `nn.Linear(8, 5)` reads the last axis of a channels-first")


@pytest.mark.slow
@pytest.mark.parametrize("shape", [[2, 3, 8, 8], [2, 3, 5, 8]])
def test_a_layer_norm_over_an_images_width_verifies(shape):
    from pivot.verify import Job, verify_one

    result = migrate_source(WIDTH_NORM, "tensorflow", ["WidthNorm"])
    out = verify_one(WIDTH_NORM, result.text, result.details["WidthNorm"],
                     Job("m.py", "tensorflow", ["WidthNorm"], shape, "float32", 1e-5, 1e-4))
    assert out["equivalent"], out


ARANGE_DTYPE_OF_A_TENSOR = TORCH + '''

class Steps(nn.Module):
    def forward(self, x):
        return x + torch.arange(8, dtype=self.kind)
'''


def test_an_arange_dtype_pivot_cannot_name_is_an_error_both_ways():
    """Issue 10: arange's dtype is carried (tests/regressions/*/arange_dtype.py), also a tensor's `x.dtype`; any
    other value that is not a dtype Pivot knows is named, never dropped."""
    assert any(e.startswith("PIV103") and "dtype=self.kind is not a dtype Pivot migrates" in e
               for e in _errors(ARANGE_DTYPE_OF_A_TENSOR, "tensorflow"))
    keras_side = KERAS + '''

class Steps(keras.Model):
    def call(self, x):
        return x + keras.ops.arange(8, dtype="complex64")
'''
    assert any(e.startswith("PIV103") and "dtype='complex64'" in e for e in _errors(keras_side, "pytorch"))
    of_a_tensor = ARANGE_DTYPE_OF_A_TENSOR.replace("self.kind", "x.dtype")  # the same in both: carried
    assert "keras.ops.arange(8, dtype=x.dtype)" in migrate_source(of_a_tensor, "tensorflow").text


FACTORY_PADDING = KERAS + '''

def make_pool(p, padding="valid"):
    return layers.MaxPooling2D(p, padding=padding)


def build():
    inputs = keras.Input(shape=(8, 8, 3))
    x = layers.Conv2D(4, 3)(inputs)
    return keras.Model(inputs, make_pool(2)(x))


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(4, 3)
        self.pool = make_pool(2)

    def call(self, x):
        return self.pool(self.conv(x))
'''


def test_a_factory_parameter_pytorch_spells_otherwise_is_converted_at_calls_and_named_in_the_factory():
    """Issue 10: a layer factory's parameter given to an argument PyTorch spells otherwise (a pooling's padding:
    Keras 'valid' is PyTorch's 0) was written through: `nn.MaxPool2d(2, padding='valid')` at the call sites (exit 0,
    a TypeError when run) and `nn.MaxPool2d(p, padding=padding)` in the helper. The call sites convert the value
    given there; the helper, which cannot, is named and kept with a TODO."""
    result = migrate_source(FACTORY_PADDING, "pytorch")
    assert "padding='valid'" not in result.text and result.text.count("= nn.MaxPool2d(2)") == 2, result.text
    errors = [f"{d.code} {d.message}" for d in result.diagnostics if d.severity == "error"]
    assert errors == ["PIV105 `layers.MaxPooling2D(p, padding=padding)`: the Keras value of `padding` is given where "
                      "the function is called, and PyTorch spells it differently; the layers its callers build are "
                      "migrated in place, this function is not: migrate it by hand"], errors
    assert "# TODO(pivot): `layers.MaxPooling2D(p, padding=padding)`" in result.text


CHUNK_IN_STACK = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 4, batch_first=True, bidirectional=True)

    def forward(self, x):
        return torch.stack(self.gru(x)[0].chunk(2, dim=-1)).sum(0)
'''


@pytest.mark.slow
def test_chunk_inside_stack_is_translated_or_reported():
    from pivot.migrate import migrate_source

    # (a tensor method the catalog knows inside torch.stack's list argument was copied into Keras unchanged with
    # exit 0: what Pivot writes for Keras's Bidirectional(merge_mode='sum'/'ave'/'mul'), read back)
    text = _verified(CHUNK_IN_STACK, "Net", "tensorflow", [2, 6, 5])
    assert "keras.ops.stack(keras.ops.split(self.gru(x)[0], 2, axis=-1))" in text, text


def test_a_list_argument_not_followed_is_named():
    source = CHUNK_IN_STACK.replace("torch.stack(self.gru(x)[0].chunk(2, dim=-1))",
                                    "torch.stack(list(self.gru(x)[0].chunk(2, dim=-1)))")
    assert any("its tensors are not read" in e for e in _errors(source, "tensorflow"))
