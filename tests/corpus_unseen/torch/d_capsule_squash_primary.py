"""LLM-generated style (research-dataset prompt: "Write a PyTorch model with a primary capsule layer for MNIST;
input (N, 1, 28, 28)"): conv stem, primary capsules reshaped `view(N, -1, 8)` and squashed with the norm along the
last dim, the capsule lengths as class scores after a Linear."""
# pivot-corpus: name=PrimaryCapsNet input_shape=2,1,28,28
import torch
import torch.nn as nn
import torch.nn.functional as F


def squash(s, dim=-1, eps=1e-8):
    squared_norm = (s ** 2).sum(dim=dim, keepdim=True)
    scale = squared_norm / (1 + squared_norm)
    return scale * s / torch.sqrt(squared_norm + eps)


class PrimaryCapsNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, kernel_size=9, stride=1)
        self.primary = nn.Conv2d(32, 8 * 4, kernel_size=9, stride=2)
        self.fc = nn.Linear(4 * 6 * 6 * 8, num_classes * 8)
        self.num_classes = num_classes

    def forward(self, x):
        x = F.relu(self.conv1(x))
        u = self.primary(x)
        u = u.view(x.size(0), -1, 8)
        u = squash(u)
        v = self.fc(u.view(x.size(0), -1)).view(x.size(0), self.num_classes, 8)
        v = squash(v)
        return v.norm(dim=-1)
