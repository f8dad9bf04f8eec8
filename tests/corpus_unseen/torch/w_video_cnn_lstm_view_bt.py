"""LLM-generated style (ChatGPT, "a ConvLSTM-ish model for video classification"): frames (b, t, c, h, w) folded as
`x.view(b * t, c, h, w)` through a small 2-D CNN, unfolded `x.view(b, t, -1)` into an LSTM, `out[:, -1, :]`."""
# pivot-corpus: name=CNNLSTMVideo input_shape=2,4,1,16,16
import torch
import torch.nn as nn


class CNNLSTMVideo(nn.Module):
    def __init__(self, in_channels=1, num_classes=5, hidden_size=32):
        super(CNNLSTMVideo, self).__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(in_channels, 8, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(8, 16, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.lstm = nn.LSTM(16 * 4 * 4, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        b, t, c, h, w = x.size()
        x = x.view(b * t, c, h, w)
        x = self.cnn(x)
        x = x.view(b, t, -1)
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])
