"""`pivot show`'s parameter count comes from each layer's weight rule and its PyTorch attrs."""
from pivot.analysis import analyze
from pivot.describe import describe_network, param_count
from pivot.shapes import infer

SOURCE = '''
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3)
        self.up = nn.ConvTranspose2d(8, 4, (2, 2), groups=2, bias=False)
        self.bn = nn.BatchNorm2d(4)
        self.norm = nn.LayerNorm(10)
        self.fc = nn.Linear(10, 5)

    def forward(self, x):
        return self.conv(x)  # the other layers are sized by their attrs alone
'''


def counts(source: str) -> dict[str, int | None]:
    net = analyze(source).networks[0]
    info = infer(net)
    return {layer.name: param_count(layer, info) for layer in net.layers}, net


def test_each_rule_counts_its_arrays():
    found, _ = counts(SOURCE)
    assert found == {"conv": 3 * 8 * 9 + 8, "up": 8 * 4 // 2 * 4, "bn": 4 * 4, "norm": None, "fc": 10 * 5 + 5}


def test_total_is_left_out_when_one_count_is_unknown():
    _, net = counts(SOURCE)
    assert "parameters:" not in describe_network(net)
    _, net = counts(SOURCE.replace("self.norm = nn.LayerNorm(10)", "pass"))
    assert f"parameters: {3 * 8 * 9 + 8 + 64 + 16 + 55:,}" in describe_network(net)
