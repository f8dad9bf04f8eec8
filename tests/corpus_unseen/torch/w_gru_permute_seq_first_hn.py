"""LLM-generated style (Mistral, "a GRU for sensor sequences"): `x.permute(1, 0, 2)` into
`nn.GRU(batch_first=False, num_layers=2)` with an explicit `h0` of `torch.zeros(..., device=x.device)`, the top
layer's final state `hn[-1]` into a Linear."""
# pivot-corpus: name=SensorGRU input_shape=2,12,4
import torch
import torch.nn as nn


class SensorGRU(nn.Module):
    def __init__(self, input_size=4, hidden_size=16, num_layers=2, num_classes=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.gru = nn.GRU(input_size, hidden_size, num_layers=num_layers, batch_first=False)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        x = x.permute(1, 0, 2)
        h0 = torch.zeros(self.num_layers, x.size(1), self.hidden_size, device=x.device)
        out, hn = self.gru(x, h0)
        return self.fc(hn[-1])
