"""LLM-generated style 3-D CNN for short video clips (C, T, H, W): two Conv3d layers with F.relu and
nn.MaxPool3d((1, 2, 2)) then (2, 2, 2), flattened by `x.view(-1, self.flat_features)` where
flat_features = 32 * (frames // 2) * (size // 4) * (size // 4) is computed in __init__."""
# pivot-corpus: name=VideoConv3D input_shape=2,3,8,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class VideoConv3D(nn.Module):
    def __init__(self, num_classes=5, frames=8, size=32):
        super().__init__()
        self.conv1 = nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=1)
        self.pool1 = nn.MaxPool3d(kernel_size=(1, 2, 2))
        self.conv2 = nn.Conv3d(16, 32, kernel_size=(3, 3, 3), padding=1)
        self.pool2 = nn.MaxPool3d(kernel_size=(2, 2, 2))
        self.flat_features = 32 * (frames // 2) * (size // 4) * (size // 4)
        self.fc1 = nn.Linear(self.flat_features, 64)
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.pool1(F.relu(self.conv1(x)))
        x = self.pool2(F.relu(self.conv2(x)))
        x = x.view(-1, self.flat_features)
        x = F.relu(self.fc1(x))
        return self.fc2(x)


model = VideoConv3D()
