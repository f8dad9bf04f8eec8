"""LLM-generated style ("Write a PyTorch model that combines a 32x32 RGB image with 8 tabular features for house
price regression, inputs (N, 3, 32, 32) and (N, 8)"): `forward(self, image, tabular)` with a small CNN branch
(`torch.flatten(x, 1)` after `nn.AdaptiveAvgPool2d(1)`), an MLP branch, `torch.cat([img_feat, tab_feat], dim=1)`
fusion, and a `@property fused_dim`."""
# pivot-corpus: name=ImageTabularFusion input_shape=4,3,32,32;4,8
import torch
import torch.nn as nn

TABULAR_FEATURES = 8


class ImageTabularFusion(nn.Module):
    """Late-fusion network for an image and a tabular vector.

    Args:
        tabular_dim: Number of tabular features.
        image_channels: Channels of the image input.
        out_dim: Number of regression targets.
    """

    def __init__(self, tabular_dim: int = TABULAR_FEATURES, image_channels: int = 3, out_dim: int = 1) -> None:
        super().__init__()
        self.image_branch = nn.Sequential(
            nn.Conv2d(image_channels, 16, kernel_size=3, padding=1),
            nn.BatchNorm2d(16),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2),                       # (N, 16, 16, 16)
            nn.Conv2d(16, 32, kernel_size=3, padding=1),
            nn.BatchNorm2d(32),
            nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool2d(1),               # (N, 32, 1, 1)
        )
        self.tabular_branch = nn.Sequential(
            nn.Linear(tabular_dim, 32),
            nn.ReLU(),
            nn.Linear(32, 16),
            nn.ReLU(),
        )
        self.regressor = nn.Sequential(
            nn.Linear(self.fused_dim, 32),
            nn.ReLU(),
            nn.Linear(32, out_dim),
        )

    @property
    def fused_dim(self) -> int:
        return 32 + 16

    def forward(self, image: torch.Tensor, tabular: torch.Tensor) -> torch.Tensor:
        img_feat = torch.flatten(self.image_branch(image), 1)   # (N, 32)
        tab_feat = self.tabular_branch(tabular)                 # (N, 16)
        fused = torch.cat([img_feat, tab_feat], dim=1)           # (N, 48)
        return self.regressor(fused)


if __name__ == "__main__":
    m = ImageTabularFusion()
    print(m(torch.randn(4, 3, 32, 32), torch.randn(4, 8)).shape)
