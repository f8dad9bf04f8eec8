"""LLM-generated style 3-D CNN with a `_make_block(in_c, out_c)` method returning nn.Sequential(Conv3d,
BatchNorm3d, ReLU, MaxPool3d), `nn.AdaptiveAvgPool3d((1, 1, 1))`, `x.view(x.size(0), -1)` and a Dropout+Linear."""
# pivot-corpus: name=Simple3DNet input_shape=2,1,16,32,32
import torch
import torch.nn as nn


class Simple3DNet(nn.Module):
    def __init__(self, in_channels=1, num_classes=3, base_channels=8, dropout=0.3):
        super().__init__()
        self.block1 = self._make_block(in_channels, base_channels)
        self.block2 = self._make_block(base_channels, base_channels * 2)
        self.block3 = self._make_block(base_channels * 2, base_channels * 4)
        self.global_pool = nn.AdaptiveAvgPool3d((1, 1, 1))
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(base_channels * 4, num_classes)

    def _make_block(self, in_c, out_c):
        return nn.Sequential(
            nn.Conv3d(in_c, out_c, kernel_size=3, padding=1),
            nn.BatchNorm3d(out_c),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(2),
        )

    def forward(self, x):
        x = self.block1(x)
        x = self.block2(x)
        x = self.block3(x)
        x = self.global_pool(x)
        x = x.view(x.size(0), -1)
        return self.fc(self.dropout(x))


model = Simple3DNet()
