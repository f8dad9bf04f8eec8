"""LLM-generated style CNN-LSTM for multivariate time series given as (batch, time, features):
`x.permute(0, 2, 1)` into Conv1d, back with `x.permute(0, 2, 1)` into an LSTM, last step `[:, -1, :]`."""
# pivot-corpus: name=CNNLSTM input_shape=2,32,6
import torch
import torch.nn as nn


class CNNLSTM(nn.Module):
    def __init__(self, num_features=6, conv_channels=32, lstm_hidden=64, num_classes=3, kernel_size=3):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(num_features, conv_channels, kernel_size=kernel_size, padding=1),
            nn.BatchNorm1d(conv_channels),
            nn.ReLU(),
            nn.MaxPool1d(2),
        )
        self.lstm = nn.LSTM(conv_channels, lstm_hidden, batch_first=True)
        self.fc = nn.Linear(lstm_hidden, num_classes)

    def forward(self, x):
        x = x.permute(0, 2, 1)
        x = self.conv(x)
        x = x.permute(0, 2, 1)
        x, _ = self.lstm(x)
        return self.fc(x[:, -1, :])


model = CNNLSTM()
