"""Issue 13: constants registered as buffers (`.reshape(-1, 1, 1)` of a written-out tensor, a nested list of shape
(1, 3, 1, 1)) next to a learned (1, C, 1, 1) tensor, all broadcast per channel of the input image, whose shape the
file does not state (the first convolution tells its rank): they were PIV102; they are Keras weights of shape
(1, 1, 3) / (1, 1, 1, 3), the buffers not trained, and the weight copy moves their axes."""
# pivot-corpus: name=Standardize input_shape=2,3,8,8
import torch
import torch.nn as nn


class Standardize(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.tensor([0.5, 0.25, -0.5]).reshape(-1, 1, 1))
        self.register_buffer("std", torch.tensor([[[[0.5]], [[2.0]], [[4.0]]]]), persistent=False)
        self.gain = nn.Parameter(torch.randn(1, 3, 1, 1))
        self.conv = nn.Conv2d(3, 4, 3, padding=1)

    def forward(self, x):
        x = self.gain * (x - self.mean) / self.std
        return self.conv(x).mean(dim=(2, 3))
