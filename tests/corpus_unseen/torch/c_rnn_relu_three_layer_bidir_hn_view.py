"""LLM-generated style (prompt: "Write a PyTorch model using a vanilla RNN with ReLU activations for time-series
classification; input shape (N, T, F)"): `nn.RNN(nonlinearity='relu', num_layers=3, bidirectional=True)`, the
final states separated with `h_n.view(self.num_layers, 2, x.size(0), self.hidden_size)`, the last layer's two
directions `h[-1, 0]` and `h[-1, 1]` concatenated."""
# pivot-corpus: name=ReluBiRNN input_shape=4,14,3
import torch
import torch.nn as nn


class ReluBiRNN(nn.Module):
    def __init__(self, input_size=3, hidden_size=16, num_layers=3, num_classes=5):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.rnn = nn.RNN(input_size, hidden_size, num_layers=num_layers, nonlinearity='relu',
                          batch_first=True, bidirectional=True, dropout=0.1)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        _, h_n = self.rnn(x)
        h_n = h_n.view(self.num_layers, 2, x.size(0), self.hidden_size)
        last = torch.cat((h_n[-1, 0], h_n[-1, 1]), dim=1)
        return self.fc(last)
