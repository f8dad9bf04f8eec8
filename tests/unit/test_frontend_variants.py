"""The frontends read variants from the catalog entries: one Keras spelling, several entries (issue 11)."""
import pytest

from pivot.analysis import analyze
from pivot.model import iter_layers


def _read(*layers: str):
    body = ", ".join(layers)
    net = analyze(f"import keras\nfrom keras import layers\n\nmodel = keras.Sequential([{body}])\n").networks[0]
    return list(iter_layers(net.layers)), [d for d in net.diagnostics if d.severity == "error"]


@pytest.mark.parametrize("spelling, op, attrs", [
    ("layers.ReLU()", "ReLU", {"inplace": False}),
    ("layers.ReLU(max_value=6)", "ReLU6", {"inplace": False}),
    ("layers.ReLU(6.0)", "ReLU6", {"inplace": False}),
    ("layers.ReLU(negative_slope=0.1)", "LeakyReLU", {"negative_slope": 0.1, "inplace": False}),
])
def test_keras_relu_arguments_select_the_entry(spelling, op, attrs):
    (layer,), errors = _read(spelling)
    assert (layer.op, layer.attrs.as_dict(), errors) == (op, attrs, [])


@pytest.mark.parametrize("spelling", ["layers.ReLU(max_value=6, threshold=1.0)", "layers.ReLU(max_value=4)",
                                      "layers.ReLU(negative_slope=0.1, max_value=6)"])
def test_a_keras_relu_no_entry_takes_is_an_error(spelling):
    (layer,), errors = _read(spelling)
    assert layer.op == "ReLU" and [d.code for d in errors] == ["PIV105"]


def test_bidirectional_is_the_wrapped_rnn_with_its_merge_mode():
    (layer,), errors = _read("layers.Bidirectional(layers.GRU(8, return_sequences=True), merge_mode='sum')")
    assert (layer.op, layer.attrs.get("bidirectional"), layer.attrs.get("merge_mode"), errors) == \
        ("GRU", True, "sum", [])
    assert "bidirectional" in layer.explicit


@pytest.mark.parametrize("spelling, switch", [
    ("layers.BatchNormalization(center=False, scale=False)", "affine"),
    ("layers.LayerNormalization(center=False, scale=False)", "elementwise_affine"),
    ("layers.LayerNormalization(center=False)", "bias"),
    ("layers.GroupNormalization(groups=2, center=False, scale=False)", "affine"),
])
def test_keras_center_scale_become_the_entrys_affine_switch(spelling, switch):
    (layer,), errors = _read(spelling)
    assert (layer.attrs.get(switch), errors) == (False, [])


@pytest.mark.parametrize("spelling, why", [
    ("layers.BatchNormalization(scale=None)", "center and scale must be literal booleans"),
    ("layers.GroupNormalization(groups=g)", "groups must be a literal integer"),
    ("layers.LayerNormalization(axis=1)", "axis=-1"),
])
def test_norm_arguments_pytorch_cannot_express_are_errors(spelling, why):
    _, errors = _read(spelling)
    assert any(why in d.message for d in errors), [d.message for d in errors]


def test_batchnorm_over_the_channels_of_an_image_is_migrated():
    (layer,), errors = _read("layers.BatchNormalization(axis=3)")
    assert (layer.op, errors) == ("BatchNorm", [])


def test_time_distributed_of_a_per_step_layer_is_that_layer():
    (layer,), errors = _read("layers.TimeDistributed(layers.Dense(3))")
    assert (layer.op, layer.source, errors) == ("Linear", "layers.Dense(3)", [])


@pytest.mark.parametrize("spelling, only", [
    ("layers.TimeDistributed(layers.BatchNormalization())", "Dense"),
    ("layers.Bidirectional(layers.Dense(3))", "LSTM, GRU, SimpleRNN"),
])
def test_a_wrapper_of_a_layer_it_has_no_variant_for_is_an_error(spelling, only):
    (layer,), errors = _read(spelling)
    assert layer.op == "opaque" and [d.code for d in errors] == ["PIV103"] and only in errors[0].message


def test_a_torch_value_the_entry_does_not_list_is_an_error():
    source = "import torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n" \
             "        self.conv = nn.Conv2d(3, 8, 3, padding=1, padding_mode='symmetric')\n\n" \
             "    def forward(self, x):\n        return self.conv(x)\n"
    errors = [d for d in analyze(source).networks[0].diagnostics if d.severity == "error"]
    assert [d.code for d in errors] == ["PIV105"] and "padding_mode='symmetric'" in errors[0].message


@pytest.mark.parametrize("spelling, slope", [("layers.Activation('leaky_relu')", 0.2), ("layers.LeakyReLU()", 0.3)])
def test_keras_leaky_relu_function_and_layer_keep_their_own_defaults(spelling, slope):
    (layer,), errors = _read(spelling)
    assert (layer.op, layer.attrs.get("negative_slope"), errors) == ("LeakyReLU", slope, [])
