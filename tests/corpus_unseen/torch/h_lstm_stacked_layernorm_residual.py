"""LLM-generated style traffic forecaster: two separate LSTM layers with a LayerNorm and a residual add
between them (`out2 = self.norm(out2 + out1)`), then the last step through Linear; the second LSTM's hidden
state discarded with `out2, _ = ...`."""
# pivot-corpus: name=TrafficLSTM input_shape=2,12,10
import torch.nn as nn


class TrafficLSTM(nn.Module):
    def __init__(self, n_features=10, hidden=32, horizon=3):
        super().__init__()
        self.lstm1 = nn.LSTM(n_features, hidden, batch_first=True)
        self.lstm2 = nn.LSTM(hidden, hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.dropout = nn.Dropout(0.1)
        self.fc = nn.Linear(hidden, horizon)

    def forward(self, x):
        out1, _ = self.lstm1(x)
        out1 = self.dropout(out1)
        out2, _ = self.lstm2(out1)
        out2 = self.norm(out2 + out1)
        return self.fc(out2[:, -1, :])


model = TrafficLSTM()
