"""3-D CNN whose head computes the flattened width from the config: `self.fc1 = nn.Linear(32 * 2 * 4 * 4,
64)`, forward `x = x.view(x.size(0), -1)`, `nn.AvgPool3d(2)`, `nn.Dropout3d`-free, ReLU via torch.relu."""
# pivot-corpus: name=Clip3D input_shape=2,3,8,16,16
import torch
import torch.nn as nn


class Clip3D(nn.Module):
    def __init__(self, num_classes=4):
        super().__init__()
        self.conv1 = nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool1 = nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2))
        self.conv2 = nn.Conv3d(16, 32, kernel_size=3, padding=1)
        self.pool2 = nn.AvgPool3d(2)
        self.pool3 = nn.MaxPool3d(2)
        self.fc1 = nn.Linear(32 * 2 * 2 * 2, 64)
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.pool1(torch.relu(self.conv1(x)))
        x = self.pool2(torch.relu(self.conv2(x)))
        x = self.pool3(x)
        x = x.view(x.size(0), -1)
        x = torch.relu(self.fc1(x))
        return self.fc2(x)


model = Clip3D()
