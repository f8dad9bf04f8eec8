"""A bias-free LSTM regressor with explicit zero initial states, predicting one value per sequence."""
# pivot-corpus: name=LSTMRegressor input_shape=2,16,6 input_dtype=float32
import torch
import torch.nn as nn


class LSTMRegressor(nn.Module):
    def __init__(self, input_size=6, hidden_size=32, num_layers=1, output_size=1):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bias=False)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        # Set initial hidden and cell states
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)

        out, _ = self.lstm(x, (h0, c0))  # out: (batch, seq_len, hidden_size)
        out = self.fc(out[:, -1, :])
        return out
