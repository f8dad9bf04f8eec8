"""LLM-generated style (prompt: "multi-step multivariate LSTM forecaster: predict the next 6 steps of all 3
variables, input (N, T, F), output (N, horizon, F)"): `nn.Linear(hidden_size, horizon * n_features)` of the last
step, reshaped with `.view(-1, self.horizon, self.n_features)`."""
# pivot-corpus: name=MultiStepLSTM input_shape=4,48,3
import torch.nn as nn


class MultiStepLSTM(nn.Module):
    def __init__(self, n_features=3, hidden_size=64, num_layers=2, horizon=6):
        super().__init__()
        self.n_features = n_features
        self.horizon = horizon
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(hidden_size, horizon * n_features)

    def forward(self, x):
        lstm_out, _ = self.lstm(x)
        out = self.fc(lstm_out[:, -1, :])
        return out.view(-1, self.horizon, self.n_features)
