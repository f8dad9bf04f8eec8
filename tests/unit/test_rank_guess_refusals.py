"""Issue 10: a Keras input whose rank only a dense layer tells (it reads any rank) leaves a rank-dependent
PyTorch module (BatchNorm1d/2d, a transpose to channels-first) a guess: refused, naming that dense layer and
its line, wherever it stands in the model (not only first). Issue 12: a BatchNormalization over the last axis
needs no rank (Pivot's FeaturesLastBatchNorm normalizes the last axis at any rank)."""
from pathlib import Path

from pivot.migrate import migrate_source

TESTS = Path(__file__).resolve().parents[1]


def _errors(path: Path) -> list[str]:
    result = migrate_source(path.read_text(), "pytorch")
    return [d.message for d in result.diagnostics if d.severity == "error"]


def test_sequential_batchnorm_then_dense_without_input_is_rank_free():
    # issue 12: a BatchNormalization over the last axis is the same per-feature normalization at every rank:
    # written as Pivot's FeaturesLastBatchNorm (verified at ranks 2-4 by tests/test_fuzz_sample.py and the corpus)
    path = TESTS / "regressions" / "keras" / "batchnorm_dense_sequential_undeclared.py"
    result = migrate_source(path.read_text(), "pytorch")
    assert not _errors(path) and "LazyFeaturesLastBatchNorm(" in result.text, result.text


def test_batchnorm_before_a_dense_layer_is_rank_free():
    path = TESTS / "fuzz_regressions" / "keras" / "batchnorm_first_then_dense_of_a_sequence.py"
    result = migrate_source(path.read_text(), "pytorch")
    assert not _errors(path) and "self.bn = LazyFeaturesLastBatchNorm(" in result.text, result.text


def test_sequential_dropout_then_dense_still_migrates():
    source = "import keras\nfrom keras import layers\n\nmodel = keras.Sequential([layers.Dropout(0.1), layers.Dense(3)])\n"
    result = migrate_source(source, "pytorch")
    assert result.ok, [d.message for d in result.diagnostics]
