"""LLM-generated style ("Write a PyTorch 3D convolutional autoencoder for 16^3 voxel grids, input (N, 1, 16, 16,
16)"): an encoder of strided Conv3d, a decoder of `nn.ConvTranspose3d(kernel_size=4, stride=2, padding=1)` ending in
`nn.Sigmoid()`, `encode` / `decode` methods, and forward returning the reconstruction only."""
# pivot-corpus: name=VoxelAutoencoder input_shape=2,1,16,16,16
import torch
import torch.nn as nn


class VoxelAutoencoder(nn.Module):
    """3D conv autoencoder for occupancy grids.

    Args:
        base: Channels of the first encoder layer.
    """

    def __init__(self, base: int = 8) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv3d(1, base, 4, stride=2, padding=1),          # (N, 8, 8, 8, 8)
            nn.BatchNorm3d(base),
            nn.ReLU(True),
            nn.Conv3d(base, base * 2, 4, stride=2, padding=1),   # (N, 16, 4, 4, 4)
            nn.BatchNorm3d(base * 2),
            nn.ReLU(True),
        )
        self.decoder = nn.Sequential(
            nn.ConvTranspose3d(base * 2, base, 4, stride=2, padding=1),  # (N, 8, 8, 8, 8)
            nn.BatchNorm3d(base),
            nn.ReLU(True),
            nn.ConvTranspose3d(base, 1, 4, stride=2, padding=1),         # (N, 1, 16, 16, 16)
            nn.Sigmoid(),
        )

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return self.encoder(x)

    def decode(self, z: torch.Tensor) -> torch.Tensor:
        return self.decoder(z)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.decode(self.encode(x))


if __name__ == "__main__":
    print(VoxelAutoencoder()(torch.randn(2, 1, 16, 16, 16)).shape)
