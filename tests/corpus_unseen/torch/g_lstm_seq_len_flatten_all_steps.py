"""LLM-generated style LSTM that flattens the whole output sequence instead of taking the last step:
`out = out.reshape(out.shape[0], -1)` into `nn.Linear(hidden_size * seq_length, num_classes)`; the sequence
length is a constructor argument; h0/c0 made with `torch.zeros(...)` and passed as a tuple inline."""
# pivot-corpus: name=SeqFlattenLSTM input_shape=2,28,28
import torch
import torch.nn as nn


class SeqFlattenLSTM(nn.Module):
    def __init__(self, input_size=28, hidden_size=32, num_layers=2, num_classes=10, sequence_length=28):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size * sequence_length, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        out = out.reshape(out.shape[0], -1)
        out = self.fc(out)
        return out


model = SeqFlattenLSTM()
