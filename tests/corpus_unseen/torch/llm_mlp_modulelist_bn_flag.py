"""LLM-generated style MLP: nn.ModuleList of Linear layers over hidden sizes from the constructor, a parallel
ModuleList of BatchNorm1d used under `if self.use_bn:`, zip() over both lists in forward."""
# pivot-corpus: name=FlexibleMLP input_shape=4,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class FlexibleMLP(nn.Module):
    def __init__(self, input_size=32, hidden_sizes=[128, 64, 32], num_classes=5, use_bn=True):
        super(FlexibleMLP, self).__init__()
        self.use_bn = use_bn
        self.layers = nn.ModuleList()
        self.bns = nn.ModuleList()
        prev = input_size
        for h in hidden_sizes:
            self.layers.append(nn.Linear(prev, h))
            self.bns.append(nn.BatchNorm1d(h))
            prev = h
        self.out = nn.Linear(prev, num_classes)

    def forward(self, x):
        for layer, bn in zip(self.layers, self.bns):
            x = layer(x)
            if self.use_bn:
                x = bn(x)
            x = F.relu(x)
        return self.out(x)


model = FlexibleMLP()
