"""LLM-generated style vanilla RNN classifier ("a simple RNN in PyTorch"): nn.RNN with num_layers=2 and
nonlinearity='tanh', `h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)`, `out, hn = self.rnn(x, h0)`,
`out[:, -1, :]`."""
# pivot-corpus: name=SimpleRNN input_shape=2,12,4
import torch
import torch.nn as nn


class SimpleRNN(nn.Module):
    def __init__(self, input_size=4, hidden_size=16, num_layers=2, output_size=3):
        super(SimpleRNN, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, nonlinearity='tanh')
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        out, hn = self.rnn(x, h0)
        out = self.fc(out[:, -1, :])
        return out


model = SimpleRNN()
