"""Keras preprocessing, resampling and wrapper layers to PyTorch (issue 12): what is not exact is reported,
never dropped. Framework-free; the corpus models in tests/corpus_breadth/keras verify the exact ones."""
import pytest

from pivot.migrate import migrate_source


def _model(*layers: str, shape: str = "(16, 16, 3)") -> str:
    body = "".join(f"    x = {layer}(x)\n" for layer in layers)
    return ("import keras\nfrom keras import layers\n\n\ndef build():\n"
            f"    inputs = keras.Input(shape={shape})\n    x = inputs\n{body}    return keras.Model(inputs, x)\n")


def _codes(result, severity: str) -> list[tuple[str, int]]:
    return [(d.code, d.span.line) for d in result.diagnostics if d.severity == severity]


@pytest.mark.parametrize("layer", ['layers.RandomFlip("horizontal")', "layers.RandomRotation(0.1)",
                                   "layers.RandomZoom(0.2)", "layers.RandomContrast(0.2)",
                                   "layers.RandomTranslation(0.1, 0.1)"])
def test_augmentation_is_identity_with_a_training_only_note(layer):
    result = migrate_source(_model(layer, "layers.Conv2D(4, 3)"), "pytorch")
    assert result.ok
    assert "nn.Identity()" in result.text
    notes = [d for d in result.diagnostics if d.code == "PIV203"]
    assert len(notes) == 1 and notes[0].span.line == 8 and "torchvision.transforms.v2" in notes[0].message


@pytest.mark.parametrize("layers_,why", [
    (("layers.Normalization()",), "adapted to data"),
    (("layers.Normalization(mean=0.5, variance=0.25, invert=True)",), "invert=True"),
    (('layers.UpSampling2D(interpolation="bicubic")',), "bicubic"),
    (("layers.Rescaling([0.1, 0.2, 0.3])",), "per-channel"),
    (("layers.TimeDistributed(layers.BatchNormalization())",), "TimeDistributed of BatchNorm"),
])
def test_what_pytorch_cannot_express_is_an_error_naming_the_line(layers_, why):
    result = migrate_source(_model(*layers_), "pytorch")
    assert not result.ok
    errors = [d for d in result.diagnostics if d.severity == "error"]
    assert errors and why in errors[0].message and errors[0].span.line == 7 + len(layers_)
    assert "TODO(pivot)" in result.text
    compile(result.text, "migrated", "exec")


def test_reshape_of_features_is_unflatten_and_the_conv_reads_it_channels_first():
    result = migrate_source(_model("layers.Dense(2 * 2 * 3)", "layers.Reshape((2, 2, 3))", "layers.Conv2D(4, 1)",
                                   shape="(5,)"), "pytorch")
    assert result.ok, [d.message for d in result.diagnostics]
    assert "nn.Unflatten(1, (2, 2, 3))" in result.text and ".permute(0, 3, 1, 2)" in result.text


def test_reshape_of_an_image_moves_its_channels_last_first():
    result = migrate_source(_model("layers.Conv2D(4, 3)", "layers.Reshape((14, -1))", "layers.Dense(2)"), "pytorch")
    assert result.ok, [d.message for d in result.diagnostics]
    assert "Reshape((14, -1), channels_first=True)" in result.text and "nn.Linear(56, 2)" in result.text
