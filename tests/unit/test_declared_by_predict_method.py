"""ut15 (b_ round, b_cnn2d_kaiming_init_method_no_grad_predict): a file whose smoke test runs the model through a
`@torch.no_grad()` predict method (`model.predict_proba(torch.randn(2, 1, 48, 48))`) that gives its tensor to
`self.forward(x)` declares that input; `pivot verify` read (N, 1, 32, 32) and crashed in PyTorch (a Linear sized
for 48x48 images). A method doing anything else with its parameter declares nothing."""
from pivot.analysis import analyze
from pivot.inputs import choose_input
from pivot.verify import slice_for

SOURCE = '''
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, padding=1)
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        return self.fc(torch.flatten(F.adaptive_avg_pool2d(self.conv(x), 1), 1))

    @torch.no_grad()
    def predict_proba(self, x):
        self.eval()
        return F.softmax({body}, dim=1)


if __name__ == "__main__":
    model = Net()
    print(model.predict_proba(torch.randn(2, 1, 48, 48)))
'''


def _chosen(body: str):
    source = SOURCE.replace("{body}", body)
    nets = [n for n in analyze(source).networks if n.framework == "torch"]
    sl, net = slice_for(source, "Net", nets, None)
    return choose_input(net, sl, None, None)[0]


def test_a_predict_method_forwarding_its_tensor_declares_the_input():
    assert _chosen("self.forward(x)") == [2, 1, 48, 48]
    assert _chosen("self(x)") == [2, 1, 48, 48]


def test_a_method_changing_its_tensor_declares_nothing():
    assert _chosen("self.forward(x * 2)") != [2, 1, 48, 48]
