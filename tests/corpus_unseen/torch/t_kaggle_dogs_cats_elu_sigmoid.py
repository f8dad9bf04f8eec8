"""Kaggle "Dogs vs. Cats" notebook style: `F.elu` activations, `F.max_pool2d(x, 2)`, `torch.flatten(x, 1)`, a
single-logit head and `torch.sigmoid` in forward."""
# pivot-corpus: name=CatDogNet input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class CatDogNet(nn.Module):
    def __init__(self):
        super(CatDogNet, self).__init__()
        self.conv1 = nn.Conv2d(3, 8, kernel_size=5)
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3)
        self.conv3 = nn.Conv2d(16, 16, kernel_size=3)
        self.fc1 = nn.Linear(16 * 2 * 2, 32)
        self.fc2 = nn.Linear(32, 1)

    def forward(self, x):
        x = F.max_pool2d(F.elu(self.conv1(x)), 2)
        x = F.max_pool2d(F.elu(self.conv2(x)), 2)
        x = F.max_pool2d(F.elu(self.conv3(x)), 2)
        x = torch.flatten(x, 1)
        x = F.elu(self.fc1(x))
        x = torch.sigmoid(self.fc2(x))
        return x


model = CatDogNet()
