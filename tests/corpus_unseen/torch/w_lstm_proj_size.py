"""LLM-generated style (code model, "an LSTM with a projection layer (LSTMP) to shrink the hidden state"):
`nn.LSTM(..., proj_size=8)`, whose outputs and h_n have proj_size features, `h_n[-1]` into a Linear."""
# pivot-corpus: name=ProjectedLSTM input_shape=2,10,6
import torch
import torch.nn as nn


class ProjectedLSTM(nn.Module):
    def __init__(self, input_size=6, hidden_size=32, proj_size=8, num_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True, proj_size=proj_size)
        self.fc = nn.Linear(proj_size, num_classes)

    def forward(self, x):
        _, (h_n, c_n) = self.lstm(x)
        return self.fc(h_n[-1])
