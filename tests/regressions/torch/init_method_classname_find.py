"""ut17 (e_cnn2d_instancenorm_leaky_style_disc_patch_mean): DCGAN's weight initialisation written as a static
method given to `self.apply`, `classname = m.__class__.__name__` then `if classname.find("Conv") != -1:`: only
initialisation (kept as a comment), as the same function at the top level already was. Was PIV102: `nn` left in
the Keras code of the method."""
# pivot-corpus: name=InitDisc input_shape=2,3,16,16
import torch
import torch.nn as nn


class InitDisc(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.model = nn.Sequential(
            nn.Conv2d(3, 8, 4, stride=2, padding=1),
            nn.InstanceNorm2d(8, affine=True),
            nn.LeakyReLU(0.2),
            nn.Conv2d(8, 1, 3, padding=1),
        )
        self.apply(self._weights_init)

    @staticmethod
    def _weights_init(m: nn.Module) -> None:
        classname = m.__class__.__name__
        if classname.find("Conv") != -1:
            nn.init.normal_(m.weight, 0.0, 0.02)
        elif isinstance(m, nn.InstanceNorm2d) and m.weight is not None:
            nn.init.normal_(m.weight, 1.0, 0.02)
            nn.init.zeros_(m.bias)

    def forward(self, img: torch.Tensor) -> torch.Tensor:
        return self.model(img).mean(dim=(1, 2, 3))
