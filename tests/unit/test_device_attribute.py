"""`self.device = torch.device(...)` in a PyTorch constructor (vr2, bench/variants.py inputs_to_self_device): a
value of PyTorch calls on no tensor, not a layer; dropped from the Keras model only where every read of it is a
device the migration drops (`x.to(self.device)`, `device=self.device`), any other read still named."""
from pivot.migrate import migrate_source

MODEL = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        x = x.to(self.device)
{extra}        return self.fc(x)
'''


def _errors(result):
    return [d for d in result.diagnostics if d.severity == "error"]


def test_a_device_read_only_by_to_is_dropped():
    result = migrate_source(MODEL.format(extra=""), "tensorflow", ["Net"])
    assert not _errors(result)
    assert "self.device" not in result.text and "torch.device" not in result.text


def test_a_device_read_otherwise_stays_named():
    result = migrate_source(MODEL.format(extra="        self.last = str(self.device)\n"), "tensorflow", ["Net"])
    assert [d.code for d in _errors(result)] == ["PIV102"]
    assert _errors(result)[0].span.line == 8
