"""LLM-generated style (Claude-like, "PyTorch model for ECG arrhythmia detection"): parallel `nn.ModuleList`s of
convolutions and batch norms iterated with `zip`, a residual `x = x + out` per stage, `torch.max(x, dim=2)[0]`
global max pooling and a Linear head."""
# pivot-corpus: name=ECGResNet input_shape=2,1,200
import torch
import torch.nn as nn
import torch.nn.functional as F


class ECGResNet(nn.Module):
    def __init__(self, in_channels: int = 1, channels: int = 32, num_blocks: int = 3, num_classes: int = 5):
        super().__init__()
        self.stem = nn.Conv1d(in_channels, channels, kernel_size=7, padding=3)
        self.convs = nn.ModuleList([nn.Conv1d(channels, channels, kernel_size=5, padding=2)
                                    for _ in range(num_blocks)])
        self.norms = nn.ModuleList([nn.BatchNorm1d(channels) for _ in range(num_blocks)])
        self.fc = nn.Linear(channels, num_classes)

    def forward(self, x):
        x = F.relu(self.stem(x))
        for conv, bn in zip(self.convs, self.norms):
            out = F.relu(bn(conv(x)))
            x = x + out
        x = torch.max(x, dim=2)[0]
        return self.fc(x)


model = ECGResNet()
