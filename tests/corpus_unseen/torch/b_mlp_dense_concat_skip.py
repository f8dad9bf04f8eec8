"""LLM-generated style (DeepSeek, "Write a DenseNet-style MLP in PyTorch where every layer sees all earlier features,
input shape (N, 20)"): `self.layers = nn.ModuleList()` grown in a loop where the input width grows by the growth
rate, the forward concatenating `x = torch.cat([x, layer(x)], dim=-1)`, and a Softplus head for a positive target."""
# pivot-corpus: name=DenseMLP input_shape=4,20
import torch
import torch.nn as nn


class DenseMLP(nn.Module):
    def __init__(self, in_features=20, growth=16, n_layers=4, out_features=1):
        super().__init__()
        self.layers = nn.ModuleList()
        width = in_features
        for _ in range(n_layers):
            self.layers.append(nn.Sequential(nn.Linear(width, growth), nn.BatchNorm1d(growth), nn.ReLU()))
            width += growth
        self.head = nn.Sequential(nn.Linear(width, out_features), nn.Softplus())

    def forward(self, x):
        for layer in self.layers:
            x = torch.cat([x, layer(x)], dim=-1)
        return self.head(x)


if __name__ == "__main__":
    print(DenseMLP()(torch.randn(8, 20)).shape)
