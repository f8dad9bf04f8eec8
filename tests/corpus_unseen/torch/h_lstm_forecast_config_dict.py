"""LLM-generated style time-series forecaster configured by a dict: `config['hidden_size']`,
`config.get('dropout', 0.2)`, h0/c0 zeros with `.to(x.device)`, `out[:, -1, :]` into a two-layer head
predicting a multi-step horizon."""
# pivot-corpus: name=LSTMForecaster input_shape=2,24,5
import torch
import torch.nn as nn


class LSTMForecaster(nn.Module):
    def __init__(self, config):
        super(LSTMForecaster, self).__init__()
        self.hidden_size = config['hidden_size']
        self.num_layers = config['num_layers']
        self.lstm = nn.LSTM(
            input_size=config['input_size'],
            hidden_size=self.hidden_size,
            num_layers=self.num_layers,
            batch_first=True,
            dropout=config.get('dropout', 0.2) if self.num_layers > 1 else 0.0,
        )
        self.fc1 = nn.Linear(self.hidden_size, self.hidden_size // 2)
        self.relu = nn.ReLU()
        self.fc2 = nn.Linear(self.hidden_size // 2, config['horizon'])

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        out, _ = self.lstm(x, (h0, c0))
        out = out[:, -1, :]
        out = self.relu(self.fc1(out))
        return self.fc2(out)


config = {'input_size': 5, 'hidden_size': 32, 'num_layers': 2, 'dropout': 0.1, 'horizon': 12}
model = LSTMForecaster(config)
