"""LLM-generated style (prompt: "Write a PyTorch LSTM for multi-step multivariate forecasting: predict the next 6
steps of 3 targets; input shape (N, T, F)"): the last step `out[:, -1, :]` into `nn.Linear(hidden, horizon *
n_targets)` reshaped with `.view(-1, self.horizon, self.n_targets)`."""
# pivot-corpus: name=MultiStepLSTM input_shape=4,24,5
import torch.nn as nn


class MultiStepLSTM(nn.Module):
    def __init__(self, n_features=5, hidden_size=48, num_layers=2, horizon=6, n_targets=3):
        super().__init__()
        self.horizon = horizon
        self.n_targets = n_targets
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers=num_layers, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(hidden_size, horizon * n_targets)

    def forward(self, x):
        out, _ = self.lstm(x)
        out = self.fc(out[:, -1, :])
        return out.view(-1, self.horizon, self.n_targets)
