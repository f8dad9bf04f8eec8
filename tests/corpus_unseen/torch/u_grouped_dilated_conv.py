"""2-D CNN with grouped and dilated convolutions (`groups=4`, `dilation=2`), a `nn.Hardtanh` and
`nn.ReLU6`, `nn.AdaptiveMaxPool2d((2, 2))` then `x.reshape(x.shape[0], -1)`."""
# pivot-corpus: name=GroupDilatedNet input_shape=2,4,20,20
import torch.nn as nn


class GroupDilatedNet(nn.Module):
    def __init__(self, num_classes=3):
        super().__init__()
        self.conv1 = nn.Conv2d(4, 16, 3, padding=1, groups=4)
        self.act1 = nn.ReLU6()
        self.conv2 = nn.Conv2d(16, 16, 3, padding=2, dilation=2, groups=4)
        self.act2 = nn.Hardtanh()
        self.conv3 = nn.Conv2d(16, 32, 1)
        self.pool = nn.AdaptiveMaxPool2d((2, 2))
        self.fc = nn.Linear(32 * 2 * 2, num_classes)

    def forward(self, x):
        x = self.act1(self.conv1(x))
        x = self.act2(self.conv2(x))
        x = self.pool(self.conv3(x))
        x = x.reshape(x.shape[0], -1)
        return self.fc(x)


model = GroupDilatedNet()
