"""ut17, the e_ round (LLM-written MLPs and CNNs, tests/corpus_unseen/torch/e_*.py): the constructs fixed, read by
the migration alone (the regression files of tests/regressions/torch verify them in both frameworks)."""
from pathlib import Path

from pivot.migrate import migrate_source

REGRESSIONS = Path(__file__).parent.parent / "regressions" / "torch"


def _migrated(stem: str, name: str, shape: tuple | None = None):
    source = (REGRESSIONS / f"{stem}.py").read_text()
    return migrate_source(source, "tensorflow", [name], input_shapes={name: shape} if shape else None)


def _errors(result) -> list[str]:
    return [d.message for d in result.diagnostics if d.severity == "error"]


def test_rank_methods_are_written_as_the_ndim_attribute():
    result = _migrated("rank_method_dim_guard", "RankGuardCNN")
    assert result.ok, _errors(result)
    assert "if x.ndim == 2:" in result.text and "assert x.ndim == 3" in result.text
    call = result.text.split("def call")[1]
    assert ".dim()" not in call and ".ndimension()" not in call


def test_a_sequential_of_blocks_given_no_image_is_named():
    # the declared (N, H, W) input unsqueezed is no image for Pivot; the Sequential's first Block reads an image
    result = _migrated("sequential_of_blocks_given_no_image", "GrayBlocks", (16, 16))
    assert any("gives `Block` a value that is no image" in e for e in _errors(result)), _errors(result)


def test_training_only_return_without_else_is_dropped():
    result = _migrated("training_if_return_aux_head", "AuxHeadNet")
    assert result.ok, _errors(result)
    assert "training" not in result.text.split("def call")[1]
    assert any(d.code == "PIV203" and "a return" in d.message for d in result.diagnostics)


def test_init_method_reading_the_class_name_is_commented():
    result = _migrated("init_method_classname_find", "InitDisc")
    assert result.ok, _errors(result)
    assert "# classname = m.__class__.__name__" in result.text


def test_a_permute_bound_through_contiguous_is_the_layout_change():
    result = _migrated("permute_contiguous_into_conv_loop", "NLCConvLoop", (16, 3))
    assert result.ok, [d.message for d in result.diagnostics]
    assert "self.pool = layers.MaxPooling1D(4)" in result.text


def test_an_annotated_module_level_class_table_is_a_table():
    result = _migrated("activation_table_annotated", "AnnotatedTableMLP")
    assert result.ok, [d.message for d in result.diagnostics]


def test_a_new_axis_index_before_a_conv_is_the_channel_axis():
    result = _migrated("index_none_channel_into_built_sequential", "SpectrumIndexCNN", (64,))
    assert result.ok, [d.message for d in result.diagnostics]
    assert "x = keras.ops.expand_dims(x, -1)" in result.text
