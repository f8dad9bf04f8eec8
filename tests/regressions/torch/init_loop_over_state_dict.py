"""g14 (prlz77's CIFAR ResNeXt): `for key in self.state_dict(): ... init.kaiming_normal_(self.state_dict()[key])
... self.state_dict()[key][...] = 1` in the constructor, a weight initialisation by parameter names, was kept in
Keras as written (exit 0, then `'Net' object has no attribute 'state_dict'`); it is training-only initialisation,
kept as a comment (PIV203) as `for m in self.modules():` loops are."""
# pivot-corpus: name=Net input_shape=2,3,8,8
import torch.nn as nn
from torch.nn import init


class Net(nn.Module):
    def __init__(self, num_classes=3):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(4)
        self.fc = nn.Linear(4, num_classes)
        for key in self.state_dict():
            if key.split('.')[-1] == 'weight':
                if 'conv' in key:
                    init.kaiming_normal_(self.state_dict()[key], mode='fan_out')
                if 'bn' in key:
                    self.state_dict()[key][...] = 1
            elif key.split('.')[-1] == 'bias':
                self.state_dict()[key][...] = 0

    def forward(self, x):
        x = self.bn(self.conv(x)).relu()
        return self.fc(x.mean((2, 3)))
