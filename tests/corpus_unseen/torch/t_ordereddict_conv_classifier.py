"""`nn.Sequential(OrderedDict(...))` classifier in the PyTorch docs / forum style: named conv layers ("conv1",
"relu1", "pool1", ...), then a separate `OrderedDict` classifier with `nn.Flatten()`, Linear and
`nn.LogSoftmax(dim=1)`; `features` and `classifier` as attributes."""
# pivot-corpus: name=NamedNet input_shape=2,1,12,12
from collections import OrderedDict

import torch
import torch.nn as nn


class NamedNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(OrderedDict([
            ("conv1", nn.Conv2d(1, 6, 3)),
            ("relu1", nn.ReLU()),
            ("pool1", nn.MaxPool2d(2)),
            ("conv2", nn.Conv2d(6, 12, 3)),
            ("relu2", nn.ReLU()),
        ]))
        self.classifier = nn.Sequential(OrderedDict([
            ("flatten", nn.Flatten()),
            ("fc1", nn.Linear(12 * 3 * 3, 20)),
            ("relu3", nn.ReLU()),
            ("fc2", nn.Linear(20, 4)),
            ("output", nn.LogSoftmax(dim=1)),
        ]))

    def forward(self, x):
        return self.classifier(self.features(x))


model = NamedNet()
