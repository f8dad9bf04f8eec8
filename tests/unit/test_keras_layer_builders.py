"""Keras code that builds layers without applying them, read back to PyTorch (issue 13's way back): helpers
returning a layer, builders filling a list in a loop, factory parameters and methods inside a Sequential, a layer
held in a local variable. Framework-free but for the slow tests, which verify outputs with copied weights; so do
tests/test_torch_coverage.py's round trips (googlenet_inception, squeezenet_fire, shufflenetv2_channel_shuffle...)."""
import pytest

from pivot.migrate import migrate_source

HEADER = "import keras\nfrom keras import layers\n"


def _errors(result) -> list[str]:
    return [f"{d.code} {d.message}" for d in result.diagnostics if d.severity == "error"]


def _torch(source: str, names=None):
    result = migrate_source(HEADER + source, "pytorch", names)
    compile(result.text, "migrated", "exec")
    return result


NET = '''

class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.features = {features}

    def call(self, x):
        return self.features(x)
'''


def test_a_builder_filling_a_list_in_a_loop_is_rewritten_in_place():
    source = '''
def make_layers(cfg):
    layers_ = []
    for v in cfg:
        if v == "M":
            layers_ += [keras.layers.MaxPooling2D(2)]
        else:
            conv2d = keras.layers.Conv2D(v, 3, padding="same")
            layers_ += [conv2d, keras.layers.ReLU()]
    return keras.Sequential([*layers_])
''' + NET.format(features='make_layers([8, "M", 16])')
    result = _torch(source, ["Net"])
    assert result.ok, _errors(result)
    assert "layers_ += [nn.MaxPool2d(2)]" in result.text
    assert "conv2d = nn.LazyConv2d(out_channels=v, kernel_size=3, padding='same')" in result.text
    assert "return nn.Sequential(*layers_)" in result.text and "keras" not in result.text.split("import torch")[1]


def test_a_sequential_of_a_list_variable_or_a_starred_rest_is_built_at_run_time():
    source = '''
def stack(n):
    first = layers.Dense(4)
    rest = []
    for _ in range(1, n):
        rest.append(layers.Dense(4))
    return keras.Sequential([first, *rest])


def block(n):
    seq = [layers.Dense(4) for _ in range(n)]
    return keras.Sequential(seq)
''' + NET.format(features="keras.Sequential([stack(3), block(2)])")
    result = _torch(source, ["Net"])
    assert result.ok, _errors(result)
    assert "return nn.Sequential(first, *rest)" in result.text
    assert "return nn.Sequential(*seq)" in result.text


def test_helpers_and_factory_parameters_in_a_sequential_are_called_as_written():
    source = '''
def conv1x1(out_planes: int, stride: int = 1) -> keras.layers.Layer:
    return layers.Conv2D(out_planes, 1, stride, use_bias=False)


class Block(keras.Model):
    def __init__(self, c, conv_block=None):
        super().__init__()
        if conv_block is None:
            conv_block = conv1x1
        self.body = keras.Sequential([conv_block(c), conv1x1(c), self.make(c), layers.ReLU()])

    def make(self, c):
        return layers.Conv2D(c, 3, padding="same")

    def call(self, x):
        return self.body(x)
'''
    result = _torch(source, ["Block"])
    assert result.ok, _errors(result)
    assert "def conv1x1(out_planes: int, stride: int = 1) -> nn.Module:" in result.text
    assert "return nn.LazyConv2d(out_channels=out_planes, kernel_size=1, stride=stride, bias=False)" in result.text
    body = result.text[result.text.index("self.body = nn.Sequential("):]
    assert body.index("conv_block(c),") < body.index("conv1x1(c),") < body.index("self.make(c),") < \
        body.index("nn.ReLU(),")
    assert "nn.Identity()" not in result.text


def test_a_layer_in_a_local_variable_is_built_where_it_is_assigned():
    source = NET.replace("self.features = {features}", '''final_conv = layers.Conv2D(4, 1)
        self.features = keras.Sequential([layers.Conv2D(8, 3), final_conv, layers.ReLU()])''')
    result = migrate_source(HEADER + source, "pytorch", ["Net"], input_shapes={"Net": (16, 16, 3)})
    assert result.ok, _errors(result)
    assert "final_conv = nn.Conv2d(8, 4, 1)" in result.text
    seq = result.text[result.text.index("nn.Sequential("):]
    assert [line.strip() for line in seq.splitlines()[1:4]] == ["nn.Conv2d(3, 8, 3),", "final_conv,", "nn.ReLU(),"]


def test_a_pool_after_a_submodel_in_a_sequential_reads_an_image():
    source = '''
class Fire(keras.Model):
    def __init__(self, c):
        super().__init__()
        self.conv = layers.Conv2D(c, 1)

    def call(self, x):
        return self.conv(x)
''' + NET.format(features="keras.Sequential([layers.Conv2D(8, 3), Fire(8), layers.MaxPooling2D(2), "
                           "layers.Conv2D(4, 1)])")
    result = migrate_source(HEADER + source, "pytorch", ["Net"], input_shapes={"Net": (16, 16, 3)})
    assert result.ok, _errors(result)
    assert "Fire(8)," in result.text and "nn.MaxPool2d(2)," in result.text


def test_a_subclass_of_a_model_class_keeps_its_super_arguments_and_asserts_follow_the_layout():
    source = '''
class Base(keras.Model):
    def __init__(self, width, classes=10):
        super().__init__()
        self.conv = layers.Conv2D(width, 3)
        self.fc = layers.Dense(classes)

    def call(self, x):
        assert x.shape[-1] == 3
        return self.fc(keras.ops.mean(self.conv(x), axis=(1, 2)))


class Small(Base):
    def __init__(self, classes=10):
        super().__init__(8, classes=classes)
'''
    result = migrate_source(HEADER + source, "pytorch", ["Small"], input_shapes={"Small": (16, 16, 3)})
    assert result.ok, _errors(result)
    assert "super().__init__(8, classes=classes)" in result.text
    assert "assert x.shape[1] == 3" in result.text


def test_a_layer_factory_applied_later_is_that_layer():
    source = '''

def conv3x3(filters, strides=1):
    """A 3x3 convolution."""
    return layers.Conv2D(filters, 3, strides=strides, use_bias=False)


def build(width=8):
    inputs = keras.Input(shape=(16, 16, 3))
    x = conv3x3(width)(inputs)
    x = conv3x3(width * 2, strides=1)(layers.ReLU()(x))
    return keras.Model(inputs, layers.Dense(4)(layers.GlobalAveragePooling2D()(x)))
'''
    result = _torch(source, ["build"])
    assert result.ok, _errors(result)
    assert "self.conv1 = nn.Conv2d(3, width, 3, bias=False)" in result.text
    assert "self.conv2 = nn.Conv2d(width, (width * 2), 3, bias=False)" in result.text
    assert "x = self.conv1(inputs)" in result.text


BUILT = '''import keras
from keras import layers


def conv3x3(filters, strides=1):
    return layers.Conv2D(filters, 3, strides=strides, use_bias=False)


def make_layers(cfg):
    layers_ = []
    for v in cfg:
        if v == "M":
            layers_ += [layers.MaxPooling2D(2)]
        else:
            layers_ += [layers.Conv2D(v, 3, padding="same"), layers.ReLU()]
    return keras.Sequential([*layers_])


class Head(keras.Model):
    def __init__(self, classes=3, conv_block=None):
        super().__init__()
        if conv_block is None:
            conv_block = make_layers
        final_conv = layers.Conv2D(classes, 1)
        self.body = keras.Sequential([conv_block([8, "M"]), final_conv, layers.GlobalAveragePooling2D()])

    def call(self, x):
        return self.body(x)


def build(width=6, classes=3):
    inputs = keras.Input(shape=(12, 12, 3))
    x = conv3x3(width)(inputs)
    return keras.Model(inputs, layers.Dense(classes)(layers.GlobalAveragePooling2D()(layers.ReLU()(x))))
'''


@pytest.mark.slow
@pytest.mark.parametrize("name", ["build", "Head"])
def test_built_layers_verify_with_copied_weights(name):
    from pivot.verify import Job, verify_one

    result = migrate_source(BUILT, "pytorch", [name], input_shapes={name: (12, 12, 3)})
    assert result.ok, _errors(result)
    out = verify_one(BUILT, result.text, result.details[name], Job("built.py", "pytorch", [name],
                                                                    [2, 12, 12, 3], "float32", 1e-5, 1e-4))
    assert out["equivalent"], out


FLAT_IN_TORCH_ORDER = '''import math

import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(4, 3)
        self.fc = layers.Dense(5)

    def call(self, x):
        x = self.conv(x)
        x = keras.ops.reshape(keras.ops.moveaxis(x, -1, 1), (-1, math.prod(x.shape[1:])))
        return self.fc(x)
'''


def test_a_flatten_in_pytorchs_order_is_a_plain_flatten():
    """How Pivot writes a flatten of an image of unknown size in Keras: the image moved channels-first first."""
    result = migrate_source(FLAT_IN_TORCH_ORDER, "pytorch", ["Net"], input_shapes={"Net": (8, 8, 3)})
    assert result.ok, _errors(result)
    assert "x = torch.flatten(x, 1)" in result.text and "moveaxis" not in result.text and "movedim" not in result.text


@pytest.mark.slow
def test_a_flatten_in_pytorchs_order_of_a_known_size_keeps_the_dense_weights_as_they_are():
    from pivot.verify import Job, verify_one

    result = migrate_source(FLAT_IN_TORCH_ORDER, "pytorch", ["Net"], input_shapes={"Net": (8, 8, 3)})
    out = verify_one(FLAT_IN_TORCH_ORDER, result.text, result.details["Net"], Job("flat.py", "pytorch", ["Net"],
                                                                                   [2, 8, 8, 3], "float32", 1e-5,
                                                                                   1e-4))
    assert out["equivalent"], out


def test_a_module_level_sequential_of_a_list_variable_is_an_error_never_an_empty_model():
    result = _torch("\nseq = [layers.Dense(4), layers.ReLU()]\nmodel = keras.Sequential(seq)\n")
    assert not result.ok and any("PIV104" in e and "keras.Sequential(seq)" in e for e in _errors(result))


def test_a_channel_shuffle_function_as_pivot_writes_it_in_keras_is_read_back():
    """`def channel_shuffle(x, groups): return TorchChannelShuffle(groups)(x)` (ShuffleNet's idiom, as the first
    leg writes it) is that op in PyTorch: the caller may give it an image."""
    from pathlib import Path

    source = (Path(__file__).parents[1] / "corpus_breadth" / "torch" / "shufflenetv2_channel_shuffle.py").read_text()
    keras_text = migrate_source(source, "tensorflow", ["ShuffleNetV2"]).text
    assert "return TorchChannelShuffle(groups)(x)" in keras_text
    back = migrate_source(keras_text, "pytorch", ["ShuffleNetV2"], input_shapes={"ShuffleNetV2": (32, 32, 3)})
    assert back.ok, _errors(back)
    assert "return nn.ChannelShuffle(groups)(x)" in back.text and "TorchChannelShuffle" not in back.text
