"""LLM-generated style ("flexible MLP where the activation is chosen by name"): a module-level
`ACTIVATIONS = {"relu": nn.ReLU, "gelu": nn.GELU, "tanh": nn.Tanh}` looked up as `ACTIVATIONS[activation]()`
inside a layer-building loop over `hidden_dims`."""
# pivot-corpus: name=FlexibleMLP input_shape=4,10
import torch
import torch.nn as nn

ACTIVATIONS = {"relu": nn.ReLU, "gelu": nn.GELU, "tanh": nn.Tanh}


class FlexibleMLP(nn.Module):
    def __init__(self, input_dim=10, hidden_dims=[32, 16], output_dim=3, activation="gelu"):
        super().__init__()
        layers = []
        prev = input_dim
        for h in hidden_dims:
            layers.append(nn.Linear(prev, h))
            layers.append(ACTIVATIONS[activation]())
            prev = h
        layers.append(nn.Linear(prev, output_dim))
        self.model = nn.Sequential(*layers)

    def forward(self, x):
        return self.model(x)


model = FlexibleMLP()
