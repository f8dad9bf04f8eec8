"""Imitates an answer to "my images come as (batch, height, width, channels) numpy arrays, write a PyTorch CNN":
the forward starts with `x = x.permute(0, 3, 1, 2)`, then Conv2d/ReLU/MaxPool2d, `nn.Flatten()` and a
Linear sized `32 * 8 * 8` for 32x32 input."""
# pivot-corpus: name=HWCNet input_shape=2,32,32,3
import torch
import torch.nn as nn


class HWCNet(nn.Module):
    def __init__(self, num_classes=7):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 16, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(16, 32, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(32 * 8 * 8, num_classes)

    def forward(self, x):
        # input: (B, H, W, C) -> (B, C, H, W)
        x = x.permute(0, 3, 1, 2)
        x = self.features(x)
        x = self.flatten(x)
        return self.fc(x)
