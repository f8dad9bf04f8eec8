"""A permute of the model's input given to a block of the file that reads images, in a model running an RNN
(pivot.shapes.features_to_image_blocks): without the input shape the permute is kept as written, so the Keras
block would read channels-first data: a named error; with the shape the permute is the layout change."""
from pathlib import Path

from pivot.migrate import migrate_source

SOURCE = (Path(__file__).parents[1] / "regressions" / "torch" / "permute_into_block_then_rnn.py").read_text()


def test_without_the_shape_the_block_call_is_named():
    out = migrate_source(SOURCE, "tensorflow")
    assert not out.ok
    assert any(d.code == "PIV105" and "gives `Block` a value that is no image" in d.message for d in out.diagnostics)


def test_with_the_shape_it_migrates():
    assert migrate_source(SOURCE, "tensorflow", input_shapes={"PermuteIntoBlock": (20, 4)}).ok
