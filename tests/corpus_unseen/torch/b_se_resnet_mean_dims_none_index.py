"""LLM-generated style (DeepSeek, "Write a small SE-ResNet in PyTorch for CIFAR-10, input shape (N, 3, 32, 32)"): an
SEBlock squeezing with `x.mean((2, 3))`, two Linear layers with ReLU/Sigmoid and the scale applied as
`x * w[:, :, None, None]`, a residual SEBasicBlock with a 1x1 conv shortcut when the shape changes, and the final
pool as `F.adaptive_avg_pool2d(out, 1).flatten(1)`."""
# pivot-corpus: name=SEResNetSmall input_shape=4,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class SEBlock(nn.Module):
    def __init__(self, channels, reduction=8):
        super().__init__()
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.fc2 = nn.Linear(channels // reduction, channels)

    def forward(self, x):
        w = x.mean((2, 3))
        w = torch.sigmoid(self.fc2(F.relu(self.fc1(w))))
        return x * w[:, :, None, None]


class SEBasicBlock(nn.Module):
    def __init__(self, in_planes, planes, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.se = SEBlock(planes)
        self.shortcut = nn.Identity()
        if stride != 1 or in_planes != planes:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_planes, planes, 1, stride=stride, bias=False),
                nn.BatchNorm2d(planes),
            )

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out = self.se(out)
        out = out + self.shortcut(x)
        return F.relu(out)


class SEResNetSmall(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        self.layer1 = SEBasicBlock(16, 16)
        self.layer2 = SEBasicBlock(16, 32, stride=2)
        self.layer3 = SEBasicBlock(32, 64, stride=2)
        self.linear = nn.Linear(64, num_classes)

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.layer3(self.layer2(self.layer1(out)))
        out = F.adaptive_avg_pool2d(out, 1).flatten(1)
        return self.linear(out)


if __name__ == "__main__":
    print(SEResNetSmall()(torch.randn(2, 3, 32, 32)).shape)
