"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for glucose-level prediction; input
shape (N, T, F)"): an `init_hidden(batch_size, device)` method returning `(h0, c0)` zeros, called in forward."""
# pivot-corpus: name=GlucoseLSTM input_shape=4,18,4
import torch
import torch.nn as nn


class GlucoseLSTM(nn.Module):
    def __init__(self, input_size=4, hidden_size=24, num_layers=1, output_size=1):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, output_size)

    def init_hidden(self, batch_size, device):
        h0 = torch.zeros(self.num_layers, batch_size, self.hidden_size).to(device)
        c0 = torch.zeros(self.num_layers, batch_size, self.hidden_size).to(device)
        return h0, c0

    def forward(self, x):
        hidden = self.init_hidden(x.size(0), x.device)
        out, hidden = self.lstm(x, hidden)
        out = self.fc(out[:, -1, :])
        return out
