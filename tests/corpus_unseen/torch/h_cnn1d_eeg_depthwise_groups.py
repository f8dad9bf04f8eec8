"""LLM-generated style EEG classifier (EEGNet-like, 1-D): a temporal Conv1d, a depthwise Conv1d with
`groups=channels`, a pointwise Conv1d, BatchNorm1d, ELU, AvgPool1d, `torch.flatten(x, start_dim=1)`."""
# pivot-corpus: name=EEGConvNet input_shape=2,8,128
import torch
import torch.nn as nn


class EEGConvNet(nn.Module):
    def __init__(self, n_channels=8, n_classes=4, F1=16, D=2):
        super().__init__()
        self.temporal = nn.Conv1d(n_channels, F1, kernel_size=15, padding=7, bias=False)
        self.bn1 = nn.BatchNorm1d(F1)
        self.depthwise = nn.Conv1d(F1, F1 * D, kernel_size=5, padding=2, groups=F1, bias=False)
        self.pointwise = nn.Conv1d(F1 * D, F1 * D, kernel_size=1, bias=False)
        self.bn2 = nn.BatchNorm1d(F1 * D)
        self.act = nn.ELU()
        self.pool = nn.AvgPool1d(4)
        self.drop = nn.Dropout(0.25)
        self.fc = nn.Linear(F1 * D * (128 // 16), n_classes)

    def forward(self, x):
        x = self.bn1(self.temporal(x))
        x = self.act(self.bn2(self.pointwise(self.depthwise(x))))
        x = self.drop(self.pool(x))
        x = self.pool(x)
        x = torch.flatten(x, start_dim=1)
        return self.fc(x)


model = EEGConvNet()
