"""LLM-generated style ("Write a PyTorch CNN with squeeze-and-excitation for 10-class 32x32 images"): an
`SEBlock` whose forward uses `b, c, _, _ = x.size()`, `self.avg_pool(x).view(b, c)`, `self.fc(y).view(b, c, 1, 1)`
and `x * y.expand_as(x)`; conv stages in a `_make_stage` method; `nn.Flatten()` after global pooling."""
# pivot-corpus: name=SECNN input_shape=4,3,32,32
import torch
import torch.nn as nn

NUM_CLASSES = 10
REDUCTION = 4


class SEBlock(nn.Module):
    """Squeeze-and-Excitation channel attention."""

    def __init__(self, channels: int, reduction: int = REDUCTION) -> None:
        super().__init__()
        self.avg_pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Sequential(
            nn.Linear(channels, channels // reduction, bias=False),
            nn.ReLU(inplace=True),
            nn.Linear(channels // reduction, channels, bias=False),
            nn.Sigmoid(),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, _, _ = x.size()
        y = self.avg_pool(x).view(b, c)
        y = self.fc(y).view(b, c, 1, 1)
        return x * y.expand_as(x)


class SECNN(nn.Module):
    def __init__(self, num_classes: int = NUM_CLASSES) -> None:
        super().__init__()
        self.stage1 = self._make_stage(3, 32)
        self.stage2 = self._make_stage(32, 64)
        self.stage3 = self._make_stage(64, 128)
        self.head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.3), nn.Linear(128, num_classes))

    @staticmethod
    def _make_stage(in_ch: int, out_ch: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv2d(in_ch, out_ch, 3, padding=1, bias=False),
            nn.BatchNorm2d(out_ch),
            nn.ReLU(inplace=True),
            SEBlock(out_ch),
            nn.MaxPool2d(2),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.stage1(x)   # (N, 32, 16, 16)
        x = self.stage2(x)   # (N, 64, 8, 8)
        x = self.stage3(x)   # (N, 128, 4, 4)
        return self.head(x)


if __name__ == "__main__":
    print(SECNN()(torch.randn(4, 3, 32, 32)).shape)
