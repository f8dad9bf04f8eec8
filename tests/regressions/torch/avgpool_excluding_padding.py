"""PoolFormer's token mixer with literal sizes (issue 13, r_poolformer): `nn.AvgPool2d(3, stride=1, padding=1,
count_include_pad=False)` and a 5-wide 1-D one average each window over its real inputs only, which is Keras's
'same' average pooling exactly (stride 1, (k - 1) / 2 on each side, k odd); `self.pool(x) - x` then differs from
zero at the borders, where the count matters. Was PIV105 (average pooling that excludes padding)."""
# pivot-corpus: name=PoolMixer input_shape=2,4,9,9
import torch.nn as nn


class PoolMixer(nn.Module):
    def __init__(self, dim=4, num_classes=3):
        super().__init__()
        self.pool = nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)
        self.conv = nn.Conv2d(dim, dim, 1)
        self.pool1d = nn.AvgPool1d(5, 1, 2, count_include_pad=False)
        self.fc = nn.Linear(dim * 81, num_classes)

    def forward(self, x):
        x = x + (self.pool(x) - x)
        x = self.conv(x)
        x = x.flatten(2)
        x = self.pool1d(x) - x
        return self.fc(x.flatten(1))
