"""LLM-generated style (prompt: "Write a PyTorch LSTM model for stock price forecasting with an init_hidden method;
input shape (N, T, F)"): `init_hidden(self, batch_size, device)` returning the tuple `(h0, c0)` made with
`torch.zeros(self.num_layers, batch_size, self.hidden_size).to(device)`, passed to the LSTM; `out[:, -1, :]` to
the regressor."""
# pivot-corpus: name=StockLSTM input_shape=4,20,4
import torch
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, input_size=4, hidden_size=32, num_layers=2, output_size=1):
        super(StockLSTM, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden_size, output_size)

    def init_hidden(self, batch_size, device):
        h0 = torch.zeros(self.num_layers, batch_size, self.hidden_size).to(device)
        c0 = torch.zeros(self.num_layers, batch_size, self.hidden_size).to(device)
        return (h0, c0)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0), x.device)
        out, hidden = self.lstm(x, hidden)
        out = self.fc(out[:, -1, :])
        return out
