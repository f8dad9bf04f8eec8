"""Older global pooling idiom: `F.avg_pool2d(x, x.size()[2:])` (kernel from the tensor's own size), then
`x.view(x.size(0), -1)`; conv blocks with `nn.Conv2d(..., bias=False)` and BatchNorm2d."""
# pivot-corpus: name=GapNet input_shape=2,3,24,24
import torch.nn as nn
import torch.nn.functional as F


class GapNet(nn.Module):
    def __init__(self, num_classes=4):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, 3, stride=2, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(32)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.relu(self.bn2(self.conv2(x)))
        x = F.avg_pool2d(x, x.size()[2:])
        x = x.view(x.size(0), -1)
        return self.fc(x)


model = GapNet()
