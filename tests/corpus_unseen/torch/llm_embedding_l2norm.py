"""LLM-generated style embedding network (metric learning): MLP projector, output divided by
x.norm(p=2, dim=1, keepdim=True) to sit on the unit sphere."""
# pivot-corpus: name=EmbeddingNet input_shape=4,64
import torch
import torch.nn as nn


class EmbeddingNet(nn.Module):
    def __init__(self, input_dim=64, embedding_dim=16):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(input_dim, 128),
            nn.ReLU(),
            nn.Linear(128, embedding_dim),
        )

    def forward(self, x):
        x = self.net(x)
        x = x / x.norm(p=2, dim=1, keepdim=True)
        return x


model = EmbeddingNet()
