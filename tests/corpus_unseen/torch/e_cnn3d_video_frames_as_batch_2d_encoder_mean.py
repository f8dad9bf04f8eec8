"""LLM-generated style ("Write a PyTorch model for video classification that applies a 2D CNN to every frame and
averages over time, input (N, T, C, H, W) = (N, 6, 3, 32, 32)"): `b, t, c, h, w = x.shape`, frames folded into the
batch with `x.view(b * t, c, h, w)`, a per-frame 2D encoder, `feats.view(b, t, -1).mean(dim=1)`, and a linear
classifier."""
# pivot-corpus: name=FrameAverageClassifier input_shape=2,6,3,32,32
import torch
import torch.nn as nn

NUM_CLASSES = 8


class FrameAverageClassifier(nn.Module):
    """Frame-level 2D CNN with temporal average pooling.

    Args:
        num_classes: Number of video classes.
        feat_dim: Per-frame feature size.
    """

    def __init__(self, num_classes: int = NUM_CLASSES, feat_dim: int = 64) -> None:
        super().__init__()
        self.frame_encoder = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, feat_dim, 3, padding=1), nn.BatchNorm2d(feat_dim), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.classifier = nn.Linear(feat_dim, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, t, c, h, w = x.shape
        x = x.view(b * t, c, h, w)                 # (N*T, C, H, W)
        feats = self.frame_encoder(x)              # (N*T, feat_dim)
        feats = feats.view(b, t, -1).mean(dim=1)   # (N, feat_dim)
        return self.classifier(feats)


if __name__ == "__main__":
    print(FrameAverageClassifier()(torch.randn(2, 6, 3, 32, 32)).shape)
