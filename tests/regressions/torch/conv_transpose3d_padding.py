"""ut11 (v_unet3d_transpose3d): `nn.ConvTranspose3d` had no catalog entry (PIV101) though Keras has
Conv3DTranspose. Kernel 2 stride 2 (a U-Net's up-sampling), then kernel 3 stride 2 with padding=1 and
output_padding=1 (PyTorch's crop of the full output), and kernel 3 stride 1 padding 1 without bias."""
# pivot-corpus: name=Up3D input_shape=2,4,3,4,5
import torch.nn as nn


class Up3D(nn.Module):
    def __init__(self):
        super().__init__()
        self.up1 = nn.ConvTranspose3d(4, 6, kernel_size=2, stride=2)
        self.up2 = nn.ConvTranspose3d(6, 3, kernel_size=3, stride=2, padding=1, output_padding=1)
        self.same = nn.ConvTranspose3d(3, 2, 3, 1, 1, bias=False)

    def forward(self, x):
        return self.same(self.up2(self.up1(x).relu()))
