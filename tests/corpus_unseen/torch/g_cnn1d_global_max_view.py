"""LLM-generated style 1-D CNN for ECG beats: stride-2 Conv1d layers with `dilation` growing per layer from a
list, `F.adaptive_max_pool1d(x, 1).view(x.size(0), -1)` as global max pooling, then a Linear head."""
# pivot-corpus: name=ECGNet input_shape=2,1,187
import torch
import torch.nn as nn
import torch.nn.functional as F


class ECGNet(nn.Module):
    def __init__(self, in_channels=1, num_classes=5, filters=[16, 32, 64], dilations=[1, 2, 4]):
        super().__init__()
        self.layers = nn.ModuleList()
        ch = in_channels
        for f, d in zip(filters, dilations):
            self.layers.append(nn.Conv1d(ch, f, kernel_size=3, padding=d, dilation=d))
            self.layers.append(nn.BatchNorm1d(f))
            self.layers.append(nn.ReLU())
            ch = f
        self.out = nn.Linear(ch, num_classes)

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        x = F.adaptive_max_pool1d(x, 1).view(x.size(0), -1)
        return self.out(x)


model = ECGNet()
