"""Imitates a code-model answer to "a CNN for spectrograms with strided and dilated convolutions": the first
conv has `stride=2, dilation=2` in the same layer (Keras refuses strides > 1 with dilation_rate > 1),
then a standard conv, `nn.AdaptiveMaxPool2d(1)` and `.flatten(1)`."""
# pivot-corpus: name=SpecNet input_shape=2,1,32,32
import torch
import torch.nn as nn


class SpecNet(nn.Module):
    def __init__(self, n_classes=5):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, kernel_size=3, stride=2, dilation=2, padding=2)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.pool = nn.AdaptiveMaxPool2d(1)
        self.fc = nn.Linear(32, n_classes)

    def forward(self, x):
        x = torch.relu(self.bn1(self.conv1(x)))
        x = torch.relu(self.conv2(x))
        return self.fc(self.pool(x).flatten(1))
