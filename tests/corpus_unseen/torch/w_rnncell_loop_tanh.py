"""LLM-generated style (Llama, "an Elman RNN written with nn.RNNCell"): `nn.RNNCell` stepped over
`x.size(1)`, `hx = torch.zeros(x.size(0), self.hidden_size)`, the final state into a Linear."""
# pivot-corpus: name=ElmanRNN input_shape=2,7,3
import torch
import torch.nn as nn


class ElmanRNN(nn.Module):
    def __init__(self, input_size=3, hidden_size=10, output_size=1):
        super(ElmanRNN, self).__init__()
        self.hidden_size = hidden_size
        self.rnn_cell = nn.RNNCell(input_size, hidden_size)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        hx = torch.zeros(x.size(0), self.hidden_size)
        for i in range(x.size(1)):
            hx = self.rnn_cell(x[:, i, :], hx)
        return self.fc(hx)
