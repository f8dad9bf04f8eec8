"""Constructs of unseen code (LLM-written PyTorch models, tests/corpus_unseen/torch/llm_*, and keras.io-style
files) that migrated with exit 0 and were wrong, checked without the frameworks (the corpus test builds and
compares the models)."""
import textwrap

import pytest

from pivot.analysis import analyze
from pivot.errors import PivotError
from pivot.migrate import migrate_source
from pivot.shapes import infer
from pivot.slice import model_slice

SEQUENCE_CONV = textwrap.dedent('''\
    import torch
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv1d(6, 8, 3, padding=1)
            self.gru = nn.GRU(8, 4, batch_first=True)

        def forward(self, x):
            x = x.permute(0, 2, 1)
            x = torch.relu(self.conv(x))
            x = x.transpose(1, 2)
            out, _ = self.gru(x)
            return out[:, -1, :]
''')


def _net(source: str):
    return next(n for n in analyze(source).networks if n.name == "Net")


def test_a_sequence_permuted_for_a_conv1d_is_the_layout_change_in_keras():
    """(batch, time, features) moved channels-first for a Conv1d: Keras's Conv1D reads it as it is."""
    result = migrate_source(SEQUENCE_CONV, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    call = result.text[result.text.index("    def call(self, x):"):]
    assert "keras.ops.transpose" not in call and call.count("x = x\n") == 2
    assert infer(_net(SEQUENCE_CONV), ((50, 6),)).input_spatial == (False,)  # verify feeds it unchanged


def test_a_permute_before_a_recurrent_layer_stays():
    source = "\n".join(l for l in SEQUENCE_CONV.splitlines() if "conv" not in l and "transpose" not in l)
    result = migrate_source(source, "tensorflow", ["Net"])
    assert "keras.ops.transpose(x, axes=(0, 2, 1))" in result.text


TEXT_CNN = textwrap.dedent('''\
    import torch
    import torch.nn as nn
    import torch.nn.functional as F


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv1d(4, 8, 3)

        def forward(self, x):
            c = F.relu(self.conv(x))
            return F.max_pool1d(c, c.size(2)).squeeze(2)
''')


def test_a_size_read_in_an_argument_reads_the_same_axis_in_keras():
    """`F.max_pool1d(c, c.size(2))` (Kim's TextCNN): the length axis is Keras's axis 1; `c.size` was left as it
    was, a method Keras tensors lack (exit 0, failing when run)."""
    result = migrate_source(TEXT_CNN, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "keras.ops.max_pool(c, (keras.ops.shape(c)[1],), strides=(keras.ops.shape(c)[1],)" in result.text
    assert ".size(" not in result.text


def test_a_size_read_of_another_tensor_reads_its_axis_in_keras():
    """`x.size(2)` of the (N, C, L) input: L is Keras's axis 1 of x too (sizes read inside an op's arguments are
    Size nodes, translated as any other)."""
    result = migrate_source(TEXT_CNN.replace("c.size(2)", "x.size(2)"), "tensorflow", ["Net"])
    assert result.ok and "keras.ops.max_pool(c, (keras.ops.shape(x)[1],), strides=(keras.ops.shape(x)[1],)" in result.text


NAMED_KERAS = textwrap.dedent('''\
    import keras
    from keras import layers

    inputs = keras.Input(shape=(8, 8, 3))
    x = layers.Conv2D(4, 3, name="conv1")(inputs)
    x = layers.Conv2D(6, 1, name="conv_pw_%d" % 1)(x)
    x = layers.BatchNormalization()(x)
    model = keras.Model(inputs, x)
''')


def test_a_generated_attribute_name_never_takes_a_name_given_explicitly():
    """keras-applications' MobileNet: `name="conv1"`, then a name Pivot cannot evaluate; both were `self.conv1`,
    the second replacing the first (exit 0, a BatchNorm2d sized for the wrong conv)."""
    result = migrate_source(NAMED_KERAS, "pytorch", ["model"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "self.conv1 = nn.Conv2d(3, 4, 3" in result.text and "self.conv2 = nn.Conv2d(4, 6, 1" in result.text
    assert "nn.BatchNorm2d(6" in result.text


LAYER_OBJECTS = textwrap.dedent('''\
    import keras
    from keras import layers


    class Scale(layers.Layer):
        def call(self, x):
            return x * 2.0


    inputs = keras.Input(shape=(4,))
    scale = Scale()
    x = scale(inputs)
    x = layers.Dense(3)(x)
    model = keras.Model(inputs, x)
''')


def test_verify_keeps_the_calls_of_layer_objects_built_at_module_level():
    """keras.io's `x = embedding_layer(inputs)`: the slice verify builds left it out, and with it the layers it
    applies (another model)."""
    assert "x = scale(inputs)" in model_slice(LAYER_OBJECTS, "model").code


def test_a_rebinding_the_slice_cannot_keep_is_reported():
    source = LAYER_OBJECTS.replace("x = scale(inputs)", "x = scale(inputs)\nx = keras.utils.normalize(x)")
    with pytest.raises(PivotError, match="`x`"):  # a slice without that line would build another model
        model_slice(source, "model")


GRAYSCALE = textwrap.dedent('''\
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(1, 4, 3)

        def forward(self, x):
            x = x.unsqueeze(1)
            return self.conv(x)
''')


def test_an_input_given_a_channel_axis_for_a_conv2d_has_no_channels():
    """(batch, 28, 28) arrays with `x.unsqueeze(1)` before a Conv2d: not a 1-D image (C=28) whose new axis is
    not spatial (PIV105), but a one-channel image Keras makes with expand_dims(x, -1)."""
    result = migrate_source(GRAYSCALE, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "keras.ops.expand_dims(x, -1)" in result.text
    assert infer(_net(GRAYSCALE), ((28, 28),)).input_spatial == (False,)


def test_an_activation_class_without_arguments_is_a_layer_factory_in_keras():
    """`{"relu": nn.ReLU, "tanh": nn.Tanh}[name]()`: nn.Tanh (no arguments) was left as it was (PIV102)."""
    source = textwrap.dedent('''\
        import torch.nn as nn


        class Net(nn.Module):
            def __init__(self, activation="tanh"):
                super().__init__()
                acts = {"relu": nn.ReLU, "tanh": nn.Tanh}
                self.fc = nn.Linear(4, 3)
                self.act = acts[activation]()

            def forward(self, x):
                return self.act(self.fc(x))
    ''')
    result = migrate_source(source, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert '"tanh": lambda: layers.Activation("tanh")' in result.text


MAKE_MODEL = textwrap.dedent('''\
    import keras
    from keras import layers


    def make_model(num_classes):
        inputs = keras.Input(shape=(8,))
        if num_classes == 2:
            units = 1
        else:
            units = num_classes
        outputs = layers.Dense(units)(inputs)
        return keras.Model(inputs, outputs)


    model = make_model(num_classes=2)
''')


def test_a_builder_if_binding_plain_values_is_a_conditional_expression():
    """keras.io's make_model: `units` was the else branch's `num_classes` whatever the condition (both
    branches read in turn): exit 0, a Linear of 2 outputs for Keras's 1."""
    result = migrate_source(MAKE_MODEL, "pytorch", ["make_model"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "nn.Linear(8, (1 if num_classes == 2 else num_classes))" in result.text


def test_a_builder_if_binding_a_value_on_one_branch_only_is_reported():
    source = MAKE_MODEL.replace("        units = 1\n    else:\n        units = num_classes\n",
                                "        units = 1\n        print(units)\n")
    assert "print(units)" in source
    result = migrate_source(source, "pytorch", ["make_model"])
    assert not result.ok and any(d.code == "PIV104" and "num_classes == 2" in d.message for d in result.diagnostics)


def test_a_pytorch_size_method_left_in_a_tensor_op_argument_is_reported():
    """`y.sum(dim=y.dim() - 1)`: written as it was, `y.dim()` fails on a Keras tensor (was exit 0)."""
    source = TEXT_CNN.replace("return F.max_pool1d(c, c.size(2)).squeeze(2)", "return c.sum(dim=c.dim() - 1)")
    result = migrate_source(source, "tensorflow", ["Net"])
    assert not result.ok and any(d.code == "PIV105" and "c.dim()" in d.message for d in result.diagnostics)


TCN_BLOCKS = textwrap.dedent('''\
    import torch
    import torch.nn as nn


    class TemporalBlock(nn.Module):
        def __init__(self, n_inputs, n_outputs, kernel_size, dilation, padding):
            super().__init__()
            self.padding = padding
            self.conv1 = nn.Conv1d(n_inputs, n_outputs, kernel_size, padding="same", dilation=dilation)
            self.relu = nn.ReLU()
            self.downsample = nn.Conv1d(n_inputs, n_outputs, 1) if n_inputs != n_outputs else None

        def forward(self, x):
            out = self.relu(self.conv1(x))
            res = x if self.downsample is None else self.downsample(x)
            return self.relu(out + res)


    class TCN(nn.Module):
        def __init__(self, num_inputs=3, num_channels=(8, 8), kernel_size=2, num_classes=4):
            super().__init__()
            layers = []
            for i in range(len(num_channels)):
                d = 2 ** i
                in_ch = num_inputs if i == 0 else num_channels[i - 1]
                layers += [TemporalBlock(in_ch, num_channels[i], kernel_size, dilation=d, padding=(kernel_size - 1) * d)]
            self.network = nn.Sequential(*layers)
            self.linear = nn.Linear(num_channels[-1], num_classes)

        def forward(self, x):
            y = self.network(x)
            return self.linear(y[:, :, -1])
''')


def test_a_model_whose_input_goes_first_into_image_blocks_built_in_a_loop_takes_images():
    """A TCN whose convs are all in TemporalBlocks of `nn.Sequential(*layers)`: its input was taken for a
    non-image, so `y[:, :, -1]` (the last time step) stayed as written, the channels axis in Keras (exit 0); it
    was then reported, and now the items move with the axes (tests/unit/test_image_index_remap.py)."""
    result = migrate_source(TCN_BLOCKS, "tensorflow", ["TCN"])
    assert not any("y[:, :, -1]" in d.message for d in result.diagnostics)
    assert "y[:, -1]" in result.text


def test_std_over_an_axis_is_pytorchs_unbiased_one_in_keras():
    """x-vector statistics pooling `x.std(dim=2)`: keras.ops.std divides by n, PyTorch by n - 1 (was PIV102)."""
    source = TEXT_CNN.replace("return F.max_pool1d(c, c.size(2)).squeeze(2)", "return c.std(dim=2)")
    result = migrate_source(source, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "keras.ops.std(c, axis=1, keepdims=False) * (keras.ops.shape(c)[1] / (keras.ops.shape(c)[1] - " \
           "int(True))) ** 0.5" in result.text
    for unsupported in ("c.std()", "c.std(dim=(1, 2))", "c.std(dim=2, correction=0)"):
        assert not migrate_source(source.replace("c.std(dim=2)", unsupported), "tensorflow", ["Net"]).ok


CHOMP = textwrap.dedent('''\
    import torch
    import torch.nn as nn


    class Chomp1d(nn.Module):
        def __init__(self, chomp_size):
            super().__init__()
            self.chomp_size = chomp_size

        def forward(self, x):
            return x[:, :, :-self.chomp_size].contiguous()


    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv1d(3, 4, 2, padding=1)
            self.chomp1 = Chomp1d(1)
            self.relu = nn.ReLU()

        def forward(self, x):
            return self.relu(self.chomp1(self.conv1(x)))
''')


def test_a_module_without_image_layers_called_on_images_takes_images():
    """locuslab's Chomp1d called after a Conv1d: its `x[:, :, :-n]` was written as it was (exit 0; in Keras
    it cut the channels, not the time steps); it was then reported, and now the items move with the axes."""
    result = migrate_source(CHOMP, "tensorflow", ["Block"])
    assert not any("x[:, :, :-self.chomp_size]" in d.message for d in result.diagnostics)
    assert "return x[:, :-self.chomp_size]" in result.text
