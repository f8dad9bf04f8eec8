"""PANNs-like pooling written in a student's audio tagger: conv blocks on (N, 1, T, F) log-mel input, then
`x = torch.mean(x, dim=3)` over frequency, `(x1, _) = torch.max(x, dim=2)` and `x2 = torch.mean(x, dim=2)` over
time, summed, then `F.dropout(..., training=self.training)` and `torch.sigmoid` of a Linear."""
# pivot-corpus: name=AudioTagger input_shape=2,1,20,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvBlock(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(out_channels)

    def forward(self, x, pool_size=(2, 2)):
        x = F.relu_(self.bn(self.conv(x)))
        x = F.avg_pool2d(x, kernel_size=pool_size)
        return x


class AudioTagger(nn.Module):
    def __init__(self, classes_num=6):
        super().__init__()
        self.block1 = ConvBlock(1, 8)
        self.block2 = ConvBlock(8, 16)
        self.fc1 = nn.Linear(16, 16, bias=True)
        self.fc_audioset = nn.Linear(16, classes_num, bias=True)

    def forward(self, x):
        x = self.block1(x, pool_size=(2, 2))
        x = F.dropout(x, p=0.2, training=self.training)
        x = self.block2(x, pool_size=(2, 2))
        x = torch.mean(x, dim=3)
        (x1, _) = torch.max(x, dim=2)
        x2 = torch.mean(x, dim=2)
        x = x1 + x2
        x = F.relu_(self.fc1(x))
        return torch.sigmoid(self.fc_audioset(x))


model = AudioTagger()
