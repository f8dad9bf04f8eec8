"""LLM-generated style MLP trying activations: nn.LeakyReLU(negative_slope=0.2), nn.ELU(), nn.SELU(),
nn.Softplus() and F.silu in forward, nn.Softmax(dim=1) at the end of the Sequential."""
# pivot-corpus: name=ActivationMLP input_shape=4,10
import torch
import torch.nn as nn
import torch.nn.functional as F


class ActivationMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(10, 32)
        self.act1 = nn.LeakyReLU(negative_slope=0.2)
        self.fc2 = nn.Linear(32, 32)
        self.act2 = nn.ELU()
        self.fc3 = nn.Linear(32, 16)
        self.act3 = nn.SELU()
        self.head = nn.Sequential(nn.Linear(16, 16), nn.Softplus(), nn.Linear(16, 4), nn.Softmax(dim=1))

    def forward(self, x):
        x = self.act1(self.fc1(x))
        x = self.act2(self.fc2(x))
        x = F.silu(self.act3(self.fc3(x)))
        return self.head(x)


model = ActivationMLP()
