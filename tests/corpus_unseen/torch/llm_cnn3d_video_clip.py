"""LLM-generated style C3D-like video classifier: Conv3d with tuple kernel_size/padding, MaxPool3d((1, 2, 2))
that keeps the time axis, x.view(x.size(0), -1) into a fully connected head sized by hand."""
# pivot-corpus: name=VideoC3D input_shape=2,3,8,16,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class VideoC3D(nn.Module):
    def __init__(self, num_classes=5):
        super(VideoC3D, self).__init__()
        self.conv1 = nn.Conv3d(3, 8, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool1 = nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2))
        self.conv2 = nn.Conv3d(8, 16, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool2 = nn.MaxPool3d(kernel_size=(2, 2, 2), stride=(2, 2, 2))
        self.fc1 = nn.Linear(16 * 4 * 4 * 4, 64)
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.pool1(F.relu(self.conv1(x)))
        x = self.pool2(F.relu(self.conv2(x)))
        x = x.view(x.size(0), -1)
        x = F.relu(self.fc1(x))
        return self.fc2(x)


model = VideoC3D()
