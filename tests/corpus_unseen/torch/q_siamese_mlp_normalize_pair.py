"""LLM-generated style ("Siamese network for contrastive learning on sensor embeddings"): a shared encoder
applied to two inputs in `forward(self, x1, x2)`, `F.normalize(..., dim=1)` on each, returned as a tuple;
`forward_once` helper."""
# pivot-corpus: name=SiameseNet input_shape=3,16;3,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class SiameseNet(nn.Module):
    def __init__(self, input_dim=16, embed_dim=8):
        super(SiameseNet, self).__init__()
        self.encoder = nn.Sequential(
            nn.Linear(input_dim, 32),
            nn.ReLU(),
            nn.Linear(32, embed_dim),
        )

    def forward_once(self, x):
        return F.normalize(self.encoder(x), p=2, dim=1)

    def forward(self, x1, x2):
        out1 = self.forward_once(x1)
        out2 = self.forward_once(x2)
        return out1, out2


model = SiameseNet()
