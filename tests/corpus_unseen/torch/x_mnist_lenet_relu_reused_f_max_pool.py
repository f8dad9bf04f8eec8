"""LLM-generated style (ChatGPT, the classic "Generate a PyTorch model: LeNet-5 for MNIST"): `self.relu` reused,
`nn.MaxPool2d` reused, padding=2 on the first conv, `x.view(-1, 16 * 5 * 5)`, and a `__repr__`-style docstring."""
# pivot-corpus: name=LeNet5 input_shape=3,1,28,28
import torch
import torch.nn as nn


class LeNet5(nn.Module):
    """LeNet-5: conv(6) -> pool -> conv(16) -> pool -> fc(120) -> fc(84) -> fc(10)."""

    def __init__(self):
        super(LeNet5, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, kernel_size=5, stride=1, padding=2)
        self.conv2 = nn.Conv2d(6, 16, kernel_size=5)
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.relu = nn.ReLU(inplace=True)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(self.relu(self.conv1(x)))
        x = self.pool(self.relu(self.conv2(x)))
        x = x.view(-1, 16 * 5 * 5)
        x = self.relu(self.fc1(x))
        x = self.relu(self.fc2(x))
        return self.fc3(x)
