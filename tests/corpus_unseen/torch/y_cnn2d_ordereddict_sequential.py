"""Imitates a GPT-4 answer to "Write a PyTorch model class for Fashion-MNIST, input shape (N, 1, 28, 28), output
(N, 10)": `nn.Sequential(OrderedDict([...]))` with named layers for both the feature extractor and the
classifier, `nn.Flatten()` inside the classifier."""
# pivot-corpus: name=FashionCNN input_shape=3,1,28,28
from collections import OrderedDict

import torch
import torch.nn as nn


class FashionCNN(nn.Module):
    def __init__(self, in_channels: int = 1, num_classes: int = 10):
        super().__init__()
        self.features = nn.Sequential(OrderedDict([
            ("conv1", nn.Conv2d(in_channels, 16, kernel_size=3, padding=1)),
            ("bn1", nn.BatchNorm2d(16)),
            ("relu1", nn.ReLU(inplace=True)),
            ("pool1", nn.MaxPool2d(2)),
            ("conv2", nn.Conv2d(16, 32, kernel_size=3, padding=1)),
            ("bn2", nn.BatchNorm2d(32)),
            ("relu2", nn.ReLU(inplace=True)),
            ("pool2", nn.MaxPool2d(2)),
        ]))
        self.classifier = nn.Sequential(OrderedDict([
            ("flatten", nn.Flatten()),
            ("fc1", nn.Linear(32 * 7 * 7, 64)),
            ("relu3", nn.ReLU(inplace=True)),
            ("dropout", nn.Dropout(0.25)),
            ("fc2", nn.Linear(64, num_classes)),
        ]))

    def forward(self, x):
        return self.classifier(self.features(x))
