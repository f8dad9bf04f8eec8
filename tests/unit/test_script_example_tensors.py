"""Example tensors a script makes outside its models (`get_inputs()`, a `test()` function) are made the Keras
way, channels-last for models that take images; where the layout of the model's input is not known statically,
the tensor is left and reported (never written in the wrong layout at exit 0)."""
from pathlib import Path

from pivot.migrate import migrate_source

UNSEEN = Path(__file__).parents[1] / "corpus_unseen" / "torch"


def test_get_inputs_of_an_image_model_is_made_channels_last():
    result = migrate_source((UNSEEN / "v_kernelbench_model_get_inputs.py").read_text(), "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert "keras.random.normal((batch_size, height, width, in_channels))" in result.text


def test_a_parameterless_test_function_is_script_code():
    result = migrate_source((UNSEEN / "p_cifar_preact_resnet.py").read_text(), "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert "y = net((keras.random.normal((1, 32, 32, 3))))" in result.text and "print(y.shape)" in result.text


def test_example_of_unknown_layout_is_left_and_reported():
    # MRIClassifier3D starts with a block a function builds: whether its input is an image is not known unsized
    result = migrate_source((UNSEEN / "v_mri_cnn3d_adaptive_functional.py").read_text(), "tensorflow")
    assert "torch.randn(2, 1, 16, 16, 16)" in result.text
    assert any(d.severity == "error" and "torch.randn" in d.message for d in result.diagnostics)
