"""The PyTorch layers Keras lacks (issue 13): padding modules, F.interpolate, recurrent cells. The models built
in both frameworks are breadth corpus models (tests/test_corpus_breadth.py, and the round trip in
tests/test_torch_coverage.py); here, what Pivot must name instead of migrating, and the code it writes."""
import pytest

from tests.test_torch_coverage import HEADER, _errors, _migrate


def _net(layer: str, body: str) -> str:
    return HEADER + f'''

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.layer = {layer}

    def forward(self, x, skip):
        x = self.conv(x)
        return {body}
'''


@pytest.mark.parametrize("body", [
    "F.interpolate(x, size=skip.shape[2:], mode='bilinear')",  # a size read from a tensor: its axes move
    "F.interpolate(x, scale_factor=2, mode='bicubic')",
    "F.interpolate(x, scale_factor=2, mode='bilinear', antialias=True)",
    "F.interpolate(x, scale_factor=2, recompute_scale_factor=True)",
    "F.interpolate(x)",
])
def test_interpolations_pivot_cannot_migrate_are_named(body):
    result = _migrate(_net("nn.Identity()", body))
    compile(result.text, "migrated", "exec")
    assert any("F.interpolate" in e for e in _errors(result)), _errors(result)


def test_interpolate_becomes_the_support_layer_with_pytorchs_arguments():
    result = _migrate(_net("nn.Identity()", "F.interpolate(x, (5, 6), None, 'bilinear', True) + skip"))
    assert result.ok, _errors(result)
    assert "TorchInterpolate(size=(5, 6), mode='bilinear', align_corners=True)(x)" in result.text
    assert "class TorchInterpolate(" in result.text


@pytest.mark.parametrize("layer,code", [
    ("nn.ReflectionPad2d((1, 2, 0, 3))", 'TorchPad("reflect", (1, 2, 0, 3), rank=2)'),
    ("nn.ReplicationPad2d(4)", 'TorchPad("replicate", 4, rank=2)'),
])
def test_padding_modules_become_the_support_layer(layer, code):
    result = _migrate(_net(layer, "self.layer(x)"))
    assert result.ok, _errors(result)
    assert f"self.layer = {code}" in result.text and "class TorchPad(" in result.text


def test_cells_become_the_support_layer_called_as_pytorch_calls_them():
    source = HEADER + '''

class Dec(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(4, hidden, bias=False)

    def forward(self, x):
        h, c = self.cell(x[:, 0])
        for t in range(1, x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return h
'''
    result = _migrate(source)
    assert result.ok, _errors(result)
    assert 'self.cell = TorchRNNCell("lstm", 4, hidden, bias=False)' in result.text
    assert "h, c = self.cell(x[:, t], (h, c))" in result.text and "class TorchRNNCell(" in result.text


def test_the_states_an_lstm_cell_returns_keep_their_shape_on_the_way_back():
    from pivot.migrate import migrate_source

    keras_text = _migrate(HEADER + '''

class Enc(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(4, 8)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        h, c = self.cell(x)
        return self.fc(h + c)
''').text
    back = migrate_source(keras_text, "pytorch", input_shapes={"Enc": (4,)})
    assert back.ok, _errors(back)
    assert "self.cell = nn.LSTMCell(4, 8)" in back.text and "self.fc = nn.Linear(8, 3)" in back.text


def test_replicate_padding_of_any_width_is_nested_one_wide_pads_and_cropping_by_reflection_is_named():
    result = _migrate(_net("nn.Identity()", "F.pad(x, (2, 0), mode='replicate') + skip"))
    assert result.ok, _errors(result)
    assert ('keras.ops.pad(keras.ops.pad(x, ((0, 0), (0, 0), (1, 0), (0, 0)), mode="symmetric"), '
            '((0, 0), (0, 0), (1, 0), (0, 0)), mode="symmetric")') in result.text
    assert any("negative" in e for e in _errors(_migrate(_net("nn.Identity()", "F.pad(x, (-1, 1), mode='reflect')"))))


@pytest.mark.parametrize("body", ["F.interpolate(self.fc(x), scale_factor=2, mode='linear')",
                                  "self.up(self.fc(x))"])
def test_resampling_a_tensor_that_is_not_image_like_is_named(body):
    """Pivot's Keras layer reads channels-last images: the features of a dense layer (N, L, F), whose axes keep
    PyTorch's order, would be resampled along L (exit 0, a wrong output)."""
    source = HEADER + f'''

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(6, 4)
        self.up = nn.Upsample(size=7)

    def forward(self, x):
        return {body}
'''
    assert any(e.startswith("PIV105") for e in _errors(_migrate(source))), _errors(_migrate(source))
