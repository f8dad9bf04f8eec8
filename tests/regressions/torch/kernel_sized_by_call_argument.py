"""wg2: a spatial kernel `(n_channels, 1)` and a channel count `F2` given by constructor parameters, which the
file's own call sets (`EEGLike(n_channels=4, F2=6)`, not the defaults): verify sizes the flatten before the
Linear with the instance's values (was a WeightError: spatial sizes (None, None) not known statically)."""
# pivot-corpus: name=EEGLike input_shape=2,1,4,40
import torch.nn as nn


class EEGLike(nn.Module):
    def __init__(self, n_channels: int = 8, F1: int = 4, F2: int = 16, n_flat: int = 240, n_classes: int = 3):
        super().__init__()
        self.temporal = nn.Conv2d(1, F1, (1, 5), padding=(0, 2), bias=False)
        self.spatial = nn.Conv2d(F1, F2, (n_channels, 1), bias=False)
        self.pool = nn.AvgPool2d((1, 4))
        self.head = nn.Linear(n_flat, n_classes)

    def forward(self, x):
        x = self.pool(self.spatial(self.temporal(x)))
        return self.head(x.flatten(1))


model = EEGLike(n_channels=4, F2=24, n_flat=240)
