"""g14 (EEGNet's PyTorch ports): `def __init__(self, activation=nn.ELU(alpha=0.5))`, the parameter then an element
of two nn.Sequentials and kept as `self.act = act`: was PIV104 ("`activation` in nn.Sequential is not a module call
Pivot can follow"); a parameter whose default builds a weightless module that keeps the shape is read as that
module, and Keras gets the same parameter with the Keras layer as its default."""
# pivot-corpus: name=Net input_shape=2,1,4,16
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, activation=nn.ELU(alpha=0.5), act=nn.LeakyReLU(0.2), num_classes=3):
        super().__init__()
        self.first = nn.Sequential(nn.Conv2d(1, 8, (1, 5), padding=(0, 2), bias=False), nn.BatchNorm2d(8),
                                   activation, nn.AvgPool2d((1, 2)))
        self.second = nn.Sequential(nn.Conv2d(8, 8, (4, 1), bias=False), nn.BatchNorm2d(8), activation)
        self.act = act
        self.fc = nn.Linear(8 * 8, num_classes)

    def forward(self, x):
        x = self.second(self.first(x))
        x = self.act(x)
        return self.fc(x.view(x.shape[0], -1))
