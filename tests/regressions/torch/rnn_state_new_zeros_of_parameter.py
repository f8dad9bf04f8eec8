"""gT4: an RNN's initial state made of a parameter's dtype/device (`weight = next(self.parameters()).data`, then
`weight.new(n, b, h).zero_()` or `weight.new_zeros(n, b, h)`): was PIV102 on `next(...)`, `.data`, `.new()` and
`.zero_()`; now zeros of those sizes (`keras.ops.zeros`), the line taking the parameter dropped."""
# pivot-corpus: name=Net input_shape=2,6,5
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden=8, layers=2):
        super().__init__()
        self.hidden, self.n_layers = hidden, layers
        self.gru = nn.GRU(5, hidden, layers, batch_first=True)
        self.lstm = nn.LSTM(hidden, hidden, 1, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def init_hidden(self, batch_size):
        weight = next(self.parameters()).data
        return weight.new(self.n_layers, batch_size, self.hidden).zero_()

    def forward(self, x):
        out, _ = self.gru(x, self.init_hidden(x.size(0)))
        w = next(self.parameters())
        h0, c0 = w.new_zeros(1, x.size(0), self.hidden), w.new_zeros(1, x.size(0), self.hidden)
        out, _ = self.lstm(out, (h0, c0))
        return self.fc(out[:, -1])
