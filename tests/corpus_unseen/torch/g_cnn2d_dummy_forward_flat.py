"""LLM-generated style CNN that sizes its classifier by a dummy forward pass in __init__:
`with torch.no_grad(): dummy = torch.zeros(1, in_channels, img_size, img_size)` through the conv stack,
`self.flat_size = out.view(1, -1).size(1)`, then forward does `x.view(-1, self.flat_size)`."""
# pivot-corpus: name=MNISTConvNet input_shape=2,1,28,28
import torch
import torch.nn as nn


class MNISTConvNet(nn.Module):
    def __init__(self, in_channels=1, num_classes=10, img_size=28):
        super(MNISTConvNet, self).__init__()
        self.conv_layers = nn.Sequential(
            nn.Conv2d(in_channels, 32, kernel_size=3),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(32, 64, kernel_size=3),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        with torch.no_grad():
            dummy = torch.zeros(1, in_channels, img_size, img_size)
            out = self.conv_layers(dummy)
            self.flat_size = out.view(1, -1).size(1)
        self.fc1 = nn.Linear(self.flat_size, 128)
        self.relu = nn.ReLU()
        self.dropout = nn.Dropout(0.5)
        self.fc2 = nn.Linear(128, num_classes)

    def forward(self, x):
        x = self.conv_layers(x)
        x = x.view(-1, self.flat_size)
        x = self.dropout(self.relu(self.fc1(x)))
        return self.fc2(x)


model = MNISTConvNet()
