"""LLM-generated style CIFAR CNN: F.max_pool2d(F.relu(self.conv(x)), 2) nested calls, flattening with
x.reshape(-1, 64 * 8 * 8), torch.relu on the hidden Linear, F.log_softmax(x, dim=1)."""
# pivot-corpus: name=CifarNet input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class CifarNet(nn.Module):
    def __init__(self):
        super(CifarNet, self).__init__()
        self.conv1 = nn.Conv2d(3, 32, 3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.fc1 = nn.Linear(64 * 8 * 8, 256)
        self.fc2 = nn.Linear(256, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.reshape(-1, 64 * 8 * 8)
        x = torch.relu(self.fc1(x))
        x = self.fc2(x)
        return F.log_softmax(x, dim=1)


model = CifarNet()
