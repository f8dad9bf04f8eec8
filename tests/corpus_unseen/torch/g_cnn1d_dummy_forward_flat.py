"""LLM-generated style 1-D CNN for multichannel sensor windows (batch, channels, length) whose head is sized by
a helper method `_get_conv_output(shape)` that runs `torch.zeros(1, *shape)` through the convs and returns
`out.numel()`; forward flattens with `x.view(x.size(0), -1)`."""
# pivot-corpus: name=HARConvNet input_shape=2,9,64
import torch
import torch.nn as nn


class HARConvNet(nn.Module):
    def __init__(self, n_channels=9, seq_len=64, n_classes=6):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_channels, 32, kernel_size=5),
            nn.ReLU(),
            nn.MaxPool1d(2),
            nn.Conv1d(32, 64, kernel_size=5),
            nn.ReLU(),
            nn.MaxPool1d(2),
        )
        n_flat = self._get_conv_output((n_channels, seq_len))
        self.fc = nn.Sequential(
            nn.Linear(n_flat, 100),
            nn.ReLU(),
            nn.Dropout(0.5),
            nn.Linear(100, n_classes),
        )

    def _get_conv_output(self, shape):
        x = torch.zeros(1, *shape)
        out = self.conv(x)
        return out.numel()

    def forward(self, x):
        x = self.conv(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)


model = HARConvNet()
