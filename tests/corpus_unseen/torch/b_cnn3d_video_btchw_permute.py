"""LLM-generated style (ChatGPT, "Write a PyTorch 3D CNN for gesture recognition from short clips, input shape
(N, T, C, H, W) = (N, 8, 3, 32, 32)"): the clip arrives time-first and is turned with `x.permute(0, 2, 1, 3, 4)` for
Conv3d, a Conv3d-BN-ReLU stack in a Sequential with an `nn.AvgPool3d(2)`, `nn.AdaptiveAvgPool3d((1, 1, 1))` and
`x.view(x.size(0), -1)`."""
# pivot-corpus: name=GestureNet3D input_shape=2,8,3,32,32
import torch
import torch.nn as nn


class GestureNet3D(nn.Module):
    def __init__(self, num_classes=27):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv3d(3, 24, kernel_size=3, padding=1),
            nn.BatchNorm3d(24),
            nn.ReLU(),
            nn.MaxPool3d(kernel_size=(1, 2, 2)),
            nn.Conv3d(24, 48, kernel_size=3, padding=1),
            nn.BatchNorm3d(48),
            nn.ReLU(),
            nn.AvgPool3d(2),
            nn.Conv3d(48, 96, kernel_size=3, padding=1),
            nn.BatchNorm3d(96),
            nn.ReLU(),
        )
        self.pool = nn.AdaptiveAvgPool3d((1, 1, 1))
        self.fc = nn.Linear(96, num_classes)

    def forward(self, x):
        # input: (batch, frames, channels, height, width) -> (batch, channels, frames, height, width)
        x = x.permute(0, 2, 1, 3, 4)
        x = self.backbone(x)
        x = self.pool(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)


if __name__ == "__main__":
    print(GestureNet3D()(torch.randn(2, 8, 3, 32, 32)).shape)
