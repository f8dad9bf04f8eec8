"""Energy-consumption forecasting notebook style: two separate `nn.LSTM` layers chained by hand
(`x, _ = self.lstm1(x)`, `x = self.dropout(x)`, `x, (hn, cn) = self.lstm2(x)`), the final hidden state `hn[-1]`,
`torch.tanh` of a Linear, then the output Linear."""
# pivot-corpus: name=StackedLSTM input_shape=2,8,3
import torch
import torch.nn as nn


class StackedLSTM(nn.Module):
    def __init__(self, n_features=3, h1=16, h2=8, out_dim=2):
        super().__init__()
        self.lstm1 = nn.LSTM(input_size=n_features, hidden_size=h1, batch_first=True)
        self.dropout = nn.Dropout(0.2)
        self.lstm2 = nn.LSTM(input_size=h1, hidden_size=h2, batch_first=True)
        self.dense = nn.Linear(h2, h2)
        self.out = nn.Linear(h2, out_dim)

    def forward(self, x):
        x, _ = self.lstm1(x)
        x = self.dropout(x)
        x, (hn, cn) = self.lstm2(x)
        x = torch.tanh(self.dense(hn[-1]))
        return self.out(x)


model = StackedLSTM()
