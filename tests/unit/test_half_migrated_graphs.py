"""A Keras functional model composed of another's graph (keras.io's Functional API guide: `encoder = keras.Model(
encoder_input, encoder_output)`, then a decoder written at module level and `autoencoder = keras.Model(encoder_input,
decoder_output)`): migrating the whole file wrote `def forward(self): return decoder_output` and exited 0 (ut7
noticed it; the corpus test migrates the model's slice, which verifies). A migrated model that reads a module-level
value the migration left in Keras is an error naming it."""
from pathlib import Path

from pivot.migrate import migrate_source

GUIDE = Path(__file__).parent.parent / "corpus_unseen" / "keras" / "functional_autoencoder_guide.py"


def test_a_model_reading_a_graph_left_in_keras_is_an_error():
    result = migrate_source(GUIDE.read_text(), "pytorch")
    errors = [d.message for d in result.diagnostics if d.severity == "error"]
    assert not result.ok and any("`decoder_output` is still TensorFlow/Keras code" in m for m in errors), errors
