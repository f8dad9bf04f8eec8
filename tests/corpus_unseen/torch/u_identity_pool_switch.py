"""CNN with constructor switches that pick `nn.Identity()`: `self.pool = nn.MaxPool2d(2) if use_pool else
nn.Identity()`, `self.drop = nn.Dropout2d(p) if p > 0 else nn.Identity()` (p=0 here)."""
# pivot-corpus: name=SwitchNet input_shape=2,3,16,16
import torch.nn as nn


class SwitchNet(nn.Module):
    def __init__(self, use_pool=True, use_bn=False, p=0.0, num_classes=3):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.norm1 = nn.BatchNorm2d(8) if use_bn else nn.Identity()
        self.pool = nn.MaxPool2d(2) if use_pool else nn.Identity()
        self.drop = nn.Dropout2d(p) if p > 0 else nn.Identity()
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(16 * 4 * 4, num_classes)

    def forward(self, x):
        x = self.pool(self.norm1(self.conv1(x)).relu())
        x = self.drop(x)
        x = self.pool(self.conv2(x).relu())
        return self.fc(self.flatten(x))


model = SwitchNet()
