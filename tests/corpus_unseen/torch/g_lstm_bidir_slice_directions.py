"""LLM-generated style bidirectional LSTM joining the forward direction's last step and the backward
direction's first step: `torch.cat((out[:, -1, :self.hidden_size], out[:, 0, self.hidden_size:]), dim=1)`."""
# pivot-corpus: name=BiDirLSTM input_shape=2,16,10
import torch
import torch.nn as nn


class BiDirLSTM(nn.Module):
    def __init__(self, input_size=10, hidden_size=24, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        forward_last = out[:, -1, :self.hidden_size]
        backward_first = out[:, 0, self.hidden_size:]
        combined = torch.cat((forward_last, backward_first), dim=1)
        return self.fc(combined)


model = BiDirLSTM()
