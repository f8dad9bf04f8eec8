"""LLM-generated style ("3D CNN action recognition on short video clips"): the clip arrives as (N, T, C, H, W)
and is rearranged with `x.permute(0, 2, 1, 3, 4)` to (N, C, T, H, W) for Conv3d; pooling only in space first
(`MaxPool3d((1, 2, 2))`), then global average pooling via `x.mean(dim=[2, 3, 4])`."""
# pivot-corpus: name=VideoClassifier3D input_shape=2,8,3,32,32
import torch
import torch.nn as nn


class VideoClassifier3D(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool1 = nn.MaxPool3d(kernel_size=(1, 2, 2))
        self.conv2 = nn.Conv3d(16, 32, kernel_size=3, padding=1)
        self.pool2 = nn.MaxPool3d(kernel_size=2)
        self.relu = nn.ReLU()
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = x.permute(0, 2, 1, 3, 4)
        x = self.pool1(self.relu(self.conv1(x)))
        x = self.pool2(self.relu(self.conv2(x)))
        x = x.mean(dim=[2, 3, 4])
        return self.fc(x)


model = VideoClassifier3D()
