"""Imitates yjn870/ESPCN-pytorch models.py (efficient sub-pixel CNN): `first_part` and `last_part`
Sequentials, Tanh activations, `nn.PixelShuffle(scale_factor)`, and `_initialize_weights` that branches on
`m.in_channels == 32` and uses `math.sqrt(2 / (m.out_channels*m.weight.data[0][0].numel()))`."""
# pivot-corpus: name=ESPCN input_shape=2,1,16,16
import math
from torch import nn


class ESPCN(nn.Module):
    def __init__(self, scale_factor=3, num_channels=1):
        super(ESPCN, self).__init__()
        self.first_part = nn.Sequential(
            nn.Conv2d(num_channels, 64, kernel_size=5, padding=5//2),
            nn.Tanh(),
            nn.Conv2d(64, 32, kernel_size=3, padding=3//2),
            nn.Tanh(),
        )
        self.last_part = nn.Sequential(
            nn.Conv2d(32, num_channels * (scale_factor ** 2), kernel_size=3, padding=3 // 2),
            nn.PixelShuffle(scale_factor)
        )

        self._initialize_weights()

    def _initialize_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                if m.in_channels == 32:
                    nn.init.normal_(m.weight.data, mean=0.0, std=0.001)
                    nn.init.zeros_(m.bias.data)
                else:
                    nn.init.normal_(m.weight.data, mean=0.0, std=math.sqrt(2/(m.out_channels*m.weight.data[0][0].numel())))
                    nn.init.zeros_(m.bias.data)

    def forward(self, x):
        x = self.first_part(x)
        x = self.last_part(x)
        return x
