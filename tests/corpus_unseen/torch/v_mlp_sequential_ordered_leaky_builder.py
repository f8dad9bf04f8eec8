"""Imitates an answer that builds the model with a function instead of a class: `build_mlp(input_dim,
hidden_dims, output_dim, activation=nn.LeakyReLU, dropout=0.0)` returning `nn.Sequential(*layers)`, with
`activation(0.1)` instantiated per layer and `if dropout > 0` guards; the module-level `model =
build_mlp(...)` call sizes it."""
# pivot-corpus: name=build_mlp input_shape=4,12
import torch.nn as nn


def build_mlp(input_dim, hidden_dims, output_dim, activation=nn.LeakyReLU, dropout=0.0):
    layers = []
    prev = input_dim
    for h in hidden_dims:
        layers.append(nn.Linear(prev, h))
        layers.append(activation(0.1))
        if dropout > 0:
            layers.append(nn.Dropout(dropout))
        prev = h
    layers.append(nn.Linear(prev, output_dim))
    return nn.Sequential(*layers)


model = build_mlp(12, [32, 16], 2, dropout=0.1)
