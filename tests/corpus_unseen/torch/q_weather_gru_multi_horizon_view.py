"""LLM-generated style ("multi-step multivariate weather forecasting in PyTorch"): a GRU encoder, the final
hidden state `h_n[-1]`, a Linear to `horizon * n_targets` values reshaped with `.view(-1, self.horizon,
self.n_targets)`."""
# pivot-corpus: name=WeatherForecaster input_shape=2,24,10
import torch
import torch.nn as nn


class WeatherForecaster(nn.Module):
    def __init__(self, n_features=10, hidden=32, horizon=6, n_targets=3, num_layers=1):
        super().__init__()
        self.horizon = horizon
        self.n_targets = n_targets
        self.encoder = nn.GRU(n_features, hidden, num_layers=num_layers, batch_first=True)
        self.proj = nn.Linear(hidden, horizon * n_targets)

    def forward(self, x):
        _, h_n = self.encoder(x)
        out = self.proj(h_n[-1])
        return out.view(-1, self.horizon, self.n_targets)


model = WeatherForecaster()
