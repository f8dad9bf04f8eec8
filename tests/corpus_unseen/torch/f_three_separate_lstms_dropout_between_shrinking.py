"""LLM-generated style (prompt: "stacked LSTM for energy load forecasting, Keras-like, input (N, T, F)"): three
separate `nn.LSTM` layers of shrinking width (64 -> 32 -> 16) with `nn.Dropout` between them, each returning the
whole sequence, the last step of the last one to a Dense-like head."""
# pivot-corpus: name=StackedLSTM input_shape=4,24,7
import torch.nn as nn


class StackedLSTM(nn.Module):
    def __init__(self, n_features=7, output_size=1):
        super(StackedLSTM, self).__init__()
        self.lstm1 = nn.LSTM(input_size=n_features, hidden_size=64, batch_first=True)
        self.dropout1 = nn.Dropout(0.2)
        self.lstm2 = nn.LSTM(input_size=64, hidden_size=32, batch_first=True)
        self.dropout2 = nn.Dropout(0.2)
        self.lstm3 = nn.LSTM(input_size=32, hidden_size=16, batch_first=True)
        self.dense = nn.Linear(16, output_size)

    def forward(self, x):
        x, _ = self.lstm1(x)
        x = self.dropout1(x)
        x, _ = self.lstm2(x)
        x = self.dropout2(x)
        x, (h, c) = self.lstm3(x)
        x = x[:, -1, :]
        return self.dense(x)
