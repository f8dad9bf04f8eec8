"""LLM-generated style ("depthwise-separable CNN (DS-CNN) for keyword spotting"): a `DSConvBlock` class, the
blocks built by a list comprehension `nn.Sequential(*[DSConvBlock(c) for _ in range(num_blocks)])`,
AvgPool over the whole map via `F.avg_pool2d(x, x.shape[2:])`, `x.squeeze(-1).squeeze(-1)`."""
# pivot-corpus: name=DSCNN input_shape=2,1,49,10
import torch
import torch.nn as nn
import torch.nn.functional as F


class DSConvBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.dw = nn.Conv2d(channels, channels, 3, padding=1, groups=channels, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.pw = nn.Conv2d(channels, channels, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)

    def forward(self, x):
        x = F.relu(self.bn1(self.dw(x)))
        return F.relu(self.bn2(self.pw(x)))


class DSCNN(nn.Module):
    def __init__(self, num_classes=12, channels=32, num_blocks=3):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels, kernel_size=(10, 4), stride=(2, 2), padding=(5, 1))
        self.bn1 = nn.BatchNorm2d(channels)
        self.blocks = nn.Sequential(*[DSConvBlock(channels) for _ in range(num_blocks)])
        self.fc = nn.Linear(channels, num_classes)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.blocks(x)
        x = F.avg_pool2d(x, x.shape[2:])
        x = x.squeeze(-1).squeeze(-1)
        return self.fc(x)


model = DSCNN()
