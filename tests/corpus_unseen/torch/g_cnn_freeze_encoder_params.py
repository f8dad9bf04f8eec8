"""LLM-generated style transfer-style model that freezes its encoder in __init__:
`for param in self.encoder.parameters(): param.requires_grad = False` (training-only), then a trainable head;
`nn.AdaptiveAvgPool2d(1)` and `torch.flatten(x, 1)`."""
# pivot-corpus: name=FrozenEncoderNet input_shape=2,3,32,32
import torch
import torch.nn as nn


class FrozenEncoderNet(nn.Module):
    def __init__(self, num_classes=5, freeze_encoder=True):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
        )
        if freeze_encoder:
            for param in self.encoder.parameters():
                param.requires_grad = False
        self.head = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.encoder(x)
        x = torch.flatten(x, 1)
        return self.head(x)


model = FrozenEncoderNet()
