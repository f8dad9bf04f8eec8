"""CNN whose conv blocks come from a `@staticmethod def _conv_block(in_c, out_c)` returning an
nn.Sequential, global average pooling as `x.mean(dim=[2, 3])`."""
# pivot-corpus: name=BlockNet input_shape=2,3,32,32
import torch.nn as nn


class BlockNet(nn.Module):
    def __init__(self, num_classes=6):
        super().__init__()
        self.block1 = self._conv_block(3, 16)
        self.block2 = self._conv_block(16, 32)
        self.block3 = self._conv_block(32, 64)
        self.fc = nn.Linear(64, num_classes)

    @staticmethod
    def _conv_block(in_c, out_c):
        return nn.Sequential(
            nn.Conv2d(in_c, out_c, kernel_size=3, padding=1),
            nn.BatchNorm2d(out_c),
            nn.LeakyReLU(0.1),
            nn.MaxPool2d(kernel_size=2, stride=2),
        )

    def forward(self, x):
        x = self.block1(x)
        x = self.block2(x)
        x = self.block3(x)
        x = x.mean(dim=[2, 3])
        return self.fc(x)


model = BlockNet()
