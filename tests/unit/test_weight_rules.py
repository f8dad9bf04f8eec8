"""The catalog's weight rules on numpy arrays alone (no framework): every rule round-trips, and the layout
facts the rules encode (HWIO kernels, transposed dense kernels, GRU gate order, the LSTM bias sum, the flatten
order) hold on small hand-made arrays."""
import subprocess
import sys

import numpy as np
import pytest

from pivot.catalog import all_ops
from pivot.catalog.weight_rules import (Affine, Attention, BatchNorm, Bilinear, Conv, Dense, Depthwise, KerasLayout, Recurrent,
                                        RecurrentCell, Separable, Slopes, Table, TiedDense, WeightError)
from pivot.shapes import FlatParts

RNG = np.random.default_rng(0)


def rand(*shape):
    return RNG.standard_normal(shape).astype("float32")


def rules_of(kind):
    return {name: spec.weight_rule for name, spec in all_ops().items() if isinstance(spec.weight_rule, kind)}


# PyTorch arrays for each rule, with and without the optional ones
TORCH_CASES = [
    ("dense", Dense(), {"weight": rand(5, 3), "bias": rand(5)}, {}),
    ("dense no bias", Dense(), {"weight": rand(5, 3)}, {}),
    ("tied dense (weight tying: its bias only)", TiedDense(), {"bias": rand(5)}, {}),
    ("conv1d", Conv(), {"weight": rand(4, 3, 5), "bias": rand(4)}, {}),
    ("conv2d", Conv(), {"weight": rand(4, 3, 2, 5), "bias": rand(4)}, {}),
    ("conv3d no bias", Conv(), {"weight": rand(4, 3, 2, 5, 1)}, {}),
    ("layernorm", Affine(), {"weight": rand(6), "bias": rand(6)}, {}),
    ("groupnorm", Affine(), {"weight": rand(6), "bias": rand(6)}, {}),
    ("batchnorm", BatchNorm(), {"weight": rand(6), "bias": rand(6), "running_mean": rand(6),
                                "running_var": rand(6)}, {}),
    ("batchnorm not affine", BatchNorm(), {"running_mean": rand(6), "running_var": rand(6)}, {}),
    ("embedding", Table(), {"weight": rand(10, 4)}, {}),
    ("prelu", Slopes(), {"weight": rand(3)}, {}),
    ("bilinear", Bilinear(), {"weight": rand(4, 3, 5), "bias": rand(4)}, {}),
    ("bilinear no bias", Bilinear(), {"weight": rand(4, 3, 5)}, {}),
    ("mha", Attention(), {"in_proj_weight": rand(24, 8), "in_proj_bias": rand(24),
                          "out_proj.weight": rand(8, 8), "out_proj.bias": rand(8)}, {"num_heads": 2}),
    ("mha no bias", Attention(), {"in_proj_weight": rand(24, 8), "out_proj.weight": rand(8, 8)}, {"num_heads": 4}),
]


@pytest.mark.parametrize("rule, arrays, sizes", [c[1:] for c in TORCH_CASES], ids=[c[0] for c in TORCH_CASES])
def test_torch_keras_torch(rule, arrays, sizes):
    has_bias = "bias" in arrays or "in_proj_bias" in arrays
    back = rule.from_keras(rule.to_keras(arrays, None, **sizes), has_bias, None, affine="weight" in arrays)
    assert back.keys() == arrays.keys()
    for name, value in arrays.items():
        np.testing.assert_array_equal(back[name], value, err_msg=name)


RECURRENT_CASES = [("LSTM", 4, 3, 2), ("GRU", 3, 3, 2), ("RNN", 1, 3, 2),
                   ("LSTMCell", 4, 3, 2), ("GRUCell", 3, 3, 2), ("RNNCell", 1, 3, 2)]


@pytest.mark.parametrize("op, gates, inputs, hidden", RECURRENT_CASES, ids=[c[0] for c in RECURRENT_CASES])
def test_recurrent_cell_round_trips(op, gates, inputs, hidden):
    """Keras -> PyTorch -> Keras is exact (PyTorch's bias split is Pivot's choice), and PyTorch -> Keras ->
    PyTorch keeps the weights and the bias sum each gate sees."""
    rule = all_ops()[op].weight_rule
    g = gates * hidden
    keras = [rand(inputs, g), rand(hidden, g), rand(2, g) if rule.two_biases else rand(g)]
    back = rule.to_keras(rule.from_keras(keras, True))
    for a, b in zip(back, keras, strict=True):
        np.testing.assert_array_equal(a, b)
    torch = {"weight_ih": rand(g, inputs), "weight_hh": rand(g, hidden), "bias_ih": rand(g), "bias_hh": rand(g)}
    again = rule.from_keras(rule.to_keras(torch), True)
    np.testing.assert_array_equal(again["weight_ih"], torch["weight_ih"])
    np.testing.assert_array_equal(again["weight_hh"], torch["weight_hh"])
    np.testing.assert_allclose(again["bias_ih"] + again["bias_hh"], torch["bias_ih"] + torch["bias_hh"], rtol=1e-6)
    no_bias = rule.to_keras({k: v for k, v in torch.items() if k.startswith("weight")})
    assert len(no_bias) == 2 and set(rule.from_keras(no_bias, False)) == {"weight_ih", "weight_hh"}


KERAS_ONLY = [
    # the last field: the module sizes `to_keras` is given (the way back), None for a rule migrated from Keras only
    ("depthwise", Depthwise(), [rand(3, 3, 4, 2), rand(8)], True, {"groups": 4}),
    ("separable", Separable(), [rand(3, 3, 4, 1), rand(1, 1, 4, 6), rand(6)], True, {"depthwise.groups": 4}),
    ("separable no bias", Separable(), [rand(3, 3, 4, 2), rand(1, 1, 8, 6)], False, {"depthwise.groups": 4}),
    ("separable 1-D", Separable(), [rand(5, 3, 2), rand(1, 6, 4), rand(4)], True, {"depthwise.groups": 3}),
    ("keras layout (ConvLSTM2D)", KerasLayout(), [rand(3, 3, 2, 8), rand(3, 3, 2, 8), rand(8)], True, None),
]


@pytest.mark.parametrize("rule, weights, has_bias, sizes", [c[1:] for c in KERAS_ONLY],
                         ids=[c[0] for c in KERAS_ONLY])
def test_keras_only_rules_keep_every_value(rule, weights, has_bias, sizes):
    """Depthwise and separable kernels (Pivot's SeparableConv modules, grouped convs): each value lands once in
    PyTorch's, and the way back (given the groups) gives Keras's arrays again."""
    arrays = rule.from_keras(weights, has_bias)
    assert sorted(np.concatenate([a.ravel() for a in arrays.values()])) == \
        sorted(np.concatenate([w.ravel() for w in weights]))
    if sizes is None:
        with pytest.raises(WeightError):
            rule.to_keras(arrays)
        return
    for a, b in zip(rule.to_keras(arrays, None, **sizes), weights, strict=True):
        np.testing.assert_array_equal(a, b)


def test_every_weighted_entry_has_a_rule_the_tests_cover():
    covered = {type(c[1]) for c in TORCH_CASES} | {type(c[1]) for c in KERAS_ONLY} | {Recurrent, RecurrentCell}
    for name, spec in all_ops().items():
        assert bool(spec.weights) == (spec.weight_rule is not None), \
            f"{name}: a weighted entry needs a `weight_rule` (pivot/catalog/weight_rules.py), and only it"
        assert spec.weight_rule is None or type(spec.weight_rule) in covered, f"{name}: add its rule to these tests"


# -- layout facts on hand-made arrays ------------------------------------------------------------------------
def test_conv_kernel_is_oihw_in_pytorch_and_hwio_in_keras():
    w = np.arange(2 * 3 * 4 * 5).reshape(2, 3, 4, 5)  # (out, in, h, w)
    kernel = Conv().to_keras({"weight": w})[0]
    assert kernel.shape == (4, 5, 3, 2)
    assert kernel[1, 2, 0, 1] == w[1, 0, 1, 2]


def test_dense_kernel_is_the_transposed_weight():
    w = np.array([[1, 2, 3], [4, 5, 6]])  # (out=2, in=3)
    kernel, bias = Dense().to_keras({"weight": w, "bias": np.array([7, 8])})
    assert kernel.tolist() == [[1, 4], [2, 5], [3, 6]] and bias.tolist() == [7, 8]


def test_dense_reads_a_flattened_image_in_keras_order():
    """PyTorch flattens (C=2, H=1, W=3) channel first, Keras (H, W, C) channel last: column c*3+w <-> w*2+c."""
    w = np.array([[0, 1, 2, 10, 11, 12]])  # channel 0: 0 1 2, channel 1: 10 11 12
    kernel = Dense().to_keras({"weight": w}, (2, 1, 3))[0]
    assert kernel[:, 0].tolist() == [0, 10, 1, 11, 2, 12]
    np.testing.assert_array_equal(Dense().from_keras([kernel], False, (2, 1, 3))["weight"], w)


def test_flattened_parts_are_reordered_part_by_part():
    """A concatenation of a flattened (2, 1, 2) image (width unknown) and 2 plain features."""
    flat = FlatParts(((None, (2, 1, 2)), (2, None)))
    w = np.array([[0, 1, 10, 11, 20, 21]])
    kernel = Dense().to_keras({"weight": w}, flat)[0]
    assert kernel[:, 0].tolist() == [0, 10, 1, 11, 20, 21]
    np.testing.assert_array_equal(Dense().from_keras([kernel], False, flat)["weight"], w)
    with pytest.raises(WeightError, match="widths"):
        Dense().to_keras({"weight": w}, FlatParts(((None, (2, 1, 2)), (None, None))))


def test_joined_global_pools_of_unknown_widths_keep_their_order():
    """Two global pools of a sequence, flattened (one position each) and concatenated, widths unknown (the way back
    of k8_bidirectional_gru_pool_concat): no column moves, so the widths are not needed (was a WeightError)."""
    w = np.arange(8).reshape(1, 8)
    flat = FlatParts(((None, (None, 1)), (None, (None, 1))))
    np.testing.assert_array_equal(Dense().to_keras({"weight": w}, flat)[0], w.T)
    np.testing.assert_array_equal(Dense().from_keras([w.T], False, flat)["weight"], w)


def test_norm_parameters_follow_the_flatten_order():
    gamma = np.array([0, 1, 2, 10, 11, 12])
    assert Affine().to_keras({"weight": gamma}, (2, 1, 3))[0].tolist() == [0, 10, 1, 11, 2, 12]
    stats = BatchNorm().to_keras({"running_mean": gamma, "running_var": gamma}, (2, 1, 3))
    assert [s.tolist() for s in stats] == [[0, 10, 1, 11, 2, 12]] * 2


def test_gru_gates_r_z_n_are_keras_z_r_h():
    """PyTorch stacks the reset, update, new gates (r, z, n); Keras the update, reset, candidate (z, r, h)."""
    hidden = 2
    rows = np.repeat(np.array([1, 2, 3]), hidden)  # r r z z n n
    weight = np.stack([rows, rows], axis=1)  # (3H, I=2)
    torch = {"weight_ih": weight, "weight_hh": weight, "bias_ih": rows, "bias_hh": 10 * rows}
    kernel, recurrent, bias = all_ops()["GRU"].weight_rule.to_keras(torch)
    assert kernel[0].tolist() == [2, 2, 1, 1, 3, 3] and recurrent[1].tolist() == [2, 2, 1, 1, 3, 3]
    assert bias.shape == (2, 6) and bias[1].tolist() == [20, 20, 10, 10, 30, 30]


def test_lstm_gates_keep_their_order_and_keras_has_one_bias_the_sum():
    hidden = 1
    b_ih, b_hh = np.array([1, 2, 3, 4]), np.array([10, 20, 30, 40])  # i f g o
    w = np.arange(4 * hidden).reshape(4, 1)
    kernel, _, bias = all_ops()["LSTM"].weight_rule.to_keras(
        {"weight_ih": w, "weight_hh": w, "bias_ih": b_ih, "bias_hh": b_hh})
    assert kernel.tolist() == [[0, 1, 2, 3]] and bias.tolist() == [11, 22, 33, 44]
    back = all_ops()["LSTM"].weight_rule.from_keras([kernel, kernel.reshape(1, 4), bias], True)
    assert back["bias_ih"].tolist() == [11, 22, 33, 44] and back["bias_hh"].tolist() == [0, 0, 0, 0]


def test_attention_projections_split_by_head():
    e, heads = 4, 2
    w = np.arange(3 * e * e).reshape(3 * e, e)
    values = Attention().to_keras({"in_proj_weight": w, "out_proj.weight": np.eye(e)}, num_heads=heads)
    query, key, value, out = values
    assert query.shape == (e, heads, e // heads) and out.shape == (heads, e // heads, e)
    assert key[:, 1, 0].tolist() == w[e + 2].tolist()  # head 1's first key unit is in_proj row e + 2


def test_depthwise_multiplier_channels_follow_their_input_channel():
    """Keras (kh, kw, in, multiplier) as PyTorch's (in * multiplier, 1, kh, kw): output c * m + j."""
    k = np.arange(2 * 3).reshape(1, 1, 2, 3)  # in=2, multiplier=3
    weight = Depthwise().from_keras([k], False)["weight"]
    assert weight.shape == (6, 1, 1, 1) and weight.ravel().tolist() == [0, 1, 2, 3, 4, 5]


def test_prelu_slopes_drop_keras_shared_axes():
    assert Slopes().from_keras([np.ones((1, 1, 3))], False)["weight"].shape == (3,)


def test_the_catalog_loads_without_numpy():
    """The language server loads the catalog and never needs numpy: the rules do not import it."""
    code = "import sys; from pivot.catalog import all_ops; all_ops(); print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
