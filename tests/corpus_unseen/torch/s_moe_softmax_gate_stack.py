"""Mixture-of-experts tutorial style (dense gating): `gate = F.softmax(self.gate(x), dim=-1)`,
`expert_outputs = torch.stack([e(x) for e in self.experts], dim=1)`, `torch.sum(gate.unsqueeze(-1) *
expert_outputs, dim=1)`."""
# pivot-corpus: name=MoE input_shape=4,12
import torch
import torch.nn as nn
import torch.nn.functional as F


class Expert(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(input_dim, hidden_dim), nn.ReLU(), nn.Linear(hidden_dim, output_dim))

    def forward(self, x):
        return self.net(x)


class MoE(nn.Module):
    def __init__(self, input_dim=12, hidden_dim=16, output_dim=3, num_experts=4):
        super().__init__()
        self.experts = nn.ModuleList([Expert(input_dim, hidden_dim, output_dim) for _ in range(num_experts)])
        self.gate = nn.Linear(input_dim, num_experts)

    def forward(self, x):
        gate = F.softmax(self.gate(x), dim=-1)
        expert_outputs = torch.stack([e(x) for e in self.experts], dim=1)
        return torch.sum(gate.unsqueeze(-1) * expert_outputs, dim=1)


model = MoE()
