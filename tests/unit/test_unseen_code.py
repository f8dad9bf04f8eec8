"""Constructs of public tutorial code (tests/corpus_unseen) that migrated with exit 0 and were wrong, checked
without the frameworks: what the migration writes and what verify's slice keeps."""
import textwrap
from pathlib import Path

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


def test_parameter_loops_and_in_place_refills_are_initialisation():
    """`for name, param in self.lstm.named_parameters(): ... param.data.fill_(0)`, `m.weight.data.normal_(...)` in a
    `self.modules()` loop and an `init_weights(self)` of `.data.uniform_` lines (LLM-written models): kept as
    comments with a note; they were copied into the Keras model (exit 0, then `named_parameters` crashed)."""
    source = textwrap.dedent('''\
        import torch.nn as nn


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.lstm = nn.LSTM(4, 8, batch_first=True)
                self.fc = nn.Linear(8, 2)
                for name, param in self.lstm.named_parameters():
                    if 'weight' in name:
                        nn.init.xavier_uniform_(param.data)
                    elif 'bias' in name:
                        param.data.fill_(0)
                for m in self.modules():
                    if isinstance(m, nn.Linear):
                        m.weight.data.normal_(0, 0.02)
                        m.bias.data.zero_()
                self.init_weights()

            def init_weights(self):
                initrange = 0.1
                self.fc.weight.data.uniform_(-initrange, initrange)
                self.fc.bias.data.zero_()

            def forward(self, x):
                out, _ = self.lstm(x)
                return self.fc(out[:, -1, :])
    ''')
    result = migrate_source(source, "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert [d.code for d in result.diagnostics if d.severity != "information"] == ["PIV203"] * 3
    for kept in ("# for name, param in self.lstm.named_parameters():", "#         param.data.fill_(0)",
                 "#         m.weight.data.normal_(0, 0.02)", "# self.fc.weight.data.uniform_(-initrange, initrange)"):
        assert kept in result.text, result.text
    assert "named_parameters()" not in result.text.replace("# for name, param in self.lstm.named_parameters()", "")


_PROBED = '''\
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, channels=3, size=16, n_classes=4):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(channels, 8, 3), nn.ReLU(), nn.MaxPool2d(2))
        with torch.no_grad():
            dummy = torch.zeros(1, channels, size, size)
            self.flat_size = self.features(dummy).view(1, -1).size(1)
        n_flat = self._probe((channels, size, size))
        self.fc = nn.Linear(self.flat_size, 32)
        self.out = nn.Linear(32, n_classes)
        self.aux = nn.Linear(n_flat, n_classes)

    def _probe(self, shape):
        x = torch.zeros(1, *shape)
        return self.features(x).numel()

    def forward(self, x):
        x = self.features(x)
        x = x.view(-1, self.flat_size)
        return self.out(self.fc(x)) + self.aux(x)
'''


def test_a_dummy_forward_pass_in_the_constructor_is_kept_as_a_comment():
    """The LLM idiom that sizes a Linear layer by running `torch.zeros(1, C, H, W)` through the conv stack (in a
    `with torch.no_grad():` block, or a method the constructor calls): Keras layers size themselves, so it is
    kept as a comment with a note (it was PIV102, and `torch.zeros(1, *shape)` lost its star)."""
    result = migrate_source(_PROBED, "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert [d.code for d in result.diagnostics if d.severity != "information"] == ["PIV203"] * 3
    for kept in ("#     dummy = torch.zeros(1, channels, size, size)", "# n_flat = self._probe((channels, size, size))",
                 "# return self.features(x).numel()"):
        assert kept in result.text, result.text


def test_a_size_measured_by_a_dummy_forward_pass_and_read_by_keras_code_is_an_error():
    """The measured size used as a number in forward (not only as a Linear's in_features or a flatten's width):
    commenting the measurement out would leave a name Keras never sets (exit 0, then AttributeError)."""
    source = _PROBED.replace("+ self.aux(x)", "+ self.aux(x) / self.flat_size")
    result = migrate_source(source, "tensorflow")
    errors = [d.message for d in result.diagnostics if d.severity == "error"]
    assert not result.ok and any("`self.flat_size` is measured by a dummy forward pass" in e for e in errors), errors


def test_module_lists_filled_in_a_loop_and_zipped_in_forward():
    """`self.convs.append(nn.Conv2d(...))` / `self.bns.append(...)` in a constructor loop, `for conv, bn in
    zip(self.convs, self.bns):` in forward: the input's rank comes from the first layer built into the list first
    called (it was unknown: `x.mean(dim=[2, 3])` was PIV105), and each name of the zip is its own container's
    layer (both were read as `convs`)."""
    from pivot.analysis import analyze

    source = textwrap.dedent('''\
        import torch.nn as nn
        import torch.nn.functional as F


        class Net(nn.Module):
            def __init__(self, channels=[8, 16], kernel_sizes=[5, 3], num_classes=4):
                super().__init__()
                self.convs = nn.ModuleList()
                self.bns = nn.ModuleList()
                in_ch = 3
                for i in range(len(channels)):
                    k = kernel_sizes[i]
                    self.convs.append(nn.Conv2d(in_ch, channels[i], k, padding=k // 2))
                    self.bns.append(nn.BatchNorm2d(channels[i]))
                    in_ch = channels[i]
                self.fc = nn.Linear(in_ch, num_classes)

            def forward(self, x):
                for conv, bn in zip(self.convs, self.bns):
                    x = F.max_pool2d(F.relu(bn(conv(x))), 2)
                return self.fc(x.mean(dim=[2, 3]))
    ''')
    net = analyze(source).networks[0]
    assert [n.layer for n in net.nodes if n.op == "layer"] == ["convs", "bns", "fc"]
    result = migrate_source(source, "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert "keras.ops.mean(x, axis=(1, 2))" in result.text, result.text


def test_freezing_a_submodule_is_keras_trainable_and_other_parameter_loops_are_errors():
    """`for param in self.encoder.parameters(): param.requires_grad = False` is `self.encoder.trainable = False`
    (it was copied: exit 0, then `parameters()` crashed the Keras constructor); a loop Pivot cannot read over
    `self.named_parameters()` is an error naming the method, never copied silently."""
    source = textwrap.dedent('''\
        import torch.nn as nn


        class Net(nn.Module):
            def __init__(self, freeze=True):
                super().__init__()
                self.encoder = nn.Sequential(nn.Linear(8, 16), nn.ReLU())
                self.head = nn.Linear(16, 2)
                if freeze:
                    for param in self.encoder.parameters():
                        param.requires_grad = False
                for p in self.head.parameters():
                    p.requires_grad_(True)

            def forward(self, x):
                return self.head(self.encoder(x))
    ''')
    result = migrate_source(source, "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert "            self.encoder.trainable = False\n" in result.text, result.text
    assert "        self.head.trainable = True\n" in result.text, result.text
    selective = source.replace("for p in self.head.parameters():\n            p.requires_grad_(True)",
                               "for name, p in self.named_parameters():\n            if 'bias' in name:\n"
                               "                p.requires_grad = False")
    result = migrate_source(selective, "tensorflow")
    errors = [d.message for d in result.diagnostics if d.severity == "error"]
    assert any("`self.named_parameters()` is a PyTorch module method" in e for e in errors), errors


def test_a_dummy_forward_pass_without_no_grad_is_kept_as_a_comment():
    """`x = torch.zeros(1, 3, 32, 32)`, `x = self.features(x)`, `self.flat = x.view(1, -1).shape[1]` straight in
    the constructor: one note, the lines as comments; forward's own `x` is not the probe's."""
    source = textwrap.dedent('''\
        import torch
        import torch.nn as nn


        class Net(nn.Module):
            def __init__(self, num_classes=10):
                super().__init__()
                self.features = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
                x = torch.zeros(1, 3, 16, 16)
                x = self.features(x)
                self.flat = x.view(1, -1).shape[1]
                self.fc = nn.Linear(self.flat, num_classes)

            def forward(self, x):
                x = self.features(x)
                return self.fc(x.view(x.size(0), -1))
    ''')
    result = migrate_source(source, "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert [d.code for d in result.diagnostics if d.severity != "information"] == ["PIV203"]
    assert "# self.flat = x.view(1, -1).shape[1]" in result.text, result.text


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


def test_a_parameter_count_helper_outside_the_model_computation_is_a_warning():
    """`@property def num_parameters(self): return sum(p.numel() for p in self.parameters())` (LLM-written): no
    part of what the constructor or forward runs, so the model migrates (exit 0) with a PIV204 warning naming the
    method; the same call in forward is an error."""
    source = textwrap.dedent('''\
        import torch.nn as nn


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 2)

            @property
            def num_parameters(self):
                return sum(p.numel() for p in self.parameters())

            def forward(self, x):
                return self.fc(x)
    ''')
    result = migrate_source(source, "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert [d.code for d in result.diagnostics if d.severity == "warning"] == ["PIV204"]
    used = source.replace("return self.fc(x)", "return self.fc(x) * self.num_parameters")
    assert not migrate_source(used, "tensorflow").ok


def test_a_module_list_made_of_a_comprehension_tells_the_rank_of_what_it_reads():
    """`nn.ModuleList([nn.Conv1d(c, f, k) for k in sizes])` looped over in forward, `torch.max(conv(x), dim=2)[0]`
    (LLM-written multi-kernel text CNNs): the comprehension's element is the list's layer, so the max is over
    Keras's time axis 1 (it was written `axis=2`, the channels: exit 0, a Dense of the wrong width)."""
    source = (Path(__file__).parents[1] / "corpus_unseen/torch/g_cnn1d_multiscale_kernels.py").read_text()
    result = migrate_source(source, "tensorflow")
    assert result.ok and "keras.ops.max(c, axis=1)" in result.text, result.text


def test_a_norm_over_the_width_after_a_function_built_conv_block_is_never_silently_wrong():
    """An nn.LayerNorm(W) after a conv Sequential a module-level function builds (`self.body = body(2)`): the
    analysis takes its input for a channels-first image but does not know its channels, so whether the norm reads
    the width (PyTorch) is not sure; it was a LayerNormalization over Keras's channels (verify: NOT equivalent,
    2.8), now a named PIV105."""
    source = textwrap.dedent('''\
        import torch.nn as nn


        def body(n):
            layers = []
            c = 3
            for _ in range(n):
                layers.append(nn.Conv2d(c, 8, 3, padding=1))
                c = 8
            return nn.Sequential(*layers)


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.body = body(2)
                self.norm = nn.LayerNorm(8)

            def forward(self, x):
                return self.norm(self.body(x))
    ''')
    result = migrate_source(source, "tensorflow")
    assert "LayerNormalization(axis=2" in result.text or any(
        d.code == "PIV105" and "nn.LayerNorm(8)" in d.message and d.span.line == 17 for d in result.diagnostics
    ), result.text
