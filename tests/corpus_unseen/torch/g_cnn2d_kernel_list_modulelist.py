"""LLM-generated style CNN with per-layer hyper-parameter lists: `channels=[16, 32, 64]`,
`kernel_sizes=[5, 3, 3]`, convs and batch norms appended to two nn.ModuleLists in `for i in range(len(...))`
with `in_ch = out_ch`, F.max_pool2d in the forward loop, global average pool by `x.mean(dim=[2, 3])`."""
# pivot-corpus: name=ConfigurableCNN input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class ConfigurableCNN(nn.Module):
    def __init__(self, in_channels=3, channels=[16, 32, 64], kernel_sizes=[5, 3, 3], num_classes=10):
        super().__init__()
        assert len(channels) == len(kernel_sizes)
        self.convs = nn.ModuleList()
        self.bns = nn.ModuleList()
        in_ch = in_channels
        for i in range(len(channels)):
            out_ch = channels[i]
            k = kernel_sizes[i]
            self.convs.append(nn.Conv2d(in_ch, out_ch, kernel_size=k, padding=k // 2))
            self.bns.append(nn.BatchNorm2d(out_ch))
            in_ch = out_ch
        self.fc = nn.Linear(in_ch, num_classes)

    def forward(self, x):
        for conv, bn in zip(self.convs, self.bns):
            x = F.relu(bn(conv(x)))
            x = F.max_pool2d(x, 2)
        x = x.mean(dim=[2, 3])
        return self.fc(x)


model = ConfigurableCNN()
