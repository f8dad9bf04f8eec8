"""Imitates a Mistral answer to "a CNN for Fashion-MNIST with PReLU": `nn.PReLU()` (one shared slope) and
`nn.PReLU(num_parameters=channels)`, `nn.Dropout2d(0.2)`, `nn.AvgPool2d(2)`, and `x.reshape(x.shape[0], -1)`."""
# pivot-corpus: name=FashionCNN input_shape=2,1,28,28
import torch
import torch.nn as nn


class FashionCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer1 = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=3, padding=1),
            nn.BatchNorm2d(16),
            nn.PReLU(),
            nn.MaxPool2d(kernel_size=2, stride=2),
        )
        self.layer2 = nn.Sequential(
            nn.Conv2d(16, 32, kernel_size=3),
            nn.BatchNorm2d(32),
            nn.PReLU(num_parameters=32),
            nn.AvgPool2d(2),
            nn.Dropout2d(0.2),
        )
        self.fc1 = nn.Linear(32 * 6 * 6, 64)
        self.fc2 = nn.Linear(64, 10)

    def forward(self, x):
        out = self.layer1(x)
        out = self.layer2(out)
        out = out.reshape(out.shape[0], -1)
        out = torch.relu(self.fc1(out))
        return self.fc2(out)
