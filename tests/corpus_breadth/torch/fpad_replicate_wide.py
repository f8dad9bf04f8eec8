"""`F.pad` in replicate mode wider than one element, per side, as image-to-image nets pad before a large
kernel; and on a 1-D feature map (TensorFlow has no 'edge' mode: nested one-wide 'symmetric' pads)."""
# pivot-corpus: name=ReplicatePadNet input_shape=2,3,8,9 input_dtype=float32
import torch.nn as nn
import torch.nn.functional as F


class ReplicatePadNet(nn.Module):
    def __init__(self, channels=4):
        super().__init__()
        self.conv1 = nn.Conv2d(3, channels, 5)
        self.conv2 = nn.Conv1d(channels, channels, 3)

    def forward(self, x):
        x = self.conv1(F.pad(x, (2, 1, 0, 3), mode="replicate"))   # (N, C, 7, 4)
        x = x.mean(dim=3)
        return self.conv2(F.pad(x, (3, 2), "replicate"))
