"""LLM-generated style CIFAR CNN whose flattened size is a formula of the constructor's arguments:
`self.flat_size = 64 * (img_size // 4) * (img_size // 4)` and `x.view(-1, self.flat_size)`; ReLU and pooling
written with F in forward, `padding=1` convs."""
# pivot-corpus: name=CifarCNN input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class CifarCNN(nn.Module):
    def __init__(self, num_classes: int = 10, img_size: int = 32, dropout: float = 0.5):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, kernel_size=3, padding=1)
        self.flat_size = 64 * (img_size // 4) * (img_size // 4)
        self.fc1 = nn.Linear(self.flat_size, 256)
        self.fc2 = nn.Linear(256, num_classes)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, self.flat_size)
        x = self.dropout(F.relu(self.fc1(x)))
        return self.fc2(x)


model = CifarCNN()
