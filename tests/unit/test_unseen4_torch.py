"""Constructs of unseen PyTorch code (tests/corpus_unseen/torch/u_*) that migrated with exit 0 and failed or
were wrong, checked without the frameworks (the corpus test builds and compares the models)."""
import textwrap

import pytest

from pivot.migrate import migrate_source


def _call(text: str, cls: str) -> str:
    body = text[text.index(f"class {cls}("):]
    return body[body.index("    def call("):]


SPATIAL_ATTENTION = textwrap.dedent('''\
    import torch
    import torch.nn as nn


    class SpatialAttention(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(2, 1, 7, padding=3, bias=False)

        def forward(self, x):
            avg_out = torch.mean(x, dim=1, keepdim=True)
            max_out, _ = torch.max(x, dim=1, keepdim=True)
            x = torch.cat([avg_out, max_out], dim=1)
            return torch.sigmoid(self.conv1(x))


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 16, 3, padding=1)
            self.sa = SpatialAttention()
            self.fc = nn.Linear(16, 5)

        def forward(self, x):
            x = torch.relu(self.conv(x))
            x = self.sa(x) * x
            x = x.mean(dim=[2, 3])
            return self.fc(x)
''')


def test_a_block_whose_first_ops_do_not_tell_its_rank_takes_the_images_its_callers_give():
    """CBAM's spatial attention starts with `torch.mean(x, dim=1, keepdim=True)`: its channel axis was kept as
    axis 1 in Keras (exit 0; the Keras model failed, or reduced over the height)."""
    result = migrate_source(SPATIAL_ATTENTION, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    call = _call(result.text, "SpatialAttention")
    assert "keras.ops.mean(x, axis=-1, keepdims=True)" in call
    assert "keras.ops.max(x, axis=-1, keepdims=True)" in call
    assert "keras.ops.concatenate([avg_out, max_out], axis=-1)" in call


ADD_MODULE_LATER = textwrap.dedent('''\
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self, n=3):
            super().__init__()
            self.body = nn.Sequential()
            for i in range(n):
                self.body.add_module(f"fc{i}", nn.Linear(8, 8))
            self.head = nn.Linear(8, 2)

        def forward(self, x):
            return self.head(self.body(x))
''')


def test_an_empty_sequential_filled_by_add_module_is_not_an_identity():
    """`self.body = nn.Sequential()` then `self.body.add_module(...)` in a loop became `layers.Identity()` with
    `.add(...)` calls (exit 0; Identity has no `add`). It is a keras.Sequential that starts with an identity (a
    Keras Sequential left empty cannot be called: tests/regressions/torch/dynamic_sequential_left_empty.py)."""
    result = migrate_source(ADD_MODULE_LATER, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "self.body = keras.Sequential([layers.Identity()])" in result.text
    assert "self.body.add(layers.Dense(8))" in result.text


GLOBAL_POOL_BY_SIZE = textwrap.dedent('''\
    import torch.nn as nn
    import torch.nn.functional as F


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 8, 3, padding=1)
            self.fc = nn.Linear(8, 2)

        def forward(self, x):
            x = F.relu(self.conv(x))
            x = F.avg_pool2d(x, x.size()[2:])
            h = x.shape[2:4]
            return self.fc(x.view(x.size(0), -1))
''')


def test_a_slice_of_an_image_size_reads_the_same_axes_in_keras():
    """`F.avg_pool2d(x, x.size()[2:])` (the spatial sizes) was written `keras.ops.shape(x)[2:]`: (W, C) in
    Keras (exit 0; a pool over the wrong window, a Dense of width 0)."""
    result = migrate_source(GLOBAL_POOL_BY_SIZE, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    call = _call(result.text, "Net")
    assert "keras.ops.average_pool(x, keras.ops.shape(x)[1:3], strides=keras.ops.shape(x)[1:3]" in call
    assert "h = x.shape[1:3]" in call


def test_a_slice_of_image_sizes_that_is_not_one_run_in_keras_is_reported():
    source = GLOBAL_POOL_BY_SIZE.replace("x.shape[2:4]", "x.shape[1:3]")  # (C, H): not adjacent in Keras
    result = migrate_source(source, "tensorflow", ["Net"])
    assert not result.ok and any("x.shape[1:3]" in d.message for d in result.diagnostics)


WEIGHT_TYING = textwrap.dedent('''\
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self, ntoken=20, ninp=8):
            super().__init__()
            self.encoder = nn.Embedding(ntoken, ninp)
            self.decoder = nn.Linear(ninp, ntoken)
            self.decoder.weight = self.encoder.weight

        def forward(self, x):
            return self.decoder(self.encoder(x))
''')


def test_weight_tying_reads_the_tied_matrix():
    """`self.decoder.weight = self.encoder.weight` was copied into the Keras constructor (exit 0; a Keras
    Embedding has no `weight`), then a named error; now the decoder is Pivot's TorchTiedLinear reading the
    encoder's matrix (verified in tests/regressions/torch/weight_tying_linear.py), the statement gone."""
    result = migrate_source(WEIGHT_TYING, "tensorflow", ["Net"])
    assert result.ok, result.diagnostics
    model = result.text.split("class Net")[1]
    assert "= TorchTiedLinear(self.encoder, " in model and ".weight = " not in model, result.text


def _tie_under(test: str) -> str:
    lines = WEIGHT_TYING.splitlines()
    tie = next(i for i, line in enumerate(lines) if ".weight = " in line)
    indent = lines[tie][:len(lines[tie]) - len(lines[tie].lstrip())]
    lines[tie:tie + 1] = [f"{indent}if {test}:", f"    {lines[tie]}"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("test", ["ntoken > 10", "ntoken < 10", "not ninp == 8"])
def test_weight_tying_under_a_decided_if(test):
    """A tie under `if` whose condition the file's values decide (word_language_model's `if tie_weights:`) was PIV102
    whatever the values; Keras now builds the decoder tied or not as the condition holds, in any configuration."""
    result = migrate_source(_tie_under(test), "tensorflow", ["Net"])
    assert result.ok, result.diagnostics
    model = result.text.split("class Net")[1]
    assert f"self.decoder = TorchTiedLinear(self.encoder, ntoken) if {test} else layers.Dense(ntoken)" in model
    assert ".weight = " not in model and f"if {test}:\n            pass" in model


def test_weight_tying_under_an_undecided_if_is_a_named_error():
    """A tie under a condition the file's values do not decide (it reads a module-level value) stays PIV102."""
    result = migrate_source(_tie_under("TIE"), "tensorflow", ["Net"])
    assert any(d.code == "PIV102" and "weight tying" in d.message for d in result.diagnostics)


CAUSAL_PAD = textwrap.dedent('''\
    import torch
    import torch.nn as nn
    import torch.nn.functional as F


    class Net(nn.Module):
        def __init__(self, dilation=2):
            super().__init__()
            self.pad = dilation
            self.conv = nn.Conv1d(4, 8, kernel_size=2, dilation=dilation)
            self.act = nn.Hardtanh()

        def forward(self, x):
            return self.act(self.conv(F.pad(x, (self.pad, 0))))
''')


def test_a_causal_pad_whose_width_is_a_name_pads_the_length_axis_in_keras():
    """WaveNet's `F.pad(x, (self.pad, 0))` was PIV103 (only literal widths)."""
    result = migrate_source(CAUSAL_PAD, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "keras.ops.pad(x, ((0, 0), (self.pad, 0), (0, 0)))" in result.text
    assert 'layers.Activation("hard_tanh")' in result.text


def test_a_replicate_pad_whose_width_is_a_name_is_reported():
    source = CAUSAL_PAD.replace("(self.pad, 0))", "(self.pad, 0), mode='replicate')")
    result = migrate_source(source, "tensorflow", ["Net"])
    assert not result.ok and any("literal widths" in d.message for d in result.diagnostics)


def test_hardtanh_with_other_bounds_is_a_clip():
    # (was reported, PIV105; ut11: a clip in a Keras Activation layer, tests/regressions/torch/hardtanh_bounds.py
    # verifies it) the functional form is still reported
    result = migrate_source(CAUSAL_PAD.replace("nn.Hardtanh()", "nn.Hardtanh(0.0, 6.0)"), "tensorflow", ["Net"])
    assert result.ok and "layers.Activation(lambda t: keras.ops.clip(t, 0.0, 6.0))" in result.text
    result = migrate_source(CAUSAL_PAD.replace("self.act(self.conv(F.pad(x, (self.pad, 0))))",
                                               "F.hardtanh(self.conv(F.pad(x, (self.pad, 0))), 0.0, 6.0)"),
                            "tensorflow", ["Net"])
    assert not result.ok and any("min_val" in d.message for d in result.diagnostics)


SE_EXPAND_AS = textwrap.dedent('''\
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self, c=8):
            super().__init__()
            self.conv = nn.Conv2d(3, c, 3, padding=1)
            self.pool = nn.AdaptiveAvgPool2d(1)
            self.fc = nn.Linear(c, c)

        def forward(self, x):
            x = self.conv(x)
            b, c, _, _ = x.size()
            y = self.fc(self.pool(x).view(b, c)).sigmoid().view(b, c, 1, 1)
            return x * y.expand_as(x)
''')


def test_expand_as_of_a_gate_reshaped_to_image_rank_moves_its_channels_in_keras():
    """SE blocks' `x * y.expand_as(x)` (y = w.view(b, c, 1, 1), not image-like) was PIV102 (unsupported method);
    it is a broadcast with y's channel axis moved where the image's goes, as for `x * y`."""
    result = migrate_source(SE_EXPAND_AS, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "keras.ops.broadcast_to(keras.ops.moveaxis(y, 1, -1), keras.ops.shape(x))" in result.text


def test_a_tensor_method_of_two_tensors_reads_both():
    """`y.matmul(z)` became `keras.ops.matmul(y)` (its second tensor was dropped; reported only by chance)."""
    source = SE_EXPAND_AS.replace("return x * y.expand_as(x)", "z = y.flatten(1)\n        return z.matmul(z.transpose(0, 1))")
    result = migrate_source(source, "tensorflow", ["Net"])
    assert result.ok and "keras.ops.matmul(z, keras.ops.swapaxes(z, 0, 1))" in result.text


UNET_UP = textwrap.dedent('''\
    import torch
    import torch.nn as nn


    class Up(nn.Module):
        def __init__(self, c):
            super().__init__()
            self.up = nn.ConvTranspose2d(c, c // 2, kernel_size=2, stride=2)
            self.conv = nn.Conv2d(c, c // 2, 3, padding=1)

        def forward(self, x1, x2):
            x1 = self.up(x1)
            x = torch.cat([x2, x1], dim=1)
            return self.conv(x)


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.inc = nn.Conv2d(3, 8, 3, padding=1)
            self.down = nn.Sequential(nn.MaxPool2d(2), nn.Conv2d(8, 16, 3, padding=1))
            self.up = Up(16)

        def forward(self, x):
            x1 = self.inc(x)
            x2 = self.down(x1)
            return self.up(x2, x1)
''')


def test_a_block_input_whose_rank_nothing_in_it_tells_takes_the_images_its_callers_pass():
    """U-Net's `Up.forward(x1, x2)` concatenates the skip x2 first: its rank was unknown (PIV105)."""
    result = migrate_source(UNET_UP, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "keras.ops.concatenate([x2, x1], axis=-1)" in result.text


INCEPTION = textwrap.dedent('''\
    import torch
    import torch.nn as nn
    import torch.nn.functional as F


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.b1 = nn.Conv2d(3, 4, 1)
            self.b2 = nn.Conv2d(3, 4, 3, padding=1)

        def forward(self, x):
            b1 = self.b1(x)
            b2 = self.b2(x)
            b3 = F.avg_pool2d(x, kernel_size=3, stride=1, padding=1)
            b4 = F.max_pool2d(x, 3, stride=1, padding=1)
            outputs = [b1, b2, b3, b4]
            return torch.cat(outputs, 1)
''')


def test_padded_functional_pooling_and_a_concat_of_a_list_variable_migrate():
    """Inception's `F.avg_pool2d(x, 3, stride=1, padding=1)` (PIV105: use a pooling layer) and
    `torch.cat(outputs, 1)` of `outputs = [b1, b2, b3, b4]` (PIV105: which tensors it joins unknown)."""
    result = migrate_source(INCEPTION, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert ("keras.ops.average_pool(keras.ops.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0))), (3, 3), strides=(1, 1), "
            'padding="valid")') in result.text
    assert 'keras.ops.max_pool(x, (3, 3), strides=(1, 1), padding="same")' in result.text  # -inf padding never wins
    assert "keras.ops.concatenate(outputs, axis=-1)" in result.text


def test_padded_functional_average_pooling_without_the_padding_counted_is_same_pooling():
    """`count_include_pad=False` with stride 1 and (k - 1) / 2 on each side divides each window by its real inputs,
    as Keras's 'same' average pooling does (rg1; `pivot verify` of this Net: equivalent, max_abs_diff 2.4e-07)."""
    source = INCEPTION.replace("padding=1)\n        b4", "padding=1, count_include_pad=False)\n        b4")
    result = migrate_source(source, "tensorflow", ["Net"])
    assert result.ok
    assert 'keras.ops.average_pool(x, (3, 3), strides=(1, 1), padding="same")' in result.text


def test_average_pooling_without_the_padding_counted_is_reported_unless_same():
    """Stride 2 (or an even kernel) is no Keras 'same' window: still reported."""
    source = INCEPTION.replace("stride=1, padding=1)\n        b4", "stride=2, padding=1, count_include_pad=False)\n        b4")
    result = migrate_source(source, "tensorflow", ["Net"])
    assert not result.ok and any("excludes padding" in d.message for d in result.diagnostics)


def test_a_block_migrated_without_its_callers_whose_input_rank_is_untold_reports_its_axes():
    """SpatialAttention alone (`--class SpatialAttention`): its `torch.mean(x, dim=1, ...)` stayed axis 1 with
    exit 0 (no caller tells that x is an image)."""
    result = migrate_source(SPATIAL_ATTENTION, "tensorflow", ["SpatialAttention"])
    assert not result.ok
    assert any(d.code == "PIV105" and "torch.mean(x, dim=1, keepdim=True)" in d.message for d in result.diagnostics)


STATIC_BLOCKS = textwrap.dedent('''\
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.block1 = self._conv_block(3, 8)
            self.fc = nn.Linear(8, 2)

        @staticmethod
        def _conv_block(in_c, out_c):
            return nn.Sequential(nn.Conv2d(in_c, out_c, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))

        def forward(self, x):
            x = self.block1(x)
            return self.fc(x.mean(dim=[2, 3]))
''')


def test_a_first_block_built_by_a_method_of_the_class_tells_the_input_rank():
    """`self.block1 = self._conv_block(3, 16)` (a @staticmethod returning a Sequential): the input's rank was
    untold, so `x.mean(dim=[2, 3])` stayed axes (2, 3) in Keras with exit 0 (verify, given the shape, passed)."""
    result = migrate_source(STATIC_BLOCKS, "tensorflow", ["Net"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "keras.ops.mean(x, axis=(1, 2))" in result.text
