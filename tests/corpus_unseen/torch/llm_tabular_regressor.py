"""LLM-generated style tabular regressor: super(Net, self).__init__(), F.relu(self.fc1(x)) chains, nn.Dropout
between them, a single-output head squeezed with .squeeze(-1)."""
# pivot-corpus: name=HousePriceRegressor input_shape=4,13
import torch
import torch.nn as nn
import torch.nn.functional as F


class HousePriceRegressor(nn.Module):
    """Feed-forward network that predicts a house price from 13 numeric features."""

    def __init__(self, input_dim=13, hidden_dim=64, dropout=0.2):
        super(HousePriceRegressor, self).__init__()
        self.fc1 = nn.Linear(input_dim, hidden_dim)
        self.fc2 = nn.Linear(hidden_dim, hidden_dim // 2)
        self.fc3 = nn.Linear(hidden_dim // 2, 1)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = self.dropout(x)
        x = F.relu(self.fc2(x))
        x = self.dropout(x)
        x = self.fc3(x)
        return x.squeeze(-1)


model = HousePriceRegressor()
