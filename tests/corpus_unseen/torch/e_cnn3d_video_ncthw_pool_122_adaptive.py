"""LLM-generated style ("Write a PyTorch 3D CNN for action recognition on 16-frame 112x112 clips, input shape
(N, 3, 16, 112, 112)"): a C3D-like stack whose first pool is `nn.MaxPool3d(kernel_size=(1, 2, 2))` (keep early
temporal information), a `_conv3d_block` helper, `nn.AdaptiveAvgPool3d((1, 1, 1))`, `x.view(x.size(0), -1)`, and
kaiming init in an isinstance chain."""
# pivot-corpus: name=C3DLite input_shape=2,3,16,112,112
import torch
import torch.nn as nn

NUM_ACTIONS = 101
CLIP_LEN = 16


class C3DLite(nn.Module):
    """Small C3D for video clips (N, C, T, H, W).

    Args:
        num_classes: Number of action classes.
        in_channels: Channels per frame.
    """

    def __init__(self, num_classes: int = NUM_ACTIONS, in_channels: int = 3) -> None:
        super().__init__()
        self.features = nn.Sequential(
            self._conv3d_block(in_channels, 16),
            nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2)),     # (N, 16, 16, 56, 56)
            self._conv3d_block(16, 32),
            nn.MaxPool3d(kernel_size=2, stride=2),                      # (N, 32, 8, 28, 28)
            self._conv3d_block(32, 64),
            nn.MaxPool3d(kernel_size=2, stride=2),                      # (N, 64, 4, 14, 14)
        )
        self.pool = nn.AdaptiveAvgPool3d((1, 1, 1))
        self.fc = nn.Linear(64, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv3d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, nn.BatchNorm3d):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)

    @staticmethod
    def _conv3d_block(in_ch: int, out_ch: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv3d(in_ch, out_ch, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm3d(out_ch),
            nn.ReLU(inplace=True),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = self.pool(x)
        x = x.view(x.size(0), -1)   # (N, 64)
        return self.fc(x)


if __name__ == "__main__":
    print(C3DLite()(torch.randn(2, 3, CLIP_LEN, 112, 112)).shape)
