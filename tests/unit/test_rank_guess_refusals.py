"""Issue 10: a Keras input whose rank only a dense layer tells (it reads any rank) leaves a rank-dependent
PyTorch module (BatchNorm1d/2d, a transpose to channels-first) a guess: refused, naming that dense layer and
its line, wherever it stands in the model (not only first)."""
from pathlib import Path

from pivot.migrate import migrate_source

TESTS = Path(__file__).resolve().parents[1]


def _errors(path: Path) -> list[str]:
    result = migrate_source(path.read_text(), "pytorch")
    return [d.message for d in result.diagnostics if d.severity == "error"]


def test_sequential_batchnorm_then_dense_without_input_is_refused():
    errors = _errors(TESTS / "regressions" / "keras" / "batchnorm_dense_sequential_undeclared.py")
    assert any("BatchNormalization" in e and "`layers.Dense(3)`, line 8, reads any rank" in e for e in errors), errors


def test_refusal_names_the_dense_layer_after_the_norm():
    errors = _errors(TESTS / "fuzz_regressions" / "keras" / "batchnorm_first_then_dense_of_a_sequence.py")
    assert any("`layers.Dense(3)`, line 12, reads any rank" in e for e in errors), errors
    assert not any("first layer" in e for e in errors), errors


def test_sequential_dropout_then_dense_still_migrates():
    source = "import keras\nfrom keras import layers\n\nmodel = keras.Sequential([layers.Dropout(0.1), layers.Dense(3)])\n"
    result = migrate_source(source, "pytorch")
    assert result.ok, [d.message for d in result.diagnostics]
