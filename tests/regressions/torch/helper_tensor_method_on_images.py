"""gT4 (kuangliu's EfficientNet): `def swish(x): return x * x.sigmoid()`, a top-level function calling an elementwise
tensor method of its parameter, given images: was PIV105 (a function body migrated without knowing the layout) and
PIV102 (`.sigmoid()` left in Keras); the function is now read as one computing on tensors (as with
`torch.sigmoid(x)`), elementwise, so its tensor methods are migrated and the layout does not matter to it."""
# pivot-corpus: name=Net input_shape=2,3,8,8
import torch.nn as nn


def swish(x):
    return x * x.sigmoid()


def scaled(x, y):
    s = x.tanh()
    return s * y.exp()


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.conv2 = nn.Conv2d(4, 4, 1)
        self.conv3 = nn.Conv2d(4, 2, 1)

    def forward(self, x):
        out = swish(self.conv(x))
        return self.conv3(scaled(self.conv2(out), out))
