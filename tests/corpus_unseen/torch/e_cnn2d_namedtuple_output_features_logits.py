"""LLM-generated style ("Write a PyTorch CNN for 28x28 Fashion-MNIST that returns logits, probabilities and
the penultimate features"): a `ModelOutput(NamedTuple)` returned from forward, `nn.Conv2d` + `nn.BatchNorm2d`
declared one by one and applied with `F.relu(self.bn1(self.conv1(x)))` and `F.max_pool2d(x, 2)`, `x.flatten(1)`."""
# pivot-corpus: name=FashionCNN input_shape=4,1,28,28
from typing import NamedTuple

import torch
import torch.nn as nn
import torch.nn.functional as F

NUM_CLASSES = 10


class ModelOutput(NamedTuple):
    logits: torch.Tensor
    probs: torch.Tensor
    features: torch.Tensor


class FashionCNN(nn.Module):
    """Two-conv CNN returning a named tuple."""

    def __init__(self, num_classes: int = NUM_CLASSES, feature_dim: int = 128) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(32)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(64)
        self.fc1 = nn.Linear(64 * 7 * 7, feature_dim)
        self.fc2 = nn.Linear(feature_dim, num_classes)

    def forward(self, x: torch.Tensor) -> ModelOutput:
        x = F.max_pool2d(F.relu(self.bn1(self.conv1(x))), 2)    # (N, 32, 14, 14)
        x = F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2)    # (N, 64, 7, 7)
        features = F.relu(self.fc1(x.flatten(1)))               # (N, 128)
        logits = self.fc2(features)
        return ModelOutput(logits=logits, probs=F.softmax(logits, dim=-1), features=features)


if __name__ == "__main__":
    out = FashionCNN()(torch.randn(4, 1, 28, 28))
    print(out.logits.shape, out.features.shape)
