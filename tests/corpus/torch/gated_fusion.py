"""Two-stream 1-D model: a convolutional stream and a dense stream fused by gating and addition."""
# pivot-corpus: name=GatedFusion input_shape=2,8,32
import torch
from torch import nn
import torch.nn.functional as F


class GatedFusion(nn.Module):
    def __init__(self, channels=8, length=32, num_classes=6):
        super().__init__()
        self.conv = nn.Conv1d(channels, 16, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm1d(16)
        self.pool = nn.MaxPool1d(kernel_size=4)
        self.conv_proj = nn.Linear(16 * (length // 4), 64)
        self.flat = nn.Flatten()
        self.dense = nn.Linear(channels * length, 64)
        self.gate = nn.Linear(channels * length, 64)
        self.dropout = nn.Dropout(0.1)
        self.classifier = nn.Linear(64, num_classes)

    def forward(self, x):
        flat = self.flat(x)
        conv = self.pool(F.relu(self.bn(self.conv(x))))
        conv = self.conv_proj(conv.view(conv.size(0), -1))
        dense = F.gelu(self.dense(flat))
        g = torch.sigmoid(self.gate(flat))
        fused = g * conv + dense
        fused = self.dropout(F.leaky_relu(fused))
        return self.classifier(fused)
