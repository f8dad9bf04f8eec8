"""Keras -> PyTorch (issue 13, ViT's round trip): the sequence of an image's positions
(`keras.ops.reshape(x, (-1, math.prod(x.shape[1:-1]), x.shape[-1]))`, what Pivot writes for `x.flatten(2)`) is
`x.flatten(2).transpose(1, 2)` of the channels-first image, and `keras.ops.broadcast_to` is `expand`, also in
the spelling Pivot writes for `expand` (its catalog `keras_code`, read back). No frameworks run here: the round
trip of tests/corpus_breadth/torch/vit_small.py verifies numerically (tests/test_torch_coverage.py)."""
from pivot.migrate import migrate_source

HEADER = "import math\nimport keras\nfrom keras import layers\n\n\n"
MODEL = '''class Patches(keras.Model):
    def __init__(self, dim=8):
        super().__init__()
        self.proj = layers.Conv2D(dim, 4, 4)
        self.token = self.add_weight(shape=(1, 1, dim), initializer="zeros")

    def call(self, x):
        x = self.proj(x)
        x = {reshape}
        n = x.shape[0]
        t = {expand}
        return keras.ops.concatenate([t, x], axis=1)
'''
WRITTEN = "keras.ops.broadcast_to(self.token, tuple(d if s == -1 else s for s, d in zip((n, -1, -1), " \
          "keras.ops.shape(self.token))))"
POSITIONS = "keras.ops.reshape(x, (-1, math.prod(x.shape[1:-1]), x.shape[-1]))"


def _back(body: str):
    result = migrate_source(HEADER + body, "pytorch")
    compile(result.text, "migrated", "exec")
    return result, [f"{d.code} {d.message}" for d in result.diagnostics if d.severity == "error"]


def test_the_positions_of_an_image_and_the_written_expand_read_back():
    result, errors = _back(MODEL.format(reshape=POSITIONS, expand=WRITTEN))
    assert errors == [], errors
    assert "x = x.flatten(2).transpose(1, 2)" in result.text
    assert "t = self.token.expand(n, -1, -1)" in result.text


def test_a_plain_broadcast_to_is_expand():
    result, errors = _back(MODEL.format(reshape=POSITIONS, expand="keras.ops.broadcast_to(self.token, (n, 1, 8))"))
    assert errors == [], errors
    assert "t = self.token.expand(n, 1, 8)" in result.text


def test_a_reshape_reading_other_sizes_stays_an_error():
    other = "keras.ops.reshape(x, (-1, math.prod(x.shape[1:-1]), x.shape[1]))"
    _, errors = _back(MODEL.format(reshape=other, expand=WRITTEN))
    assert any("reshapes an image-like tensor" in e for e in errors), errors
