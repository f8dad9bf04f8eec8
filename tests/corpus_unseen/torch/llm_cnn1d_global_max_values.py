"""LLM-generated style 1-D CNN with global max pooling written as `x, _ = torch.max(x, dim=2)` (values and
indices unpacked, indices unused), LeakyReLU activations."""
# pivot-corpus: name=SignalMaxNet input_shape=2,3,64
import torch
import torch.nn as nn


class SignalMaxNet(nn.Module):
    def __init__(self, in_channels=3, num_classes=6):
        super().__init__()
        self.conv1 = nn.Conv1d(in_channels, 16, kernel_size=3, padding=1)
        self.conv2 = nn.Conv1d(16, 32, kernel_size=3, padding=1)
        self.act = nn.LeakyReLU(0.1)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.act(self.conv1(x))
        x = self.act(self.conv2(x))
        x, _ = torch.max(x, dim=2)
        return self.fc(x)


model = SignalMaxNet()
