"""Issue 13 (kuangliu's ShuffleNetV2): a module that views its image input in more axes, moves them and views it
back (`x.view(N, g, C // g, H, W).permute(0, 2, 1, 3, 4).reshape(N, C, H, W)`) takes the images its callers give
it; it was migrated as if its input had no layout (exit 0, channels read from another axis in Keras)."""
# pivot-corpus: name=Net input_shape=2,3,8,8 input_dtype=float32
import torch.nn as nn
import torch.nn.functional as F


class ShuffleBlock(nn.Module):
    def __init__(self, groups=2):
        super(ShuffleBlock, self).__init__()
        self.groups = groups

    def forward(self, x):
        N, C, H, W = x.size()
        g = self.groups
        return x.view(N, g, int(C/g), H, W).permute(0, 2, 1, 3, 4).reshape(N, C, H, W)


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.shuffle = ShuffleBlock()

    def forward(self, x):
        return self.shuffle(F.relu(self.conv1(x)))
