"""A Keras functional model composed of another's graph (keras.io's Functional API guide: `encoder = keras.Model(
encoder_input, encoder_output)`, then a decoder written at module level and `autoencoder = keras.Model(encoder_input,
decoder_output)`): migrating the whole file wrote `def forward(self): return decoder_output` and exited 0 (ut7
noticed it), then an error naming `decoder_output`. The second model now replays the first one's graph: both are
migrated, and a warning says the PyTorch models hold copies of the shared layers."""
import textwrap
from pathlib import Path

from pivot.migrate import migrate_source

GUIDE = Path(__file__).parent.parent / "corpus_unseen" / "keras" / "functional_autoencoder_guide.py"


def _class(text: str, name: str) -> str:
    return text.split(f"class {name}(nn.Module):")[1].split("\n\n\n")[0]


def test_a_model_going_on_from_another_models_graph_holds_both():
    result = migrate_source(GUIDE.read_text(), "pytorch")
    assert result.ok, [d.message for d in result.diagnostics]
    auto = _class(result.text, "Autoencoder")
    assert "self.conv1 = nn.Conv2d(1, 16, 3)" in auto and "self.deconv4 = nn.ConvTranspose2d(16, 1, 3)" in auto
    assert "def forward(self, encoder_input):" in auto and "layers." not in result.text
    shared = [d.message for d in result.diagnostics if d.code == "PIV204"]
    assert shared == ["`autoencoder` applies the layers of `encoder` (one graph, shared weights in Keras); the "
                      "PyTorch `autoencoder` holds copies of them: equivalent as migrated, but training one no "
                      "longer trains the other"]


def test_the_graph_goes_on_through_a_reused_variable():
    """`x = layers.Dense(8)(x)` after `base = keras.Model(inp, x)` reads the base graph's `x`."""
    source = textwrap.dedent('''\
        import keras
        from keras import layers

        inp = keras.Input(shape=(6,))
        x = layers.Dense(4, activation="relu")(inp)
        base = keras.Model(inp, x)
        x = layers.Dense(3)(x)
        head = keras.Model(inp, x)
        ''')
    result = migrate_source(source, "pytorch")
    assert result.ok, [d.message for d in result.diagnostics]
    assert "self.fc2 = nn.Linear(4, 3)" in _class(result.text, "Head")
    assert "self.fc1 = nn.Linear(6, 4)" in _class(result.text, "Head")


def test_a_graph_that_starts_again_is_its_own_model():
    """A second model from its own Input (a GAN's discriminator after its generator) replays nothing."""
    source = textwrap.dedent('''\
        import keras
        from keras import layers

        z = keras.Input(shape=(4,))
        x = layers.Dense(6)(z)
        generator = keras.Model(z, x)
        img = keras.Input(shape=(6,))
        x = layers.Dense(1)(img)
        discriminator = keras.Model(img, x)
        ''')
    result = migrate_source(source, "pytorch")
    assert result.ok and not [d for d in result.diagnostics if d.code == "PIV204"]
    assert "Linear(4, 6)" not in _class(result.text, "Discriminator")
