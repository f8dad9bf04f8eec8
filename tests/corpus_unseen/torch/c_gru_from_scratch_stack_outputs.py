"""LLM-generated style (prompt: "Write a minimal GRU in PyTorch from scratch and use it for per-step regression;
input shape (N, T, F)"): reset and update gates from Linear layers on `torch.cat([x_t, h], dim=1)`, the candidate
from `torch.cat([x_t, r * h], dim=1)`, each step's h collected and `torch.stack(outputs, dim=1)`, a Linear per
step."""
# pivot-corpus: name=ScratchGRURegressor input_shape=3,8,4
import torch
import torch.nn as nn


class ScratchGRURegressor(nn.Module):
    def __init__(self, input_size=4, hidden_size=12, output_size=1):
        super().__init__()
        self.hidden_size = hidden_size
        self.reset_gate = nn.Linear(input_size + hidden_size, hidden_size)
        self.update_gate = nn.Linear(input_size + hidden_size, hidden_size)
        self.candidate = nn.Linear(input_size + hidden_size, hidden_size)
        self.head = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        batch_size, seq_len, _ = x.shape
        h = torch.zeros(batch_size, self.hidden_size, device=x.device)
        outputs = []
        for t in range(seq_len):
            x_t = x[:, t, :]
            combined = torch.cat([x_t, h], dim=1)
            r = torch.sigmoid(self.reset_gate(combined))
            z = torch.sigmoid(self.update_gate(combined))
            n = torch.tanh(self.candidate(torch.cat([x_t, r * h], dim=1)))
            h = (1 - z) * n + z * h
            outputs.append(h)
        outputs = torch.stack(outputs, dim=1)
        return self.head(outputs)
