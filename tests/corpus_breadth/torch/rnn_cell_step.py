"""One step of recurrent cells per call, the states given by the caller (a seq2seq decoder's step function):
`h, c = self.cell(x, (h0, c0))`, a GRUCell with no state (zeros), an RNNCell with relu given a state."""
# pivot-corpus: name=CellStep input_shape=2,6;2,8;2,8 input_dtype=float32
import torch.nn as nn


class CellStep(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(6, 8)
        self.gru = nn.GRUCell(8, 5)
        self.rnn = nn.RNNCell(5, 4, nonlinearity="relu")
        self.fc = nn.Linear(4, 3)

    def forward(self, x, h0, c0):
        h, c = self.cell(x, (h0, c0))
        g = self.gru(h)
        r = self.rnn(g, g[:, :4])
        return self.fc(r) + c[:, :3]
