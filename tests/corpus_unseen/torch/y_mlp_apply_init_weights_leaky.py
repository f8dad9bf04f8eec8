"""Imitates a Mistral answer to "Write a PyTorch model class for house-price regression, input shape (N, 13),
output (N,)": `nn.BatchNorm1d` on the raw input, LeakyReLU(0.1) layers from a `hidden_dims` list,
`self.apply(self._init_weights)` with kaiming_uniform_, and `.squeeze(-1)` on the output."""
# pivot-corpus: name=HousePriceMLP input_shape=6,13
import torch
import torch.nn as nn


class HousePriceMLP(nn.Module):
    def __init__(self, n_features: int = 13, hidden_dims=[64, 64, 32], negative_slope: float = 0.1):
        super().__init__()
        self.input_bn = nn.BatchNorm1d(n_features)
        layers = []
        in_dim = n_features
        for out_dim in hidden_dims:
            layers.append(nn.Linear(in_dim, out_dim))
            layers.append(nn.LeakyReLU(negative_slope))
            in_dim = out_dim
        self.body = nn.Sequential(*layers)
        self.regressor = nn.Linear(in_dim, 1)
        self.apply(self._init_weights)

    @staticmethod
    def _init_weights(module):
        if isinstance(module, nn.Linear):
            nn.init.kaiming_uniform_(module.weight, a=0.1, nonlinearity="leaky_relu")
            if module.bias is not None:
                nn.init.zeros_(module.bias)

    def forward(self, x):
        x = self.input_bn(x)
        x = self.body(x)
        return self.regressor(x).squeeze(-1)
