"""ut15 (b_ round, two tabular models): a model of two inputs whose file declares token ids for one and floats for
the other (`model(torch.randint(0, 10, (4, 3)), torch.randn(4, 5))`) is verified on int64 ids and float32 columns;
it was given int64 for both (a PyTorch crash in verify: "batch_norm not implemented for 'Long'")."""
from pivot.analysis import analyze
from pivot.inputs import choose_input
from pivot.verify import slice_for

SOURCE = '''
import torch
import torch.nn as nn


class Tab(nn.Module):
    def __init__(self):
        super().__init__()
        self.embeds = nn.ModuleList([nn.Embedding(10, 4) for _ in range(3)])
        self.bn = nn.BatchNorm1d(5)
        self.fc = nn.Linear(12 + 5, 1)

    def forward(self, x_cat, x_num):
        x = torch.cat([e(x_cat[:, i]) for i, e in enumerate(self.embeds)], 1)
        return self.fc(torch.cat([x, self.bn(x_num)], 1))


if __name__ == "__main__":
    print(Tab()({cat}, {num}).shape)
'''


def _chosen(cat: str, num: str):
    source = SOURCE.replace("{cat}", cat).replace("{num}", num)
    nets = [n for n in analyze(source).networks if n.framework == "torch"]
    sl, net = slice_for(source, "Tab", nets, None)
    return choose_input(net, sl, None, None)


def test_token_ids_and_float_columns_each_keep_their_dtype():
    shape, dtype = _chosen("torch.randint(0, 10, (4, 3))", "torch.randn(4, 5)")
    assert shape == [[2, 3], [2, 5]] and dtype == "int64,float32"


def test_two_declared_token_inputs_stay_int64():
    assert _chosen("torch.randint(0, 10, (4, 3))", "torch.randint(0, 10, (4, 5))")[1] == "int64"
