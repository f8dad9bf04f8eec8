"""GRU with the default (seq, batch, feature) layout: the (batch, seq, feature) input is moved with
`x.permute(1, 0, 2)`, the last output read as `out[-1]`, dropout between the two layers."""
# pivot-corpus: name=SeqFirstGRU input_shape=2,16,5
import torch.nn as nn


class SeqFirstGRU(nn.Module):
    def __init__(self, input_size=5, hidden_size=20, num_layers=2, num_classes=4):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, num_layers, dropout=0.1)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        x = x.permute(1, 0, 2)
        out, h = self.gru(x)
        return self.fc(out[-1])


model = SeqFirstGRU()
