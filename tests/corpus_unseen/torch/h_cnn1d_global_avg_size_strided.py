"""LLM-generated style strided 1-D CNN for accelerometer windows: Conv1d with stride 2, global average by
`F.avg_pool1d(x, x.size(-1))`, `x.view(-1, 64)`, `F.log_softmax(x, dim=-1)`."""
# pivot-corpus: name=StridedCNN1D input_shape=2,3,100
import torch.nn as nn
import torch.nn.functional as F


class StridedCNN1D(nn.Module):
    def __init__(self, in_channels=3, n_classes=6):
        super().__init__()
        self.c1 = nn.Conv1d(in_channels, 32, kernel_size=5, stride=2)
        self.b1 = nn.BatchNorm1d(32)
        self.c2 = nn.Conv1d(32, 64, kernel_size=3, stride=2)
        self.b2 = nn.BatchNorm1d(64)
        self.fc = nn.Linear(64, n_classes)

    def forward(self, x):
        x = F.relu(self.b1(self.c1(x)))
        x = F.relu(self.b2(self.c2(x)))
        x = F.avg_pool1d(x, x.size(-1))
        x = x.view(-1, 64)
        return F.log_softmax(self.fc(x), dim=-1)


model = StridedCNN1D()
