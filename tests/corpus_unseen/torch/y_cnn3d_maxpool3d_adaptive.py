"""Imitates a GPT-4 answer to "Write a PyTorch model class for 3-D MRI volume classification, input shape
(N, 1, D, H, W) = (N, 1, 16, 16, 16), output (N, 2)": Conv3d/BatchNorm3d/ReLU/MaxPool3d blocks from a
`_conv_block` static method, `nn.AdaptiveAvgPool3d(1)`, `torch.flatten(x, 1)`, a dropout head."""
# pivot-corpus: name=MRI3DCNN input_shape=2,1,16,16,16
import torch
import torch.nn as nn


class MRI3DCNN(nn.Module):
    def __init__(self, in_channels: int = 1, num_classes: int = 2, base: int = 8):
        super().__init__()
        self.block1 = self._conv_block(in_channels, base)
        self.block2 = self._conv_block(base, base * 2)
        self.block3 = self._conv_block(base * 2, base * 4)
        self.global_pool = nn.AdaptiveAvgPool3d(1)
        self.classifier = nn.Sequential(nn.Dropout(0.4), nn.Linear(base * 4, num_classes))

    @staticmethod
    def _conv_block(in_c: int, out_c: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv3d(in_c, out_c, kernel_size=3, padding=1),
            nn.BatchNorm3d(out_c),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(kernel_size=2, stride=2),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.block1(x)
        x = self.block2(x)
        x = self.block3(x)
        x = self.global_pool(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)
