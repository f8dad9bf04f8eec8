"""LLM-generated style (research-dataset prompt: "Write a PyTorch mixture-of-experts MLP with a softmax gate;
input (N, 20)"): experts in a ModuleList stacked on dim 1, gate weights `unsqueeze(-1)`, weighted sum over experts."""
# pivot-corpus: name=MixtureOfExperts input_shape=4,20
import torch
import torch.nn as nn


class Expert(nn.Module):
    def __init__(self, d_in, d_hidden, d_out):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d_in, d_hidden), nn.GELU(), nn.Linear(d_hidden, d_out))

    def forward(self, x):
        return self.net(x)


class MixtureOfExperts(nn.Module):
    def __init__(self, d_in=20, d_hidden=32, d_out=3, num_experts=4):
        super().__init__()
        self.experts = nn.ModuleList([Expert(d_in, d_hidden, d_out) for _ in range(num_experts)])
        self.gate = nn.Linear(d_in, num_experts)

    def forward(self, x):
        weights = torch.softmax(self.gate(x), dim=-1)                       # (N, E)
        outputs = torch.stack([expert(x) for expert in self.experts], dim=1)  # (N, E, D)
        return (weights.unsqueeze(-1) * outputs).sum(dim=1)
