"""1-D CNN over (N, C, L) sensor windows whose global max pooling is `torch.max(x, 2).values` with a
positional dim, then `torch.sigmoid` for multi-label outputs."""
# pivot-corpus: name=SensorNet input_shape=2,6,100
import torch
import torch.nn as nn


class SensorNet(nn.Module):
    def __init__(self, in_channels=6, n_labels=4):
        super().__init__()
        self.conv1 = nn.Conv1d(in_channels, 32, kernel_size=7, stride=2)
        self.conv2 = nn.Conv1d(32, 64, kernel_size=5)
        self.act = nn.ELU()
        self.out = nn.Linear(64, n_labels)

    def forward(self, x):
        x = self.act(self.conv1(x))
        x = self.act(self.conv2(x))
        x = torch.max(x, 2).values
        return torch.sigmoid(self.out(x))


model = SensorNet()
