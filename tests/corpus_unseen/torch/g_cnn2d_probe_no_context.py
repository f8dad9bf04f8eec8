"""LLM-generated style CNN sizing its head by a dummy forward pass written straight in __init__ (no
`torch.no_grad()` block): `x = torch.zeros(1, 3, 32, 32)`, `x = self.features(x)`,
`self.flatten_dim = x.view(1, -1).shape[1]`; `padding='same'` convs, forward `x.view(x.size(0), -1)`."""
# pivot-corpus: name=ProbeCNN input_shape=2,3,32,32
import torch
import torch.nn as nn


class ProbeCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding='same'),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding='same'),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        x = torch.zeros(1, 3, 32, 32)
        x = self.features(x)
        self.flatten_dim = x.view(1, -1).shape[1]
        self.classifier = nn.Linear(self.flatten_dim, num_classes)

    def forward(self, x):
        x = self.features(x)
        x = x.view(x.size(0), -1)
        return self.classifier(x)


model = ProbeCNN()
