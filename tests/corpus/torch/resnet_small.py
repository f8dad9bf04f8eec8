"""A small ResNet: stem, one identity-shortcut block and one downsampling block with a 1x1 projection."""
# pivot-corpus: name=ResNetSmall input_shape=2,3,32,32
import torch
import torch.nn as nn


class ResNetSmall(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        # stem
        self.conv1 = nn.Conv2d(3, 16, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        self.relu = nn.ReLU(inplace=True)

        # block 1: 16 -> 16, identity shortcut
        self.b1_conv1 = nn.Conv2d(16, 16, kernel_size=3, padding=1, bias=False)
        self.b1_bn1 = nn.BatchNorm2d(16)
        self.b1_conv2 = nn.Conv2d(16, 16, kernel_size=3, padding=1, bias=False)
        self.b1_bn2 = nn.BatchNorm2d(16)

        # block 2: 16 -> 32, stride 2, projection shortcut
        self.b2_conv1 = nn.Conv2d(16, 32, kernel_size=3, stride=2, padding=1, bias=False)
        self.b2_bn1 = nn.BatchNorm2d(32)
        self.b2_conv2 = nn.Conv2d(32, 32, kernel_size=3, padding=1, bias=False)
        self.b2_bn2 = nn.BatchNorm2d(32)
        self.downsample = nn.Sequential(
            nn.Conv2d(16, 32, kernel_size=1, stride=2, bias=False),
            nn.BatchNorm2d(32),
        )

        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.relu(self.bn1(self.conv1(x)))

        identity = x
        out = self.relu(self.b1_bn1(self.b1_conv1(x)))
        out = self.b1_bn2(self.b1_conv2(out))
        out += identity
        x = self.relu(out)

        identity = self.downsample(x)
        out = self.relu(self.b2_bn1(self.b2_conv1(x)))
        out = self.b2_bn2(self.b2_conv2(out))
        out = out + identity
        x = self.relu(out)

        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)
