"""LLM-generated style ("Write a PyTorch 3D CNN for gesture recognition, input clips shaped (N, T, C, H, W) =
(N, 8, 3, 64, 64)"): `x.permute(0, 2, 1, 3, 4)` to (N, C, T, H, W), factorised (2+1)D convolutions (`(1, 3, 3)`
spatial then `(3, 1, 1)` temporal kernels) in a `SpatioTemporalConv` class, `x.mean(dim=[2, 3, 4])` pooling."""
# pivot-corpus: name=GestureR2Plus1D input_shape=2,8,3,64,64
import torch
import torch.nn as nn

NUM_GESTURES = 27


class SpatioTemporalConv(nn.Module):
    """(2+1)D convolution: a spatial conv followed by a temporal conv."""

    def __init__(self, in_ch: int, out_ch: int, mid_ch: int, spatial_stride: int = 1) -> None:
        super().__init__()
        self.spatial = nn.Conv3d(in_ch, mid_ch, kernel_size=(1, 3, 3), stride=(1, spatial_stride, spatial_stride),
                                 padding=(0, 1, 1), bias=False)
        self.bn = nn.BatchNorm3d(mid_ch)
        self.relu = nn.ReLU(inplace=True)
        self.temporal = nn.Conv3d(mid_ch, out_ch, kernel_size=(3, 1, 1), padding=(1, 0, 0), bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.temporal(self.relu(self.bn(self.spatial(x))))


class GestureR2Plus1D(nn.Module):
    def __init__(self, num_classes: int = NUM_GESTURES) -> None:
        super().__init__()
        self.layers = nn.Sequential(
            SpatioTemporalConv(3, 32, 24, spatial_stride=2),
            nn.BatchNorm3d(32),
            nn.ReLU(inplace=True),
            SpatioTemporalConv(32, 64, 48, spatial_stride=2),
            nn.BatchNorm3d(64),
            nn.ReLU(inplace=True),
        )
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # (N, T, C, H, W) -> (N, C, T, H, W)
        x = x.permute(0, 2, 1, 3, 4)
        x = self.layers(x)               # (N, 64, T, H/4, W/4)
        x = x.mean(dim=[2, 3, 4])        # (N, 64)
        return self.fc(x)


if __name__ == "__main__":
    print(GestureR2Plus1D()(torch.randn(2, 8, 3, 64, 64)).shape)
