"""LLM-generated style ("Write a PyTorch 3D CNN for classifying 32x32x32 MRI volumes, accept (N, D, H, W) or
(N, 1, D, H, W)"): `if x.dim() == 4: x = x.unsqueeze(1)`, Conv3d blocks from a `_make_block` method with
`nn.InstanceNorm3d` and `nn.LeakyReLU`, `nn.AdaptiveMaxPool3d(1)`, `torch.flatten(x, 1)`, and a `@torch.no_grad()`
`predict` with `torch.softmax`."""
# pivot-corpus: name=MRIVolumeNet input_shape=2,32,32,32
import torch
import torch.nn as nn

VOLUME = 32
NUM_CLASSES = 3


class MRIVolumeNet(nn.Module):
    """3D CNN for single-channel volumes.

    Args:
        num_classes: Number of diagnostic classes.
        widths: Channels per stage.
    """

    def __init__(self, num_classes: int = NUM_CLASSES, widths: tuple = (8, 16, 32)) -> None:
        super().__init__()
        stages = []
        in_ch = 1
        for w in widths:
            stages.append(self._make_block(in_ch, w))
            in_ch = w
        self.encoder = nn.Sequential(*stages)
        self.global_pool = nn.AdaptiveMaxPool3d(1)
        self.classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(in_ch, num_classes))

    def _make_block(self, in_ch: int, out_ch: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv3d(in_ch, out_ch, kernel_size=3, padding=1),
            nn.InstanceNorm3d(out_ch, affine=True),
            nn.LeakyReLU(0.01, inplace=True),
            nn.MaxPool3d(2),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() == 4:
            x = x.unsqueeze(1)            # (N, 1, D, H, W)
        x = self.encoder(x)               # (N, 32, 4, 4, 4)
        x = torch.flatten(self.global_pool(x), 1)
        return self.classifier(x)

    @torch.no_grad()
    def predict(self, x: torch.Tensor) -> torch.Tensor:
        self.eval()
        return torch.softmax(self.forward(x), dim=1)


if __name__ == "__main__":
    print(MRIVolumeNet()(torch.randn(2, VOLUME, VOLUME, VOLUME)).shape)
