"""PyTorch "NLP From Scratch: classifying names" CharRNN: nn.RNN over a time-major one-hot line, h2o on hidden[0]."""
# pivot-corpus: name=CharRNN input_shape=7,1,57
import torch
import torch.nn as nn
import torch.nn.functional as F


class CharRNN(nn.Module):
    def __init__(self, input_size=57, hidden_size=128, output_size=18):
        super(CharRNN, self).__init__()

        self.rnn = nn.RNN(input_size, hidden_size)
        self.h2o = nn.Linear(hidden_size, output_size)
        self.softmax = nn.LogSoftmax(dim=1)

    def forward(self, line_tensor):
        rnn_out, hidden = self.rnn(line_tensor)
        output = self.h2o(hidden[0])
        output = self.softmax(output)

        return output
