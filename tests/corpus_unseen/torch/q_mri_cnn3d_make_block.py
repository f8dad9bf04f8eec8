"""LLM-generated style ("3D CNN for brain MRI classification"): a `_make_block` helper building Conv3d/BatchNorm3d/
ReLU/MaxPool3d, `nn.AdaptiveAvgPool3d(1)`, `torch.flatten(x, 1)`, dropout and a Linear."""
# pivot-corpus: name=MRI3DCNN input_shape=2,1,16,16,16
import torch
import torch.nn as nn


class MRI3DCNN(nn.Module):
    def __init__(self, in_channels: int = 1, num_classes: int = 2):
        super().__init__()
        self.layer1 = self._make_block(in_channels, 8)
        self.layer2 = self._make_block(8, 16)
        self.layer3 = self._make_block(16, 32)
        self.pool = nn.AdaptiveAvgPool3d(1)
        self.dropout = nn.Dropout(0.4)
        self.fc = nn.Linear(32, num_classes)

    @staticmethod
    def _make_block(in_c: int, out_c: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv3d(in_c, out_c, kernel_size=3, padding=1),
            nn.BatchNorm3d(out_c),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(kernel_size=2, stride=2),
        )

    def forward(self, x):
        x = self.layer1(x)
        x = self.layer2(x)
        x = self.layer3(x)
        x = self.pool(x)
        x = torch.flatten(x, 1)
        return self.fc(self.dropout(x))


model = MRI3DCNN()
