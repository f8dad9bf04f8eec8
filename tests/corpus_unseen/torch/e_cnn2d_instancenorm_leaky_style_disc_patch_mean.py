"""LLM-generated style ("Write a PyTorch PatchGAN-style discriminator for 64x64 RGB images"): a `_block` helper with
an `normalize: bool` flag adding `nn.InstanceNorm2d(affine=True)`, `nn.LeakyReLU(0.2, inplace=True)`, a final
1-channel Conv2d, and `out.mean(dim=(1, 2, 3))` to one score per image; `nn.init.normal_(m.weight, 0.0, 0.02)` init."""
# pivot-corpus: name=PatchDiscriminator input_shape=4,3,64,64
from typing import List

import torch
import torch.nn as nn


class PatchDiscriminator(nn.Module):
    """PatchGAN discriminator returning one realness score per image.

    Args:
        in_channels: Image channels.
        base: Width of the first block.
    """

    def __init__(self, in_channels: int = 3, base: int = 32) -> None:
        super().__init__()
        self.model = nn.Sequential(
            *self._block(in_channels, base, normalize=False),
            *self._block(base, base * 2),
            *self._block(base * 2, base * 4),
            nn.Conv2d(base * 4, 1, kernel_size=3, padding=1),
        )
        self.apply(self._weights_init)

    @staticmethod
    def _block(in_ch: int, out_ch: int, normalize: bool = True) -> List[nn.Module]:
        layers: List[nn.Module] = [nn.Conv2d(in_ch, out_ch, kernel_size=4, stride=2, padding=1)]
        if normalize:
            layers.append(nn.InstanceNorm2d(out_ch, affine=True))
        layers.append(nn.LeakyReLU(0.2, inplace=True))
        return layers

    @staticmethod
    def _weights_init(m: nn.Module) -> None:
        classname = m.__class__.__name__
        if classname.find("Conv") != -1:
            nn.init.normal_(m.weight, 0.0, 0.02)
        elif isinstance(m, nn.InstanceNorm2d) and m.weight is not None:
            nn.init.normal_(m.weight, 1.0, 0.02)
            nn.init.zeros_(m.bias)

    def forward(self, img: torch.Tensor) -> torch.Tensor:
        out = self.model(img)              # (N, 1, 8, 8)
        return out.mean(dim=(1, 2, 3))     # (N,)


if __name__ == "__main__":
    print(PatchDiscriminator()(torch.randn(4, 3, 64, 64)).shape)
