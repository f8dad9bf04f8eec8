"""PyTorch's usual 2x upsampling `ConvTranspose2d(k=3, stride=2, padding=1, output_padding=1)` keeps the full
output from 1 on; Keras 'same' keeps it from 0, yet it migrated to 'same' with exit 0 (max abs diff 0.57). Exact
as a 'valid' transposed convolution cropped by (padding, padding - output_padding)."""
# pivot-corpus: name=Decoder input_shape=2,8,5,6
import torch.nn as nn
import torch.nn.functional as F


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.up1 = nn.ConvTranspose2d(8, 8, 3, stride=2, padding=1, output_padding=1)
        self.up2 = nn.ConvTranspose2d(8, 4, 3, stride=2, padding=1)
        self.up3 = nn.ConvTranspose2d(4, 4, (3, 5), stride=(1, 3), padding=(1, 2), output_padding=(0, 1))
        self.up4 = nn.ConvTranspose1d(4, 2, 4, stride=2, padding=1)

    def forward(self, x):
        x = F.relu(self.up1(x))
        x = self.up3(self.up2(x))
        x = x.flatten(2)
        return self.up4(x)
