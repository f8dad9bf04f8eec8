"""Time-series forecasting blog style (univariate stock / sensor series, window of past values (N, T, 1)):
`h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)` and `c0` likewise, `out, _ = self.lstm(x, (h0, c0))`,
`out = self.fc(out[:, -1, :])`."""
# pivot-corpus: name=LSTMModel input_shape=2,7,1
import torch
import torch.nn as nn


class LSTMModel(nn.Module):
    def __init__(self, input_size=1, hidden_size=12, num_layers=2, output_size=1):
        super(LSTMModel, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        out = self.fc(out[:, -1, :])
        return out


model = LSTMModel()
