"""LLM-generated style (Claude, "Generate a PyTorch model: C3D-like action recognition network"): the C3D layout
with `pool1 = nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2))`, later pools (2, 2, 2), one reused
`self.relu`, `x.view(-1, 32 * 2 * 2 * 2)`, fc6/fc7/fc8 and dropout."""
# pivot-corpus: name=C3D input_shape=2,3,8,32,32
import torch
import torch.nn as nn


class C3D(nn.Module):
    def __init__(self, num_classes=5):
        super(C3D, self).__init__()
        self.conv1 = nn.Conv3d(3, 8, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool1 = nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2))
        self.conv2 = nn.Conv3d(8, 16, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool2 = nn.MaxPool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2))
        self.conv3a = nn.Conv3d(16, 32, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.conv3b = nn.Conv3d(32, 32, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool3 = nn.MaxPool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2))
        self.pool4 = nn.MaxPool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2))
        self.fc6 = nn.Linear(32 * 1 * 2 * 2, 64)
        self.fc7 = nn.Linear(64, 64)
        self.fc8 = nn.Linear(64, num_classes)
        self.dropout = nn.Dropout(p=0.5)
        self.relu = nn.ReLU()

    def forward(self, x):
        h = self.relu(self.conv1(x))
        h = self.pool1(h)
        h = self.relu(self.conv2(h))
        h = self.pool2(h)
        h = self.relu(self.conv3a(h))
        h = self.relu(self.conv3b(h))
        h = self.pool3(h)
        h = self.pool4(h)
        h = h.view(-1, 32 * 1 * 2 * 2)
        h = self.dropout(self.relu(self.fc6(h)))
        h = self.dropout(self.relu(self.fc7(h)))
        return self.fc8(h)
