"""nn.RNN takes `nonlinearity` fourth, before `bias` (nn.LSTM / nn.GRU take `bias` fourth): positional arguments
are read in each module's own order (the fuzzer once wrote `nn.RNN(8, 4, 1, True)`, read back as bias=True)."""
from pivot.analysis import analyze

SOURCE = """import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(8, 16, 2, 'relu', False, True)
        self.lstm = nn.LSTM(16, 4, 1, False, True)

    def forward(self, x):
        x, _ = self.rnn(x)
        x, _ = self.lstm(x)
        return x
"""


def test_positional_arguments_follow_each_modules_signature():
    net = analyze(SOURCE).networks[0]
    rnn, lstm = net.layer("rnn").attrs.as_dict(), net.layer("lstm").attrs.as_dict()
    assert (rnn["nonlinearity"], rnn["bias"], rnn["batch_first"]) == ("relu", False, True)
    assert (lstm["bias"], lstm["batch_first"]) == (False, True)
