"""A PyTorch decoder with nn.Upsample (nearest, 2-D and 1-D) and ConvTranspose1d: back to Keras's
UpSampling2D/1D (picked by the input's rank, known here from the convolution before) and
Conv1DTranspose."""
# pivot-corpus: name=Decoder input_shape=2,8,6,6
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.up = nn.Upsample(scale_factor=2)
        self.conv = nn.Conv2d(8, 4, 3, padding=1)
        self.up1d = nn.Upsample(scale_factor=3)
        self.deconv = nn.ConvTranspose1d(4, 2, 4, stride=2, padding=1)

    def forward(self, x):
        x = self.up(self.conv(x))          # (N, 4, 12, 12)
        x = x.mean(dim=3)                  # (N, 4, 12)
        return self.deconv(self.up1d(x))   # (N, 2, 72)
