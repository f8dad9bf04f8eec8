"""Issue 12's last Keras layers and patterns, statically (the corpus models under tests/corpus_breadth/keras build
and compare them): what the PyTorch code is made of."""
from pathlib import Path

import pytest

from pivot.migrate import migrate_source

BREADTH = Path(__file__).parent.parent / "corpus_breadth" / "keras"


@pytest.mark.parametrize("stem,name,shape,expected", [
    ("activation_parameter_block", "ResidualMLP", (24,), ["self.act = KerasActivation(activation)",
                                                          '"leaky_relu": lambda: nn.LeakyReLU(negative_slope=0.2)']),
    ("timeseries_transformer", "build_model", (10, 16), ["KerasMultiHeadAttention(num_heads=num_heads, key_dim=head_size, dropout=dropout, widths=(16, 16, 16))",
                                                         "nn.Conv1d(ff_dim, 16, 1)"]),
    ("transformer_text_classifier", "TransformerClassifier", (12,), ["self.pool(x.transpose(1, 2))"]),
    ("vit_tf_extract_patches", "PatchClassifier", (12, 12, 3), ["ExtractPatches(self.patch_size)(images)"]),
    ("video_timedistributed_cnn", "build_video_classifier", (5, 12, 12, 3),
     ["TimeDistributedModule(nn.Conv2d(3, 8, 3, padding='same'), channels_first=True)",
      "TimeDistributedModule(nn.Flatten())", "nn.LSTM(72, 16, batch_first=True)"]),
    ("next_frame_convlstm", "build_next_frame_model", (4, 8, 8, 1),
     ["ConvLSTM2d(1, filters, (5, 5), padding='same', activation='relu', return_sequences=True)",
      "nn.BatchNorm3d(filters", "nn.Conv3d(filters, 1, (3, 3, 3), padding='same')"]),
    # (issue 12: a norm over the last axis in a block that declares no input is rank-free, whatever the caller)
    ("caller_ranked_batchnorm_block", "TabularResNet", (20,), ["LazyFeaturesLastBatchNorm("]),
])
def test_migrated_code(stem, name, shape, expected):
    result = migrate_source((BREADTH / f"{stem}.py").read_text(), "pytorch", [name], input_shapes={name: shape})
    assert result.ok, [d.format(stem) for d in result.diagnostics if d.severity == "error"]
    missing = [e for e in expected if e not in result.text]
    assert not missing, result.text


def test_convlstm_options_pytorch_cannot_take_are_errors():
    source = ("import keras\nfrom keras import layers\n\n\ndef build():\n"
              "    inp = keras.Input(shape=(3, 8, 8, 1))\n"
              "    x = layers.ConvLSTM2D(4, 3, strides=2, return_sequences=True)(inp)\n"
              "    return keras.Model(inp, x)\n")
    result = migrate_source(source, "pytorch", ["build"])
    errors = [d for d in result.diagnostics if d.severity == "error"]
    assert errors and "strides" in errors[0].message and errors[0].span.line == 7
