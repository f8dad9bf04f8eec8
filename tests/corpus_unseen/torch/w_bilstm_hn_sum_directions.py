"""LLM-generated style (Llama, "a bidirectional LSTM encoder that sums both directions"): `hidden = h_n[-2] +
h_n[-1]` (the two directions of the top layer added, not concatenated), and the outputs' halves summed too:
`out[:, :, :self.hidden_size] + out[:, :, self.hidden_size:]`, max over time."""
# pivot-corpus: name=SumBiLSTM input_shape=2,9,4
import torch
import torch.nn as nn


class SumBiLSTM(nn.Module):
    def __init__(self, input_size=4, hidden_size=12, num_classes=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        out, (h_n, c_n) = self.lstm(x)
        hidden = h_n[-2] + h_n[-1]
        out = out[:, :, :self.hidden_size] + out[:, :, self.hidden_size:]
        pooled = out.max(dim=1).values
        return self.fc(torch.cat([hidden, pooled], dim=1))
