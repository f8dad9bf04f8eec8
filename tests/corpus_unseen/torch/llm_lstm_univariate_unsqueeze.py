"""LLM-generated style univariate forecaster: input (batch, seq_len), x.unsqueeze(-1) to one feature per step,
LSTM, `out, (hn, cn) = self.lstm(x)`, hn[-1] into a Linear predicting the next value."""
# pivot-corpus: name=UnivariateLSTM input_shape=2,25
import torch
import torch.nn as nn


class UnivariateLSTM(nn.Module):
    def __init__(self, hidden_size=16):
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, 1)

    def forward(self, x):
        x = x.unsqueeze(-1)
        out, (hn, cn) = self.lstm(x)
        return self.fc(hn[-1])


model = UnivariateLSTM()
