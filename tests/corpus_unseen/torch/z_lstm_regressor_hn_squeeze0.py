"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for energy load forecasting; input
shape (N, T, F)"): a one-layer LSTM whose final hidden state `h_n.squeeze(0)` feeds a two-layer head."""
# pivot-corpus: name=LoadForecaster input_shape=4,48,5
import torch.nn as nn
import torch.nn.functional as F


class LoadForecaster(nn.Module):
    def __init__(self, n_features=5, hidden_size=40, horizon=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size=n_features, hidden_size=hidden_size, batch_first=True)
        self.fc1 = nn.Linear(hidden_size, 16)
        self.fc2 = nn.Linear(16, horizon)

    def forward(self, x):
        _, (h_n, c_n) = self.lstm(x)
        h = h_n.squeeze(0)
        h = F.relu(self.fc1(h))
        return self.fc2(h)
