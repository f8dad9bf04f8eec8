"""LLM-generated style (ChatGPT, "a CNN-LSTM for human activity recognition from accelerometer data"): input
(batch, time, channels) permuted to `x.permute(0, 2, 1)` for two Conv1d blocks with BatchNorm1d and MaxPool1d,
permuted back `x.permute(0, 2, 1)` into an LSTM, `h_n[-1]` into the classifier."""
# pivot-corpus: name=CNNLSTM_HAR input_shape=2,32,6
import torch
import torch.nn as nn


class CNNLSTM_HAR(nn.Module):
    def __init__(self, n_channels=6, n_classes=6, conv_filters=32, lstm_hidden=64):
        super(CNNLSTM_HAR, self).__init__()
        self.conv1 = nn.Conv1d(n_channels, conv_filters, kernel_size=5, padding=2)
        self.bn1 = nn.BatchNorm1d(conv_filters)
        self.conv2 = nn.Conv1d(conv_filters, conv_filters * 2, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm1d(conv_filters * 2)
        self.pool = nn.MaxPool1d(2)
        self.relu = nn.ReLU()
        self.lstm = nn.LSTM(conv_filters * 2, lstm_hidden, batch_first=True)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(lstm_hidden, n_classes)

    def forward(self, x):
        # x: (batch, time_steps, channels) -> (batch, channels, time_steps)
        x = x.permute(0, 2, 1)
        x = self.pool(self.relu(self.bn1(self.conv1(x))))
        x = self.pool(self.relu(self.bn2(self.conv2(x))))
        # back to (batch, time_steps, features) for the LSTM
        x = x.permute(0, 2, 1)
        _, (h_n, _) = self.lstm(x)
        out = self.dropout(h_n[-1])
        return self.fc(out)
