"""LLM-generated style configurable MLP: the activation chosen by `if activation == 'relu': ... elif ...`
in __init__, hidden sizes from a list argument, `nn.Sequential(*layers)` built from a list, optional
BatchNorm1d under `if use_batchnorm:`, dropout after every hidden layer."""
# pivot-corpus: name=FlexibleMLP input_shape=4,32
import torch
import torch.nn as nn


class FlexibleMLP(nn.Module):
    def __init__(self, input_size=32, hidden_sizes=[128, 64, 32], num_classes=5,
                 activation='leaky_relu', dropout=0.3, use_batchnorm=True):
        super().__init__()
        if activation == 'relu':
            act_fn = nn.ReLU
        elif activation == 'leaky_relu':
            act_fn = nn.LeakyReLU
        elif activation == 'tanh':
            act_fn = nn.Tanh
        else:
            raise ValueError(f"Unknown activation: {activation}")

        layers = []
        prev_size = input_size
        for h in hidden_sizes:
            layers.append(nn.Linear(prev_size, h))
            if use_batchnorm:
                layers.append(nn.BatchNorm1d(h))
            layers.append(act_fn())
            layers.append(nn.Dropout(dropout))
            prev_size = h
        layers.append(nn.Linear(prev_size, num_classes))
        self.network = nn.Sequential(*layers)

    def forward(self, x):
        return self.network(x)


model = FlexibleMLP()
