"""LLM-generated style (ChatGPT, "a vanilla RNN with ReLU activation"): `nn.RNN(..., nonlinearity='relu')` with two
layers and dropout, `h0 = torch.zeros(...).to(x.device)` passed in, `out[:, -1, :]`."""
# pivot-corpus: name=VanillaRNN input_shape=2,8,5
import torch
import torch.nn as nn


class VanillaRNN(nn.Module):
    def __init__(self, input_size=5, hidden_size=24, num_layers=2, output_size=2):
        super(VanillaRNN, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True,
                          nonlinearity='relu', dropout=0.1)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        out, _ = self.rnn(x, h0)
        out = out[:, -1, :]
        out = self.fc(out)
        return out
