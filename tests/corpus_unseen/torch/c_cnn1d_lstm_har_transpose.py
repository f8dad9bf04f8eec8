"""LLM-generated style (prompt: "Write a CNN-LSTM model in PyTorch for human activity recognition from
accelerometer windows; input shape (N, T, C)"): `x.transpose(1, 2)` to channels-first, an nn.Sequential of two
Conv1d/BatchNorm1d/ReLU/MaxPool1d blocks, `x.transpose(1, 2)` back to (N, T', C'), an LSTM, `h_n[-1]` with dropout
into the classifier."""
# pivot-corpus: name=CNNLSTM_HAR input_shape=4,64,9
import torch.nn as nn


class CNNLSTM_HAR(nn.Module):
    def __init__(self, n_channels=9, n_classes=6, hidden_size=64):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(n_channels, 32, kernel_size=5, padding=2),
            nn.BatchNorm1d(32),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(32, 64, kernel_size=3, padding=1),
            nn.BatchNorm1d(64),
            nn.ReLU(),
            nn.MaxPool1d(2),
        )
        self.lstm = nn.LSTM(64, hidden_size, batch_first=True)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(hidden_size, n_classes)

    def forward(self, x):
        x = x.transpose(1, 2)
        x = self.features(x)
        x = x.transpose(1, 2)
        _, (h_n, _) = self.lstm(x)
        return self.fc(self.dropout(h_n[-1]))
