"""LLM-generated style (research-dataset prompt: "Write a compact PyTorch model class for respiration-rate
estimation; input shape (N, T, F)"): `nn.GRU(bias=False)` and a bias-free head."""
# pivot-corpus: name=CompactGRU input_shape=4,50,2
import torch.nn as nn


class CompactGRU(nn.Module):
    def __init__(self, input_size=2, hidden_size=16):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, batch_first=True, bias=False)
        self.fc = nn.Linear(hidden_size, 1, bias=False)

    def forward(self, x):
        out, h = self.gru(x)
        return self.fc(h.squeeze(0))
