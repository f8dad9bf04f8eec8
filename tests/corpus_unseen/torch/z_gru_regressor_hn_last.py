"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for multivariate time-series
regression; input shape (N, T, F)"): a two-layer GRU regressor that returns `self.fc(hn[-1])`."""
# pivot-corpus: name=GRURegressor input_shape=4,24,8
import torch.nn as nn


class GRURegressor(nn.Module):
    def __init__(self, input_dim=8, hidden_dim=32, num_layers=2, output_dim=1, dropout=0.2):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, num_layers=num_layers, batch_first=True, dropout=dropout)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        _, hn = self.gru(x)
        return self.fc(hn[-1])
