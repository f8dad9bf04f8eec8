"""`reshape(out, (-1, out.shape[2]))`: the width is an axis of the value itself, so the reshape folds every other
axis (the batch too) into the first; it is read as the reshape as written, never a flatten of the per-sample axes
(pivot.frontends.flow._own_axis_width). The way back of c_ner_tagger_reshape_bt_view_back was `torch.flatten(out,
1)`, exit 0 and a RuntimeError of the next view (ut16)."""
import pytest

from pivot.migrate import migrate_source

KERAS = '''import keras
from keras import layers


class Tagger(keras.Model):
    def __init__(self):
        super().__init__()
        self.proj = layers.Dense(8)
        self.fc = layers.Dense(3)

    def call(self, x):
        out = self.proj(x)
        out = keras.ops.reshape(out, (-1, WIDTH))
        return self.fc(out)
'''


@pytest.mark.parametrize("width", ["out.shape[2]", "out.shape[-1]", "keras.ops.shape(out)[2]"])
def test_a_width_read_from_the_value_itself_is_no_flatten(width):
    out = migrate_source(KERAS.replace("WIDTH", width), "pytorch", input_shapes={"Tagger": (5, 4)})
    assert "torch.flatten" not in out.text and "torch.reshape(out, (-1, " in out.text, out.text


def test_a_written_width_of_a_flat_value_stays_a_flatten():
    out = migrate_source(KERAS.replace("WIDTH", "40"), "pytorch", input_shapes={"Tagger": (5, 4)})
    assert "torch.reshape(out, (-1, " not in out.text
