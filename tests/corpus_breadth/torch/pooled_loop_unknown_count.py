"""A CNN that pools in a `for _ in range(self.depth)` loop (a count not known statically) before a flatten and a
linear classifier: the flatten keeps PyTorch's order in Keras."""
# pivot-corpus: name=LoopPoolNet input_shape=2,3,32,32 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class LoopPoolNet(nn.Module):
    def __init__(self, num_classes=10, depth=3):
        super().__init__()
        self.depth = depth
        self.conv = nn.Conv2d(3, 8, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(8 * 4 * 4, num_classes)

    def forward(self, x):
        x = F.relu(self.conv(x))
        for _ in range(self.depth):
            x = self.pool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)
