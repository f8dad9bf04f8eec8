"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for a residual recurrent denoiser;
input shape (N, T, F)"): an input projection, an RNN and a residual `out + x`, `torch.tanh`, per step output."""
# pivot-corpus: name=ResidualRNN input_shape=4,16,8
import torch
import torch.nn as nn


class ResidualRNN(nn.Module):
    def __init__(self, n_features=8, hidden=24):
        super().__init__()
        self.proj = nn.Linear(n_features, hidden)
        self.rnn = nn.RNN(hidden, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, n_features)

    def forward(self, x):
        x = self.proj(x)
        out, _ = self.rnn(x)
        out = torch.tanh(out + x)
        return self.out(out)
