"""LLM-generated style 3-D CNN for action recognition: Conv3d with `stride=(1, 2, 2)`, BatchNorm3d,
global pooling as `x.mean(dim=(2, 3, 4))`, Dropout then Linear."""
# pivot-corpus: name=Action3DCNN input_shape=2,3,6,24,24
import torch.nn as nn
import torch.nn.functional as F


class Action3DCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv3d(3, 16, kernel_size=3, stride=(1, 2, 2), padding=1)
        self.bn1 = nn.BatchNorm3d(16)
        self.conv2 = nn.Conv3d(16, 32, kernel_size=3, stride=2, padding=1)
        self.bn2 = nn.BatchNorm3d(32)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.relu(self.bn2(self.conv2(x)))
        x = x.mean(dim=(2, 3, 4))
        return self.fc(self.dropout(x))


model = Action3DCNN()
