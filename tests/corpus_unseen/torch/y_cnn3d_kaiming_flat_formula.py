"""Imitates a Llama answer to "Write a PyTorch model class for action recognition on short clips, input shape
(N, 3, 8, 24, 24), output (N, 4)": Conv3d layers with `F.relu`, `nn.MaxPool3d((1, 2, 2))` then
`nn.MaxPool3d(2)`, the flattened size written out as `32 * 4 * 6 * 6`, `x.view(x.size(0), -1)`, and
kaiming_normal_ init in a loop over `self.modules()`."""
# pivot-corpus: name=Clip3DNet input_shape=2,3,8,24,24
import torch
import torch.nn as nn
import torch.nn.functional as F


class Clip3DNet(nn.Module):
    def __init__(self, num_classes=4):
        super(Clip3DNet, self).__init__()
        self.conv1 = nn.Conv3d(3, 16, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool1 = nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2))
        self.conv2 = nn.Conv3d(16, 32, kernel_size=(3, 3, 3), padding=(1, 1, 1))
        self.pool2 = nn.MaxPool3d(kernel_size=2, stride=2)
        self.fc1 = nn.Linear(32 * 4 * 6 * 6, 64)
        self.fc2 = nn.Linear(64, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv3d):
                nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            elif isinstance(m, nn.Linear):
                nn.init.xavier_normal_(m.weight)

    def forward(self, x):
        x = self.pool1(F.relu(self.conv1(x)))
        x = self.pool2(F.relu(self.conv2(x)))
        x = x.view(x.size(0), -1)
        x = F.relu(self.fc1(x))
        return self.fc2(x)
