"""An MLP whose activations are all torch.nn.functional / tensor-method calls."""
# pivot-corpus: name=FunctionalActivations input_shape=2,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class FunctionalActivations(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 32)
        self.fc2 = nn.Linear(32, 32)
        self.fc3 = nn.Linear(32, 32)
        self.fc4 = nn.Linear(32, 32)
        self.fc5 = nn.Linear(32, 32)
        self.fc6 = nn.Linear(32, 32)
        self.fc7 = nn.Linear(32, 32)
        self.fc8 = nn.Linear(32, 32)
        self.gate = nn.Linear(32, 32)
        self.head_a = nn.Linear(32, 8)
        self.head_b = nn.Linear(32, 8)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.leaky_relu(self.fc2(x), 0.2)
        x = F.elu(self.fc3(x))
        x = F.selu(self.fc4(x))
        x = F.gelu(self.fc5(x))
        x = F.silu(self.fc6(x))
        x = F.softplus(self.fc7(x))
        x = F.hardswish(self.fc8(x))
        x = x * torch.sigmoid(self.gate(x))  # gated linear unit
        x = torch.tanh(x).relu()
        a = F.softmax(self.head_a(x), dim=1)
        b = F.log_softmax(F.relu6(self.head_b(x)), dim=1)
        return torch.cat([a, b], dim=1)
