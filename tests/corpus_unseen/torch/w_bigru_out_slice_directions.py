"""LLM-generated style (ChatGPT, "a bidirectional GRU; use the forward direction's last step and the backward
direction's first step"): `out[:, -1, :self.hidden_size]` and `out[:, 0, self.hidden_size:]` concatenated."""
# pivot-corpus: name=BiGRUEndpoints input_shape=2,10,5
import torch
import torch.nn as nn


class BiGRUEndpoints(nn.Module):
    def __init__(self, input_size=5, hidden_size=14, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.gru = nn.GRU(input_size, hidden_size, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.gru(x)
        forward_last = out[:, -1, :self.hidden_size]
        backward_first = out[:, 0, self.hidden_size:]
        return self.fc(torch.cat((forward_last, backward_first), dim=1))
