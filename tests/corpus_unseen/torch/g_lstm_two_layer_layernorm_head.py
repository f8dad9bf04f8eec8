"""LLM-generated style stock-price LSTM: two nn.LSTM layers stacked by hand (`self.lstm1`, `self.lstm2`)
with a Dropout between them, `x[:, -1, :]` via `lstm_out[:, -1]`, LayerNorm, `nn.Sequential` head; the
hidden size and number of features passed as keywords `input_size=`, `hidden_size=`."""
# pivot-corpus: name=StockLSTM input_shape=2,60,5
import torch
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, n_features=5, hidden1=64, hidden2=32, dropout=0.2, horizon=1):
        super().__init__()
        self.lstm1 = nn.LSTM(input_size=n_features, hidden_size=hidden1, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.lstm2 = nn.LSTM(input_size=hidden1, hidden_size=hidden2, batch_first=True)
        self.norm = nn.LayerNorm(hidden2)
        self.head = nn.Sequential(nn.Linear(hidden2, 16), nn.ReLU(), nn.Linear(16, horizon))

    def forward(self, x):
        x, _ = self.lstm1(x)
        x = self.drop(x)
        x, _ = self.lstm2(x)
        x = self.norm(x[:, -1])
        return self.head(x)


model = StockLSTM()
