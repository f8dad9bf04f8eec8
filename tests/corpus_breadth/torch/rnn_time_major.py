"""An Elman RNN (nn.RNN) used time-major: the batch-first input is permuted to (seq, batch, feature)."""
# pivot-corpus: name=TimeMajorRNN input_shape=2,10,8 input_dtype=float32
import torch
import torch.nn as nn


class TimeMajorRNN(nn.Module):
    def __init__(self, n_features=8, hidden=24, n_out=3):
        super().__init__()
        # batch_first defaults to False: the RNN expects (seq_len, batch, features)
        self.rnn = nn.RNN(n_features, hidden, num_layers=1, nonlinearity="tanh")
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        x = x.permute(1, 0, 2)          # (batch, seq, feat) -> (seq, batch, feat)
        out, h_n = self.rnn(x)          # out: (seq, batch, hidden), h_n: (1, batch, hidden)
        last = out[-1]                  # same as h_n[0]
        return self.head(torch.tanh(last))
