"""gT4: `self.apply(_weights_init)` of a top-level initialiser (akamaster's resnet.py): the function and the call
are training only, kept as comments with a PIV203 note (was PIV102: `nn.Linear` left in the function)."""
# pivot-corpus: name=Net input_shape=2,3,8,8
import torch.nn as nn
import torch.nn.init as init


def _weights_init(m):
    classname = m.__class__.__name__
    if isinstance(m, nn.Linear) or isinstance(m, nn.Conv2d):
        init.kaiming_normal_(m.weight)
    elif classname.find('BatchNorm') != -1:
        m.weight.data.fill_(1.0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.bn = nn.BatchNorm2d(4)
        self.fc = nn.Linear(4 * 8 * 8, 5)
        self.apply(_weights_init)

    def forward(self, x):
        x = self.bn(self.conv(x)).relu()
        return self.fc(x.view(x.size(0), -1))
