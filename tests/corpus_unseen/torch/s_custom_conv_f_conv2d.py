"""Custom-convolution style (a from-scratch Conv2d in a blog post): the kernel is `nn.Parameter(torch.randn(out_ch,
in_ch, k, k) * 0.1)` and the bias `nn.Parameter(torch.zeros(out_ch))`, applied with `F.conv2d(x, self.weight,
self.bias, stride=self.stride, padding=self.padding)`; a small classifier uses two of them."""
# pivot-corpus: name=ScratchCNN input_shape=2,3,16,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class ScratchConv2d(nn.Module):
    def __init__(self, in_ch, out_ch, k, stride=1, padding=0):
        super().__init__()
        self.stride = stride
        self.padding = padding
        self.weight = nn.Parameter(torch.randn(out_ch, in_ch, k, k) * 0.1)
        self.bias = nn.Parameter(torch.zeros(out_ch))

    def forward(self, x):
        return F.conv2d(x, self.weight, self.bias, stride=self.stride, padding=self.padding)


class ScratchCNN(nn.Module):
    def __init__(self, num_classes=5):
        super().__init__()
        self.conv1 = ScratchConv2d(3, 8, 3, padding=1)
        self.conv2 = ScratchConv2d(8, 16, 3, stride=2, padding=1)
        self.fc = nn.Linear(16, num_classes)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = F.adaptive_avg_pool2d(x, 1)
        x = torch.flatten(x, 1)
        return self.fc(x)


model = ScratchCNN()
