"""Imitates a Mistral answer to "a configurable 1-D CNN for text-free sequence classification": `self.convs =
nn.ModuleList()` appended in a `for` over `channels` with `kernel_sizes` zipped in, BatchNorm1d and MaxPool1d
per block, global max over time as `torch.max(x, dim=2)[0]`."""
# pivot-corpus: name=Conv1DClassifier input_shape=2,3,96
import torch
import torch.nn as nn


class Conv1DClassifier(nn.Module):
    def __init__(self, in_channels=3, channels=(16, 32, 64), kernel_sizes=(7, 5, 3), num_classes=4):
        super().__init__()
        self.convs = nn.ModuleList()
        self.norms = nn.ModuleList()
        prev = in_channels
        for ch, k in zip(channels, kernel_sizes):
            self.convs.append(nn.Conv1d(prev, ch, kernel_size=k, padding=k // 2))
            self.norms.append(nn.BatchNorm1d(ch))
            prev = ch
        self.pool = nn.MaxPool1d(2)
        self.fc = nn.Linear(prev, num_classes)

    def forward(self, x):
        for conv, norm in zip(self.convs, self.norms):
            x = self.pool(torch.relu(norm(conv(x))))
        x = torch.max(x, dim=2)[0]
        return self.fc(x)
