"""LLM-generated style LSTM left at the default `batch_first=False`: input (N, L, F) permuted with
`x.permute(1, 0, 2)`, the last step taken as `lstm_out[-1]`, two-layer head with Tanh."""
# pivot-corpus: name=SeqFirstLSTM input_shape=2,14,6
import torch.nn as nn


class SeqFirstLSTM(nn.Module):
    def __init__(self, input_size=6, hidden_size=24, output_size=2):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=2)
        self.head = nn.Sequential(nn.Linear(hidden_size, 16), nn.Tanh(), nn.Linear(16, output_size))

    def forward(self, x):
        x = x.permute(1, 0, 2)
        lstm_out, _ = self.lstm(x)
        return self.head(lstm_out[-1])


model = SeqFirstLSTM()
