"""Imitates the PyTorch tutorial "NLP From Scratch: Generating Names with a Character-Level RNN": an RNN cell
written with Linear layers on `torch.cat((category, input, hidden), 1)`, `o2o` on `torch.cat((hidden, output), 1)`,
Dropout(0.1), LogSoftmax(dim=1), returning `output, hidden`, and `initHidden()`. Three inputs: category
one-hot, letter one-hot, hidden state."""
# pivot-corpus: name=RNN input_shape=1,18;1,57;1,128
import torch
import torch.nn as nn

n_categories = 18
n_letters = 57


class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super(RNN, self).__init__()
        self.hidden_size = hidden_size

        self.i2h = nn.Linear(n_categories + input_size + hidden_size, hidden_size)
        self.i2o = nn.Linear(n_categories + input_size + hidden_size, output_size)
        self.o2o = nn.Linear(hidden_size + output_size, output_size)
        self.dropout = nn.Dropout(0.1)
        self.softmax = nn.LogSoftmax(dim=1)

    def forward(self, category, input, hidden):
        input_combined = torch.cat((category, input, hidden), 1)
        hidden = self.i2h(input_combined)
        output = self.i2o(input_combined)
        output_combined = torch.cat((hidden, output), 1)
        output = self.o2o(output_combined)
        output = self.dropout(output)
        output = self.softmax(output)
        return output, hidden

    def initHidden(self):
        return torch.zeros(1, self.hidden_size)


rnn = RNN(n_letters, 128, n_letters)
