"""Vanilla `nn.RNN(nonlinearity='relu')` with 2 layers and batch_first, the hidden state's last layer
`h_n[-1]` into the head, written the way beginner tutorials do."""
# pivot-corpus: name=ReluRNN input_shape=2,8,3
import torch.nn as nn


class ReluRNN(nn.Module):
    def __init__(self, input_size=3, hidden_size=12, output_size=2):
        super(ReluRNN, self).__init__()
        self.rnn = nn.RNN(input_size, hidden_size, num_layers=2, nonlinearity="relu", batch_first=True)
        self.linear = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        _, h_n = self.rnn(x)
        return self.linear(h_n[-1])


model = ReluRNN()
