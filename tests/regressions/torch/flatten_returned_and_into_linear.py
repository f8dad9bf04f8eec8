"""gp3: `feats = torch.flatten(x, 1); return self.fc(feats), feats` after convs: the flattened features are both
returned and read by a Linear. One order serves both: the flatten keeps PyTorch's channels-first order in Keras and
the Linear takes PyTorch's weights as they are (was a named error; flattening once, never in two orders)."""
# pivot-corpus: name=Net input_shape=2,3,8,8
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
        self.conv2 = nn.Conv2d(4, 6, 3, stride=2, padding=1)
        self.fc = nn.Linear(6 * 4 * 4, 5)

    def forward(self, x):
        x = torch.relu(self.conv1(x))
        x = torch.relu(self.conv2(x))
        feats = torch.flatten(x, 1)
        return self.fc(feats), feats
