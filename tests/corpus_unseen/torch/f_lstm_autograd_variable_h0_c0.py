"""LLM-generated style (older tutorial idiom, prompt: "LSTM classifier for sequential MNIST rows, input (N, 28,
28)"): `from torch.autograd import Variable`, `h0 = Variable(torch.zeros(self.layer_dim, x.size(0),
self.hidden_dim))`, `c0` likewise, `out, (hn, cn) = self.lstm(x, (h0, c0))` and `self.fc(out[:, -1, :])`."""
# pivot-corpus: name=LSTMNet input_shape=4,28,28
import torch
import torch.nn as nn
from torch.autograd import Variable


class LSTMNet(nn.Module):
    def __init__(self, input_dim=28, hidden_dim=64, layer_dim=1, output_dim=10):
        super(LSTMNet, self).__init__()
        self.hidden_dim = hidden_dim
        self.layer_dim = layer_dim
        self.lstm = nn.LSTM(input_dim, hidden_dim, layer_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        h0 = Variable(torch.zeros(self.layer_dim, x.size(0), self.hidden_dim))
        c0 = Variable(torch.zeros(self.layer_dim, x.size(0), self.hidden_dim))
        out, (hn, cn) = self.lstm(x, (h0, c0))
        out = self.fc(out[:, -1, :])
        return out
