"""LLM-generated style ("LSTM traffic-flow forecaster", seq-first convention): `x = x.permute(1, 0, 2)` to
(T, N, F), an LSTM without batch_first, the last step `lstm_out[-1]`, and a Linear with a ReLU before it."""
# pivot-corpus: name=TrafficLSTM input_shape=2,12,4
import torch
import torch.nn as nn


class TrafficLSTM(nn.Module):
    def __init__(self, n_features=4, hidden=32, n_out=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size=n_features, hidden_size=hidden)
        self.relu = nn.ReLU()
        self.linear = nn.Linear(hidden, n_out)

    def forward(self, x):
        x = x.permute(1, 0, 2)
        lstm_out, (h, c) = self.lstm(x)
        return self.linear(self.relu(lstm_out[-1]))


model = TrafficLSTM()
