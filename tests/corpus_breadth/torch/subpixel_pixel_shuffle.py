"""The PyTorch example's sub-pixel super-resolution net (ESPCN): convolutions, then nn.PixelShuffle
(PyTorch's channel order, not tf.nn.depth_to_space's: three channels, where the two differ)."""
# pivot-corpus: name=SuperResolutionNet input_shape=2,3,8,8
import torch.nn as nn
import torch.nn.functional as F


class SuperResolutionNet(nn.Module):
    def __init__(self, upscale_factor=3):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, (5, 5), (1, 1), (2, 2))
        self.conv2 = nn.Conv2d(16, 16, (3, 3), (1, 1), (1, 1))
        self.conv3 = nn.Conv2d(16, 8, (3, 3), (1, 1), (1, 1))
        self.conv4 = nn.Conv2d(8, 3 * upscale_factor ** 2, (3, 3), (1, 1), (1, 1))
        self.pixel_shuffle = nn.PixelShuffle(upscale_factor)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = F.relu(self.conv3(x))
        return self.pixel_shuffle(self.conv4(x))
