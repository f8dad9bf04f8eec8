"""LLM-generated style ("Write a PyTorch 3D CNN using the functional API for 16x64x64 weather radar sequences,
input (N, 1, 16, 64, 64)"): Conv3d layers applied with `F.elu`, `F.max_pool3d(x, (1, 2, 2))` and
`F.max_pool3d(x, 2)`, `F.dropout3d(x, p=0.1, training=self.training)`, a `@property _flat_dim` computed from
constants, and `x.reshape(-1, self._flat_dim)`."""
# pivot-corpus: name=RadarNowcastNet input_shape=2,1,16,64,64
import torch
import torch.nn as nn
import torch.nn.functional as F

FRAMES = 16
HEIGHT = WIDTH = 64
NUM_CLASSES = 4


class RadarNowcastNet(nn.Module):
    """Classifies storm intensity from a radar sequence."""

    def __init__(self, num_classes: int = NUM_CLASSES) -> None:
        super().__init__()
        self.conv1 = nn.Conv3d(1, 8, kernel_size=3, padding=1)
        self.conv2 = nn.Conv3d(8, 16, kernel_size=3, padding=1)
        self.conv3 = nn.Conv3d(16, 32, kernel_size=3, padding=1)
        self.fc1 = nn.Linear(self._flat_dim, 64)
        self.fc2 = nn.Linear(64, num_classes)

    @property
    def _flat_dim(self) -> int:
        # pools: (1,2,2), 2, 2 -> T/4, H/8, W/8
        return 32 * (FRAMES // 4) * (HEIGHT // 8) * (WIDTH // 8)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.max_pool3d(F.elu(self.conv1(x)), (1, 2, 2))       # (N, 8, 16, 32, 32)
        x = F.max_pool3d(F.elu(self.conv2(x)), 2)               # (N, 16, 8, 16, 16)
        x = F.dropout3d(x, p=0.1, training=self.training)
        x = F.max_pool3d(F.elu(self.conv3(x)), 2)               # (N, 32, 4, 8, 8)
        x = x.reshape(-1, self._flat_dim)
        x = F.dropout(F.elu(self.fc1(x)), p=0.3, training=self.training)
        return self.fc2(x)


if __name__ == "__main__":
    print(RadarNowcastNet()(torch.randn(2, 1, FRAMES, HEIGHT, WIDTH)).shape)
