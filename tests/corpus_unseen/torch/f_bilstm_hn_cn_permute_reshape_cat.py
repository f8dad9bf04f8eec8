"""LLM-generated style (prompt: "use every layer's and direction's final hidden and cell state of a 2-layer
bidirectional LSTM as features; input (N, T, F)"): `h_n.permute(1, 0, 2).reshape(N, -1)` and the same of `c_n`,
joined with `torch.cat([h, c], dim=1)` into an MLP head."""
# pivot-corpus: name=StateFeatureLSTM input_shape=3,15,10
import torch
import torch.nn as nn


class StateFeatureLSTM(nn.Module):
    def __init__(self, input_size=10, hidden_size=16, num_layers=2, num_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers, batch_first=True, bidirectional=True)
        state_dim = 2 * num_layers * 2 * hidden_size
        self.mlp = nn.Sequential(nn.Linear(state_dim, 64), nn.ReLU(), nn.Linear(64, num_classes))

    def forward(self, x):
        N = x.shape[0]
        _, (h_n, c_n) = self.lstm(x)
        h = h_n.permute(1, 0, 2).reshape(N, -1)
        c = c_n.permute(1, 0, 2).reshape(N, -1)
        return self.mlp(torch.cat([h, c], dim=1))
