"""Conv1d feature extractor on (N, T, F) input with `x.transpose(1, 2)` before and after the convs, then an
LSTM and the last time step `out[:, -1]` (two-index slicing) into a regression head."""
# pivot-corpus: name=ConvLSTM input_shape=2,30,4
import torch.nn as nn


class ConvLSTM(nn.Module):
    def __init__(self, n_features=4, conv_channels=16, hidden=32):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_features, conv_channels, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.Conv1d(conv_channels, conv_channels, kernel_size=3, padding=1),
            nn.ReLU(),
        )
        self.lstm = nn.LSTM(conv_channels, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        x = x.transpose(1, 2)
        x = self.conv(x)
        x = x.transpose(1, 2)
        out, (h, c) = self.lstm(x)
        return self.head(out[:, -1])


model = ConvLSTM()
