"""LLM-generated style ("LSTM for stock price prediction in PyTorch"): `num_layers` and `bidirectional` from
arguments, `num_directions = 2 if bidirectional else 1`, `h0`/`c0` zeros with `.to(x.device)`, `out[:, -1, :]`,
and a Linear to one value."""
# pivot-corpus: name=StockLSTM input_shape=2,30,5
import torch
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, input_size=5, hidden_size=24, num_layers=2, output_size=1, bidirectional=True):
        super(StockLSTM, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, output_size)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers * self.num_directions, x.size(0), self.hidden_size).to(x.device)
        c0 = torch.zeros(self.num_layers * self.num_directions, x.size(0), self.hidden_size).to(x.device)
        out, _ = self.lstm(x, (h0, c0))
        out = self.fc(out[:, -1, :])
        return out


model = StockLSTM()
