"""Imitates the common PyTorch ports of EEGNet (Lawhern et al. 2018; e.g. the lab code of NYCU's DLP course and
its many forks): `firstconv` Conv2d with a `(1, 51)` kernel and `(0, 25)` padding, a `depthwiseConv` with a
`(2, 1)` kernel and `groups=16`, `nn.AvgPool2d(kernel_size=(1, 4), stride=(1, 4))`, a `separableConv` with a
`(1, 15)` kernel, the activation passed in as a module, `x.view(x.shape[0], -1)`. Time axis reduced to 128."""
# pivot-corpus: name=EEGNet input_shape=2,1,2,128
import torch
import torch.nn as nn


class EEGNet(nn.Module):
    def __init__(self, activation=nn.ELU(alpha=1.0), num_classes=2):
        super(EEGNet, self).__init__()
        self.firstconv = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=(1, 51), stride=(1, 1), padding=(0, 25), bias=False),
            nn.BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
        )
        self.depthwiseConv = nn.Sequential(
            nn.Conv2d(16, 32, kernel_size=(2, 1), stride=(1, 1), groups=16, bias=False),
            nn.BatchNorm2d(32, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True),
            activation,
            nn.AvgPool2d(kernel_size=(1, 4), stride=(1, 4), padding=0),
            nn.Dropout(p=0.25)
        )
        self.separableConv = nn.Sequential(
            nn.Conv2d(32, 32, kernel_size=(1, 15), stride=(1, 1), padding=(0, 7), bias=False),
            nn.BatchNorm2d(32, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True),
            activation,
            nn.AvgPool2d(kernel_size=(1, 8), stride=(1, 8), padding=0),
            nn.Dropout(p=0.25)
        )
        self.classify = nn.Sequential(
            nn.Linear(in_features=32 * 4, out_features=num_classes, bias=True)
        )

    def forward(self, x):
        x = self.firstconv(x)
        x = self.depthwiseConv(x)
        x = self.separableConv(x)
        x = x.view(x.shape[0], -1)
        x = self.classify(x)
        return x
