"""Imitates a Mistral answer to "Write a PyTorch model class for the classic LeNet-5, input shape (N, 1, 32, 32),
output (N, 10)": `nn.Sequential` feature extractor with `nn.Tanh()` and `nn.AvgPool2d(kernel_size=2, stride=2)`,
a C5 `nn.Conv2d(16, 120, 5)`, `x.view(-1, 120)`, and a classifier with `nn.Softmax(dim=1)` output."""
# pivot-corpus: name=LeNet5 input_shape=2,1,32,32
import torch
import torch.nn as nn


class LeNet5(nn.Module):
    def __init__(self, n_classes=10):
        super(LeNet5, self).__init__()
        self.feature_extractor = nn.Sequential(
            nn.Conv2d(in_channels=1, out_channels=6, kernel_size=5, stride=1),
            nn.Tanh(),
            nn.AvgPool2d(kernel_size=2, stride=2),
            nn.Conv2d(in_channels=6, out_channels=16, kernel_size=5, stride=1),
            nn.Tanh(),
            nn.AvgPool2d(kernel_size=2, stride=2),
            nn.Conv2d(in_channels=16, out_channels=120, kernel_size=5, stride=1),
            nn.Tanh(),
        )
        self.classifier = nn.Sequential(
            nn.Linear(in_features=120, out_features=84),
            nn.Tanh(),
            nn.Linear(in_features=84, out_features=n_classes),
        )
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        x = self.feature_extractor(x)
        x = x.view(-1, 120)
        logits = self.classifier(x)
        probs = self.softmax(logits)
        return probs
