"""A dilated temporal CNN whose second convolution is both strided and dilated (Keras rejects
`strides > 1` with `dilation_rate > 1`: it becomes a stride-1 convolution followed by subsampling)."""
# pivot-corpus: name=DilatedTCN input_shape=2,4,50 input_dtype=float32
import torch
import torch.nn as nn


class DilatedTCN(nn.Module):
    def __init__(self, in_channels=4, hidden=12, num_classes=3):
        super().__init__()
        self.conv1 = nn.Conv1d(in_channels, hidden, kernel_size=3, dilation=2, padding=2)
        self.conv2 = nn.Conv1d(hidden, hidden, kernel_size=3, stride=2, dilation=2, padding=1)
        self.conv3 = nn.Conv2d(hidden, 2, kernel_size=(3, 1), stride=(2, 1), dilation=(2, 1))
        self.pool = nn.AdaptiveMaxPool1d(1)
        self.fc = nn.Linear(hidden + 2, num_classes)

    def forward(self, x):
        x = torch.relu(self.conv1(x))
        x = torch.relu(self.conv2(x))                        # (N, C, 24)
        y = self.conv3(x.unsqueeze(-1))                      # (N, 2, 10, 1)
        feats = torch.cat([self.pool(x).squeeze(-1), y.mean(dim=(2, 3))], dim=1)
        return self.fc(feats)
