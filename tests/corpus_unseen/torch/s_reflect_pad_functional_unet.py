"""Denoising-CNN blog style (DnCNN-like with functional padding): `F.pad(x, (1, 1, 1, 1), mode='reflect')` before
each unpadded Conv2d in a loop over a ModuleList, a residual `x - noise` output."""
# pivot-corpus: name=DnCNNLite input_shape=2,1,12,12
import torch
import torch.nn as nn
import torch.nn.functional as F


class DnCNNLite(nn.Module):
    def __init__(self, channels=1, features=8, num_layers=4):
        super(DnCNNLite, self).__init__()
        self.first = nn.Conv2d(channels, features, kernel_size=3, padding=0)
        self.mid = nn.ModuleList([nn.Conv2d(features, features, kernel_size=3, padding=0, bias=False)
                                  for _ in range(num_layers - 2)])
        self.bns = nn.ModuleList([nn.BatchNorm2d(features) for _ in range(num_layers - 2)])
        self.last = nn.Conv2d(features, channels, kernel_size=3, padding=0)

    def forward(self, x):
        out = F.relu(self.first(F.pad(x, (1, 1, 1, 1), mode='reflect')))
        for conv, bn in zip(self.mid, self.bns):
            out = F.relu(bn(conv(F.pad(out, (1, 1, 1, 1), mode='reflect'))))
        noise = self.last(F.pad(out, (1, 1, 1, 1), mode='reflect'))
        return x - noise


model = DnCNNLite()
