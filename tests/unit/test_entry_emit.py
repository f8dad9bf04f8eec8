"""The backends' op-specific emission lives in the catalog entries (data fields and emit hooks); the backends
are generic drivers of it. Framework-free: the hooks and drivers on their own, then through a migration."""
import pytest

from pivot.backends.entries import call_keywords, differing_defaults
from pivot.catalog import Seen, Unsupported, all_ops, op
from pivot.migrate import migrate_source


def _op(name):
    all_ops()
    return op(name)


# -- hooks on their own ---------------------------------------------------------------------------------------
def test_gelu_hooks_spell_the_tanh_approximation_per_framework():
    gelu = _op("GELU")
    assert gelu.emit_torch({"approximate": "tanh"}) == 'nn.GELU(approximate="tanh")'
    assert gelu.emit_torch({}) is None  # the generic module
    assert gelu.emit_torch_call({"approximate": "tanh"}, "x") == 'F.gelu(x, approximate="tanh")'
    assert gelu.emit_keras({"approximate": "none"}) is None


def test_relu6_is_keras_relu_capped_at_six():
    assert _op("ReLU6").emit_keras({}) == "layers.ReLU(max_value=6.0)"


def test_prelu_shares_slopes_over_all_axes_but_the_channels():
    prelu = _op("PReLU").emit_keras_layer
    assert prelu({"num_parameters": 8}, Seen((5, 5, 8), image=True)) == \
        "layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25), shared_axes=[1, 2])"
    assert prelu({}, Seen((8,))) == "layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25), " \
                                    "shared_axes=[1])"
    assert prelu({}, Seen(None)) == "TorchPReLU(init=0.25)"  # one slope, any rank: Pivot's support layer
    assert prelu({}, Seen((8,), rank_guessed=True)) == "TorchPReLU(init=0.25)"
    assert isinstance(prelu({"num_parameters": 8}, Seen(None)), Unsupported)  # the rank decides the shared axes
    assert isinstance(prelu({"num_parameters": 8}, Seen((10, 8))), Unsupported)  # axis 1 is not the features


def test_permute_module_is_the_layout_change_or_a_keras_permute():
    permute = _op("Permute").emit_keras_layer
    assert permute({"dims": (0, 2, 3, 1)}, Seen((3, 8, 8), image=True, layout_change=True)) == "layers.Identity()"
    assert permute({"dims": (0, 2, 1)}, Seen((5, 4))) == "layers.Permute((2, 1))"
    assert isinstance(permute({"dims": (0, 1, 3, 2)}, Seen((3, 8, 8), image=True)), Unsupported)


def test_keras_layers_refined_for_their_input_in_pytorch():
    reshape = _op("Unflatten").emit_torch_layer
    assert reshape({"shape": (2, 4)}, Seen((8,)), "nn.Unflatten(1, (2, 4))") is None  # (batch, features)
    assert reshape({"shape": (4, 4)}, Seen((2, 2, 4), image=True), "") == "Reshape((4, 4), channels_first=True)"
    norm = _op("Normalization").emit_torch_layer
    assert norm({"axis": -1}, Seen((4, 4, 3), image=True, axis=lambda a: 1), "Normalization(0.5, 2.0)") == \
        "Normalization(0.5, 2.0, dim=1)"
    assert norm({"axis": -1}, Seen((8,)), "Normalization(0.5, 2.0)") is None


# -- data the generic drivers read ----------------------------------------------------------------------------
def test_defaults_that_differ_are_written_out_with_the_source_default():
    leaky = _op("LeakyReLU")
    assert differing_defaults(leaky, {}, "keras") == {"negative_slope": 0.01}
    assert differing_defaults(leaky, {}, "torch") == {"negative_slope": 0.3}
    assert differing_defaults(_op("ELU"), {}, "keras") == {}  # same default: left to call_args
    assert call_keywords(leaky, {}, "torch") == ", negative_slope=0.2"  # keras.activations.leaky_relu's
    assert call_keywords(_op("GELU"), {"approximate": "tanh"}, "keras") == ", approximate=True"


@pytest.mark.parametrize("name,field,value", [
    ("LSTM", "recurrent_states", 2), ("GRU", "recurrent_states", 1), ("RNN", "recurrent_states", 1),
    ("MultiheadAttention", "attention", True), ("Add", "operator", "+"), ("Multiply", "operator", "*"),
    ("Dropout", "mode_dependent", True), ("MaxPool2d", "reduction", "max"),
    ("GlobalAvgPool1d", "reduction", "avg"), ("TransformerEncoder", "keras_support_class", "TorchTransformerEncoder"),
])
def test_entries_declare_what_the_backends_ask(name, field, value):
    assert getattr(_op(name), field) == value


def test_argument_data():
    assert _op("GroupNorm").arg("num_groups").per_channel == -1
    assert _op("DepthwiseConv2d").arg("out_channels").scaled_by == "depth_multiplier"
    assert _op("LayerNorm").arg("bias").keras_when_false == ("center",)
    assert _op("GRU").arg("reset_after").torch_requires[0] is True
    assert _op("Embedding").arg("padding_idx").caveat[0] == "PIV202"


# -- through a migration --------------------------------------------------------------------------------------
def _migrate(src: str, target: str):
    result = migrate_source(src, target)
    return result.text, [d.message for d in result.diagnostics]


def test_keras_instance_norm_gets_a_group_per_known_channel():
    src = ("import keras\nfrom keras import layers\n\nmodel = keras.Sequential([keras.Input(shape=(8, 8, 3)), "
           "layers.Conv2D(6, 3), layers.GroupNormalization(groups=-1)])\n")
    text, _ = _migrate(src, "pytorch")
    assert "nn.GroupNorm(6, 6," in text


def test_functional_softplus_with_beta_is_reported_not_silently_changed():
    src = ("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\nclass Net(nn.Module):\n"
           "    def __init__(self):\n        super().__init__()\n        self.fc = nn.Linear(4, 4)\n\n"
           "    def forward(self, x):\n        return F.softplus(self.fc(x), beta=2)\n")
    _, messages = _migrate(src, "tensorflow")
    assert any("beta != 1" in m for m in messages)


def test_keras_rnn_setting_pytorch_lacks_is_reported():
    src = ("import keras\nfrom keras import layers\n\nmodel = keras.Sequential([keras.Input(shape=(10, 4)), "
           "layers.GRU(8, reset_after=False)])\n")
    _, messages = _migrate(src, "pytorch")
    assert any("reset_after=True" in m for m in messages)


def test_functional_flatten_from_another_axis_is_reported_not_flattened_from_axis_1():
    src = ("import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n    def forward(self, x):\n"
           "        return torch.flatten(x, 2)\n")
    text, messages = _migrate(src, "tensorflow")
    assert "keras.ops.reshape" not in text
    assert any("only flattening from axis 1" in m for m in messages)


@pytest.mark.parametrize("call,why", [("F.max_pool2d(x, 3, ceil_mode=True)", "ceil_mode=True"),
                                      ("F.max_pool2d(x, 2, dilation=2)", "dilated pooling"),
                                      ("F.avg_pool2d(x, 2, divisor_override=3)", "divisor_override")])
def test_functional_pooling_settings_keras_lacks_are_reported(call, why):
    src = ("import torch.nn as nn\nimport torch.nn.functional as F\n\n\nclass Net(nn.Module):\n"
           f"    def forward(self, x):\n        return {call}\n")
    text, messages = _migrate(src, "tensorflow")
    assert "keras.ops" not in text and any(why in m for m in messages)


@pytest.mark.parametrize("module,why", [("nn.MaxPool2d(2, dilation=2)", "dilated pooling"),
                                        # (integer padding of another mode is a TorchPad before the conv, cn2)
                                        ("nn.Conv2d(3, 8, 3, padding='same', padding_mode='reflect')",
                                         "padding_mode='reflect' is migrated with integer padding only"),
                                        ("nn.ConvTranspose2d(8, 8, 3, groups=2)", "grouped transposed"),
                                        ("nn.MaxPool2d(2, ceil_mode=False)", None)])
def test_values_keras_cannot_express_are_argument_data(module, why):
    src = (f"import torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
           f"        self.m = {module}\n\n    def forward(self, x):\n        return self.m(x)\n")
    _, messages = _migrate(src, "tensorflow")
    assert any(why in m for m in messages) if why else not messages
