"""LLM-generated style binary image classifier (e.g. "cats vs dogs"): conv blocks in nn.Sequential, an
`nn.AdaptiveAvgPool2d(1)`, `nn.Flatten()`, a single-logit Linear and `torch.sigmoid(logits).squeeze(1)`."""
# pivot-corpus: name=BinaryCNN input_shape=2,3,64,64
import torch
import torch.nn as nn


class BinaryCNN(nn.Module):
    def __init__(self, in_channels=3, base=8):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(in_channels, base, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(base, base * 2, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(base * 2, base * 4, 3, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.fc = nn.Linear(base * 4, 1)

    def forward(self, x):
        logits = self.fc(self.net(x))
        return torch.sigmoid(logits).squeeze(1)


model = BinaryCNN()
