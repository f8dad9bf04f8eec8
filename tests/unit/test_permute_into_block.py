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


LISTED = (Path(__file__).parents[1] / "regressions" / "torch" / "permute_into_modulelist_blocks_then_rnn.py").read_text()


def test_blocks_of_a_modulelist_loop_are_named_too():
    # ut18 (f_tcn_lite_causal_fpad_dilated_then_lstm): `for block in self.blocks: x = F.relu(block(x))` over an
    # nn.ModuleList of the file's causal-conv blocks, after `x.permute(0, 2, 1)` of the input: was exit 0
    out = migrate_source(LISTED, "tensorflow")
    assert not out.ok
    assert any(d.code == "PIV105" and "gives `CausalBlock` a value that is no image" in d.message
               for d in out.diagnostics)
    assert migrate_source(LISTED, "tensorflow", input_shapes={"PermuteIntoBlocks": (20, 4)}).ok
