"""A CNN that halves the image in a `for _ in range(3)` loop before flattening into a linear classifier."""
# pivot-corpus: name=LoopPoolNet input_shape=2,3,32,32 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class LoopPoolNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(8 * 4 * 4, num_classes)

    def forward(self, x):
        x = F.relu(self.conv(x))
        for _ in range(3):  # 32 -> 16 -> 8 -> 4
            x = self.pool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)
