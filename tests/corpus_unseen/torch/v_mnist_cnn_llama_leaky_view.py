"""Imitates a Llama-2 answer to "a CNN for MNIST": functional style with `F.leaky_relu(x, 0.2)` and
`F.max_pool2d(x, 2)`, `x.view(-1, 64 * 7 * 7)` with the size written out, `F.log_softmax(x, dim=1)`."""
# pivot-corpus: name=Net input_shape=2,1,28,28
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.dropout1 = nn.Dropout2d(0.25)
        self.fc1 = nn.Linear(64 * 7 * 7, 128)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x):
        x = F.leaky_relu(self.conv1(x), 0.2)
        x = F.max_pool2d(x, 2)
        x = F.leaky_relu(self.conv2(x), 0.2)
        x = F.max_pool2d(x, 2)
        x = self.dropout1(x)
        x = x.view(-1, 64 * 7 * 7)
        x = F.leaky_relu(self.fc1(x), negative_slope=0.2)
        x = self.fc2(x)
        return F.log_softmax(x, dim=1)


model = Net()
