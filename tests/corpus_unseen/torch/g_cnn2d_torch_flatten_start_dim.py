"""LLM-generated style image classifier: a `features` Sequential, `nn.AdaptiveAvgPool2d((1, 1))`, then
`torch.flatten(x, start_dim=1)` (keyword) in forward, and a classifier Sequential with Dropout."""
# pivot-corpus: name=ImageClassifier input_shape=2,3,64,64
import torch
import torch.nn as nn


class ImageClassifier(nn.Module):
    """Simple convolutional image classifier."""

    def __init__(self, num_classes=6, base_filters=16):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, base_filters, 3, padding=1),
            nn.BatchNorm2d(base_filters),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2, 2),
            nn.Conv2d(base_filters, base_filters * 2, 3, padding=1),
            nn.BatchNorm2d(base_filters * 2),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2, 2),
            nn.Conv2d(base_filters * 2, base_filters * 4, 3, padding=1),
            nn.BatchNorm2d(base_filters * 4),
            nn.ReLU(inplace=True),
        )
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.classifier = nn.Sequential(
            nn.Dropout(p=0.4),
            nn.Linear(base_filters * 4, 64),
            nn.ReLU(inplace=True),
            nn.Linear(64, num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = self.avgpool(x)
        x = torch.flatten(x, start_dim=1)
        x = self.classifier(x)
        return x


model = ImageClassifier()
