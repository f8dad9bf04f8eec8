"""LLM-generated style 3-D CNN for medical volumes: two Conv3d/MaxPool3d stages, the flattened size
computed as a class-level constant formula, `F.dropout(x, p=0.3, training=self.training)`, sigmoid output."""
# pivot-corpus: name=Volume3DNet input_shape=2,1,16,16,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class Volume3DNet(nn.Module):
    VOLUME = 16

    def __init__(self, in_channels=1):
        super().__init__()
        self.conv1 = nn.Conv3d(in_channels, 8, kernel_size=3, padding=1)
        self.conv2 = nn.Conv3d(8, 16, kernel_size=3, padding=1)
        self.pool = nn.MaxPool3d(2)
        flat = 16 * (self.VOLUME // 4) ** 3
        self.fc1 = nn.Linear(flat, 64)
        self.fc2 = nn.Linear(64, 1)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(-1, 16 * 4 * 4 * 4)
        x = F.relu(self.fc1(x))
        x = F.dropout(x, p=0.3, training=self.training)
        return torch.sigmoid(self.fc2(x))


model = Volume3DNet()
