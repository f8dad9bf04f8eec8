"""Each family's shape rule (the `shape_rule` object on its catalog entries) on a few shapes, framework-free.

Shapes are per sample, canonical (channels-first); the expected sizes are the PyTorch formulas worked out by
hand (e.g. a 3x3 convolution, stride 2, padding 1 over 32 pixels: (32 + 2 - 2 - 1) // 2 + 1 = 16).
"""
import pytest

from pivot.catalog import all_ops
from pivot.catalog.shape_rules import Call, ShapeRule
from pivot.model import Expr
from pivot.analysis import analyze
from pivot.shapes import ShapeInfo, apply_op, infer, invalid_sizes

OPS = all_ops()


def out(op, attrs, *xs, spatial=None, framework="torch"):
    """The (shape, image-like) the entry's rule gives for inputs `xs`, its other arguments at their PyTorch
    defaults (as the frontends fill them in)."""
    spec = OPS[op]
    sps = list(spatial) if spatial is not None else [spec.layout_sensitive] * len(xs)
    return spec.shape_rule(Call(spec, {**spec.torch_defaults(), **attrs}, list(xs), sps, framework))


def test_every_entry_has_a_rule_object():
    assert all(isinstance(spec.shape_rule, ShapeRule) for spec in OPS.values())


# ---- convolutions ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("attrs, expected", [
    ({"out_channels": 16, "kernel_size": 3}, (16, 30, 30)),
    ({"out_channels": 16, "kernel_size": 3, "stride": 2, "padding": 1}, (16, 16, 16)),
    ({"out_channels": 16, "kernel_size": 3, "dilation": 2}, (16, 28, 28)),
    ({"out_channels": 16, "kernel_size": 3, "stride": 2, "padding": "same"}, (16, 16, 16)),
    ({"out_channels": 16, "kernel_size": (3, 5), "stride": (1, 2), "padding": (1, 0)}, (16, 32, 14)),
])
def test_conv2d(attrs, expected):
    assert out("Conv2d", attrs, (3, 32, 32)) == (expected, True)


def test_conv_keeps_a_symbolic_size_only_where_the_size_is_kept():
    h = Expr("h")
    assert out("Conv2d", {"out_channels": 8, "kernel_size": 1}, (3, h, h)) == ((8, h, h), True)
    assert out("Conv2d", {"out_channels": 8, "kernel_size": 3}, (3, h, h)) == ((8, None, None), True)


def test_conv_of_unknown_input_knows_its_rank_and_channels():
    assert out("Conv2d", {"out_channels": 8, "kernel_size": 3}, None) == ((8, None, None), True)
    assert out("Conv1d", {"out_channels": 8, "kernel_size": 3}, (4, 5, 6)) == ((None, None), True)  # wrong rank


def test_causal_conv1d_keeps_the_length():
    assert out("Conv1d", {"out_channels": 4, "kernel_size": 3, "dilation": 2, "padding": "causal"},
               (2, 50)) == ((4, 50), True)


@pytest.mark.parametrize("attrs, expected", [
    ({"out_channels": 4, "kernel_size": 3, "stride": 2, "padding": 1, "output_padding": 1}, (4, 14, 14)),
    ({"out_channels": 4, "kernel_size": 4, "stride": 2}, (4, 16, 16)),
    ({"out_channels": 4, "kernel_size": 3, "stride": 2, "padding": "same"}, (4, 14, 14)),
    ({"out_channels": 4, "kernel_size": 3, "dilation": 2}, (4, 11, 11)),
])
def test_conv_transpose2d(attrs, expected):
    assert out("ConvTranspose2d", attrs, (8, 7, 7)) == (expected, True)


def test_depthwise_multiplies_the_channels():
    assert out("DepthwiseConv2d", {"kernel_size": 3, "depth_multiplier": 2}, (4, 9, 9)) == ((8, 7, 7), True)
    assert out("DepthwiseConv2d", {"kernel_size": 3}, (None, 9, 9)) == ((None, 7, 7), True)


def test_separable_conv_is_a_conv():
    assert out("SeparableConv2d", {"out_channels": 6, "kernel_size": 3, "padding": "same"}, (4, 9, 9)) == \
        ((6, 9, 9), True)


# ---- pooling ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("attrs, expected", [
    ({"kernel_size": 2}, (3, 3, 3)),  # stride defaults to the kernel
    ({"kernel_size": 2, "ceil_mode": True}, (3, 4, 4)),
    ({"kernel_size": 3, "stride": 1, "padding": 1}, (3, 7, 7)),
    ({"kernel_size": 2, "stride": 1, "dilation": 2}, (3, 5, 5)),
])
def test_max_pool2d(attrs, expected):
    assert out("MaxPool2d", attrs, (3, 7, 7)) == (expected, True)


def test_avg_pool1d_same_padding():
    assert out("AvgPool1d", {"kernel_size": 2, "stride": 2, "padding": "same"}, (5, 9)) == ((5, 5), True)


@pytest.mark.parametrize("attrs, expected", [
    ({"output_size": 1, "keepdims": True}, ((16, 1, 1), True)),
    ({"output_size": 1, "keepdims": False}, ((16,), False)),
    ({"output_size": (2, 3)}, ((16, 2, 3), True)),
])
def test_global_pool(attrs, expected):
    assert out("GlobalAvgPool2d", attrs, (16, 7, 9)) == expected


def test_global_pool_fixes_the_size_of_an_unknown_input():
    assert OPS["GlobalMaxPool2d"].shape_rule.fixed_size
    assert out("GlobalMaxPool2d", {"output_size": 1, "keepdims": True}, None) == ((None, 1, 1), True)


# ---- padding and resampling ------------------------------------------------------------------------------
def test_zero_padding():
    assert out("ZeroPad2d", {"padding": (1, 2, 3, 4)}, (3, 10, 20)) == ((3, 17, 23), True)  # (l, r, t, b)
    assert out("ZeroPad2d", {"padding": 1}, (3, 10, None)) == ((3, 12, None), True)
    assert out("ZeroPad1d", {"padding": (0, 2)}, (3, 10)) == ((3, 12), True)


def test_resampling_layers():
    assert out("UpSampling2D", {"scale_factor": (2, 3)}, (3, 4, 5)) == ((3, 8, 15), True)
    assert out("Cropping2D", {"cropping": (-1, -1, -2, -2)}, (3, 10, 10)) == ((3, 6, 8), True)
    assert out("RepeatVector", {"n": 4}, (8,)) == ((4, 8), False)
    assert out("Unflatten", {"shape": (-1, 4)}, (12,)) == ((3, 4), False)


# ---- dense, embedding, flatten, recurrent ----------------------------------------------------------------
def test_core_layers():
    assert out("Linear", {"out_features": 10}, (5, 32)) == ((5, 10), False)
    assert out("Embedding", {"embedding_dim": 16}, (7,)) == ((7, 16), False)
    assert out("Flatten", {}, (3, 4, 5)) == ((60,), False)
    assert out("Flatten", {}, (3, None, 5)) == ((None,), False)
    assert OPS["Flatten"].shape_rule.flattens and OPS["Linear"].feature_weights


def test_recurrent_width():
    assert out("LSTM", {"hidden_size": 8}, (20, 4)) == ((20, 8), False)
    assert out("GRU", {"hidden_size": 8, "bidirectional": True}, (20, 4)) == ((20, 16), False)
    assert out("LSTM", {"hidden_size": Expr("h"), "bidirectional": True}, (20, 4))[0][-1].code == "2 * h"
    # Keras without return_sequences: the last step only (PyTorch always returns every step)
    assert out("RNN", {"hidden_size": 8, "return_sequences": False}, (20, 4), framework="keras") == ((8,), False)
    assert out("RNN", {"hidden_size": 8, "return_sequences": False}, (20, 4)) == ((20, 8), False)
    assert OPS["LSTM"].shape_rule.state({"hidden_size": 8}) == (8,)  # h and c (Keras return_state)


# ---- merges ----------------------------------------------------------------------------------------------
def test_merges():
    assert out("Add", {}, (4,), (3, 4), spatial=[False, False]) == ((3, 4), False)
    assert out("Concat", {"dim": 1}, (3, 8, 8), (5, 8, 8), spatial=[True, True]) == ((8, 8, 8), True)
    assert out("Concat", {"dim": -1}, (Expr("a"),), (4,), spatial=[False, False])[0][0].code == "a + 4"
    assert out("Concat", {"dim": 1}, (3, 8), None, spatial=[False, False]) == (None, False)
    assert out("Dot", {"axes": 1}, (4,), (4,)) == ((1,), False)


# ---- tensor ops ------------------------------------------------------------------------------------------
def test_reductions():
    assert out("Mean", {"dim": (2, 3), "keepdim": True}, (8, 4, 4), spatial=[True]) == ((8, 1, 1), True)
    assert out("Mean", {"dim": (2, 3)}, (8, 4, 4), spatial=[True]) == ((8,), False)
    assert out("Sum", {"dim": 1}, (8, 4, 4), spatial=[True]) == ((4, 4), False)  # the channels are gone
    assert out("Amax", {"dim": None}, (8, 4, 4)) == ((), False)
    assert OPS["Mean"].shape_rule.order_free({"dim": None})


def test_axis_ops():
    assert out("Permute", {"dims": (0, 2, 1)}, (3, 5)) == ((5, 3), False)
    assert out("Transpose", {"dim0": 1, "dim1": -1}, (3, 5, 7)) == ((7, 5, 3), False)
    assert out("Unsqueeze", {"dim": 1}, (3, 5)) == ((1, 3, 5), False)
    assert out("Unsqueeze", {"dim": -1}, (3, 5), spatial=[True]) == ((3, 5, 1), True)
    assert out("Squeeze", {"dim": 2}, (3, 1, 5)) == ((3, 5), False)
    assert out("Squeeze", {"dim": None}, (3, 1, 5, 1)) == ((3, 5), False)
    assert out("Stack", {"dim": 1}, (3, 5), (3, 5)) == ((2, 3, 5), False)
    assert out("Reshape", {"shape": (-1, 4, "n")}, (12,)) == ((4, None), False)
    assert out("Matmul", {}, (2, 3), (3, 7)) == ((2, 7), False)
    assert out("Pad", {"pad": (1, 1, 2, 0)}, (3, 5, 5), spatial=[True]) == ((3, 7, 7), True)


def test_permutations():
    assert OPS["Permute"].shape_rule.permutation({"dims": (0, -1, 1, 2)}, 4) == (0, 3, 1, 2)
    assert OPS["Transpose"].shape_rule.permutation({"dim0": 1, "dim1": 2}, 3) == (0, 2, 1)
    assert OPS["Mean"].shape_rule.permutation({"dim": 1}, 3) is None


# ---- the driver: Keras axes on image-like values are read in canonical numbering -------------------------
def test_keras_axes_are_made_canonical():
    keras = ShapeInfo(framework="keras")
    # keras.ops.mean(x, axis=-1) on an (H, W, C) image reduces the channels: canonical (C, H, W) -> (H, W)
    assert apply_op("Mean", {"dim": -1}, [(8, 4, 6)], [True], keras) == ((4, 6), False)
    # concatenate(axis=-1) joins the channels
    assert apply_op("Concat", {"dim": -1}, [(8, 4, 4), (2, 4, 4)], [True, True], keras) == ((10, 4, 4), True)
    # expand_dims(x, 1) puts a new spatial axis after the batch: canonically after the channels
    assert apply_op("Unsqueeze", {"dim": 1}, [(8, 4, 4)], [True], keras) == ((8, 1, 4, 4), True)


def test_first_layer_tells_an_undeclared_input():
    rule = OPS["Conv2d"].shape_rule
    assert rule.first_input(OPS["Conv2d"], {"in_channels": 3}) == ((3, None, None), True)
    assert OPS["Linear"].shape_rule.first_input(OPS["Linear"], {"in_features": 9}) == ((9,), False)
    assert OPS["BatchNorm"].shape_rule.first_input(OPS["BatchNorm"], {"num_features": 5}) == ((5,), False)
    assert OPS["ReLU"].shape_rule.first_input(OPS["ReLU"], {}) == (None, False)


# ---- sizes the rules divide by: each Arg's domain says which it accepts ----------------------------------
def test_invalid_sizes_ask_the_arguments_domains():
    conv, pool = OPS["Conv2d"], OPS["MaxPool2d"]
    assert invalid_sizes(conv, {"kernel_size": (3, 0), "stride": 1, "groups": -2}, "torch") == \
        ["kernel_size", "groups"]
    assert invalid_sizes(conv, {"kernel_size": Expr("k"), "dilation": 2}, "torch") == []
    assert invalid_sizes(pool, {"kernel_size": 2, "stride": None}, "torch") == []  # None: the kernel size
    # GroupNormalization(groups=-1) is one group per channel (instance norm); PyTorch has no such value
    assert invalid_sizes(OPS["GroupNorm"], {"num_groups": -1}, "keras") == []
    assert invalid_sizes(OPS["GroupNorm"], {"num_groups": -1}, "torch") == ["num_groups"]
    assert invalid_sizes(OPS["InstanceNorm"], {"groups": -1}, "torch") == []


def test_same_shape_families_keep_shape_and_layout():
    for op in ("ReLU", "Softmax", "BatchNorm", "LayerNorm", "MultiheadAttention", "Rescaling", "Dropout"):
        assert out(op, {}, (8, 5, 5), spatial=[True]) == ((8, 5, 5), True), op
        assert out(op, {}, None, spatial=[False]) == (None, False), op
    assert OPS["BatchNorm"].feature_axis == 1 and OPS["LSTM"].feature_axis == -1  # where Keras inputs move


# ---- the graph walk: flattened image features through ops the entries say keep their order -------------
FLAT_THROUGH = '''
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.mid = nn.{mid}
        self.fc = nn.Linear(4 * 6 * 6, 2)

    def forward(self, x):
        return self.fc(self.mid(self.conv(x).flatten(1)))
'''


@pytest.mark.parametrize("mid, kept", [("Identity()", True), ("Dropout(0.1)", True), ("ReLU()", True),
                                       ("Softmax(dim=1)", False)])
def test_flatten_order_passes_through_identities_only(mid, kept):
    net = analyze(FLAT_THROUGH.format(mid=mid)).networks[0]
    info = infer(net, ((3, 8, 8),))
    assert (info.flat_from.get("fc") == (4, 6, 6)) == kept, info.flat_from
    assert bool(info.layout_lost) != kept, info.layout_lost
