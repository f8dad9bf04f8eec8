"""LSTM with two output heads returned as a tuple `(self.cls_head(h), self.reg_head(h))`, the feature
taken as `h_n[-1]` from `_, (h_n, _) = self.lstm(x)`."""
# pivot-corpus: name=TwoHeadLSTM input_shape=2,11,4
import torch.nn as nn


class TwoHeadLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=20, n_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.cls_head = nn.Linear(hidden, n_classes)
        self.reg_head = nn.Sequential(nn.Linear(hidden, 8), nn.Tanh(), nn.Linear(8, 1))

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        h = h_n[-1]
        return self.cls_head(h), self.reg_head(h)


model = TwoHeadLSTM()
