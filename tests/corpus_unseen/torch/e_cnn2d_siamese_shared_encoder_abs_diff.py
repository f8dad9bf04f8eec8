"""LLM-generated style ("Write a PyTorch siamese network that scores whether two 28x28 signatures match, inputs
(N, 1, 28, 28) twice"): `forward(self, img1, img2)` calling a shared `forward_once`, `torch.abs(f1 - f2)` fed to a
scorer, `F.normalize(..., dim=1)` embeddings, and a sigmoid similarity."""
# pivot-corpus: name=SiameseSignatureNet input_shape=4,1,28,28;4,1,28,28
import torch
import torch.nn as nn
import torch.nn.functional as F

EMBED_DIM = 64


class SiameseSignatureNet(nn.Module):
    """Siamese network with a shared convolutional encoder.

    Args:
        embed_dim: Size of each image embedding.
    """

    def __init__(self, embed_dim: int = EMBED_DIM) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 32, kernel_size=5),        # (N, 32, 24, 24)
            nn.PReLU(),
            nn.MaxPool2d(2),                        # (N, 32, 12, 12)
            nn.Conv2d(32, 64, kernel_size=5),       # (N, 64, 8, 8)
            nn.PReLU(),
            nn.MaxPool2d(2),                        # (N, 64, 4, 4)
            nn.Flatten(),
            nn.Linear(64 * 4 * 4, embed_dim),
        )
        self.scorer = nn.Sequential(nn.Linear(embed_dim, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward_once(self, x: torch.Tensor) -> torch.Tensor:
        return F.normalize(self.encoder(x), p=2, dim=1)

    def forward(self, img1: torch.Tensor, img2: torch.Tensor) -> torch.Tensor:
        f1 = self.forward_once(img1)
        f2 = self.forward_once(img2)
        return torch.sigmoid(self.scorer(torch.abs(f1 - f2)))


if __name__ == "__main__":
    net = SiameseSignatureNet()
    print(net(torch.randn(4, 1, 28, 28), torch.randn(4, 1, 28, 28)).shape)
