"""LLM-generated style ("Write a PyTorch CNN for 64x64 grayscale X-ray patches, accept (N, 64, 64) or
(N, 1, 64, 64)"): `if x.dim() == 3: x = x.unsqueeze(1)`, a `ConvBNAct` helper class with `nn.Hardswish`, strided
convolutions instead of pooling, `nn.AdaptiveAvgPool2d((1, 1))` then `x.view(-1, self.out_channels)`, and a
binary logit squeezed with `.squeeze(1)`."""
# pivot-corpus: name=XRayPatchNet input_shape=4,64,64
import torch
import torch.nn as nn

PATCH = 64


class ConvBNAct(nn.Module):
    def __init__(self, in_ch: int, out_ch: int, stride: int = 1) -> None:
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, stride=stride, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(out_ch)
        self.act = nn.Hardswish()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.bn(self.conv(x)))


class XRayPatchNet(nn.Module):
    """Binary classifier for X-ray patches.

    Args:
        width: Channels of the first conv.
    """

    def __init__(self, width: int = 16) -> None:
        super().__init__()
        self.out_channels = width * 8
        self.body = nn.Sequential(
            ConvBNAct(1, width),
            ConvBNAct(width, width * 2, stride=2),       # 32x32
            ConvBNAct(width * 2, width * 4, stride=2),   # 16x16
            ConvBNAct(width * 4, width * 8, stride=2),   # 8x8
        )
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(self.out_channels, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() == 3:
            x = x.unsqueeze(1)                   # (N, 1, H, W)
        x = self.pool(self.body(x))
        x = x.view(-1, self.out_channels)
        return self.fc(x).squeeze(1)


if __name__ == "__main__":
    print(XRayPatchNet()(torch.randn(4, PATCH, PATCH)).shape)
