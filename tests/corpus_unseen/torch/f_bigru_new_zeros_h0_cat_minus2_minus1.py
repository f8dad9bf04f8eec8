"""LLM-generated style (prompt: "bidirectional GRU sensor classifier, input (N, T, F)"): the state made with
`x.new_zeros(self.num_layers * 2, x.size(0), self.hidden_size)` (device and dtype of the input), the two final
directions joined with `torch.cat((h_n[-2,:,:], h_n[-1,:,:]), dim=1)` and a dropout + Linear head."""
# pivot-corpus: name=BiGRUNet input_shape=4,40,9
import torch
import torch.nn as nn


class BiGRUNet(nn.Module):
    def __init__(self, input_size=9, hidden_size=32, num_layers=2, num_classes=6):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        h0 = x.new_zeros(self.num_layers * 2, x.size(0), self.hidden_size)
        _, h_n = self.gru(x, h0)
        hidden = torch.cat((h_n[-2,:,:], h_n[-1,:,:]), dim=1)
        return self.fc(self.dropout(hidden))
