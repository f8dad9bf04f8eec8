"""Old-style MNIST net written entirely with functional calls in forward: `F.max_pool2d(F.relu(...), 2)`,
`F.dropout(x, p=0.3, training=self.training)`, `x.view(-1, 320)` and `F.log_softmax(x, dim=1)`."""
# pivot-corpus: name=FuncNet input_shape=2,1,28,28
import torch.nn as nn
import torch.nn.functional as F


class FuncNet(nn.Module):
    def __init__(self):
        super(FuncNet, self).__init__()
        self.conv1 = nn.Conv2d(1, 10, kernel_size=5)
        self.conv2 = nn.Conv2d(10, 20, kernel_size=5)
        self.fc1 = nn.Linear(320, 50)
        self.fc2 = nn.Linear(50, 10)

    def forward(self, x):
        x = F.relu(F.max_pool2d(self.conv1(x), 2))
        x = F.relu(F.max_pool2d(F.dropout(self.conv2(x), p=0.3, training=self.training), 2))
        x = x.view(-1, 320)
        x = F.relu(self.fc1(x))
        x = F.dropout(x, p=0.3, training=self.training)
        x = self.fc2(x)
        return F.log_softmax(x, dim=1)


model = FuncNet()
