"""Constructs of public tutorial code (tests/corpus_unseen) that migrated with exit 0 and were wrong, checked
without the frameworks: what the migration writes and what verify's slice keeps."""
import textwrap

import pytest

from pivot.errors import PivotError
from pivot.migrate import migrate_source
from pivot.slice import model_slice

DENSENET = textwrap.dedent('''\
    import torch
    from torch import nn


    class DenseBlock(nn.Module):
        def __init__(self, c_in, growth):
            super().__init__()
            self.net = nn.Sequential(nn.Conv2d(c_in, growth, 3, padding=1), nn.ReLU())

        def forward(self, X):
            for blk in self.net:
                X = blk(X)
            return X


    b1 = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU())
    num_channels = 8
    blks = []
    for i in range(2):
        blks.append(DenseBlock(num_channels, 8))
        num_channels += 0
    net = nn.Sequential(b1, *blks, nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.Linear(num_channels, 10))
''')


def test_a_module_level_loop_that_builds_blocks_is_in_the_slice():
    kept = model_slice(DENSENET, "net").lines
    assert 19 in kept and 5 in kept  # the loop appending DenseBlocks, and the class


def test_a_name_a_run_time_loop_changes_is_not_taken_from_its_first_value():
    source = DENSENET.replace("blks.append(DenseBlock(num_channels, 8))", "blks.append(open('f').read())")
    with pytest.raises(PivotError, match="only known when the script runs"):
        model_slice(source, "net")


def test_a_named_model_migrates_with_the_models_it_is_built_from():
    result = migrate_source(DENSENET, "tensorflow", ["net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "nn." not in result.text.split("class DenseBlock", 1)[1], result.text  # nothing left in PyTorch
    assert "for blk in self.net.layers:" in result.text  # a keras.Sequential is not iterable


def test_module_level_sequentials_as_items_of_another():
    source = DENSENET.replace("*blks, ", "")
    result = migrate_source(source, "tensorflow", ["net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "keras.Sequential([b1," in result.text.replace("\n", "").replace("    ", "")


@pytest.mark.parametrize("layer,expected", [
    # TensorFlow keeps the full output from (k - s) // 2: odd k - s is a floor padding and one position cut after
    ('layers.Conv2DTranspose(4, 3, strides=2, padding="same")',
     "nn.Sequential(nn.ConvTranspose2d(4, 4, 3, 2), nn.ZeroPad2d((0, -1, 0, -1)))"),
    ('layers.Conv2DTranspose(4, 4, strides=2, padding="same")', "nn.ConvTranspose2d(4, 4, 4, 2, 1)"),
])
def test_keras_same_transposed_convolution(layer, expected):
    source = ("import keras\nfrom keras import layers\n\ninputs = keras.Input(shape=(5, 5, 4))\n"
              f"model = keras.Model(inputs, {layer}(inputs))\n")
    result = migrate_source(source, "pytorch")
    assert result.ok and expected in result.text, result.text


@pytest.mark.parametrize("layer,expected", [
    ("nn.ConvTranspose2d(4, 4, 3, stride=2, padding=1, output_padding=1)",
     "keras.Sequential([layers.Conv2DTranspose(4, 3, 2), layers.Cropping2D(((1, 0), (1, 0)))])"),
    ("nn.ConvTranspose2d(4, 4, 4, stride=2, padding=1)", "layers.Conv2DTranspose(4, 4, 2, 'same')"),
])
def test_pytorch_transposed_convolution_padding(layer, expected):
    source = ("import torch.nn as nn\n\n\nclass Up(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
              f"        self.up = {layer}\n\n    def forward(self, x):\n        return self.up(x)\n")
    result = migrate_source(source, "tensorflow")
    assert result.ok and expected in result.text, result.text


def test_reshape_target_written_as_arithmetic_is_sized():
    source = textwrap.dedent('''\
        import keras
        from keras import layers

        inputs = keras.Input(shape=(7, 7, 4))
        x = layers.Conv2D(8, 3, padding="same")(inputs)
        x = layers.Reshape((7 * 7, 8))(x)
        model = keras.Model(inputs, layers.Conv1D(2, 3)(x))
    ''')
    result = migrate_source(source, "pytorch")
    assert result.ok and "nn.Conv1d(8, 2, 3)" in result.text and ".transpose(1, 2)" in result.text, result.text
    unknown = migrate_source(source.replace("(7 * 7, 8)", "target").replace("import keras\n",
                                                                             "import keras\ntarget = input()\n"),
                             "pytorch")
    assert any("channels-last layout and its rank is not known" in d.message for d in unknown.diagnostics)


def test_lazy_modules_take_their_arguments_one_place_earlier():
    source = ("import torch.nn as nn\n\nnet = nn.Sequential(nn.LazyConv2d(6, 5, padding=2), nn.Sigmoid(),\n"
              "                    nn.Flatten(), nn.LazyLinear(10))\n")
    result = migrate_source(source, "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics]
    assert "layers.Conv2D(6, 5, padding='same')" in result.text and "layers.Dense(10)" in result.text, result.text


def test_an_lstm_read_after_a_reshape_gives_the_rank_a_batchnorm1d_needs():
    source = textwrap.dedent('''\
        import torch.nn as nn
        import torch.nn.functional as F


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.rnn = nn.LSTM(input_size=28, hidden_size=64, batch_first=True)
                self.batchnorm = nn.BatchNorm1d(64)
                self.dropout = nn.Dropout2d(0.25)
                self.fc = nn.Linear(64, 10)

            def forward(self, input):
                input = input.reshape(-1, 28, 28)
                output, hidden = self.rnn(input)
                output = output[:, -1, :]
                return self.fc(self.dropout(self.batchnorm(output)))
    ''')
    result = migrate_source(source, "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics]
    # nn.Dropout2d of a 2-D value drops single values (PyTorch's deprecated form): Keras's Dropout, not Spatial
    assert "layers.Dropout(0.25)" in result.text and "SpatialDropout" not in result.text, result.text


def test_an_initialisation_method_is_kept_as_a_comment_with_a_note():
    source = textwrap.dedent('''\
        import torch.nn as nn
        import torch.nn.init as init


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d(1, 4, 3)
                self._initialize_weights()

            def forward(self, x):
                return self.conv(x)

            def _initialize_weights(self):
                init.orthogonal_(self.conv.weight, init.calculate_gain('relu'))
    ''')
    result = migrate_source(source, "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert "# init.orthogonal_(self.conv.weight, init.calculate_gain('relu'))" in result.text, result.text
    assert [d.code for d in result.diagnostics if d.severity != "information"] == ["PIV203"]


# keras.io's custom Linear layer: its weight made in build() from the input's width
LINEAR_IN_BUILD = textwrap.dedent('''\
        import keras
        from keras import ops


        class Linear(keras.layers.Layer):
            def __init__(self, units=32):
                super().__init__()
                self.units = units

            def build(self, input_shape):
                self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="random_normal")

            def call(self, inputs):
                return ops.matmul(inputs, self.w)
''')


def test_keras_add_weight_in_build_is_built_on_the_first_call():
    source = LINEAR_IN_BUILD
    result = migrate_source(source, "pytorch")
    assert result.ok, result.diagnostics
    assert "self.built = False" in result.text and "self.build(inputs.shape)" in result.text
    assert "self.w = nn.Parameter(torch.randn(input_shape[-1], self.units) * 0.05)" in result.text


def test_keras_add_weight_elsewhere_is_reported_not_copied():
    source = textwrap.dedent('''\
        import keras
        from keras import ops


        class Linear(keras.layers.Layer):
            def __init__(self, units=32):
                super().__init__()
                self.units = units

            def make(self, n):
                self.w = self.add_weight(shape=(n, self.units), initializer="random_normal")

            def call(self, inputs):
                return ops.matmul(inputs, self.w)
    ''')
    result = migrate_source(source, "pytorch")
    assert not result.ok and any("self.add_weight(...)` creates Keras state" in d.message
                                 for d in result.diagnostics), result.text


def test_keras_build_of_several_inputs_is_reported():
    source = textwrap.dedent('''\
        import keras
        from keras import ops


        class Bilinear(keras.layers.Layer):
            def build(self, input_shape):
                self.w = self.add_weight(shape=(input_shape[0][-1], input_shape[1][-1]))

            def call(self, a, b):
                return ops.sum(ops.matmul(a, self.w) * b, axis=-1)
    ''')
    result = migrate_source(source, "pytorch")
    assert not result.ok and any("several tensors" in d.message for d in result.diagnostics), result.diagnostics


def test_keras_training_of_weights_made_in_build_is_reported():
    """An optimizer made over `model.parameters()` before the first call would not hold the weights build() makes
    then: the compile stays as written, with an error (never a loop that trains nothing of them)."""
    source = "import numpy as np\n" + LINEAR_IN_BUILD + textwrap.dedent('''\


        model = keras.Sequential([keras.Input(shape=(4,)), Linear(2)])
        model.compile(optimizer="adam", loss="mse")
        model.fit(np.zeros((8, 4)), np.zeros((8, 2)), epochs=1)
    ''')
    result = migrate_source(source, "pytorch")
    assert not result.ok and any("build() of `Linear` makes on the first call" in d.message
                                 for d in result.diagnostics), result.diagnostics
