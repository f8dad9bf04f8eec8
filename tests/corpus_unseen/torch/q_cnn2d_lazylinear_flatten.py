"""LLM-generated style ("CNN for Fashion-MNIST without computing the flatten size by hand"): `nn.Flatten()` then
`nn.LazyLinear(128)`, so the input size of the first Linear is inferred on the first call."""
# pivot-corpus: name=FashionCNN input_shape=2,1,28,28
import torch
import torch.nn as nn


class FashionCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.classifier = nn.Sequential(
            nn.Flatten(),
            nn.LazyLinear(128),
            nn.ReLU(),
            nn.Dropout(0.3),
            nn.Linear(128, num_classes),
        )

    def forward(self, x):
        return self.classifier(self.features(x))


model = FashionCNN()
model(torch.zeros(1, 1, 28, 28))  # materialise the lazy layer
