"""Image classifier that normalises its own input with constants registered as buffers:
`self.register_buffer("mean", torch.tensor([...]).view(1, 3, 1, 1))`, `(x - self.mean) / self.std`."""
# pivot-corpus: name=NormalizedNet input_shape=2,3,32,32
import torch
import torch.nn as nn


class NormalizedNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.register_buffer("mean", torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1))
        self.register_buffer("std", torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1))
        self.features = nn.Sequential(
            nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU(),
        )
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = (x - self.mean) / self.std
        x = self.features(x)
        x = self.gap(x).flatten(1)
        return self.fc(x)


model = NormalizedNet()
