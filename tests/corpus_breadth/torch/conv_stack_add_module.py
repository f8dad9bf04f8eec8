"""A configurable CNN: conv blocks registered with add_module in a loop, use_bn flag, and a Sequential(*layers) head."""
# pivot-corpus: name=ConvStack input_shape=2,3,16,16 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_classifier(in_features, num_classes, hidden=(64,), dropout=0.0):
    layers = []
    for h in hidden:
        layers.append(nn.Linear(in_features, h))
        layers.append(nn.ReLU(inplace=True))
        if dropout > 0:
            layers.append(nn.Dropout(dropout))
        in_features = h
    layers.append(nn.Linear(in_features, num_classes))
    return nn.Sequential(*layers)


class ConvStack(nn.Module):
    def __init__(self, in_channels=3, widths=(16, 32, 64), num_classes=10, use_bn=True, dropout=0.2):
        super().__init__()
        self.use_bn = use_bn
        self.num_blocks = len(widths)
        channels = in_channels
        for i, w in enumerate(widths):
            self.add_module(f"conv{i}", nn.Conv2d(channels, w, kernel_size=3, padding=1, bias=not use_bn))
            if use_bn:
                self.add_module(f"bn{i}", nn.BatchNorm2d(w))
            channels = w
        self.pool = nn.MaxPool2d(2, 2)
        spatial = 16 // (2 ** len(widths))
        self.classifier = make_classifier(channels * spatial * spatial, num_classes, dropout=dropout)

    def forward(self, x):
        for i in range(self.num_blocks):
            x = getattr(self, f"conv{i}")(x)
            if self.use_bn:
                x = getattr(self, f"bn{i}")(x)
            x = self.pool(F.relu(x))
        x = torch.flatten(x, 1)
        return self.classifier(x)
