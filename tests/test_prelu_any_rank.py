"""Issue 10: nn.PReLU with one slope on an input whose rank is unknown or only guessed (a first nn.Linear reads
any rank) migrates exactly as Pivot's `TorchPReLU` (one slope for every element, any rank), instead of being
refused; its learned slope is copied, and the model verifies on inputs of two ranks."""
import numpy as np
import pytest

from pivot.migrate import migrate_source

pytestmark = pytest.mark.slow  # builds and runs models in torch and TensorFlow

SOURCE = """import torch.nn as nn

model = nn.Sequential(nn.Linear(4, 8), nn.PReLU(init=0.1), nn.Linear(8, 3))
"""


@pytest.mark.parametrize("shape", [[2, 4], [2, 5, 4]])
def test_single_slope_prelu_of_guessed_rank_verifies(shape):
    import torch

    from pivot.verify import build_pair, run_model, seeded_batch, to_other_layout

    result = migrate_source(SOURCE, "tensorflow")
    assert result.ok and "TorchPReLU(init=0.1)" in result.text, result.diagnostics
    torch.manual_seed(0)
    source = {"model": None}
    exec(compile(SOURCE, "<src>", "exec"), source)
    weights = source["model"].state_dict()
    weights["1.weight"] = torch.tensor([-0.7])  # a learned slope, not the initial one
    pair = build_pair(SOURCE, result.text, result.details["model"], shape, source_weights=weights)
    x = seeded_batch(shape, "float32", 1)
    ours = run_model(pair.source, x, "torch")[0]
    theirs = run_model(pair.target, to_other_layout(x, pair.spatial_in, True), "keras")[0]
    assert np.abs(ours - theirs).max() < 1e-5


def test_single_slope_prelu_reads_back_as_nn_prelu():
    keras_code = migrate_source(SOURCE, "tensorflow").text
    back = migrate_source(keras_code, "pytorch")
    assert "nn.PReLU(init=0.1)" in back.text and "TorchPReLU" not in back.text, back.text
