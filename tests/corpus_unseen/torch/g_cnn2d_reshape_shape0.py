"""LLM-generated style Fashion-MNIST CNN written with `self.flatten_dim` from a formula over `input_size`
and `num_pools`, a `nn.Flatten()` module and `nn.Linear(self.flatten_dim, hidden_dim)`; hidden_dim, dropout and
conv widths are constructor arguments with defaults."""
# pivot-corpus: name=FashionCNN input_shape=2,1,28,28
import torch
import torch.nn as nn


class FashionCNN(nn.Module):
    def __init__(self, input_size=28, conv1_out=16, conv2_out=32, hidden_dim=100, num_classes=10, dropout=0.25):
        super().__init__()
        num_pools = 2
        self.conv = nn.Sequential(
            nn.Conv2d(1, conv1_out, kernel_size=3, padding=1),
            nn.BatchNorm2d(conv1_out),
            nn.ReLU(),
            nn.MaxPool2d(kernel_size=2, stride=2),
            nn.Conv2d(conv1_out, conv2_out, kernel_size=3, padding=1),
            nn.BatchNorm2d(conv2_out),
            nn.ReLU(),
            nn.MaxPool2d(kernel_size=2, stride=2),
        )
        self.flatten_dim = conv2_out * (input_size // 2 ** num_pools) ** 2
        self.flatten = nn.Flatten()
        self.fc = nn.Sequential(
            nn.Linear(self.flatten_dim, hidden_dim),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden_dim, num_classes),
        )

    def forward(self, x):
        return self.fc(self.flatten(self.conv(x)))


model = FashionCNN()
