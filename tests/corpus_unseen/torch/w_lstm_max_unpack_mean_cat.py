"""LLM-generated style (Mistral, "an LSTM with mean and max pooling over time"): `avg_pool = torch.mean(out, 1)`,
`max_pool, _ = torch.max(out, 1)` (positional dim, values and indices unpacked), concatenated into a head."""
# pivot-corpus: name=PooledLSTM input_shape=2,13,7
import torch
import torch.nn as nn


class PooledLSTM(nn.Module):
    def __init__(self, input_size=7, hidden_size=16, num_classes=3):
        super(PooledLSTM, self).__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=True)
        self.linear = nn.Linear(hidden_size * 4, 32)
        self.relu = nn.ReLU()
        self.out = nn.Linear(32, num_classes)

    def forward(self, x):
        h_lstm, _ = self.lstm(x)
        avg_pool = torch.mean(h_lstm, 1)
        max_pool, _ = torch.max(h_lstm, 1)
        conc = torch.cat((avg_pool, max_pool), 1)
        conc = self.relu(self.linear(conc))
        return self.out(conc)
