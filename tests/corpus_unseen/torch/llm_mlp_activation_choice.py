"""LLM-generated style MLP with an activation chosen by name: a dict of activation classes indexed by the
constructor's string, `activations[activation]()` instantiated per layer in a loop."""
# pivot-corpus: name=ConfigMLP input_shape=4,12
import torch
import torch.nn as nn


class ConfigMLP(nn.Module):
    def __init__(self, in_features=12, hidden=(32, 32), out_features=3, activation="tanh"):
        super().__init__()
        activations = {"relu": nn.ReLU, "tanh": nn.Tanh, "gelu": nn.GELU}
        layers = []
        dims = [in_features] + list(hidden)
        for i in range(len(dims) - 1):
            layers.append(nn.Linear(dims[i], dims[i + 1]))
            layers.append(activations[activation]())
        layers.append(nn.Linear(dims[-1], out_features))
        self.model = nn.Sequential(*layers)

    def forward(self, x):
        return self.model(x)


model = ConfigMLP()
