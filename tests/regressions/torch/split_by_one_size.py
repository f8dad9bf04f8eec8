"""Issue 10: `torch.split(x, n, dim)` by one part size was a named error (Keras splits into equal sections or at
indices, which need the axis's length); where shape inference knows that length it is keras.ops.split at the
indices of parts of n (the last one the rest), on an image's channels and on a feature vector."""
# pivot-corpus: name=Halves input_shape=2,3,8,8
import torch
import torch.nn as nn


class Halves(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 10, 3, padding=1)
        self.fc = nn.Linear(6, 7)
        self.head = nn.Linear(7, 4)

    def forward(self, x):
        y = self.conv(x)
        a, b, c = torch.split(y, 4, dim=1)
        v = a.mean(dim=(2, 3)) + b.mean(dim=(2, 3)) * 2
        w = self.fc(torch.cat([v, c.amax(dim=(2, 3))], dim=1))
        p, q = w.split(5, -1)
        return self.head(torch.cat([q, p], dim=1))
