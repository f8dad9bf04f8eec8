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


def test_a_model_starting_with_a_block_of_a_helper_takes_its_images():
    result = migrate_source((UNSEEN / "v_mri_cnn3d_adaptive_functional.py").read_text(), "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert "keras.random.normal((2, 16, 16, 16, 1))" in result.text


LOOP_HELPER = """
import torch
import torch.nn as nn


def make_stage(c_in, c_out, n):
    layers = []
    for i in range(n):
        layers += [nn.Conv3d(c_in if i == 0 else c_out, c_out, 3, padding=1), nn.ReLU()]
    return nn.Sequential(*layers)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stage = make_stage(1, 8, 2)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        x = self.stage(x)
        return self.fc(nn.functional.adaptive_avg_pool3d(x, 1).flatten(1))


def get_inputs():
    return [torch.randn(2, 1, 8, 8, 8)]
"""


def test_example_of_unknown_layout_is_left_and_reported():
    # the block a loop builds is not read statically: whether Net's input is an image is not known unsized
    result = migrate_source(LOOP_HELPER, "tensorflow")
    assert "torch.randn(2, 1, 8, 8, 8)" in result.text
    assert any(d.severity == "error" and "torch.randn" in d.message for d in result.diagnostics)


def test_main_demo_of_a_model_taking_channels_last_windows_keeps_their_layout():
    """wb3 (session 12): a HAR model whose input (N, T, C) is turned with `x.transpose(1, 2)` inside has conv
    layers, so the layout of its `__main__` demo's `torch.randn(2, 128, 9)` was called unknown (PIV301); the
    input's rank is known and it is no image: no axis moves, `keras.random.normal((2, 128, 9))`."""
    for name, made in (("b_har_cnn1d_nlc_transpose_amax", "print(net(keras.random.normal((2, 128, 9))).shape)"),
                       ("b_sensor_cnn1d_fadaptive_max_squeeze", "y = m(keras.random.normal((4, 200, 6)))")):
        result = migrate_source((UNSEEN / f"{name}.py").read_text(), "tensorflow")
        assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
        assert made in result.text and "torch" not in result.text


def test_main_demo_of_a_model_starting_with_image_blocks_of_the_file_is_channels_last():
    """... and a model whose first call is an image block of the file takes its images (the models as migrated,
    `with_image_blocks`, are what the script's tensors follow): was PIV301, the rank of its input not known."""
    result = migrate_source((UNSEEN / "b_spectrogram_cnn2d_mean_dim23.py").read_text(), "tensorflow")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert "print(model(keras.random.normal((2, 64, 128, 1))).shape)" in result.text
