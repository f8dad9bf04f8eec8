"""LLM-generated style (code model, "an LSTM regressor that works with DataParallel"): `self.lstm.flatten_parameters()`
at the top of forward, then `output[:, -1]` (two indices) into a Sequential head with ReLU."""
# pivot-corpus: name=LSTMRegressor input_shape=2,9,3
import torch
import torch.nn as nn


class LSTMRegressor(nn.Module):
    def __init__(self, n_features=3, hidden=24, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, num_layers=layers, batch_first=True, dropout=0.2)
        self.head = nn.Sequential(
            nn.Linear(hidden, 16),
            nn.ReLU(),
            nn.Linear(16, 1),
        )

    def forward(self, x):
        self.lstm.flatten_parameters()
        output, _ = self.lstm(x)
        return self.head(output[:, -1])
