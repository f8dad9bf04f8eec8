"""Imitates a Llama answer to "Write a PyTorch model class for a face-verification embedding CNN, input shape
(N, 1, 32, 32), output L2-normalised embeddings (N, 32)": conv layers, `nn.AdaptiveAvgPool2d(1)`,
`x.view(x.size(0), -1)`, a Linear embedding, and `x = x / x.norm(p=2, dim=1, keepdim=True)`."""
# pivot-corpus: name=FaceEmbeddingNet input_shape=3,1,32,32
import torch
import torch.nn as nn


class FaceEmbeddingNet(nn.Module):
    def __init__(self, embedding_dim=32):
        super(FaceEmbeddingNet, self).__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.PReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.PReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.PReLU(),
        )
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.embedding = nn.Linear(64, embedding_dim)

    def forward(self, x):
        x = self.conv(x)
        x = self.avgpool(x)
        x = x.view(x.size(0), -1)
        x = self.embedding(x)
        x = x / x.norm(p=2, dim=1, keepdim=True)
        return x
