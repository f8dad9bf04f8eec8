"""LLM-generated style CNN: conv blocks built in a loop over a channel list with `layers += [...]`,
ReLU(inplace=True), a classifier nn.Sequential with AdaptiveAvgPool2d and Flatten."""
# pivot-corpus: name=SimpleCNN input_shape=2,3,32,32
import torch
import torch.nn as nn


class SimpleCNN(nn.Module):
    def __init__(self, in_channels=3, num_classes=10, channels=(16, 32, 64)):
        super().__init__()
        layers = []
        for out_channels in channels:
            layers += [
                nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1),
                nn.BatchNorm2d(out_channels),
                nn.ReLU(inplace=True),
                nn.MaxPool2d(kernel_size=2, stride=2),
            ]
            in_channels = out_channels
        self.features = nn.Sequential(*layers)
        self.classifier = nn.Sequential(
            nn.AdaptiveAvgPool2d((1, 1)),
            nn.Flatten(),
            nn.Linear(channels[-1], num_classes),
        )

    def forward(self, x):
        x = self.features(x)
        x = self.classifier(x)
        return x


model = SimpleCNN()
