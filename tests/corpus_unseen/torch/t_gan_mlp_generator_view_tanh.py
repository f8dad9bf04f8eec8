"""Vanilla GAN on MNIST blog style: an MLP generator `fc1..fc3` with `F.leaky_relu(x, 0.2)`, `torch.tanh` output,
`x.view(-1, 1, 28, 28)` into an image."""
# pivot-corpus: name=GeneratorMLP input_shape=2,10
import torch
import torch.nn as nn
import torch.nn.functional as F


class GeneratorMLP(nn.Module):
    def __init__(self, g_input_dim=10, g_output_dim=784):
        super(GeneratorMLP, self).__init__()
        self.fc1 = nn.Linear(g_input_dim, 32)
        self.fc2 = nn.Linear(self.fc1.out_features, self.fc1.out_features * 2)
        self.fc3 = nn.Linear(self.fc2.out_features, g_output_dim)

    def forward(self, x):
        x = F.leaky_relu(self.fc1(x), 0.2)
        x = F.leaky_relu(self.fc2(x), 0.2)
        x = torch.tanh(self.fc3(x))
        return x.view(-1, 1, 28, 28)


model = GeneratorMLP()
