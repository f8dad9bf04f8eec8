"""A small conv net built by a function from nested nn.Sequential containers."""
# pivot-corpus: name=make_nested_sequential input_shape=2,3,16,16
from torch import nn


def make_nested_sequential(num_classes=10):
    """Build the network: two conv stages, each its own Sequential, then a Sequential head."""
    stage1 = nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1, bias=False),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        nn.MaxPool2d(2),
    )
    stage2 = nn.Sequential(
        nn.Conv2d(16, 32, 3, padding=1, bias=False),
        nn.BatchNorm2d(32),
        nn.ReLU6(),
        nn.MaxPool2d(2),
    )
    return nn.Sequential(
        nn.Sequential(stage1, stage2),
        nn.Sequential(
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
            nn.Linear(32, 32),
            nn.Hardswish(),
            nn.Linear(32, num_classes),
        ),
    )
