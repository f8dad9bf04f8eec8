"""Issue 13: a permutation of an image whose result a conv reads as an image (`x.permute(0, 1, 3, 2)` swapping height
and width): the permute is written to give PyTorch's order (gT3), and the conv reading that order moves it
channels-last first (ut8's rule): it verifies (it was a named error on gT3's branch alone)."""
# pivot-corpus: name=SwapConv input_shape=2,3,6,8
import torch.nn as nn


class SwapConv(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(3, 4, 3)
        self.b = nn.Conv2d(4, 2, 3)

    def forward(self, x):
        x = self.a(x).permute(0, 1, 3, 2)
        return self.b(x)
