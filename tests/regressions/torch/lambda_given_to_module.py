"""gT4: a lambda of PyTorch code given to a model class of the file as its computation (akamaster's
`LambdaLayer(lambda x: F.pad(x[:, :, ::2, ::2], ...))`, applied as `self.lambd(x)`): an error naming the lambda
(was a generic "still uses `F`")."""
# pivot-corpus: name=Net input_shape=2,8,16,16
import torch.nn as nn
import torch.nn.functional as F


class LambdaLayer(nn.Module):
    def __init__(self, lambd):
        super().__init__()
        self.lambd = lambd

    def forward(self, x):
        return self.lambd(x)


class Net(nn.Module):
    def __init__(self, planes=16):
        super().__init__()
        self.conv = nn.Conv2d(8, 8, 3, padding=1)
        self.shortcut = LambdaLayer(lambda x: F.pad(x[:, :, ::2, ::2], (0, 0, 0, 0, planes // 4, planes // 4)))

    def forward(self, x):
        return self.shortcut(self.conv(x))
