"""Imitates a Mistral answer to "3-D CNN for short video clips (C3D-like)": `nn.MaxPool3d(kernel_size=(1, 2, 2))`
first pool that keeps time, `nn.AvgPool3d`, `nn.AdaptiveAvgPool3d((1, 1, 1))` then
`.squeeze(-1).squeeze(-1).squeeze(-1)`, ELU activations."""
# pivot-corpus: name=C3DSmall input_shape=2,3,8,32,32
import torch
import torch.nn as nn


class C3DSmall(nn.Module):
    def __init__(self, num_classes=6):
        super().__init__()
        self.conv1 = nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool1 = nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2))
        self.conv2 = nn.Conv3d(16, 32, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool2 = nn.AvgPool3d(kernel_size=2, stride=2)
        self.conv3 = nn.Conv3d(32, 32, kernel_size=3, padding=1)
        self.bn3 = nn.BatchNorm3d(32)
        self.act = nn.ELU(alpha=1.0)
        self.global_pool = nn.AdaptiveAvgPool3d((1, 1, 1))
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        # x: (batch, channels, frames, height, width)
        x = self.pool1(self.act(self.conv1(x)))
        x = self.pool2(self.act(self.conv2(x)))
        x = self.act(self.bn3(self.conv3(x)))
        x = self.global_pool(x).squeeze(-1).squeeze(-1).squeeze(-1)
        return self.fc(x)


if __name__ == "__main__":
    clip = torch.randn(2, 3, 8, 32, 32)
    print(C3DSmall()(clip).shape)
