"""LLM-generated style stacked LSTM regressor: num_layers=3 with dropout=0.2 between layers, mean over time
out.mean(dim=1), nn.Linear to one value per sequence."""
# pivot-corpus: name=StockLSTM input_shape=2,30,5
import torch
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, n_features=5, hidden_size=20, num_layers=3, dropout=0.2):
        super(StockLSTM, self).__init__()
        self.lstm = nn.LSTM(
            input_size=n_features,
            hidden_size=hidden_size,
            num_layers=num_layers,
            dropout=dropout,
            batch_first=True,
        )
        self.linear = nn.Linear(hidden_size, 1)

    def forward(self, x):
        lstm_out, _ = self.lstm(x)
        pooled = lstm_out.mean(dim=1)
        return self.linear(pooled)


model = StockLSTM()
