"""LLM-generated style (prompt: "Write a PyTorch model class with a bidirectional recurrent encoder implemented with
two separate LSTMs; input shape (N, T, F)"): a forward LSTM on x and a backward LSTM on `x.flip(1)`, their last
steps concatenated."""
# pivot-corpus: name=ManualBiLSTM input_shape=4,12,6
import torch
import torch.nn as nn


class ManualBiLSTM(nn.Module):
    def __init__(self, input_dim=6, hidden_dim=24, output_dim=2):
        super().__init__()
        self.fwd = nn.LSTM(input_dim, hidden_dim, batch_first=True)
        self.bwd = nn.LSTM(input_dim, hidden_dim, batch_first=True)
        self.out = nn.Linear(2 * hidden_dim, output_dim)

    def forward(self, x):
        out_f, _ = self.fwd(x)
        out_b, _ = self.bwd(x.flip(1))
        last = torch.cat([out_f[:, -1, :], out_b[:, -1, :]], dim=1)
        return self.out(last)
