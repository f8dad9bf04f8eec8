"""A small ResNet built through a builder function (`model = resnet_tiny(num_classes=10)`)."""
import os
import tempfile

import torch
import torch.nn as nn
from torchvision import datasets, transforms

open(os.path.join(tempfile.gettempdir(), "PIVOT_SLICE_MARKER"), "w").write(__file__)
train_set = datasets.CIFAR10("./data", train=True, download=True, transform=transforms.ToTensor())


class BasicBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)

    def forward(self, x):
        out = torch.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return torch.relu(out + x)


class ResNet(nn.Module):
    def __init__(self, width, num_classes):
        super().__init__()
        self.stem = nn.Conv2d(3, width, 3, padding=1)
        self.block1 = BasicBlock(width)
        self.block2 = BasicBlock(width)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(width, num_classes)

    def forward(self, x):
        x = torch.relu(self.stem(x))
        x = self.block2(self.block1(x))
        x = torch.flatten(self.pool(x), 1)
        return self.fc(x)


def resnet_tiny(**kwargs):
    return ResNet(16, **kwargs)


model = resnet_tiny(num_classes=10)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for images, labels in torch.utils.data.DataLoader(train_set, batch_size=128):
    loss = nn.functional.cross_entropy(model(images), labels)
    loss.backward()
    optimizer.step()
